"""Saved state is read strictly and carries its format (issue 12, item 5)."""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

import pytest

from heatpump_expert import (
    Consultation,
    EscalationLevel,
    InputError,
    InvalidValueError,
    Report,
    diagnose,
)

CASE = {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"}


def _report_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(diagnose(CASE).to_json())
    return data


def _refused(data: dict[str, Any]) -> str:
    with pytest.raises(InvalidValueError) as caught:
        Report.from_dict(data)
    return str(caught.value)


# --- Report --------------------------------------------------------------------------------


def test_a_report_carries_format_1_and_reads_back_exactly() -> None:
    """to_dict writes "format": 1 last; from_dict of it (and of its JSON) is the same report."""
    report = diagnose(CASE)
    assert report.to_dict()["format"] == 1
    assert list(report.to_dict())[-1] == "format"
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_dict(json.loads(report.to_json())).to_json() == report.to_json()


def test_a_report_saved_before_formats_reads_as_format_1() -> None:
    """Data without "format" (written before it existed) still reads."""
    data = _report_data()
    del data["format"]
    assert Report.from_dict(data) == diagnose(CASE)


@pytest.mark.parametrize("given", [2, 0, "1", 1.0, True, None])
def test_an_unknown_report_format_is_refused(given: object) -> None:
    """Any format but the integer 1 is refused, naming both."""
    data = _report_data()
    data["format"] = given
    assert _refused(data) == (
        f"a saved report of format {given!r} cannot be read: this version of heatpump_expert "
        "reads format 1"
    )


def test_the_text_false_is_not_read_as_true() -> None:
    """ "power_off": "false" is refused (cattrs would have read it as True)."""
    data = _report_data()
    data["diagnoses"][0]["actions"][0]["power_off"] = "false"
    assert _refused(data) == (
        "not a valid report: invalid value for type, expected bool "
        "@ $.diagnoses[0].actions[0].power_off"
    )


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("diagnoses", 0, "certainty"), "0.5", "expected float @ $.diagnoses[0].certainty"),
        (("diagnoses", 0, "certainty"), True, "expected float @ $.diagnoses[0].certainty"),
        (("diagnoses", 0, "title"), 5, "expected str @ $.diagnoses[0].title"),
        (("escalation", "who"), 1, "expected str | None @ $.escalation.who"),
        (("observations", "mode"), ["cool"], "@ $.observations['mode']"),
    ],
)
def test_values_of_the_wrong_type_are_refused(
    path: tuple[str | int, ...], value: object, expected: str
) -> None:
    """Text for a number, a bool for a number, a number for text: refused, with the place."""
    data = _report_data()
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    message = _refused(data)
    assert message.startswith("not a valid report: ") and message.endswith(expected)


def test_altered_certainties_and_unknown_keys_are_refused() -> None:
    """A certainty pushed to 1.5, and a key to_dict never writes, are refused."""
    data = _report_data()
    data["diagnoses"][0]["certainty"] = 1.5
    assert _refused(data) == (
        "not a valid report: diagnosis 'blocked_outdoor_airflow' has certainty 1.5, outside (0, 1]"
    )
    data = _report_data()
    data["verdict"] = "fine"
    assert "verdict" in _refused(data)


def test_a_report_from_something_not_a_mapping_is_refused() -> None:
    """from_dict of a list is the library's error."""
    with pytest.raises(InvalidValueError, match="a mapping is needed, not list"):
        Report.from_dict([])  # type: ignore[arg-type]


# --- Consultation --------------------------------------------------------------------------


def test_a_technician_that_is_not_a_bool_is_refused_at_construction() -> None:
    """Consultation({}, technician="yes") raises at once, not when saved data is read back."""
    with pytest.raises(InvalidValueError) as caught:
        Consultation({}, technician="yes")  # type: ignore[arg-type]
    assert (caught.value.fact, str(caught.value)) == (
        "technician",
        "technician is True or False, not 'yes'",
    )


def test_a_consultation_saves_format_1_and_resumes_exactly() -> None:
    """to_dict carries format 1; from_dict(to_dict()) writes the same data and asks the same."""
    consultation = Consultation({"reduced_cooling": True}, technician=True)
    consultation.answer("mode", "cool")
    consultation.skip("outdoor_temp_f")
    saved = consultation.to_dict()
    assert saved == {
        "format": 1,
        "observations": {"mode": "cool", "reduced_cooling": True},
        "skipped": ["outdoor_temp_f"],
        "answered": ["mode"],
        "technician": True,
    }
    resumed = Consultation.from_dict(json.loads(json.dumps(saved)))
    assert resumed.to_dict() == saved
    assert resumed.next_question() == consultation.next_question()


def test_a_consultation_saved_before_formats_resumes() -> None:
    """Saved data without "format" reads as format 1."""
    saved = Consultation({"reduced_cooling": True}).to_dict()
    del saved["format"]
    assert Consultation.from_dict(saved).to_dict() == {**saved, "format": 1}


def _saved() -> dict[str, Any]:
    consultation = Consultation({"reduced_cooling": True})
    consultation.answer("mode", "cool")
    consultation.skip("outdoor_temp_f")
    return consultation.to_dict()


_HEAD = (
    "not a saved consultation as to_dict writes it (observations, skipped, answered, "
    "technician, format): "
)


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"format": 2}, None),
        ({"technician": "false"}, "technician is true or false, not 'false'"),
        ({"technician": 0}, "technician is true or false, not 0"),
        ({"skipped": "outdoor_temp_f"}, "skipped is a list of fact names"),
        ({"skipped": ["outdoor_temp_f", "outdoor_temp_f"]}, "skipped names a fact twice"),
        ({"answered": ["reduced_cooling", 5]}, "answered is a list of fact names"),
        (
            {"answered": ["outdoor_temp_f"]},
            "answered names 'outdoor_temp_f', which is not observed",
        ),
        ({"observations": ["mode"]}, "observations is a mapping of fact name to value"),
        ({"notes": "hi"}, "unknown key 'notes'"),
    ],
)
def test_altered_saved_consultations_are_refused(
    change: dict[str, Any], detail: str | None
) -> None:
    """Each alteration is refused with the library's error saying what is wrong."""
    data = {**_saved(), **change}
    with pytest.raises(InvalidValueError) as caught:
        Consultation.from_dict(data)
    if detail is None:
        assert str(caught.value) == (
            "a saved consultation of format 2 cannot be read: this version of heatpump_expert "
            "reads format 1"
        )
    else:
        assert str(caught.value) == _HEAD + detail


@pytest.mark.parametrize("missing", ["observations", "skipped", "answered", "technician"])
def test_a_saved_consultation_missing_a_key_is_refused(missing: str) -> None:
    """Every key to_dict writes must be there (only format may be left out)."""
    data = _saved()
    del data[missing]
    with pytest.raises(InvalidValueError) as caught:
        Consultation.from_dict(data)
    assert str(caught.value) == _HEAD + f"{missing!r} is missing"


def test_saved_observations_are_checked_like_input() -> None:
    """ "false" for a bool observation, or an unknown skipped fact: the library's input errors."""
    with pytest.raises(InvalidValueError, match="'reduced_cooling' is true or false, not 'false'"):
        Consultation.from_dict({**_saved(), "observations": {"reduced_cooling": "false"},
                                "answered": []})  # fmt: skip
    with pytest.raises(InputError, match="unknown fact 'outdoor_temp'"):
        Consultation.from_dict({**_saved(), "skipped": ["outdoor_temp"]})


def test_eight_threads_answering_different_facts_lose_none() -> None:
    """A consultation shared by mistake between 8 threads keeps every answer (it locks)."""
    facts = [
        "reduced_cooling",
        "filter_dirty",
        "outdoor_coil_dirty",
        "registers_blocked",
        "oily_residue",
        "capacitor_bulged",
        "rodent_signs",
        "water_in_drain_pan",
    ]
    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: races show at once
    try:
        _answer_from_threads(facts)
    finally:
        sys.setswitchinterval(switching)


def _answer_from_threads(facts: list[str]) -> None:
    for _ in range(20):
        consultation = Consultation({"mode": "cool"})
        start = threading.Barrier(len(facts))

        def answer(fact: str, c: Consultation = consultation, b: threading.Barrier = start) -> None:
            b.wait()
            c.answer(fact, False)
            c.next_question()

        threads = [threading.Thread(target=answer, args=(fact,)) for fact in facts]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert consultation.observations == {"mode": "cool", **dict.fromkeys(facts, False)}
        assert sorted(consultation.to_dict()["answered"]) == sorted(facts)


def test_levels_read_back_are_levels_not_text() -> None:
    """A level is a str subclass; read back it is the level itself (with its order), not only
    equal text."""
    report = diagnose(smell="electrical_burning", reduced_heating=True)
    again = Report.from_dict(report.to_dict())
    assert type(again.escalation.level) is EscalationLevel
    assert again.escalation.level is report.escalation.level
    data = report.to_dict()
    data["escalation"] = {**data["escalation"], "level": "urgent"}
    with pytest.raises(InvalidValueError, match=r"\$\.escalation\.level"):
        Report.from_dict(data)

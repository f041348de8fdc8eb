"""Reports travel as JSON and come back equal."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

from heatpump_expert import InvalidValueError, Report, diagnose

CASES = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {},
    {"mode": "heat", "outdoor_temp_f": 20, "reduced_heating": True, "diy_comfortable": False},
]


@pytest.mark.parametrize("observations", CASES)
def test_round_trip_through_dict_and_json(observations: dict[str, object]) -> None:
    """Report.from_dict(r.to_dict()) == r, also through JSON text."""
    report = diagnose(observations)
    assert Report.from_dict(report.to_dict()) == report
    assert Report.from_dict(json.loads(report.to_json())) == report


def test_dict_uses_the_contract_names() -> None:
    """The top-level keys are the contract's attribute names, advisories first, then the format."""
    data = diagnose(CASES[0]).to_dict()
    assert list(data) == [
        "advisories",
        "escalation",
        "diagnoses",
        "questions",
        "observations",
        "trace",
        "format",
    ]
    assert data["escalation"]["level"] == "diy"


def test_broken_dict_is_an_input_error() -> None:
    """from_dict on something that is not a report raises the library's error."""
    with pytest.raises(InvalidValueError, match="not a valid report"):
        Report.from_dict({"advisories": "nope"})


def test_str_opens_with_the_plain_sentence_then_the_advisories() -> None:
    """The readable summary: the plain sentence, the safety advice, the findings, the checks."""
    text = str(diagnose(CASES[0]))
    assert text.startswith("You can fix this yourself:")
    order = ["Safety first:", "What it most likely is", "Worth checking next:"]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)


def test_questions_carry_what_a_form_needs() -> None:
    """Each question of a report has its fact's type, unit, range and choices, in the JSON too;
    the JSON names of the older fields stay."""
    report = diagnose(mode="cool", reduced_cooling=True)
    by_fact = {q["fact"]: q for q in report.to_dict()["questions"]}
    assert list(by_fact["outdoor_temp_f"]) == [
        "fact", "text", "why", "choices", "type", "unit", "range"
    ]  # fmt: skip
    assert (by_fact["outdoor_temp_f"]["type"], by_fact["outdoor_temp_f"]["unit"]) == (
        "number",
        "degF",
    )
    assert by_fact["outdoor_temp_f"]["range"] == [-60, 140]
    assert by_fact["system_type"]["type"] == "enum" and by_fact["system_type"]["range"] is None
    assert by_fact["system_type"]["choices"][0] == "ducted_split"
    restored = Report.from_dict(json.loads(report.to_json()))
    assert restored == report and restored.to_json() == report.to_json()


def test_a_question_saved_before_the_form_fields_still_loads() -> None:
    """A report dict without a question's type, unit and range restores, with None for them."""
    data = diagnose(mode="cool", reduced_cooling=True).to_dict()
    for question in data["questions"]:
        del question["type"], question["unit"], question["range"]
    restored = Report.from_dict(data)
    assert {(q.type, q.unit, q.range) for q in restored.questions} == {(None, None, None)}


def test_a_broken_question_range_is_an_input_error() -> None:
    """A question's range must be [low, high] or null."""
    data = diagnose(mode="cool", reduced_cooling=True).to_dict()
    data["questions"][0]["range"] = "20 to 30"
    with pytest.raises(InvalidValueError, match="range"):
        Report.from_dict(data)


def test_from_dict_checks_severities_kinds_and_reason_lists() -> None:
    """A report dict with an unknown severity or a string for reasons is refused."""
    good = diagnose(CASES[0]).to_dict()
    bad_severity = json.loads(json.dumps(good))
    bad_severity["advisories"][0]["severity"] = "huge"
    bad_reasons = json.loads(json.dumps(good))
    bad_reasons["escalation"]["reasons"] = "abc"
    for bad in (bad_severity, bad_reasons):
        with pytest.raises(InvalidValueError, match="not a valid report"):
            Report.from_dict(bad)


def test_a_report_is_frozen_all_the_way_down() -> None:
    """A cached report can be shared: its attributes and every mapping in it are read-only."""
    report = diagnose(CASES[0])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.diagnoses = ()  # type: ignore[misc]
    mappings = [report.observations]
    mappings += [e.facts for d in report.diagnoses for e in d.evidence]
    mappings += [s.facts for s in report.trace]
    assert len(mappings) > 2
    for mapping in mappings:
        with pytest.raises(TypeError):
            mapping["mode"] = "heat"  # type: ignore[index]
    assert dict(report.observations) == report.to_dict()["observations"]


def test_a_report_survives_pickling_for_worker_processes() -> None:
    """Reports cross process boundaries (batch workers) unchanged."""
    report = diagnose(CASES[0])
    assert pickle.loads(pickle.dumps(report)) == report

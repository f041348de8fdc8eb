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
    """The top-level keys are the contract's attribute names, advisories first."""
    data = diagnose(CASES[0]).to_dict()
    assert list(data) == [
        "advisories",
        "escalation",
        "diagnoses",
        "questions",
        "observations",
        "trace",
    ]
    assert data["escalation"]["level"] == "diy"


def test_broken_dict_is_an_input_error() -> None:
    """from_dict on something that is not a report raises the library's error."""
    with pytest.raises(InvalidValueError, match="not a valid report"):
        Report.from_dict({"advisories": "nope"})


def test_str_puts_advisories_first() -> None:
    """The readable summary opens with the safety advisories."""
    text = str(diagnose(CASES[0]))
    assert text.startswith("Safety first:")
    assert text.index("Safety first:") < text.index("What to do now:") < text.index("Findings")


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

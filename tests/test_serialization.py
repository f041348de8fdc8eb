"""Reports travel as JSON and come back equal."""

from __future__ import annotations

import json

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

"""A pickled report comes back equal, whole and frozen, though it is rebuilt without its checks.

Reports are pickled as one tuple of plain values and rebuilt by setting their slots (the batch's
parent unpickles every report its workers send). Proven over every outside case (blind, chart
and realistic: every kind of part a report has), so a field added to a report's parts and
forgotten by the packing fails here, as a report that is not equal or not whole.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

from heatpump_expert import Report, diagnose
from heatpump_expert._conclusions.results import ReadOnlyMapping

CASES_DIR = Path(__file__).parent / "cases"
OBSERVATIONS = [
    case["observations"]
    for name in ("blind_cases.yaml", "chart_cases.yaml", "realistic_cases.yaml")
    for case in yaml.safe_load((CASES_DIR / name).read_text("utf-8"))
]


def _parts(value: Any) -> list[Any]:
    """Every attrs object inside ``value``, itself included."""
    if isinstance(value, tuple):
        return [part for item in value for part in _parts(item)]
    if attrs.has(type(value)):
        found = [value]
        for field in attrs.fields(type(value)):
            found += _parts(getattr(value, field.name))
        return found
    return []


def test_every_outside_case_survives_pickling_equal_and_whole() -> None:
    kinds: set[str] = set()
    for observations in OBSERVATIONS:
        report = diagnose(observations)
        back = pickle.loads(pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == report
        assert back.to_dict() == report.to_dict()
        for original, copy in zip(_parts(report), _parts(back), strict=True):
            assert type(copy) is type(original)
            assert attrs.asdict(copy, recurse=False) == attrs.asdict(original, recurse=False)
        kinds.update(type(part).__name__ for part in _parts(back))
    expected = {"Report", "Advisory", "Escalation", "Diagnosis", "Action", "Evidence"}
    assert kinds >= expected | {"Question", "TraceStep"}


def test_a_report_rebuilt_from_a_pickle_stays_frozen() -> None:
    report = pickle.loads(pickle.dumps(diagnose(OBSERVATIONS[0])))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.escalation = None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.diagnoses[0].certainty = 1.0
    assert isinstance(report.observations, ReadOnlyMapping)
    with pytest.raises(TypeError):
        report.observations["mode"] = "heat"  # type: ignore[index]
    evidence = report.diagnoses[0].evidence[0]
    with pytest.raises(TypeError):
        evidence.facts["mode"] = "heat"


@attrs.frozen
class _TaggedReport(Report):
    """A caller's report with a field of its own."""

    tag: str = ""


def test_a_subclass_of_report_keeps_its_own_fields_through_pickling() -> None:
    report = diagnose(OBSERVATIONS[0])
    tagged = _TaggedReport(
        **{field.name: getattr(report, field.name) for field in attrs.fields(Report)},
        tag="unit-17",
    )
    back = pickle.loads(pickle.dumps(tagged))
    assert type(back) is _TaggedReport
    assert back == tagged and back.tag == "unit-17"

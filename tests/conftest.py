"""Step definitions for the feature files in ``features/`` (the living documentation)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any

# The suite keeps its own knowledge-base cache (see _knowledge.cache), shared with the child
# processes it starts, and leaves the developer's cache alone.
if "HEATPUMP_EXPERT_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="heatpump-expert-test-cache-")
    os.environ["HEATPUMP_EXPERT_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

import pytest
from pytest_bdd import given, parsers, then, when

from heatpump_expert import Report

from .gherkin_steps import ONE_FACT_STEP, parse_value, table_observations
from .shared import report_for


@pytest.fixture
def observed() -> dict[str, Any]:
    return {}


@pytest.fixture
def outcome() -> dict[str, Report]:
    return {}


@given(parsers.parse("the observations:"))
def _given_table(observed: dict[str, Any], datatable: list[list[str]]) -> None:
    observed.update(table_observations(datatable))


@given(parsers.re(ONE_FACT_STEP.pattern))
def _given_one(observed: dict[str, Any], fact: str, value: str) -> None:
    observed[fact] = parse_value(value)


@when("the heat pump is diagnosed")
def _diagnose(observed: dict[str, Any], outcome: dict[str, Report]) -> None:
    outcome["report"] = report_for(observed)


def _report(outcome: dict[str, Report]) -> Report:
    return outcome["report"]


def _codes(report: Report) -> list[str]:
    return [d.code for d in report.diagnoses]


@then(parsers.parse('the leading diagnosis is "{code}"'))
def _leading(outcome: dict[str, Report], code: str) -> None:
    assert _codes(_report(outcome))[:1] == [code], _codes(_report(outcome))


@then(parsers.parse('"{code}" is among the first {count:d} diagnoses'))
def _among_first(outcome: dict[str, Report], code: str, count: int) -> None:
    assert code in _codes(_report(outcome))[:count], _codes(_report(outcome))


@then(parsers.parse('the diagnoses include "{code}"'))
def _includes(outcome: dict[str, Report], code: str) -> None:
    assert code in _codes(_report(outcome)), _codes(_report(outcome))


@then(parsers.parse('the diagnoses do not include "{code}"'))
def _excludes(outcome: dict[str, Report], code: str) -> None:
    assert code not in _codes(_report(outcome)), _codes(_report(outcome))


@then("there is no diagnosis")
def _none(outcome: dict[str, Report]) -> None:
    assert _codes(_report(outcome)) == []


@then(parsers.parse('"{code}" is a normal finding'))
def _normal(outcome: dict[str, Report], code: str) -> None:
    kinds = {d.code: d.kind for d in _report(outcome).diagnoses}
    assert kinds.get(code) == "normal", kinds


@then(parsers.parse('the advisories include "{code}"'))
def _advisory(outcome: dict[str, Report], code: str) -> None:
    assert code in [a.code for a in _report(outcome).advisories]


@then(parsers.parse('the advisories do not include "{code}"'))
def _no_advisory(outcome: dict[str, Report], code: str) -> None:
    assert code not in [a.code for a in _report(outcome).advisories]


@then(parsers.parse('the first advisory is "{code}"'))
def _first_advisory(outcome: dict[str, Report], code: str) -> None:
    assert [a.code for a in _report(outcome).advisories][:1] == [code]


@then(parsers.parse('the escalation is "{level}"'))
def _level(outcome: dict[str, Report], level: str) -> None:
    assert _report(outcome).escalation.level == level, _report(outcome).escalation


@then(parsers.parse('if that does not fix it, the escalation is "{level}"'))
def _follow(outcome: dict[str, Report], level: str) -> None:
    assert _report(outcome).escalation.if_unresolved == level, _report(outcome).escalation


@then("nothing further is needed if that does not fix it")
def _no_follow(outcome: dict[str, Report]) -> None:
    assert _report(outcome).escalation.if_unresolved is None


@then(parsers.parse('the rule "{rule}" fires'))
def _fires(outcome: dict[str, Report], rule: str) -> None:
    assert rule in {s.rule for s in _report(outcome).trace}


@then(parsers.parse('the rule "{rule}" stays silent'))
def _silent(outcome: dict[str, Report], rule: str) -> None:
    assert rule not in {s.rule for s in _report(outcome).trace}


@then(parsers.parse("the derived {fact} is {value:g}"))
def _derived(outcome: dict[str, Report], fact: str, value: float) -> None:
    assert _report(outcome).observations[fact] == pytest.approx(value)


@then(parsers.parse('the questions include "{fact}"'))
def _asks(outcome: dict[str, Report], fact: str) -> None:
    assert fact in [q.fact for q in _report(outcome).questions]

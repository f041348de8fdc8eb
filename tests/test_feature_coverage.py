"""The feature files document every rule and every contract code (semgrep-rules' ruleid/ok idea).

For every active rule there must be a scenario in which it fires, and a near miss: a scenario in
which all of its conditions but one hold and the rule stays silent, the one left contradicted by
what was observed or concluded (or, for a condition that only asks whether a fact is known, not
known). Every diagnosis and advisory code of the contract must be
reached by at least one scenario.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from heatpump_expert import Report
from heatpump_expert._conclusions.open_rules import condition_status
from heatpump_expert._knowledge.model import RuleSpec

from .shared import KB, scenario_reports

CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "design" / "contract.md"


def is_near_miss(rule: RuleSpec, report: Report) -> bool:
    """All of the rule's conditions but one hold; that one is unmet; the rule did not fire."""
    if rule.id in {step.rule for step in report.trace}:
        return False
    held = {d.code for d in report.diagnoses}
    unmet = [
        (c, status)
        for c in rule.conditions
        if (status := condition_status(c, report.observations, held)) != "holds"
    ]
    if len(unmet) != 1:
        return False
    condition, status = unmet[0]
    presence_only = condition.fact is not None and not condition.reads_value
    return status == "fails" or (presence_only and status == "unknown")


def test_every_rule_fires_in_some_scenario() -> None:
    """No rule is undocumented: each one fires in at least one scenario."""
    fired = {step.rule for _, _, report in scenario_reports() for step in report.trace}
    missing = sorted(r.id for r in KB.data.rules if r.active and r.id not in fired)
    assert missing == [], f"rules no scenario makes fire: {missing}"


def test_every_rule_stays_silent_in_a_near_miss() -> None:
    """Each rule has a scenario that meets all its conditions but one, and it stays silent."""
    reports = [report for _, _, report in scenario_reports()]
    missing = [
        rule.id
        for rule in KB.data.rules
        if rule.active and not any(is_near_miss(rule, report) for report in reports)
    ]
    assert missing == [], f"rules with no near-miss scenario: {sorted(missing)}"


def test_a_near_miss_is_one_contradicted_condition_away() -> None:
    """The definition itself: the firing scenario is no near miss, one changed fact makes one."""
    rule = next(r for r in KB.data.rules if r.id == "airflow.debris_with_short_cycling")
    fired = KB.diagnose(visible_debris="leaves", short_cycling=True)
    missed = KB.diagnose(visible_debris="leaves", short_cycling=False)
    unrelated = KB.diagnose(visible_debris="leaves")
    assert [is_near_miss(rule, r) for r in (fired, missed, unrelated)] == [False, True, False]


def _contract_codes(heading: str) -> set[str]:
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    return set(re.findall(r"`([a-z][a-z0-9_]+)`", section))


@pytest.mark.skipif(not CONTRACT.exists(), reason="the shared contract sits beside the checkout")
def test_every_contract_code_is_reached() -> None:
    """Every diagnosis and advisory code of the contract appears in some scenario's report."""
    diagnoses = _contract_codes("### Diagnosis codes") & set(KB.data.diagnoses)
    advisories = _contract_codes("### Advisory codes") & set(KB.data.advisories)
    reached_d = {d.code for _, _, r in scenario_reports() for d in r.diagnoses}
    reached_a = {a.code for _, _, r in scenario_reports() for a in r.advisories}
    assert sorted(diagnoses - reached_d) == []
    assert sorted(advisories - reached_a) == []

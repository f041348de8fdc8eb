"""The feature files document every rule and every contract code (semgrep-rules' ruleid/ok idea).

For every active rule there must be a scenario in which it fires, and a near miss: a scenario that
observes at least one fact the rule tests but in which the rule stays silent. Every diagnosis and
advisory code of the contract must be reached by at least one scenario.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from heatpump_expert import Report, diagnose, load_knowledge_base

from .gherkin_steps import rendered_scenarios

FEATURES = Path(__file__).resolve().parents[1] / "features"
CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "design" / "contract.md"


@functools.cache
def scenario_reports() -> tuple[tuple[str, dict[str, object], Report], ...]:
    """(name, observations, report) for every rendered scenario of every feature file."""
    out = [(name, observed, diagnose(observed)) for name, observed in rendered_scenarios(FEATURES)]
    return tuple(out)


def test_every_rule_fires_in_some_scenario() -> None:
    """No rule is undocumented: each one fires in at least one scenario."""
    kb = load_knowledge_base()
    fired = {step.rule for _, _, report in scenario_reports() for step in report.trace}
    missing = sorted(r.id for r in kb.data.rules if r.active and r.id not in fired)
    assert missing == [], f"rules no scenario makes fire: {missing}"


def test_every_rule_stays_silent_in_a_near_miss() -> None:
    """Each rule has a scenario that observes one of its facts yet does not make it fire."""
    kb = load_knowledge_base()
    missing = []
    for rule in kb.data.rules:
        if not rule.active:
            continue
        tested = set(rule.facts_tested())
        if not any(
            tested & set(observed) and rule.id not in {s.rule for s in report.trace}
            for _, observed, report in scenario_reports()
        ):
            missing.append(rule.id)
    assert missing == [], f"rules with no near-miss scenario: {sorted(missing)}"


def _contract_codes(heading: str) -> set[str]:
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    import re

    return set(re.findall(r"`([a-z][a-z0-9_]+)`", section))


@pytest.mark.skipif(not CONTRACT.exists(), reason="the shared contract sits beside the checkout")
def test_every_contract_code_is_reached() -> None:
    """Every diagnosis and advisory code of the contract appears in some scenario's report."""
    kb = load_knowledge_base()
    diagnoses = _contract_codes("### Diagnosis codes") & set(kb.data.diagnoses)
    advisories = _contract_codes("### Advisory codes") & set(kb.data.advisories)
    reached_d = {d.code for _, _, r in scenario_reports() for d in r.diagnoses}
    reached_a = {a.code for _, _, r in scenario_reports() for a in r.advisories}
    assert sorted(diagnoses - reached_d) == []
    assert sorted(advisories - reached_a) == []

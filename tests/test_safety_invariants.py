"""Safety invariants, proven over the whole knowledge base rather than a few examples.

For every active rule, a case is built from the rule's own conditions and diagnosed; every
feature scenario's case is diagnosed too. On every report that comes out:

* an action that needs the power off brings the power-off advisory;
* a refrigerant-side diagnosis brings the certified-technician advisory, and escalates (now or if
  unresolved) to at least routine;
* an owner who is not comfortable doing checks is never left at ``diy``.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from heatpump_expert import EscalationLevel, Report, load_knowledge_base

from .kb_walk import CaseBuilder, Unsatisfiable
from .test_feature_coverage import scenario_reports

KB = load_knowledge_base()
POLICY = KB.data.policy


@functools.cache
def rule_cases() -> tuple[tuple[str, dict[str, Any], Report], ...]:
    builder = CaseBuilder(KB)
    out = []
    for rule in builder.rules:
        try:
            case = builder.case_for(rule)
        except Unsatisfiable:
            continue
        out.append((rule.id, case, KB.diagnose(case)))
    out += [(f"scenario {name}", case, report) for name, case, report in scenario_reports()]
    return tuple(out)


def test_every_rule_fires_in_some_checked_case() -> None:
    """Each active rule fires in a case the invariants below are checked on (no dead rules)."""
    fired = {step.rule for _, _, report in rule_cases() for step in report.trace}
    assert sorted(r.id for r in KB.data.rules if r.active and r.id not in fired) == []


def test_power_off_actions_bring_the_power_off_advisory() -> None:
    """No report that recommends opening the unit lacks the power-off advisory."""
    offenders = [
        rule_id
        for rule_id, _, report in rule_cases()
        if any(a.power_off for d in report.diagnoses for a in d.actions)
        and POLICY.power_off_advisory not in {a.code for a in report.advisories}
    ]
    assert offenders == []


def test_refrigerant_findings_bring_certified_advisory_and_a_professional() -> None:
    """Every refrigerant-side finding: certified-technician advisory, and at least routine."""
    offenders = []
    for rule_id, _, report in rule_cases():
        refrigerant = [d for d in report.diagnoses if KB.data.diagnoses[d.code].refrigerant_side]
        if not refrigerant:
            continue
        escalation = report.escalation
        reach = max(escalation.level, escalation.if_unresolved or EscalationLevel.NONE)
        if (
            POLICY.refrigerant_advisory not in {a.code for a in report.advisories}
            or reach < "routine"
        ):
            offenders.append(rule_id)
    assert offenders == []


def test_refrigerant_catalogue_entries_ask_for_a_professional() -> None:
    """The catalogue itself: every refrigerant-side diagnosis escalates to at least routine."""
    weak = [
        code
        for code, spec in KB.data.diagnoses.items()
        if spec.refrigerant_side and spec.escalation < POLICY.refrigerant_min_escalation
    ]
    assert weak == []


def test_unsure_owner_is_never_left_at_diy() -> None:
    """diy_comfortable=false turns any diy escalation into at least routine, for every rule."""
    unsure = POLICY.unsure_owner
    assert unsure is not None
    offenders = []
    for rule_id, case, _ in rule_cases():
        if unsure.fact in case:
            continue
        report = KB.diagnose({**case, unsure.fact: unsure.equals})
        if report.escalation.level == "diy":
            offenders.append(rule_id)
    assert offenders == []


@pytest.mark.parametrize("code", sorted(KB.data.diagnoses))
def test_owner_actions_that_open_the_unit_are_marked(code: str) -> None:
    """Catalogue actions mentioning panels, coils, wiring or the fan say the power must be off."""
    risky = ("panel", "wiring", "capacitor", "contactor", "rinse the outdoor coil", "fan blade")
    for action in KB.data.diagnoses[code].actions:
        if action.who == "owner" and any(word in action.text.lower() for word in risky):
            assert action.power_off, (code, action.text)

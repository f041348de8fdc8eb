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

from heatpump_expert import EscalationLevel, Report

from .kb_walk import CaseBuilder, Unsatisfiable
from .shared import KB, report_for, scenario_reports

POLICY = KB.data.policy


@functools.cache
def rule_cases() -> tuple[tuple[str, dict[str, Any], Report], ...]:
    """(origin, observations, report): one case per satisfiable rule, then every scenario."""
    builder = CaseBuilder(KB)
    out = []
    for rule in builder.rules:
        try:
            case = builder.case_for(rule)
        except Unsatisfiable:
            continue
        out.append((rule.id, case, report_for(case)))
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
    checked = 0
    for rule_id, _, report in rule_cases():
        refrigerant = [d for d in report.diagnoses if KB.data.diagnoses[d.code].refrigerant_side]
        if not refrigerant:
            continue
        checked += 1
        escalation = report.escalation
        reach = max(escalation.level, escalation.if_unresolved or EscalationLevel.NONE)
        if (
            POLICY.refrigerant_advisory not in {a.code for a in report.advisories}
            or reach < "routine"
        ):
            offenders.append(rule_id)
    assert offenders == []
    assert checked > 50  # the invariant is exercised, not vacuously true


def test_unsure_owner_is_never_left_at_diy() -> None:
    """diy_comfortable=false turns any diy escalation into at least routine, for every case.

    No rule tests the owner's comfort (checked first), so adding it changes a report only through
    the policy, and only a report at diy can be affected: those are the cases re-diagnosed.
    """
    unsure = POLICY.unsure_owner
    assert unsure is not None
    assert [r.id for r in KB.data.rules if unsure.fact in r.facts_tested()] == []
    at_diy = [
        (rule_id, case)
        for rule_id, case, report in rule_cases()
        if unsure.fact not in case and report.escalation.level == "diy"
    ]
    assert len(at_diy) > 50
    offenders = [
        rule_id
        for rule_id, case in at_diy
        if report_for({**case, unsure.fact: unsure.equals}).escalation.level == "diy"
    ]
    assert offenders == []


def test_owner_actions_that_handle_the_unit_are_marked() -> None:
    """Owner actions that put hands or water on the unit (clear, remove, rinse, tighten, melt,
    inspect for nests) say the power must be off."""
    risky_words = (
        "clear the",
        "clear leaves",
        "remove ",
        "rinse",
        "tighten",
        "melt it",
        "look for nests",
    )
    risky = [
        (code, action)
        for code, spec in sorted(KB.data.diagnoses.items())
        for action in spec.actions
        if action.who == "owner" and any(word in action.text.lower() for word in risky_words)
    ]
    assert len(risky) >= 5  # the words find the owner actions that open the unit
    assert [(code, a.text) for code, a in risky if not a.power_off] == []


def test_a_standing_hazard_carries_nothing_that_contradicts_it() -> None:
    """Wherever a hazard of the policy stands: none of the advice it replaces or withdraws, no
    normal finding, no owner step with hands on the unit or among those it withdraws."""
    entries = POLICY.hazard_dominance
    assert entries
    offenders = []
    hazards = 0
    for origin, _, report in rule_cases():
        codes = {a.code for a in report.advisories}
        standing = [e for e in entries if codes & set(e.when)]
        if not standing:
            continue
        hazards += 1
        contradicting = {
            c for e in standing for c in (*e.replace_advisories, *e.withdraw_advisories)
        }
        withdrawn = {c for e in standing for c in e.withdraw_owner_actions_of}
        owner_steps = [
            (d.code, a.text)
            for d in report.diagnoses
            for a in d.actions
            if a.who == "owner" and (a.power_off or d.code in withdrawn)
        ]
        if (
            codes & contradicting
            or any(d.kind == "normal" for d in report.diagnoses)
            or owner_steps
        ):
            offenders.append(origin)
    assert offenders == []
    assert hazards > 30


def test_a_freeze_risk_keeps_the_advice_to_restore_power() -> None:
    """A water-only circuit without power in frost: the breaker may be reset (power and flow must
    come back), so no leave-it-off advice, and the freeze danger leads the advisories."""
    report = report_for(
        {"system_type": "air_to_water", "antifreeze": "none", "power_cut_hours": 3,
         "outdoor_temp_f": 20, "power_state": "breaker_tripped", "no_heating": True}
    )  # fmt: skip
    codes = [a.code for a in report.advisories]
    assert "freeze_risk_power_cut" in codes
    assert "leave_breaker_off" not in codes
    assert "breaker_reset_once" in codes

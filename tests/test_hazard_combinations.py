"""Hazards dominate whatever else is observed, and owner steps are safe in their context.

Hazard dominance is proven over generated inputs: for each hazard of the policy (each advisory
its ``hazard_dominance`` entries name), the smallest rule that raises it is combined with the
conditions of every other active rule of the knowledge base, and each combined case must carry
nothing that contradicts the hazard: no advice the hazard replaces or withdraws, no normal
finding, no owner step with hands on the unit or for a finding less serious than the hazard, no
reason telling the owner to act and re-check, no question that needs the system running, and a
level at least the hazard's own.

Owner steps are proven safe in context over the whole catalogue: a report's actions are the
catalogue's actions that ``ActionSpec.applies`` keeps for the observations (the report builder
and the engine both filter through it), so each step is checked against each unsafe context
directly, then a few reports confirm the wiring end to end.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from heatpump_expert import EscalationLevel, Report
from heatpump_expert._conclusions.questions import RUNNING_GROUPS
from heatpump_expert._knowledge.model import ActionSpec, RuleSpec

from .kb_walk import CaseBuilder, Unsatisfiable
from .shared import KB

POLICY = KB.data.policy
HAZARD_ADVICE = sorted({code for entry in POLICY.hazard_dominance for code in entry.when})


@functools.cache
def _builder() -> CaseBuilder:
    return CaseBuilder(KB)


@functools.cache
def _rule_cases() -> tuple[tuple[RuleSpec, dict[str, Any]], ...]:
    out = []
    for rule in _builder().rules:
        try:
            out.append((rule, _builder().case_for(rule)))
        except Unsatisfiable:
            continue
    return tuple(out)


def _raises(rule: RuleSpec, code: str) -> bool:
    """Whether the rule brings the advisory itself or through a diagnosis it concludes."""
    return code in rule.advisories or any(
        d.certainty > 0 and code in KB.data.diagnoses[d.code].advisories for d in rule.diagnoses
    )


@functools.cache
def _triggers() -> tuple[tuple[str, RuleSpec, dict[str, Any]], ...]:
    """For each hazard advisory, its smallest raising rule (fewest conditions, then id) whose
    own case does carry it."""
    out = []
    for code in HAZARD_ADVICE:
        raising = sorted(
            (
                (rule, case)
                for rule, case in _rule_cases()
                if _raises(rule, code) and code in {a.code for a in KB.diagnose(case).advisories}
            ),
            key=lambda rc: (len(rc[0].conditions), rc[0].id),
        )
        if raising:
            out.append((code, *raising[0]))
    return tuple(out)


def _contradictions(report: Report, level: EscalationLevel) -> list[str]:
    codes = {a.code for a in report.advisories}
    standing = [e for e in POLICY.hazard_dominance if codes & set(e.when)]
    if not standing:
        return ["the hazard's advice is gone"]
    problems = [
        f"advice {c}"
        for e in standing
        for c in (*e.replace_advisories, *e.withdraw_advisories)
        if c in codes
    ]
    withdrawn = {c for e in standing for c in e.withdraw_owner_actions_of}
    problems += [f"normal finding {d.code}" for d in report.diagnoses if d.kind == "normal"]
    serious = min(level, EscalationLevel.PROMPT)
    problems += [
        f"owner step of {d.code}: {a.text}"
        for d in report.diagnoses
        for a in d.actions
        if a.who == "owner"
        and (a.power_off or d.code in withdrawn or KB.data.diagnoses[d.code].escalation < serious)
    ]
    problems += [
        f"reason {reason}"
        for reason in report.escalation.reasons
        if reason.endswith(("the owner can act safely, then re-check", "nothing to do"))
    ]
    problems += [
        f"question {q.fact}"
        for q in report.questions
        if KB.data.facts[q.fact].group in RUNNING_GROUPS or KB.data.facts[q.fact].type == "text"
    ]
    if report.escalation.level < level:
        problems.append(f"level {report.escalation.level}, below the hazard's {level}")
    return problems


def test_every_hazard_of_the_policy_is_raised_by_some_rule() -> None:
    """The combinations below cover each hazard the policy names, except the advice the policy
    puts in place of another (leave the breaker off, which replaces reset-once)."""
    replacements = {c for e in POLICY.hazard_dominance for c in e.replace_advisories.values()}
    raised = {code for code, _, _ in _triggers()}
    assert sorted(set(HAZARD_ADVICE) - replacements - raised) == []


@pytest.mark.parametrize("hazard", HAZARD_ADVICE)
def test_a_hazard_dominates_every_other_rules_conditions(hazard: str) -> None:
    found = [t for t in _triggers() if t[0] == hazard]
    if not found:  # the policy's replacement advice: its hazards are combined under their own
        pytest.skip(f"no rule raises {hazard}; the dominance policy puts it in place of another")
    _, trigger, hazard_case = found[0]
    level = KB.diagnose(hazard_case).escalation.level
    offenders = {}
    combined = 0
    for rule, case in _rule_cases():
        if rule.id == trigger.id:
            continue
        observations = {**case, **hazard_case}  # the hazard's facts win a disagreement
        report = KB.diagnose(observations)
        combined += 1
        problems = _contradictions(report, level)
        if problems:
            offenders[rule.id] = problems
    assert offenders == {}
    assert combined > 400  # every other rule, not a sample


# --- owner steps in context ----------------------------------------------------------------------

#: (what the step says, a context where it is unsafe, why)
UNSAFE: list[tuple[tuple[str, ...], dict[str, Any], str]] = [
    (("hose", "rinse"), {"outdoor_temp_f": 20}, "water on a coil below freezing turns to ice"),
    (("hose", "rinse"), {"outdoor_temp_f": 38}, "a coil rinsed near freezing ices over"),
    (("hose", "rinse"), {"mode": "heat"}, "a wet coil ices as soon as heating restarts"),
    (("hose", "rinse"), {"system_type": "ground_source"}, "a geothermal unit has no outdoor coil"),
    (("emergency heat",), {"system_type": "mini_split"}, "a mini-split has no emergency heat"),
    (("emergency heat",), {"mode": "cool"}, "emergency heat is never a step in cooling"),
    (("emergency heat",), {"system_type": "air_to_water"}, "an air-to-water unit has no EM heat"),
    (("filling loop", "top up", "top-up", "re-pressurise"), {"antifreeze": "propylene_glycol"},
     "plain water dilutes the antifreeze"),
    (("filling loop", "top up", "top-up", "re-pressurise"), {},
     "plain water only where the fluid is known to be plain water"),
    (("filling loop", "top up", "top-up", "re-pressurise"),
     {"system_type": "ground_source", "antifreeze": "none"}, "ground loops: never an owner top-up"),
    (("locked out",), {"power_cut_hours": 6, "outdoor_temp_f": 10},
     "without power a water circuit freezes: power must come back"),
    (("locked out",), {"power_state": "off", "outdoor_temp_f": 10},
     "without power a water circuit freezes: power must come back"),
    (("locked out",), {"circulator_running": False, "outdoor_temp_f": 10},
     "without flow a water circuit freezes: the pump must run again"),
    (("locked out",), {"loop_flow": "none", "outdoor_temp_f": 10},
     "without flow a water circuit freezes: flow must come back"),
]  # fmt: skip


def _owner_steps(words: tuple[str, ...]) -> list[tuple[str, ActionSpec]]:
    return [
        (code, action)
        for code, spec in sorted(KB.data.diagnoses.items())
        for action in spec.actions
        if action.who == "owner"
        and any(w in action.text.lower() for w in words)
        and not action.text.lower().startswith(("do not", "never"))
        and "back to normal heat" not in action.text.lower()  # switching emergency heat off
    ]


@pytest.mark.parametrize(("words", "context", "why"), UNSAFE, ids=[u[2][:40] for u in UNSAFE])
def test_no_owner_step_is_given_where_it_is_unsafe(
    words: tuple[str, ...], context: dict[str, Any], why: str
) -> None:
    steps = _owner_steps(words)
    assert steps  # the words find the steps they are about
    assert [(code, a.text) for code, a in steps if a.applies(context)] == []


def test_the_reports_carry_only_the_steps_safe_in_context() -> None:
    """End to end: the outdoor coil is rinsed only above freezing; a glycol circuit is not
    topped up with water; a mini-split is not switched to emergency heat."""
    coil = {"mode": "cool", "reduced_cooling": True, "outdoor_coil_dirty": True}
    for temperature, rinsed in ((85, True), (25, False)):
        report = KB.diagnose({**coil, "outdoor_temp_f": temperature})
        texts = [a.text for d in report.diagnoses for a in d.actions]
        assert any("garden hose" in t for t in texts) == rinsed
    iced = {"mode": "heat", "outdoor_ice": "heavy_ice", "outdoor_temp_f": 20}
    for system, has_em_heat in (("ducted_split", True), ("mini_split", False)):
        report = KB.diagnose({**iced, "system_type": system})
        texts = [a.text.lower() for d in report.diagnoses for a in d.actions if a.who == "owner"]
        assert any("emergency heat" in t for t in texts) == has_em_heat

"""Deciding what to do now: the escalation level, its reasons, who, and the next step up.

The level is the highest asked for by any hazard (a rule's ``escalate``, whatever the certainty of
any diagnosis), by a standing hazard of the policy (its ``min_escalation``) and by the leading
diagnoses (those within the policy's margin of the best one).
A weaker candidate's level, and a leading diagnosis's own ``if_unresolved``, become
``if_unresolved`` when they are above the level: the owner tries the simple fix first.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import attrs

from .._knowledge.levels import EscalationLevel
from .._knowledge.model import KnowledgeBaseData, RuleSpec, Value
from .results import Diagnosis, Escalation

_LEVEL_WORDS = {
    EscalationLevel.NONE: "normal operation, nothing to do",
    EscalationLevel.DIY: "the owner can act safely, then re-check",
    EscalationLevel.ROUTINE: "book a professional",
    EscalationLevel.PROMPT: "get a professional soon",
    EscalationLevel.EMERGENCY: "shut down now and call a professional",
}


@attrs.frozen
class _Request:
    level: EscalationLevel
    reason: str
    who: str | None


def leading(diagnoses: Sequence[Diagnosis], margin: float) -> list[Diagnosis]:
    """The diagnoses near the top: within ``margin`` of the most certain one."""
    if not diagnoses:
        return []
    top = diagnoses[0].certainty
    return [d for d in diagnoses if d.certainty >= top - margin - 1e-9]


def decide(
    kb: KnowledgeBaseData,
    diagnoses: Sequence[Diagnosis],
    hazards: Sequence[RuleSpec],
    observations: Mapping[str, Value],
    advisories: Collection[str] = (),
) -> Escalation:
    """The escalation for a report (see the module docstring)."""
    requests = [
        _Request(rule.escalate.level, f"{rule.escalate.reason} (rule {rule.id})", rule.escalate.who)
        for rule in hazards
        if rule.escalate is not None
    ]
    floors = [
        _Request(entry.min_escalation, entry.reason, None)
        for entry in kb.policy.hazard_dominance
        if entry.min_escalation is not None and set(entry.when) & set(advisories)
    ]
    requests += floors
    floor = max((r.level for r in floors), default=EscalationLevel.NONE)
    leaders = leading(diagnoses, kb.policy.leading_margin)
    for diagnosis in leaders:
        spec = kb.diagnoses[diagnosis.code]
        if spec.escalation < floor:  # "the owner can act safely" has no place beside a hazard
            continue
        requests.append(
            _Request(
                spec.escalation,
                f"{spec.title} ({diagnosis.certainty:.0%} certain): "
                f"{_LEVEL_WORDS[spec.escalation]}",
                spec.who,
            )
        )
    requests.sort(key=lambda r: (-r.level.rank, r.reason))
    level = requests[0].level if requests else EscalationLevel.NONE
    reasons = [r.reason for r in requests]
    who = next((r.who for r in requests if r.level == level and r.who), None)
    unsure = kb.policy.unsure_owner
    if unsure and level == EscalationLevel.DIY and observations.get(unsure.fact) == unsure.equals:
        level = max(level, unsure.min_escalation)
        reasons.append(unsure.reason)
        who = who or _first_professional(kb, leaders)
    follow, follow_who = _if_unresolved(kb, diagnoses, leaders, level)
    if follow is not None:
        reasons.append(f"If that does not fix it: {_LEVEL_WORDS[follow]}")
    if level < EscalationLevel.ROUTINE and follow is None:
        who = None
    elif level < EscalationLevel.ROUTINE:
        who = follow_who
    if not reasons:
        reasons.append("No fault or hazard found in what was observed")
    return Escalation(level=level, reasons=tuple(reasons), who=who, if_unresolved=follow)


def _if_unresolved(
    kb: KnowledgeBaseData,
    diagnoses: Sequence[Diagnosis],
    leaders: Sequence[Diagnosis],
    level: EscalationLevel,
) -> tuple[EscalationLevel | None, str | None]:
    options: list[tuple[EscalationLevel, str, str | None]] = []
    for diagnosis in diagnoses:
        spec = kb.diagnoses[diagnosis.code]
        if diagnosis in leaders:
            if spec.if_unresolved is not None:
                options.append((spec.if_unresolved, diagnosis.code, spec.who))
        else:
            options.append((spec.escalation, diagnosis.code, spec.who))
            if spec.if_unresolved is not None:
                options.append((spec.if_unresolved, diagnosis.code, spec.who))
    above = sorted((o for o in options if o[0] > level), key=lambda o: (-o[0].rank, o[1]))
    if not above:
        return None, None
    return above[0][0], above[0][2]


def _first_professional(kb: KnowledgeBaseData, leaders: Sequence[Diagnosis]) -> str | None:
    for diagnosis in leaders:
        who = kb.diagnoses[diagnosis.code].who
        if who:
            return who
    return "HVAC technician"

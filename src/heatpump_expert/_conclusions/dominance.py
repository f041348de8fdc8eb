"""Hazards dominate the report: nothing in it contradicts shutting down or getting help.

When any of the policy's hazard advisories stands (a burning smell, smoke, scorched wiring, gas,
a water circuit that can freeze...), the report is cleared of what would contradict it: advice to
reset a breaker becomes advice to leave it off, advice to let the unit run is withdrawn, normal
findings are set aside, and no owner step that needs the power off (hands on the unit), nor the
owner steps of the diagnoses the policy names (resetting a breaker), nor those of a finding less
serious than the hazard (replace the filter, then re-check), remains.
The hazard itself, its advisories and every fault stay. Which advisories count and what is
swapped or withdrawn is the policy's (``hazard_dominance`` in ``policy.yaml``), hazard by hazard:
a freeze risk, for one, never turns "reset the breaker" into "leave it off".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._knowledge.levels import EscalationLevel
from .._knowledge.model import KnowledgeBaseData
from .results import Action, Diagnosis

#: While a hazard stands, an owner step stays only for a finding at least this serious (or the
#: hazard's own level, if lower): "replace the filter, then re-check" waits for the professional.
OWNER_STEPS_FROM = EscalationLevel.PROMPT


@attrs.frozen
class Dominated:
    """A report's diagnoses and advisory codes once the hazard has had its say."""

    diagnoses: tuple[Diagnosis, ...]
    advisories: frozenset[str]
    reasons: tuple[str, ...] = ()


def dominate(
    kb: KnowledgeBaseData,
    diagnoses: Sequence[Diagnosis],
    advisories: frozenset[str],
) -> Dominated:
    """The diagnoses and advisories, less whatever contradicts a standing hazard."""
    standing = [entry for entry in kb.policy.hazard_dominance if advisories & set(entry.when)]
    if not standing:
        return Dominated(tuple(diagnoses), advisories)
    kept = set(advisories)
    withdrawn: set[str] = set()
    for entry in standing:
        kept = {entry.replace_advisories.get(code, code) for code in kept}
        kept -= set(entry.withdraw_advisories)
        withdrawn |= set(entry.withdraw_owner_actions_of)

    serious = min(
        (min(e.min_escalation, OWNER_STEPS_FROM) for e in standing if e.min_escalation),
        default=EscalationLevel.NONE,
    )

    def safe(diagnosis: Diagnosis, action: Action) -> bool:
        if action.who != "owner":
            return True
        if action.power_off or diagnosis.code in withdrawn:
            return False
        return kb.diagnoses[diagnosis.code].escalation >= serious

    faults = tuple(
        attrs.evolve(d, actions=tuple(a for a in d.actions if safe(d, a)))
        for d in diagnoses
        if d.kind != "normal"
    )
    changed = kept != advisories or faults != tuple(diagnoses)
    reasons = tuple(dict.fromkeys(entry.reason for entry in standing)) if changed else ()
    return Dominated(faults, frozenset(kept), reasons)

"""The parts of a report that only the knowledge base decides, built once and shared.

An advisory is its code's severity and text; the steps a diagnosis recommends are its own, each
left in or out by what was observed; the conclusions a fired rule's trace step lists are the
rule's. Every report of one knowledge base holds these very objects (they are frozen, so sharing
them is safe): a report is quicker to build, and a batch's worker process can name them rather
than send them (``compact``).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .._knowledge.model import KnowledgeBaseData, RuleSpec
from .per_kb import per_knowledge_base
from .results import Action, Advisory


@attrs.frozen
class SharedParts:
    """One knowledge base's shared parts, by advisory code, diagnosis code and rule id."""

    advisories: Mapping[str, Advisory]
    #: A diagnosis's steps, in the order of its spec's ``actions``.
    actions: Mapping[str, tuple[Action, ...]]
    conclusions: Mapping[str, tuple[str, ...]]


@per_knowledge_base
def shared_parts(kb: KnowledgeBaseData) -> SharedParts:
    """The shared parts of ``kb``'s reports, built on first use."""
    return SharedParts(
        advisories={
            code: Advisory(code, spec.severity, spec.text) for code, spec in kb.advisories.items()
        },
        actions={
            code: tuple(Action(a.text, a.who, a.power_off) for a in spec.actions)
            for code, spec in kb.diagnoses.items()
        },
        conclusions={rule.id: _conclusions(rule) for rule in kb.rules},
    )


def _conclusions(rule: RuleSpec) -> tuple[str, ...]:
    """What a rule concludes, as its trace step lists it."""
    conclusions = [f"diagnosis {d.code} {d.certainty:+g}" for d in rule.diagnoses]
    conclusions += [f"advisory {code}" for code in rule.advisories]
    conclusions += [f"derived {d.fact}" for d in rule.derive]
    if rule.escalate is not None:
        conclusions.append(f"escalate {rule.escalate.level.value}")
    return tuple(conclusions)

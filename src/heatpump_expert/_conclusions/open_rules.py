"""Open rules: those that nothing known contradicts and that still wait on an unknown fact.

A rule none of whose conditions mentions an observed fact (or a fact it is derived from) or a
held diagnosis has the same status on every call: worked out once per knowledge base, it is
looked up rather than tested again. Only the rules that what is known mentions are tested.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping

from .._knowledge.model import Condition, KnowledgeBaseData, RuleSpec, Value
from .per_kb import per_knowledge_base

#: An open rule, its askable unknown facts, and how many of its conditions hold as evidence.
Open = tuple[RuleSpec, set[str], int]


def condition_status(
    condition: Condition, observations: Mapping[str, Value], held: Collection[str]
) -> str:
    """``holds``, ``fails`` or ``unknown`` for one condition, given what is known."""
    if condition.diagnosis is not None:
        return "holds" if (condition.diagnosis in held) == condition.present else "fails"
    fact = condition.fact or ""
    if fact not in observations:
        return "holds" if condition.tests_absence else "unknown"
    if condition.tests_absence:
        return "fails"
    return "holds" if condition.holds(observations[fact]) else "fails"


def _askable(kb: KnowledgeBaseData, fact: str, observations: Mapping[str, Value]) -> list[str]:
    spec = kb.facts[fact]
    if spec.derived:
        return [f for f in spec.derived_from if f not in observations]
    return [fact]


def _is_evidence(condition: Condition) -> bool:
    """Whether a holding condition is positive evidence (not merely an absence)."""
    if condition.diagnosis is not None:
        return condition.present
    return not condition.tests_absence


def touched(
    kb: KnowledgeBaseData, observations: Mapping[str, Value], held: Collection[str]
) -> list[RuleSpec]:
    """The active rules, in knowledge-base order, with evidence on an observed fact or held
    diagnosis (``KnowledgeBaseData.touching``)."""
    keys = [f"fact:{name}" for name in observations] + [f"diagnosis:{code}" for code in held]
    indices = sorted({i for key in keys for i in kb.touching.get(key, ())})
    return [kb.rules[i] for i in indices]


def _status(
    kb: KnowledgeBaseData, rule: RuleSpec, observations: Mapping[str, Value], held: Collection[str]
) -> Open | None:
    """The rule as an ``Open`` (its askable unknown facts, how many of its conditions hold as
    evidence), or None when a condition fails or nothing is left to ask: ``condition_status``
    for each condition, in one pass that stops at the first that fails."""
    unknown: set[str] = set()
    progress = 0
    for condition in rule.conditions:
        if condition.diagnosis is not None:
            if (condition.diagnosis in held) != condition.present:
                return None
            progress += condition.present
            continue
        fact = condition.fact or ""
        if fact in observations:
            if condition.tests_absence or not condition.holds(observations[fact]):
                return None
            progress += 1
        elif not condition.tests_absence:
            unknown.update(_askable(kb, fact, observations))
    return (rule, unknown, progress) if unknown else None


class RuleIndex:
    """For one knowledge base: which rules each fact or diagnosis is mentioned by, the status of
    every rule when nothing it mentions is known, and what each rule's question is about (its
    weight, the titles of the diagnoses it bears on, its safety concerns)."""

    def __init__(self, kb: KnowledgeBaseData) -> None:
        self.mentioned_by: dict[str, set[int]] = {}
        self.alone: dict[int, Open] = {}
        self.weights: dict[str, float] = {}
        self.concerns: dict[str, frozenset[str]] = {}
        for index, rule in enumerate(kb.rules):
            if not rule.active:
                continue
            self.weights[rule.id] = _weight(rule)
            self.concerns[rule.id] = _concerns(kb, rule)
            for key in _mentions(kb, rule):
                self.mentioned_by.setdefault(key, set()).add(index)
            status = _status(kb, rule, {}, ())
            if status is not None:
                self.alone[index] = status


def _weight(rule: RuleSpec) -> float:
    strongest = max((abs(d.certainty) for d in rule.diagnoses), default=0.0)
    return 1.0 if rule.escalate or rule.advisories else strongest


def _concerns(kb: KnowledgeBaseData, rule: RuleSpec) -> frozenset[str]:
    """The diagnoses a rule bears on (its own, or those of the rules using what it derives), and
    its safety concerns."""
    codes = kb.bears_on.get(rule.id) or {d.code for d in rule.diagnoses}
    titles = {kb.diagnoses[code].title for code in codes}
    if rule.escalate is not None:
        titles.add("a safety hazard")
    if rule.advisories:
        titles.add("the safety advice to give")
    return frozenset(titles)


def _mentions(kb: KnowledgeBaseData, rule: RuleSpec) -> set[str]:
    keys: set[str] = set()
    for condition in rule.conditions:
        if condition.diagnosis is not None:
            keys.add(f"diagnosis:{condition.diagnosis}")
            continue
        fact = condition.fact or ""
        keys.add(f"fact:{fact}")
        keys.update(f"fact:{name}" for name in kb.facts[fact].derived_from)
    return keys


@per_knowledge_base
def rule_index(kb: KnowledgeBaseData) -> RuleIndex:
    """The index of ``kb``, built on first use."""
    return RuleIndex(kb)


def open_rules(
    kb: KnowledgeBaseData,
    observations: Mapping[str, Value],
    held: Collection[str],
    rules: Iterable[RuleSpec] | None = None,
) -> Iterator[Open]:
    """Open rules (of ``rules``, by default all, in knowledge-base order), each with its askable
    unknown facts and how many conditions already hold."""
    if rules is not None:
        for rule in rules:
            status = _status(kb, rule, observations, held) if rule.active else None
            if status is not None:
                yield status
        return
    index = rule_index(kb)
    keys = [f"fact:{name}" for name in observations] + [f"diagnosis:{code}" for code in held]
    mentioned = {i for key in keys for i in index.mentioned_by.get(key, ())}
    for i in sorted(mentioned | index.alone.keys()):
        status = _status(kb, kb.rules[i], observations, held) if i in mentioned else index.alone[i]
        if status is not None:
            yield status

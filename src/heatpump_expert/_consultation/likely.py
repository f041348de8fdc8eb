"""What an answer is likely to be, and what it would do to a rule: the consultation's estimates.

A question's value (``search``) weighs each answer by its likelihood: as the vocabulary states
it (``answer_likelihoods``), else alike for every choice, and for a number, how likely it falls
on the side of a threshold its rules single out (everyday readings anyone can take more often
than gauges). The helpers here say which answers satisfy a rule, which facts a rule is in play
for, which of a fact's values are worth trying, and whether a rule could change the picture.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.open_rules import rule_index
from .._conclusions.report import Report
from .._knowledge.conditions import condition_test
from .._knowledge.model import (
    Condition,
    FactSpec,
    KnowledgeBaseData,
    RuleSpec,
    Value,
)
from .stopping import leading_codes

#: At most this many answers are tried for one fact (the values its rules name come first).
MAX_PROBES = 5


def is_in_play(data: KnowledgeBaseData, rule: RuleSpec, observations: Mapping[str, Value]) -> bool:
    """Whether evidence beyond the context (mode, kind of system...) already holds for a rule."""
    return any(
        c.fact is not None
        and c.fact in observations
        and not c.tests_absence
        and (data.facts[c.fact].group != "context" or data.facts[c.fact].type == "text")
        and c.holds(observations[c.fact])
        for c in rule.conditions
    )


def scoped_by_context(spec: FactSpec, observed: Mapping[str, Value]) -> bool:
    """Whether the context the fact's question depends on is known (and, since it is asked, did
    not rule it out)."""
    scope = spec.not_asked_if
    return bool(scope) and all(c.fact in observed for c in scope if c.fact)


def follows_context(kb: KnowledgeBase, spec: FactSpec, observed: Mapping[str, Value]) -> bool:
    """Whether the fact is a check that the context given makes specific: its question is asked
    only after a fact that is now known (the breaker tripped: did it trip again?), or only for
    the few kinds of system or answers that include this one (the loop pressure of a ground or
    water system). Such a check is worth its full value; one asked nearly everywhere (ice on the
    outdoor unit, ruled out only for a ground loop) is as remote as any other finding unrelated
    to the complaint."""
    for condition in spec.not_asked_if:
        fact = condition.fact
        if fact is None or fact not in observed:
            continue
        if condition.tests_absence:
            return True
        choices = kb.facts[fact].choices
        if choices and sum(1 for v in choices if holds_on(condition, v)) * 2 >= len(choices):
            return True
    return False


def satisfied(kb: KnowledgeBase, rule: RuleSpec, fact: str, observed: Mapping[str, Value]) -> float:
    """How likely an answer for ``fact`` satisfies the rule's conditions on it (for numbers, text
    and the operands of derived facts: the policy's ``unusual_reading_likelihood``)."""
    spec = kb.facts[fact]
    tests = [c for c in rule.conditions if c.fact == fact]
    if spec.type not in ("bool", "enum") or not tests:
        return reading_likelihood(kb, spec, observed)
    true = kb.data.policy.consultation.true_likelihood
    weights = {v: spec.likelihood(v, true) for v in spec.choices}
    total = sum(weights.values()) or 1.0
    held = sum(w for v, w in weights.items() if all(holds_on(c, v) for c in tests))
    return held / total


def reading_likelihood(kb: KnowledgeBase, spec: FactSpec, observed: Mapping[str, Value]) -> float:
    """How likely a number's answer is one its rules single out: the policy's
    ``unusual_reading_likelihood`` for gauges and meters, and more for what anyone reads off
    without a gauge (the weather, minutes since a restart, a thermostat's setting) or on the
    gauge of the kind of system known to have one (the water pressure of a hydronic system),
    whose thresholds split ordinary situations rather than pick out faults."""
    policy = kb.data.policy.consultation
    unusual = policy.unusual_reading_likelihood
    if (
        spec.type == "number"
        and spec.access == "anyone"
        and (spec.group in policy.everyday_groups or scoped_by_context(spec, observed))
    ):
        return max(unusual, policy.everyday_reading_likelihood)
    return unusual


def satisfying(
    kb: KnowledgeBase, rule: RuleSpec, fact: str, observed: Mapping[str, Value]
) -> tuple[Value, float] | None:
    """An answer for ``fact`` that satisfies the rule's conditions on it, the likeliest, and how
    likely such an answer is (a text answer the rule names stands for what the person reads off
    the unit: the brand and product line of a code shown are read off its nameplate)."""
    spec = kb.facts[fact]
    tests = [c for c in rule.conditions if c.fact == fact]
    if spec.derived or not tests:
        return None
    if spec.type in ("bool", "enum"):
        true = kb.data.policy.consultation.true_likelihood
        weights = {v: spec.likelihood(v, true) for v in spec.choices}
        total = sum(weights.values()) or 1.0
        held = [v for v in spec.choices if all(holds_on(c, v) for c in tests)]
        if not held:
            return None
        return max(held, key=lambda v: weights[v]), sum(weights[v] for v in held) / total
    probes: list[Value] = [v for c in tests for v in condition_test(c.test).probes(c.operand)]
    satisfied = [v for v in probes if in_range(spec, v) and all(holds_on(c, v) for c in tests)]
    if not satisfied:
        return None
    return satisfied[0], (1.0 if spec.type == "text" else reading_likelihood(kb, spec, observed))


def rule_weight(kb: KnowledgeBase, rule: RuleSpec) -> float:
    """A rule's weight for asking: its strongest certainty, or 1 for a hazard or advice (worked
    out once per knowledge base, as question ranking does: ``open_rules.RuleIndex``)."""
    return rule_index(kb.data).weights[rule.id]


def titles(kb: KnowledgeBase, rules: list[RuleSpec]) -> set[str]:
    """What the rules bear on, in plain words: their diagnoses, a hazard, safety advice."""
    concerns = rule_index(kb.data).concerns
    return {title for rule in rules for title in concerns[rule.id]}


def could_change(kb: KnowledgeBase, report: Report, rule: RuleSpec) -> bool:
    """Whether a rule, once it fires, could change the leading diagnoses, level or advisories."""
    data = kb.data
    top = report.diagnoses[0].certainty if report.diagnoses else 0.0
    floor = max(data.policy.certainty_floor, top - data.policy.leading_margin)
    if any(d.certainty > 0 and d.certainty >= floor for d in rule.diagnoses):
        return True
    leaders = set(leading_codes(data, report))
    if any(d.certainty < 0 and d.code in leaders for d in rule.diagnoses):
        return True
    if rule.escalate is not None and rule.escalate.level > report.escalation.level:
        return True
    if bool(set(rule.advisories) - {a.code for a in report.advisories}):
        return True
    return any(d.fact for d in rule.derive)  # what it derives may decide another rule


def weighted_choices(kb: KnowledgeBase, spec: FactSpec) -> list[tuple[Value, float]]:
    """A bool or enum fact's answers to try, with likelihoods: the values its rules name each
    alone, and one value standing for all the others (with their summed likelihood)."""
    named = set(probe_values(kb, spec.name, limit=None)) if spec.type == "enum" else set()
    out: list[tuple[Value, float]] = []
    rest: tuple[Value, float] | None = None
    true = kb.data.policy.consultation.true_likelihood
    for value in spec.choices:
        weight = spec.likelihood(value, true)
        if spec.type == "bool" or value in named:
            out.append((value, weight))
        elif rest is None:
            rest = (value, weight)
        else:
            rest = (rest[0], rest[1] + weight)
    return [*out, *([rest] if rest else [])]


def decides(condition: Condition, fact: str) -> bool:
    return condition.fact == fact and condition.reads_value


def holds_on(condition: Condition, value: Value) -> bool:
    try:
        return condition.holds(value)
    except (TypeError, ValueError):
        return False


def probe_values(kb: KnowledgeBase, fact: str, limit: int | None = MAX_PROBES) -> list[Value]:
    """The answers worth trying for ``fact``: its choices, or the values its rules test."""
    spec = kb.facts[fact]
    if spec.type == "bool":
        return [True, False]
    named: list[Value] = []
    for rule in kb.data.rules:
        for condition in rule.conditions:
            if condition.fact != fact or not condition.reads_value:
                continue
            named.extend(condition_test(condition.test).probes(condition.operand))
    if spec.type == "enum":
        values: list[Value] = list(spec.values)
        mentioned = [v for v in values if v in named]
        unmentioned = [v for v in values if v not in named][:1]  # one stands for all the others
        return (mentioned + unmentioned)[:limit]
    unique = list(dict.fromkeys(v for v in named if in_range(spec, v)))
    return unique[:limit]


def in_range(spec: FactSpec, value: Value) -> bool:
    if spec.type != "number" or spec.range is None or not isinstance(value, int | float):
        return True
    return spec.range[0] <= value <= spec.range[1]

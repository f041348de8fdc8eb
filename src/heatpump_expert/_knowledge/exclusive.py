"""Proving that two rules can never both fire, from the values and number ranges they allow.

Rules that derive different values of one fact must be exclusive, or the value would depend on
which fired first. What each condition test allows comes from the registry in ``conditions``.
"""

from __future__ import annotations

from .._errors import Problem
from .conditions import Interval, condition_test
from .model import Derivation, KnowledgeBaseData, RuleSpec


def _value_sets(rule: RuleSpec) -> dict[str, set[object]]:
    """For each fact a rule pins to a finite set of values, the values it allows."""
    sets: dict[str, set[object]] = {}
    for condition in rule.conditions:
        allowed = condition_test(condition.test).allowed if condition.fact else None
        if condition.fact is None or allowed is None:
            continue
        values = set(allowed(condition.operand))
        sets[condition.fact] = sets.get(condition.fact, values) & values
    return sets


def _intervals(rule: RuleSpec) -> dict[str, Interval]:
    """For each number fact a rule bounds, the interval its conditions allow."""
    out: dict[str, Interval] = {}
    for condition in rule.conditions:
        bounds = condition_test(condition.test).interval if condition.fact else None
        if condition.fact is None or bounds is None:
            continue
        low, low_in, high, high_in = bounds(condition.operand)
        if condition.fact in out:  # intersect: the higher low and the lower high win
            o_low, o_low_in, o_high, o_high_in = out[condition.fact]
            low, low_open = max((low, not low_in), (o_low, not o_low_in))
            low_in = not low_open
            high, high_in = min((high, high_in), (o_high, o_high_in))
        out[condition.fact] = (low, low_in, high, high_in)
    return out


def _disjoint(a: Interval, b: Interval) -> bool:
    (a_low, a_low_in, a_high, a_high_in), (b_low, b_low_in, b_high, b_high_in) = a, b
    if a_high < b_low or b_high < a_low:
        return True
    if a_high == b_low:
        return not (a_high_in and b_low_in)
    if b_high == a_low:
        return not (b_high_in and a_low_in)
    return False


def exclusive(first: RuleSpec, second: RuleSpec) -> bool:
    """Whether two rules' conditions can never hold together (by values or number ranges)."""
    unknown_first = {c.fact for c in first.conditions if c.test == "unknown"}
    unknown_second = {c.fact for c in second.conditions if c.test == "unknown"}
    if unknown_first & set(second.facts_tested()) - unknown_second:
        return True
    if unknown_second & set(first.facts_tested()) - unknown_first:
        return True
    a, b = _value_sets(first), _value_sets(second)
    if any(not (a[f] & b[f]) for f in a.keys() & b.keys()):
        return True
    x, y = _intervals(first), _intervals(second)
    return any(_disjoint(x[f], y[f]) for f in x.keys() & y.keys())


def check_exclusive_derivations(kb: KnowledgeBaseData) -> list[Problem]:
    """Rules deriving different values of one fact must never both fire.

    Otherwise the value would depend on which fired first. Rules deriving the same constant
    value may overlap: either way the fact gets that value.
    """
    by_fact: dict[str, list[tuple[RuleSpec, Derivation]]] = {}
    for rule in kb.rules:
        for derivation in rule.derive if rule.active else ():
            by_fact.setdefault(derivation.fact, []).append((rule, derivation))
    problems = []
    for fact, pairs in by_fact.items():
        for index, (first, first_derivation) in enumerate(pairs):
            for second, second_derivation in pairs[index + 1 :]:
                same = first_derivation.difference is None and first_derivation == second_derivation
                if not same and not exclusive(first, second):
                    message = (
                        f"derives {fact!r} differently from rule {first.id} and both could "
                        "fire: give them disjoint values or number ranges on one fact"
                    )
                    problems.append(
                        Problem(message, second.origin.file, second.origin.line, second.id)
                    )
    return problems

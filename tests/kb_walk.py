"""Walking the knowledge base: observations that make a given rule fire, built from its conditions.

Used by the whole-knowledge-base invariant tests: for every active rule we build a case from the
rule's own conditions (and, for conditions on conclusions, from a rule that produces them), run it,
and check the safety invariants on what comes out.
"""

from __future__ import annotations

from typing import Any

from heatpump_expert import KnowledgeBase
from heatpump_expert._knowledge.conditions import condition_test
from heatpump_expert._knowledge.model import Condition, FactSpec, RuleSpec


class Unsatisfiable(Exception):
    """The rule's conditions need one fact to take two values."""


def sample_value(spec: FactSpec) -> Any:
    if spec.type == "bool":
        return True
    if spec.type == "enum":
        return spec.values[0]
    if spec.type == "number":
        low, high = spec.range or (0, 100)
        return (low + high) / 2 if low <= 0 <= high else low
    return "sample"


def satisfying_value(spec: FactSpec, condition: Condition) -> Any:
    """A value of ``spec`` that satisfies ``condition`` (the registry's example for its test)."""
    try:
        value = condition_test(condition.test).example(condition.operand, spec.choices)
    except LookupError:
        raise Unsatisfiable(condition) from None
    return sample_value(spec) if value is None else value


class CaseBuilder:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.rules = [r for r in kb.data.rules if r.active]

    def producers(self, key: str) -> list[RuleSpec]:
        kind, name = key.split(":", 1)
        if kind == "diagnosis":
            return sorted(
                (
                    r
                    for r in self.rules
                    if any(d.code == name and d.certainty > 0 for d in r.diagnoses)
                ),
                key=lambda r: (len(r.conditions), r.id),
            )
        return sorted(
            (r for r in self.rules if any(d.fact == name for d in r.derive)), key=lambda r: r.id
        )

    def case_for(self, rule: RuleSpec, depth: int = 0) -> dict[str, Any]:  # noqa: PLR0912
        if depth > 6:
            raise Unsatisfiable(rule.id)
        case: dict[str, Any] = {}
        absent: set[str] = set()
        by_fact: dict[str, list[Condition]] = {}
        for condition in rule.conditions:
            if condition.diagnosis is not None:
                if condition.present:
                    case = self._with_diagnosis(case, condition.diagnosis, depth)
            elif condition.test == "unknown":
                absent.add(condition.fact or "")
            else:
                by_fact.setdefault(condition.fact or "", []).append(condition)
        for fact, conditions in by_fact.items():
            spec = self.kb.facts[fact]
            value = self._value_for_all(spec, conditions)
            if spec.derived:
                case = self._with_derived(case, fact, conditions, value, depth)
            elif fact in case and not all(c.holds(case[fact]) for c in conditions):
                raise Unsatisfiable(rule.id)
            else:
                case.setdefault(fact, value)
        for derivation in rule.derive:
            for name in derivation.difference or ():
                case.setdefault(name, 70)
        if absent & set(case):
            raise Unsatisfiable(rule.id)
        return case

    def _with_diagnosis(self, case: dict[str, Any], code: str, depth: int) -> dict[str, Any]:
        """``case`` plus what makes some rule conclude ``code``."""
        for producer in self.producers(f"diagnosis:{code}"):
            try:
                extended = dict(case)
                self._merge(extended, self.case_for(producer, depth + 1))
            except Unsatisfiable:
                continue
            return extended
        raise Unsatisfiable(code)

    @staticmethod
    def _value_for_all(spec: FactSpec, conditions: list[Condition]) -> Any:
        """A value of ``spec`` that satisfies every one of ``conditions``."""
        options = [satisfying_value(spec, c) for c in conditions]
        if spec.type == "number" and len(options) > 1:
            options += [(a + b) / 2 for a in options for b in options]
        for value in options:
            if all(c.test == "known" or c.holds(value) for c in conditions):
                return value
        raise Unsatisfiable(spec.name)

    def _with_derived(
        self, case: dict[str, Any], fact: str, conditions: list[Condition], value: Any, depth: int
    ) -> dict[str, Any]:
        """``case`` plus what makes some rule derive ``fact`` with a value meeting ``conditions``."""
        for producer in self.producers(f"fact:{fact}"):
            derivation = next(d for d in producer.derive if d.fact == fact)
            if derivation.difference is None and not all(
                c.test == "known" or c.holds(derivation.value) for c in conditions
            ):
                continue
            try:
                extended = dict(case)
                self._merge(extended, self._derived_case(producer, derivation, value, depth, case))
            except Unsatisfiable:
                continue
            return extended
        raise Unsatisfiable(fact)

    def _derived_case(
        self, producer: RuleSpec, derivation: Any, value: Any, depth: int, known: dict[str, Any]
    ) -> dict[str, Any]:
        case = self.case_for(producer, depth + 1)
        if derivation.difference is not None:
            first, second = derivation.difference
            if first in known and second in known:  # the operands are already pinned
                return case
            if second in known:
                case[first], case[second] = known[second] + value, known[second]
            else:
                case[first], case[second] = self._difference(first, second, value)
        return case

    def _difference(self, first: str, second: str, value: float) -> tuple[float, float]:
        """Two in-range values whose difference (first - second) is ``value``."""

        def fits(name: str, number: float) -> bool:
            low, high = self.kb.facts[name].range or (-1e9, 1e9)
            return low <= number <= high

        for base in (70, sample_value(self.kb.facts[second]), 0, 30, -30, 150):
            if fits(second, base) and fits(first, base + value):
                return base + value, base
        raise Unsatisfiable(f"{first} - {second} = {value}")

    @staticmethod
    def _merge(case: dict[str, Any], extra: dict[str, Any]) -> None:
        for key, value in extra.items():
            if key in case and case[key] != value:
                raise Unsatisfiable(key)
            case[key] = value

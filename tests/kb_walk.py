"""Walking the knowledge base: observations that make a given rule fire, built from its conditions.

Used by the whole-knowledge-base invariant tests: for every active rule we build a case from the
rule's own conditions (and, for conditions on conclusions, from a rule that produces them), run it,
and check the safety invariants on what comes out.
"""

from __future__ import annotations

from typing import Any

from heatpump_expert import KnowledgeBase
from heatpump_expert._model import Condition, FactSpec, RuleSpec


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
    test, operand = condition.test, condition.operand
    if test in {"equals", "at_most", "at_least", "matches_family"}:
        return operand
    if test in {"in", "matches_text"}:
        return operand[0]  # type: ignore[index]
    if test == "between":
        return operand[0]  # type: ignore[index]
    if test == "below":
        return operand - 1  # type: ignore[operator]
    if test == "above":
        return operand + 1  # type: ignore[operator]
    if test == "not_in":
        choices = [v for v in spec.choices if v not in operand]  # type: ignore[operator]
        if not choices:
            raise Unsatisfiable(condition)
        return choices[0]
    return sample_value(spec)  # known


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

    def case_for(self, rule: RuleSpec, depth: int = 0) -> dict[str, Any]:
        if depth > 6:
            raise Unsatisfiable(rule.id)
        case: dict[str, Any] = {}
        absent: set[str] = set()
        for condition in rule.conditions:
            if condition.diagnosis is not None:
                if condition.present:
                    self._merge(
                        case,
                        self.case_for(
                            self.producers(f"diagnosis:{condition.diagnosis}")[0], depth + 1
                        ),
                    )
                continue
            fact = condition.fact or ""
            if condition.test == "unknown":
                absent.add(fact)
                continue
            spec = self.kb.facts[fact]
            value = satisfying_value(spec, condition)
            if spec.derived:
                self._merge(case, self._derive(fact, value, depth))
            elif fact in case and case[fact] != value and not condition.holds(case[fact]):
                raise Unsatisfiable(rule.id)
            else:
                case.setdefault(fact, value)
        for derivation in rule.derive:
            for name in derivation.difference or ():
                case.setdefault(name, 70)
        if absent & set(case):
            raise Unsatisfiable(rule.id)
        return case

    def _derive(self, fact: str, value: Any, depth: int) -> dict[str, Any]:
        producer = self.producers(f"fact:{fact}")[0]
        case = self.case_for(producer, depth + 1)
        derivation = next(d for d in producer.derive if d.fact == fact)
        if derivation.difference is not None:
            first, second = derivation.difference
            case[first], case[second] = 70 + value, 70
        return case

    @staticmethod
    def _merge(case: dict[str, Any], extra: dict[str, Any]) -> None:
        for key, value in extra.items():
            if key in case and case[key] != value:
                raise Unsatisfiable(key)
            case[key] = value

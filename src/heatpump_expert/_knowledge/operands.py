"""Whether a condition's operand and a value fit the fact they are about.

Shared by the checks of rules and catalogues (``checks``) and of the vocabulary's answer
likelihoods and ``not_asked_if`` conditions (``answers``).
"""

from __future__ import annotations

from collections.abc import Iterable

from .._errors import did_you_mean
from .conditions import condition_test
from .model import Condition, FactSpec, KnowledgeBaseData


def observed_condition_problems(
    kb: KnowledgeBaseData, where: str, conditions: Iterable[Condition]
) -> list[str]:
    """Conditions on what was observed: known, observed facts only, with valid operands."""
    problems = []
    for condition in conditions:
        spec = kb.facts.get(condition.fact or "")
        if spec is None:
            problems.append(
                f"{where}: "
                + f"unknown fact {condition.fact!r}.{did_you_mean(condition.fact or '', kb.facts)}"
            )
        elif spec.derived:
            problems.append(f"{where}: {spec.name!r} is derived; test an observed fact")
        else:
            problems += [
                f"{where}: " + m.removeprefix("when: ") for m in operand_problems(spec, condition)
            ]
    return problems


def operand_problems(spec: FactSpec, condition: Condition) -> list[str]:
    """Why a condition's operand does not fit its test or its fact (messages start "when: ")."""
    test = condition_test(condition.test)
    if test.fact_types and spec.type not in test.fact_types:
        wanted = " or ".join(sorted(test.fact_types))
        return [f"when: {test.name} needs a {wanted} fact; {spec.name!r} is {spec.type}"]
    problem = test.operand_problem(condition.operand)
    if problem is not None:
        return [f"when: {problem}"]
    return [
        m for value in test.operand_values(condition.operand) for m in value_problems(spec, value)
    ]


def value_problems(spec: FactSpec, value: object) -> list[str]:
    """Why ``value`` cannot be a value of ``spec`` (empty when it can)."""
    if spec.type == "bool" and not isinstance(value, bool):
        return [f"{spec.name!r} is true or false, not {value!r}"]
    if spec.type == "enum" and value not in spec.values:
        hint = did_you_mean(str(value), spec.values)
        return [f"{value!r} is not a value of {spec.name!r} ({', '.join(spec.values)}).{hint}"]
    if spec.type == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        return [f"{spec.name!r} is a number, not {value!r}"]
    if spec.type == "text" and not isinstance(value, str):
        return [f'{spec.name!r} is text, not {value!r}: quote the value in YAML ("{value}")']
    return []

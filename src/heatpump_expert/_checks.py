"""Assembling parsed files into one knowledge base, and checking it against itself.

The checks run when a knowledge base is loaded, never while diagnosing: unknown facts, values
outside a fact's enum, conclusions without a catalogue entry, duplicate names, conditions on
conclusions no rule produces, cycles, and the safety policy's own demands on the catalogue.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs

from ._errors import Problem, did_you_mean
from ._layers import CycleError, bears_on, rule_layers
from ._loader import (
    FileContent,
    advisories_of,
    diagnoses_of,
    facts_of,
    policy_of,
    rules_of,
    sources_of,
)
from ._model import (
    AdvisorySpec,
    Condition,
    Derivation,
    DiagnosisSpec,
    FactSpec,
    KnowledgeBaseData,
    Policy,
    RuleSpec,
    SourceSpec,
)

_T = TypeVar("_T")

_NUMERIC_TESTS = {"below", "above", "at_most", "at_least", "between"}


def assemble(
    contents: Iterable[FileContent], *, all_files_read: bool = True
) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """Merge files into one knowledge base; return it (when sound) and every problem found.

    When some file could not be read (``all_files_read=False``), a missing section is not
    reported: it is most likely in the file that failed.
    """
    problems: list[Problem] = []
    facts: dict[str, FactSpec] = {}
    sources: dict[str, SourceSpec] = {}
    diagnoses: dict[str, DiagnosisSpec] = {}
    advisories: dict[str, AdvisorySpec] = {}
    rules: list[RuleSpec] = []
    rule_ids: dict[str, str] = {}
    policy: Policy | None = None
    names: list[str] = []
    for content in contents:
        names.append(content.name)
        problems += _merge(facts, facts_of(content), "fact", content.name)
        problems += _merge(sources, sources_of(content), "source", content.name)
        problems += _merge(diagnoses, diagnoses_of(content), "diagnosis", content.name)
        problems += _merge(advisories, advisories_of(content), "advisory", content.name)
        file_policy = policy_of(content)
        if file_policy is not None:
            if policy is not None:
                problems.append(
                    Problem("a second `policy` section; only one is allowed", content.name)
                )
            policy = file_policy
        for rule in rules_of(content):
            if rule.id in rule_ids:
                problems.append(
                    _at(rule, f"duplicate rule id (first defined in {rule_ids[rule.id]})")
                )
                continue
            rule_ids[rule.id] = rule.origin.file
            rules.append(rule)
    if policy is None:
        if all_files_read:
            problems.append(Problem("no `policy` section in any file of the knowledge base"))
        return None, problems
    kb = KnowledgeBaseData(
        facts=facts,
        sources=sources,
        diagnoses=diagnoses,
        advisories=advisories,
        policy=policy,
        rules=tuple(rules),
        files=tuple(names),
    )
    problems.extend(check(kb))
    if problems:
        return None, problems
    return attrs.evolve(kb, bears_on=bears_on(kb.rules)), problems


def _merge(
    target: dict[str, _T], items: Iterable[tuple[str, _T, int | None]], what: str, file: str
) -> list[Problem]:
    """Add named items to ``target``; a name already there is a problem."""
    problems = []
    for name, item, line in items:
        if name in target:
            problems.append(Problem(f"{what} {name!r} is defined twice", file, line))
        else:
            target[name] = item
    return problems


def _at(rule: RuleSpec, message: str, line: int | None = None) -> Problem:
    return Problem(message, rule.origin.file, line or rule.origin.line, rule.id)


def check(kb: KnowledgeBaseData) -> list[Problem]:
    """Every semantic problem of an assembled knowledge base."""
    problems: list[Problem] = []
    problems += _check_catalogues(kb)
    problems += _check_policy(kb)
    produced = _produced(kb)
    for rule in kb.rules:
        problems += _check_rule(kb, rule, produced)
    problems += _check_cycles(kb)
    problems += _check_exclusive_derivations(kb)
    return problems


def _value_sets(rule: RuleSpec) -> dict[str, set[object]]:
    """For each fact a rule pins with equals or in, the values it allows."""
    sets: dict[str, set[object]] = {}
    for condition in rule.conditions:
        if condition.fact is None or condition.test not in {"equals", "in"}:
            continue
        values = set(condition.operand) if condition.test == "in" else {condition.operand}
        sets[condition.fact] = sets.get(condition.fact, values) & values
    return sets


#: A numeric interval: (low, low included, high, high included).
_Interval = tuple[float, bool, float, bool]
_BOUNDS: dict[str, Callable[[Any], _Interval]] = {
    "below": lambda x: (-math.inf, False, x, False),
    "at_most": lambda x: (-math.inf, False, x, True),
    "above": lambda x: (x, False, math.inf, False),
    "at_least": lambda x: (x, True, math.inf, False),
    "between": lambda x: (x[0], True, x[1], True),
}


def _intervals(rule: RuleSpec) -> dict[str, _Interval]:
    """For each number fact a rule bounds, the interval its conditions allow."""
    out: dict[str, _Interval] = {}
    for condition in rule.conditions:
        if condition.fact is None or condition.test not in _BOUNDS:
            continue
        low, low_in, high, high_in = _BOUNDS[condition.test](condition.operand)
        if condition.fact in out:  # intersect: the higher low and the lower high win
            o_low, o_low_in, o_high, o_high_in = out[condition.fact]
            low, low_open = max((low, not low_in), (o_low, not o_low_in))
            low_in = not low_open
            high, high_in = min((high, high_in), (o_high, o_high_in))
        out[condition.fact] = (low, low_in, high, high_in)
    return out


def _disjoint(a: _Interval, b: _Interval) -> bool:
    (a_low, a_low_in, a_high, a_high_in), (b_low, b_low_in, b_high, b_high_in) = a, b
    if a_high < b_low or b_high < a_low:
        return True
    if a_high == b_low:
        return not (a_high_in and b_low_in)
    if b_high == a_low:
        return not (b_high_in and a_low_in)
    return False


def _exclusive(first: RuleSpec, second: RuleSpec) -> bool:
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


def _check_exclusive_derivations(kb: KnowledgeBaseData) -> list[Problem]:
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
                if not same and not _exclusive(first, second):
                    message = (
                        f"derives {fact!r} differently from rule {first.id} and both could "
                        "fire: give them disjoint values or number ranges on one fact"
                    )
                    problems.append(_at(second, message))
    return problems


def _produced(kb: KnowledgeBaseData) -> dict[str, set[str]]:
    """What active rules produce: diagnoses (with positive certainty) and derived facts."""
    out: dict[str, set[str]] = {"diagnosis": set(), "fact": set()}
    for rule in kb.rules:
        if not rule.active:
            continue
        out["diagnosis"] |= {d.code for d in rule.diagnoses if d.certainty > 0}
        out["fact"] |= {d.fact for d in rule.derive}
    return out


def _unknown(kind: str, name: str, known: Mapping[str, object]) -> str:
    return f"unknown {kind} {name!r}.{did_you_mean(name, known)}"


def _check_sources(
    ids: Iterable[str], kb: KnowledgeBaseData, file: str, line: int | None, rule: str | None = None
) -> list[Problem]:
    return [
        Problem(_unknown("source", s, kb.sources), file, line, rule)
        for s in ids
        if s not in kb.sources
    ]


def _check_catalogues(kb: KnowledgeBaseData) -> list[Problem]:
    problems: list[Problem] = []
    policy = kb.policy
    for diag in kb.diagnoses.values():
        file, line = diag.origin.file, diag.origin.line
        problems += _check_sources(diag.sources, kb, file, line)
        problems += [
            Problem(
                f"diagnosis {diag.code!r}: " + _unknown("advisory", a, kb.advisories), file, line
            )
            for a in diag.advisories
            if a not in kb.advisories
        ]
        if diag.refrigerant_side and diag.escalation < policy.refrigerant_min_escalation:
            problems.append(
                Problem(
                    f"diagnosis {diag.code!r} is refrigerant-side but escalates to "
                    f"{diag.escalation}; the policy asks at least "
                    f"{policy.refrigerant_min_escalation}",
                    file,
                    line,
                )
            )
        if diag.kind == "normal" and any(a.power_off for a in diag.actions):
            problems.append(
                Problem(f"normal diagnosis {diag.code!r} asks for the power off", file, line)
            )
    for adv in kb.advisories.values():
        problems += _check_sources(adv.sources, kb, adv.origin.file, adv.origin.line)
    for fact in kb.facts.values():
        problems += [
            Problem(
                f"fact {fact.name!r} is derived from unknown fact {name!r}",
                fact.origin.file,
                fact.origin.line,
            )
            for name in fact.derived_from
            if name not in kb.facts
        ]
    return problems


def _check_policy(kb: KnowledgeBaseData) -> list[Problem]:
    policy = kb.policy
    problems = [
        Problem("policy: " + _unknown("advisory", code, kb.advisories))
        for code in (policy.power_off_advisory, policy.refrigerant_advisory)
        if code not in kb.advisories
    ]
    if policy.unsure_owner and policy.unsure_owner.fact not in kb.facts:
        problems.append(
            Problem("policy: unsure_owner: " + _unknown("fact", policy.unsure_owner.fact, kb.facts))
        )
    return problems


def _check_rule(
    kb: KnowledgeBaseData, rule: RuleSpec, produced: dict[str, set[str]]
) -> list[Problem]:
    problems = _check_sources(rule.sources, kb, rule.origin.file, rule.origin.line, rule.id)
    prefix = rule.id.split(".", 1)[0]
    if rule.subsystem and prefix != rule.subsystem:
        problems.append(
            _at(rule, f"rule id must start with its file's subsystem {rule.subsystem!r}")
        )
    for condition in rule.conditions:
        problems += [
            _at(rule, m, condition.line) for m in _condition_problems(kb, condition, produced)
        ]
    for conclusion in rule.diagnoses:
        if conclusion.code not in kb.diagnoses:
            problems.append(
                _at(rule, "then: " + _unknown("diagnosis", conclusion.code, kb.diagnoses))
            )
    for code in rule.advisories:
        if code not in kb.advisories:
            problems.append(_at(rule, "then: " + _unknown("advisory", code, kb.advisories)))
    for derivation in rule.derive:
        problems += [_at(rule, "derive: " + m) for m in _derivation_problems(kb, derivation)]
    if not (rule.diagnoses or rule.advisories or rule.derive or rule.escalate):
        problems.append(_at(rule, "the rule concludes nothing"))
    return problems


def _condition_problems(
    kb: KnowledgeBaseData, condition: Condition, produced: dict[str, set[str]]
) -> list[str]:
    if condition.diagnosis is not None:
        code = condition.diagnosis
        if code not in kb.diagnoses:
            return ["when: " + _unknown("diagnosis", code, kb.diagnoses)]
        if code not in produced["diagnosis"]:
            return [f"when: no active rule concludes diagnosis {code!r}, so this can never hold"]
        return []
    name = condition.fact or ""
    spec = kb.facts.get(name)
    if spec is None:
        return ["when: " + _unknown("fact", name, kb.facts)]
    if spec.derived and name not in produced["fact"]:
        return [f"when: no active rule derives fact {name!r}, so this can never hold"]
    return _operand_problems(spec, condition)


def _operand_problems(spec: FactSpec, condition: Condition) -> list[str]:
    test, operand = condition.test, condition.operand
    if test in {"known", "unknown"}:
        return []
    if test in _NUMERIC_TESTS:
        if spec.type != "number":
            return [f"when: {test} needs a number fact; {spec.name!r} is {spec.type}"]
        if test == "between" and operand[0] > operand[1]:
            return [f"when: between {list(operand)} is empty: the low end comes first"]
        return []
    if test in {"matches_family", "matches_text"}:
        return (
            []
            if spec.type == "text"
            else [f"when: {test} needs a text fact; {spec.name!r} is {spec.type}"]
        )
    values = operand if test in {"in", "not_in"} else (operand,)
    return [m for value in values for m in value_problems(spec, value)]


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


def _derivation_problems(kb: KnowledgeBaseData, derivation: Derivation) -> list[str]:
    spec = kb.facts.get(derivation.fact)
    if spec is None:
        return [_unknown("fact", derivation.fact, kb.facts)]
    if not spec.derived:
        return [f"fact {spec.name!r} is an observation; only facts marked derived can be derived"]
    if derivation.difference is not None:
        bad = [
            n
            for n in derivation.difference
            if kb.facts.get(n) is None or kb.facts[n].type != "number"
        ]
        problems = [f"difference needs number facts; {n!r} is not one" for n in bad]
        if spec.type != "number":
            problems.append(f"difference gives a number; {spec.name!r} is {spec.type}")
        return problems
    return value_problems(spec, derivation.value)


def _check_cycles(kb: KnowledgeBaseData) -> list[Problem]:
    """Report rules whose conclusions feed back into their own conditions."""
    try:
        rule_layers(kb.rules)
    except CycleError as error:
        return [_at(rule, str(error)) for rule in error.rules]
    return []

"""Checking an assembled knowledge base against itself.

The checks run when a knowledge base is loaded, never while diagnosing: unknown facts, values
outside a fact's enum, conclusions without a catalogue entry, conditions on conclusions no rule
produces, operands a condition test cannot use, cycles, rules deriving one fact differently that
could both fire, reversed number ranges, and the safety policy's own demands on the catalogue;
then the safety invariants of ``safety_checks``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from .._errors import Problem, did_you_mean
from .answers import check_answers
from .exclusive import check_exclusive_derivations
from .layers import CycleError, rule_layers
from .levels import SEVERITY_ORDER
from .model import (
    Condition,
    Derivation,
    DiagnosisSpec,
    HazardDominance,
    KnowledgeBaseData,
    RuleSpec,
)
from .operands import observed_condition_problems, operand_problems, value_problems
from .safety_checks import check_safety


def located(rule: RuleSpec, message: str, line: int | None = None) -> Problem:
    """A problem inside ``rule``, at ``line`` (or the rule's own line)."""
    return Problem(message, rule.origin.file, line or rule.origin.line, rule.id)


def check(kb: KnowledgeBaseData, builtin_files: Collection[str] = ()) -> list[Problem]:
    """Every semantic problem of an assembled knowledge base.

    ``builtin_files``: the files of the built-in knowledge base among its files (a pack's
    evidence against their hazards is reported as a warning).
    """
    problems: list[Problem] = []
    problems += _check_catalogues(kb)
    problems += _check_policy(kb)
    produced = _produced(kb)
    for rule in kb.rules:
        problems += _check_rule(kb, rule, produced)
    problems += _check_cycles(kb)
    problems += check_exclusive_derivations(kb)
    problems += check_answers(kb)
    problems += check_safety(kb, builtin_files)
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
        problems += [Problem(m, file, line) for m in _withheld_problems(kb, diag)]
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
        if fact.range is not None and not fact.range[0] <= fact.range[1]:
            problems.append(
                Problem(
                    f"fact {fact.name!r}: range {list(fact.range)} is empty: the low end comes "
                    "first",
                    fact.origin.file,
                    fact.origin.line,
                )
            )
        if fact.means_not_given and fact.type != "text":
            problems.append(
                Problem(
                    f"fact {fact.name!r} is {fact.type}: only a text fact takes means_not_given",
                    fact.origin.file,
                    fact.origin.line,
                )
            )
    return problems


def _withheld_problems(kb: KnowledgeBaseData, diag: DiagnosisSpec) -> list[str]:
    """An action is withheld on what was observed: observed facts only, with valid operands."""
    problems = []
    for number, action in enumerate(diag.actions, start=1):
        where = f"diagnosis {diag.code!r}, action {number}, withheld_if"
        problems += observed_condition_problems(kb, where, action.withheld_if)
    return problems


def _check_policy(kb: KnowledgeBaseData) -> list[Problem]:
    policy = kb.policy
    problems = [
        Problem("policy: " + _unknown("advisory", code, kb.advisories))
        for code in (policy.power_off_advisory, policy.refrigerant_advisory)
        if code not in kb.advisories
    ]
    for dominance in policy.hazard_dominance:
        problems += _dominance_problems(kb, dominance)
    problems += [
        Problem("policy: evidence: general_symptoms: " + _unknown("fact", name, kb.facts))
        for name in policy.general_symptoms
        if name not in kb.facts
    ]
    if policy.unsure_owner and policy.unsure_owner.fact not in kb.facts:
        problems.append(
            Problem("policy: unsure_owner: " + _unknown("fact", policy.unsure_owner.fact, kb.facts))
        )
    return problems


def _dominance_problems(kb: KnowledgeBaseData, dominance: HazardDominance) -> list[Problem]:
    """Unknown names, and a dominance that would weaken safety advice instead of making it firm."""
    where = "policy: hazard_dominance: "
    named = [
        *dominance.when,
        *dominance.replace_advisories,
        *dominance.replace_advisories.values(),
        *dominance.withdraw_advisories,
    ]
    problems = [
        Problem(where + _unknown("advisory", code, kb.advisories))
        for code in dict.fromkeys(named)
        if code not in kb.advisories
    ]
    problems += [
        Problem(where + _unknown("diagnosis", code, kb.diagnoses))
        for code in dominance.withdraw_owner_actions_of
        if code not in kb.diagnoses
    ]
    hazards = {code for entry in kb.policy.hazard_dominance for code in entry.when}
    problems += [
        Problem(f"{where}hazard advisory {code!r} may not be withdrawn or replaced")
        for code in [*dominance.withdraw_advisories, *dominance.replace_advisories]
        if code in hazards
    ]
    for old, new in dominance.replace_advisories.items():
        if old in kb.advisories and new in kb.advisories:
            weaker = SEVERITY_ORDER.index(kb.advisories[new].severity) > SEVERITY_ORDER.index(
                kb.advisories[old].severity
            )
            if weaker:
                problems.append(
                    Problem(f"{where}{old!r} may not be replaced by the milder {new!r}")
                )
    return problems


def _check_rule(
    kb: KnowledgeBaseData, rule: RuleSpec, produced: dict[str, set[str]]
) -> list[Problem]:
    problems = _check_sources(rule.sources, kb, rule.origin.file, rule.origin.line, rule.id)
    prefix = rule.id.split(".", 1)[0]
    if rule.subsystem and prefix != rule.subsystem:
        problems.append(
            located(rule, f"rule id must start with its file's subsystem {rule.subsystem!r}")
        )
    for condition in rule.conditions:
        problems += [
            located(rule, m, condition.line) for m in _condition_problems(kb, condition, produced)
        ]
    for conclusion in rule.diagnoses:
        if conclusion.code not in kb.diagnoses:
            problems.append(
                located(rule, "then: " + _unknown("diagnosis", conclusion.code, kb.diagnoses))
            )
    for code in rule.advisories:
        if code not in kb.advisories:
            problems.append(located(rule, "then: " + _unknown("advisory", code, kb.advisories)))
    for derivation in rule.derive:
        problems += [located(rule, "derive: " + m) for m in _derivation_problems(kb, derivation)]
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
    return operand_problems(spec, condition)


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
        return [located(rule, str(error)) for rule in error.rules]
    return []

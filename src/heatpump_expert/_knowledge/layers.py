"""The order of reasoning: which rules must run before which.

A rule that tests a conclusion (a diagnosis or a derived fact) runs only after every rule that can
produce that conclusion has had its turn. Rules are put in layers: layer 1 tests observations only;
a rule's layer is one more than the layer of any conclusion it tests; a conclusion's layer is the
highest layer of the rules that produce it. The compiler turns layers into experta salience, so
the result never depends on experta's order among activations of equal salience.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .model import RuleSpec


class CycleError(ValueError):
    """Rules whose conclusions feed back into their own conditions."""

    def __init__(self, rules: list[RuleSpec]) -> None:
        ids = ", ".join(r.id for r in rules)
        super().__init__(
            f"the rule is part of a cycle of conclusions ({ids}) and could never settle"
        )
        self.rules = rules


def conclusion_keys(rule: RuleSpec) -> set[str]:
    """What a rule produces, as ``diagnosis:<code>`` and ``fact:<name>`` keys."""
    return {f"diagnosis:{d.code}" for d in rule.diagnoses} | {f"fact:{d.fact}" for d in rule.derive}


def dependency_keys(rule: RuleSpec, derived: set[str]) -> set[str]:
    """What a rule tests that other rules produce."""
    keys = {f"diagnosis:{c.diagnosis}" for c in rule.conditions if c.diagnosis is not None}
    keys |= {f"fact:{c.fact}" for c in rule.conditions if c.fact in derived}
    return keys


def rule_layers(rules: Iterable[RuleSpec]) -> dict[str, int]:
    """Layer of each active rule (by id), from 1; raises ``CycleError`` on a cycle."""
    active = [r for r in rules if r.active]
    derived = {d.fact for r in active for d in r.derive}
    producers: dict[str, list[RuleSpec]] = {}
    for rule in active:
        for key in conclusion_keys(rule):
            producers.setdefault(key, []).append(rule)
    layers: dict[str, int] = {}
    visiting: list[RuleSpec] = []

    def layer_of(rule: RuleSpec) -> int:
        if rule.id in layers:
            return layers[rule.id]
        if rule in visiting:
            raise CycleError(visiting[visiting.index(rule) :])
        visiting.append(rule)
        deps = dependency_keys(rule, derived)
        depth = max((layer_of(p) for k in deps for p in producers.get(k, ())), default=0)
        visiting.pop()
        layers[rule.id] = depth + 1
        return depth + 1

    for rule in sorted(active, key=lambda r: r.id):
        layer_of(rule)
    return layers


def bears_on(rules: Iterable[RuleSpec]) -> dict[str, frozenset[str]]:
    """For each active rule, the diagnoses it bears on: its own, and those of the rules that test
    what it derives (followed through further derivations)."""
    active = [r for r in rules if r.active]
    testers: dict[str, list[RuleSpec]] = {}
    for rule in active:
        for fact in rule.facts_tested():
            testers.setdefault(fact, []).append(rule)
    out: dict[str, frozenset[str]] = {}

    def codes(rule: RuleSpec, seen: frozenset[str]) -> frozenset[str]:
        found = {d.code for d in rule.diagnoses if d.certainty > 0}
        for derivation in rule.derive:
            for other in testers.get(derivation.fact, ()):
                if other.id not in seen:
                    found |= codes(other, seen | {other.id})
        return frozenset(found)

    for rule in active:
        out[rule.id] = codes(rule, frozenset({rule.id}))
    return out


def touching(rules: Sequence[RuleSpec]) -> dict[str, tuple[int, ...]]:
    """For each fact and diagnosis, the active rules (by index) with evidence on it: a value test
    of the fact, or a condition that the diagnosis is held."""
    out: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        if not rule.active:
            continue
        for condition in rule.conditions:
            if condition.diagnosis is not None and condition.present:
                out.setdefault(f"diagnosis:{condition.diagnosis}", []).append(index)
            elif condition.fact is not None and not condition.tests_absence:
                out.setdefault(f"fact:{condition.fact}", []).append(index)
    return {key: tuple(sorted(set(indices))) for key, indices in out.items()}


def conclusion_layers(rules: Iterable[RuleSpec], layers: Mapping[str, int]) -> dict[str, int]:
    """Layer after which each conclusion key is settled (the highest layer producing it)."""
    out: dict[str, int] = {}
    for rule in rules:
        if rule.id not in layers:
            continue
        for key in conclusion_keys(rule):
            out[key] = max(out.get(key, 0), layers[rule.id])
    return out

"""Building an engine's Rete network without experta's detours for plain rules.

experta puts every rule into disjunctive normal form before it builds the network (it rebuilds
each pattern, field by field, through ``functools.singledispatch``, until nothing changes, and
then once more), and wires each rule's join nodes through a dispatcher it defines afresh for that
rule, so every lookup walks the class hierarchy again. The compiler only writes plain rules: a
conjunction of patterns, some negated, with literal, predicate and capture fields. For those the
normal form is the rule itself, and ``PlainRulesMatcher`` makes exactly the changes and join
nodes experta would (an ``InitialFact`` before a rule that starts with a negation; a chain of
match and negation nodes ending in the rule's conflict-set node). Its alpha part tests the same
checks of each pattern, in a fixed order instead of experta's ranking by use (the type first,
then the fact's name, then its other fields, the capture last): a pattern's checks all hold or
the pattern does not match, whatever their order. A rule set with anything else still goes
through experta. A test proves, rule by rule, that the prepared rules equal experta's, and every
feature scenario ends alike on this network and on experta's own.
"""

from __future__ import annotations

from typing import Any

from .experta_shim import (
    COMPOUND_CONSTRAINTS,
    NOT,
    ChildNode,
    ConflictSetNode,
    Fact,
    FeatureCheck,
    FeatureTesterNode,
    InitialFact,
    NotNode,
    OrdinaryMatchNode,
    ReteMatcher,
    Rule,
    SameContextCheck,
    TypeCheck,
    generate_checks,
    prepare_rule,
)


def is_plain(pattern: Any) -> bool:
    """A pattern already in normal form: a fact pattern, or a negated one, of simple fields."""
    if isinstance(pattern, NOT) and len(pattern) == 1:
        pattern = pattern[0]
    return isinstance(pattern, Fact) and not any(
        isinstance(value, COMPOUND_CONSTRAINTS) for value in pattern.values()
    )


def _plain_rule(rule: Any) -> bool:
    return isinstance(rule, Rule) and len(rule) > 0 and all(is_plain(p) for p in rule)


def _copy(rule: Any, patterns: tuple[Any, ...]) -> Any:
    """What ``rule.new_conditions(*patterns)`` makes, without inspecting the function again:
    a new rule (the class attribute is bound to the last engine that read it), unbound."""
    new = Rule(*patterns, salience=rule.salience)
    new.__dict__.update(rule.__dict__)
    new._wrapped_self = None
    return new


def prepared(rule: Any) -> Any:
    """The rule as experta's ``prepare_rule`` gives it, without the rewriting when it is plain."""
    if not _plain_rule(rule):
        return prepare_rule(rule)
    patterns = tuple(rule)
    if isinstance(patterns[0], NOT):
        return _copy(rule, (InitialFact(), *patterns))
    return _copy(rule, patterns)


def _terminal(pattern: Any, alpha_terminals: dict[Any, Any]) -> Any:
    return alpha_terminals[pattern[0] if isinstance(pattern, NOT) else pattern]


def wire_plain(rule: Any, alpha_terminals: dict[Any, Any]) -> None:
    """The join nodes and the conflict-set node of a prepared plain rule, as experta wires them."""
    patterns = tuple(rule)
    last = _terminal(patterns[0], alpha_terminals)
    for index, pattern in enumerate(patterns[1:]):
        node = (NotNode if isinstance(pattern, NOT) else OrdinaryMatchNode)(SameContextCheck())
        left = last if index else _terminal(patterns[0], alpha_terminals)
        right = _terminal(pattern, alpha_terminals)
        left.add_child(node, node.activate_left)
        right.add_child(node, node.activate_right)
        last = node
    conflict_set_node = ConflictSetNode(rule)
    last.add_child(conflict_set_node, conflict_set_node.activate)


def _check_order(check: Any) -> tuple[int, str]:
    if isinstance(check, TypeCheck):
        return (0, "")
    if isinstance(check, FeatureCheck):
        return (1 if check.what == "name" else 2, str(check.what))
    return (3, "")  # the capture


def _checks(pattern: Any, known: dict[Any, tuple[Any, ...]]) -> tuple[Any, ...]:
    found = known.get(pattern)
    if found is None:
        found = known[pattern] = tuple(sorted(generate_checks(pattern), key=_check_order))
    return found


def build_alpha(
    ruleset: set[Any], root_node: Any, known: dict[Any, tuple[Any, ...]]
) -> dict[Any, Any]:
    """The alpha part for prepared plain rules: one path of check nodes per distinct pattern,
    shared as far as patterns share checks; the last node of each pattern's path, by pattern.
    ``known`` holds each pattern's checks, worked out once for every engine that tests it."""
    terminals: dict[Any, Any] = {}
    below: dict[int, dict[int, Any]] = {}  # a node's children by their check, to share them
    patterns = [InitialFact()]  # experta always builds InitialFact's path
    for rule in ruleset:
        patterns.extend(p[0] if isinstance(p, NOT) else p for p in rule)
    for pattern in patterns:
        if pattern in terminals:
            continue
        node = root_node
        for check in _checks(pattern, known):
            children = below.setdefault(id(node), {})
            child = children.get(id(check))
            if child is None:  # new here: experta's own add_child would look for it again
                child = children[id(check)] = FeatureTesterNode(check)
                node.children.append(ChildNode(child, child.activate))
            node = child
        terminals[pattern] = node
    return terminals


class PlainRulesMatcher(ReteMatcher):  # type: ignore[misc]
    """experta's Rete matcher, with plain rules prepared and wired directly (see above)."""

    def build_network(self) -> None:
        ruleset = self.prepare_ruleset(self.engine)
        if not all(_plain_rule(rule) for rule in ruleset):
            alpha_terminals = self.build_alpha_part(ruleset, self.root_node)
            self.build_beta_part(ruleset, alpha_terminals)
            return
        known = getattr(self.engine, "pattern_checks", None)
        alpha_terminals = build_alpha(ruleset, self.root_node, {} if known is None else known)
        for rule in ruleset:
            wire_plain(rule, alpha_terminals)

    @staticmethod
    def prepare_ruleset(engine: Any) -> set[Any]:
        return {prepared(rule) for rule in engine.get_rules()}

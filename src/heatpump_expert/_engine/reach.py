"""Which rules a call's observations can ever fire: the part of the knowledge base it needs.

A rule fires only when every fact its positive conditions test is in working memory (observed,
or derived by a rule that fired) and every diagnosis they test is held (supported by a rule that
fired). Starting from the facts a caller gave, ``Reach`` follows those links to a fixed point; a
rule it leaves out can never fire on those observations, whatever their values, so an engine
holding only the rules it keeps reaches exactly the conclusions of an engine holding them all.
The walk looks at names only (and is remembered by them); ``rules_for_values`` then leaves out
the rules that a given value contradicts (an observation never changes during a run), which
makes the part several times smaller and cheaper to compile and to run.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping

import attrs

from .._knowledge.model import Condition, KnowledgeBaseData, RuleSpec

#: Fact sets remembered with their part (the walk is cheap, the lookup cheaper).
_REMEMBERED = 4096


@attrs.frozen
class _Needs:
    """What one rule needs before it can fire, and what firing makes available to others."""

    rule: str
    facts: frozenset[str]
    diagnoses: frozenset[str]
    gives_facts: frozenset[str]
    gives_diagnoses: frozenset[str]


def _needs(rule: RuleSpec) -> _Needs:
    facts = {c.fact for c in rule.conditions if c.fact is not None and not c.tests_absence}
    facts |= {name for d in rule.derive for name in d.difference or ()}
    return _Needs(
        rule=rule.id,
        facts=frozenset(f for f in facts if f is not None),
        diagnoses=frozenset(
            c.diagnosis for c in rule.conditions if c.diagnosis is not None and c.present
        ),
        gives_facts=frozenset(d.fact for d in rule.derive),
        # Evidence against counts too: the walk must never leave out a rule that could fire.
        gives_diagnoses=frozenset(d.code for d in rule.diagnoses),
    )


class Reach:
    """The rules of ``kb`` that observations of some facts can fire, as a frozen set of ids."""

    def __init__(self, kb: KnowledgeBaseData) -> None:
        self._needs = [_needs(r) for r in sorted(kb.rules, key=lambda r: r.id) if r.active]
        self._waiting_on: dict[str, list[_Needs]] = {}
        for needs in self._needs:
            for key in _keys(needs.facts, needs.diagnoses):
                self._waiting_on.setdefault(key, []).append(needs)
        self._unconditional = [n for n in self._needs if not n.facts and not n.diagnoses]
        self._tests = {
            r.id: tuple(c for c in r.conditions if c.fact is not None) for r in kb.rules if r.active
        }
        self._known: OrderedDict[frozenset[str], frozenset[str]] = OrderedDict()
        self._lock = threading.Lock()

    def rules_for(self, facts: Iterable[str]) -> frozenset[str]:
        """The ids of the rules that observations of ``facts`` (any values) can fire."""
        key = frozenset(facts)
        with self._lock:
            part = self._known.get(key)
            if part is not None:
                self._known.move_to_end(key)
                return part
        part = self._walk(key)
        with self._lock:
            self._known[key] = part
            if len(self._known) > _REMEMBERED:
                self._known.popitem(last=False)
        return part

    def rules_for_values(
        self, observed: Mapping[str, object], *, any_value: frozenset[str] = frozenset()
    ) -> frozenset[str]:
        """``rules_for`` the observed facts, less the rules that a value given contradicts (a
        condition on an observed fact that fails on its value can never hold: an observation
        never changes during a run). The values of ``any_value`` are not looked at: the part
        holds the rules any value of those facts could fire, so calls that differ only in them
        (a consultation trying each answer to one question) share one part."""
        return frozenset(
            rule
            for rule in self.rules_for(observed)
            if all(c.fact in any_value or _may_hold(c, observed) for c in self._tests[rule])
        )

    def _walk(self, facts: frozenset[str]) -> frozenset[str]:
        available: set[str] = set()
        missing: dict[str, int] = {}
        chosen: list[_Needs] = list(self._unconditional)
        pending = [f"fact:{name}" for name in facts]
        fired = 0
        while True:
            while pending:
                key = pending.pop()
                if key in available:
                    continue
                available.add(key)
                for needs in self._waiting_on.get(key, ()):
                    left = missing.get(needs.rule)
                    if left is None:
                        left = len(needs.facts) + len(needs.diagnoses)
                    missing[needs.rule] = left - 1
                    if left == 1:
                        chosen.append(needs)
            if fired == len(chosen):
                return frozenset(n.rule for n in chosen)
            for needs in chosen[fired:]:
                pending.extend(_keys(needs.gives_facts, needs.gives_diagnoses))
            fired = len(chosen)


def _may_hold(condition: Condition, observed: Mapping[str, object]) -> bool:
    fact = condition.fact or ""
    if fact not in observed:
        return True
    if condition.tests_absence:
        return False
    return not condition.reads_value or condition.holds(observed[fact])


def _keys(facts: Iterable[str], diagnoses: Iterable[str]) -> list[str]:
    return [*(f"fact:{f}" for f in sorted(facts)), *(f"diagnosis:{d}" for d in sorted(diagnoses))]

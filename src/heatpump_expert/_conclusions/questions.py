"""Which unknown facts are worth asking about, and why.

A rule is *open* when none of its conditions is contradicted by what is known and some of its
facts are still unknown. Each unknown fact of an open rule earns a share of the rule's weight
(its strongest certainty, or 1 for a hazard), multiplied by one more than the number of its
conditions that already hold. Once some open rule is partly matched, only partly matched rules
count (the questions follow the candidates in play) until they have nothing left to ask.
Free-text facts (brand, model, error code) are only proposed by partly matched rules. Facts
that only a technician can read are offered only when technician measurements are already
present; facts that need the unit open are offered only once the report carries the power-off
advisory that makes them safe to check. While a hazard of the policy stands (its advisory is in
the report), only the rules that bear on that hazard are followed (those that raise its
advice, or conclude for or against a finding that brings it), and nothing is asked that can
only be seen with the system running (what runs, measurements), nor model details (brand,
code): the advice is to shut it down.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

from .._knowledge.model import FactSpec, KnowledgeBaseData, RuleSpec, Value
from .open_rules import Open, condition_status, open_rules, rule_index, touched
from .results import Question, with_form


def rank_questions(
    kb: KnowledgeBaseData,
    observations: Mapping[str, Value],
    held: Collection[str],
    advisories: Collection[str],
    *,
    limit: int,
    exclude: Collection[str] = (),
    technician: bool | None = None,
    scope: str = "in_play_first",
    could_matter: Callable[[RuleSpec], bool] | None = None,
) -> tuple[Question, ...]:
    """The most useful unknown facts to find out next, most useful first.

    ``technician``: whether technician-only facts may be asked; by default, only when
    technician measurements are already among the observations.
    ``scope``: ``in_play_first`` ranks the facts of partly matched rules (falling back to every
    open rule when they have nothing left to ask), ``in_play`` only those, ``all`` every open
    rule alike.
    ``could_matter``, when given, keeps only the open rules it accepts.
    """
    if technician is None:
        technician = any(kb.facts[f].access == "technician" for f in observations if f in kb.facts)
    opened = kb.policy.power_off_advisory in advisories
    on_hazard = _hazard_scope(kb, held, advisories)

    def kept(candidates: Iterable[Open]) -> list[Open]:
        out = [c for c in candidates if could_matter is None or could_matter(c[0])]
        if on_hazard is None:
            return out
        return [
            (rule, {f for f in facts if _asked_on_hazard(kb.facts[f])}, progress)
            for rule, facts, progress in out
            if on_hazard(rule)
        ]

    # A rule is in play when some condition holds as evidence: it tests an observed fact or a
    # held diagnosis, so only the rules the index names for those need to be looked at.
    in_play = (
        [
            c
            for c in kept(open_rules(kb, observations, held, touched(kb, observations, held)))
            if c[2]
        ]
        if scope != "all"
        else []
    )
    scores, concerns = _score(kb, in_play, exclude, technician=technician, opened=opened)
    if not scores and scope != "in_play":  # nothing left about the candidates in play: widen
        candidates = kept(open_rules(kb, observations, held))
        scores, concerns = _score(kb, candidates, exclude, technician=technician, opened=opened)
    ranked = sorted(scores, key=lambda f: (-round(scores[f], 9), f))[:limit]
    return tuple(_question(kb, fact, concerns[fact]) for fact in ranked)


#: Fact groups that can only be observed with the system running.
RUNNING_GROUPS = frozenset({"what_runs", "measurements"})


def _asked_on_hazard(spec: FactSpec) -> bool:
    """Not what needs the system running, nor model details (brand, code) that do not matter."""
    return spec.group not in RUNNING_GROUPS and spec.type != "text"


def _hazard_scope(
    kb: KnowledgeBaseData, held: Collection[str], advisories: Collection[str]
) -> Callable[[RuleSpec], bool] | None:
    """While a hazard stands, which rules may still bring questions (those about the hazards
    that stand: they raise its advice, or conclude for or against a held finding that brings it);
    None when no hazard stands."""
    standing = {c for e in kb.policy.hazard_dominance for c in e.when} & set(advisories)
    if not standing:
        return None

    def raises(code: str) -> bool:
        return bool(standing & set(kb.diagnoses[code].advisories))

    hazards = {code for code in held if raises(code)} | {
        d.code
        for rule in kb.rules
        if standing & set(rule.advisories)
        for d in rule.diagnoses
        if d.certainty > 0 and d.code in held
    }

    def bears_on_hazard(rule: RuleSpec) -> bool:
        return bool(standing & set(rule.advisories)) or any(
            d.code in hazards or (d.certainty > 0 and raises(d.code)) for d in rule.diagnoses
        )

    return bears_on_hazard


def _score(
    kb: KnowledgeBaseData,
    candidates: list[Open],
    exclude: Collection[str],
    *,
    technician: bool,
    opened: bool,
) -> tuple[dict[str, float], dict[str, set[str]]]:
    scores: dict[str, float] = {}
    concerns: dict[str, set[str]] = {}
    index = rule_index(kb)
    excluded = set(exclude)
    for rule, open_facts, progress in candidates:
        unknown = {
            f
            for f in open_facts - excluded
            if _allowed(kb.facts[f].access, technician, opened)
            and (progress or kb.facts[f].type != "text")  # free text only in context
        }
        if not unknown:
            continue
        share = index.weights[rule.id] * (1 + progress) / len(unknown)
        titles = index.concerns[rule.id]
        for fact in unknown:
            scores[fact] = scores.get(fact, 0.0) + share
            concerns.setdefault(fact, set()).update(titles)
    return scores, concerns


def open_rule_values(
    kb: KnowledgeBaseData, fact: str, observations: Mapping[str, Value], held: Collection[str]
) -> list[Any]:
    """Values tested for ``fact`` by open rules that are already partly matched."""
    values: list[Any] = []
    for rule in kb.rules:
        if not rule.active:
            continue
        statuses = [(c, condition_status(c, observations, held)) for c in rule.conditions]
        if any(s == "fails" for _, s in statuses) or not any(s == "holds" for _, s in statuses):
            continue
        for condition, _ in statuses:
            if condition.fact == fact and condition.reads_value:
                operand = condition.operand
                values.extend(operand if isinstance(operand, tuple) else [operand])
    return values


def askable(kb: KnowledgeBaseData, fact: str, *, technician: bool, opened: bool) -> bool:
    """Whether ``fact`` may be asked now, given who answers and whether the power is off."""
    return _allowed(kb.facts[fact].access, technician, opened)


def _allowed(access: str, technician: bool, opened: bool) -> bool:
    if access == "technician":
        return technician
    if access == "open_unit":
        return opened
    return True


def make_question(kb: KnowledgeBaseData, fact: str, concerns: Collection[str]) -> Question:
    """The question for ``fact``; its ``why`` names the candidates it would confirm or rule out."""
    return _question(kb, fact, set(concerns))


def _question(kb: KnowledgeBaseData, fact: str, concerns: set[str]) -> Question:
    spec = kb.facts[fact]
    names = sorted(concerns)
    shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
    why = f"The answer would confirm or rule out: {shown}." if names else "It narrows the picture."
    if spec.access == "open_unit":
        why += " Check it only with the power off at the thermostat, disconnect and breaker."
    return with_form(Question(fact=fact, text=spec.question, why=why), spec)

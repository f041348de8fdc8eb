"""Choosing the next question of a consultation, or why there is none (``StopReason``).

Stops first: at once while a hazard stands, and at the policy's ``max_questions``. Then the
context the policy names (mode, kind of system, power, a code shown) when it is unknown and an
open rule in play tests it (a code: any open rule, unless a finding certain enough already leads).
Otherwise only facts whose answer could change the picture are candidates: the last unknown fact
of an open rule that could lead, escalate or advise, either of the two unknown facts of such a
rule in progress (the brand and the product line of a code shown: a two-answer lookahead), or a
fact whose absence a fired rule relies on (a fact every rule of which is contradicted is never
one). They are ranked cheaply from the rules, and only the best few are tried by reasoning once
per possible answer (reports are remembered, so a skip costs almost nothing): a question's value
is the change its answers bring, weighted by the answers' likelihoods, plus what an answer that
leaves a rule one answer away brings with that answer (at the policy's ``pair_discount``), less
the cost of its access; a fact bearing neither on the rules in play nor on a check the context makes
specific counts the policy's ``out_of_play_weight``. Settled when no tried answer changes
anything; nothing worth asking when the best value is below the policy's
``min_question_value``. With nothing known at all, the fact that splits the open rules most.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.open_rules import open_rules
from .._conclusions.questions import askable, make_question, open_rule_values
from .._conclusions.report import Report
from .._conclusions.results import Question
from .._knowledge.model import RuleSpec, Value, condition_holds
from .likely import (
    MAX_PROBES,
    could_change,
    decides,
    follows_context,
    holds_on,
    in_range,
    is_in_play,
    probe_values,
    reading_likelihood,
    rule_weight,
    satisfied,
    satisfying,
    titles,
    weighted_choices,
)
from .stopping import StopReason, change, hazard_stands

#: How many of the best-ranked candidates are tried by reasoning with each answer at a time.
_SHORTLIST = 4
#: How many at most, while none of those tried could change anything.
_LONGLIST = 12
#: At most this many answers of one fact are followed to the rule they leave one answer away.
_MAX_FOLLOW_UPS = 2

Choice = tuple[Question | None, StopReason | None]
#: A rule one answer away after an answer: (that answer's likelihood, the answer, the other
#: fact, its satisfying answer, that answer's likelihood, the rule's weight).
_FollowUp = tuple[float, Value, str, Value, float, float]


class QuestionSearch:
    """The search for one consultation's next question, from what it knows and has skipped."""

    def __init__(
        self,
        kb: KnowledgeBase,
        observed: Mapping[str, Value],
        skipped: Collection[str],
        *,
        technician: bool,
    ) -> None:
        self._kb = kb
        self._policy = kb.data.policy.consultation
        self._observed = dict(observed)
        self._done = {*observed, *skipped}
        self._technician = technician
        self._in_play_facts: set[str] = set()
        #: For a fact that opens a two-answer rule: (chance both answers satisfy it, its
        #: satisfying answer, the other fact, that fact's satisfying answer).
        self._pairs: dict[str, dict[tuple[str, Value], _FollowUp]] = {}

    def choose(self, now: Report, asked: int) -> Choice:
        """The question to ask next, given the report so far and how many were asked; or why
        there is none."""
        data = self._kb.data
        if hazard_stands(data, now):
            return None, StopReason.HAZARD
        if asked >= data.policy.consultation.max_questions:
            return None, StopReason.LIMIT_REACHED
        opened = data.policy.power_off_advisory in {a.code for a in now.advisories}
        held = {d.code for d in now.diagnoses}
        candidates = [
            c for c in open_rules(data, now.observations, held) if could_change(self._kb, now, c[0])
        ]
        context = self._context_question(candidates, opened, now)
        if context is not None:
            return context, None
        if not now.diagnoses and not any(progress for _, _, progress in candidates):
            branching = self._best_branching_question(now, opened)
            if branching is not None:
                return branching, None
        ranked = self._one_answer_facts(now, candidates, opened)
        return self._most_valuable(ranked, now)

    def _usable(self, fact: str, opened: bool) -> bool:
        """Not known or skipped, safe and possible to ask now, not ruled out by context, and
        asked of the person (not derived by the rules)."""
        spec = self._kb.facts[fact]
        return (
            fact not in self._done
            and not spec.derived
            and askable(self._kb.data, fact, technician=self._technician, opened=opened)
            and not any(condition_holds(c, self._observed) for c in spec.not_asked_if)
        )

    def _counts_fully(self, fact: str) -> bool:
        """Whether a fact bears on the rules in play, or is a check the context given makes
        specific; any other is worth the policy's ``out_of_play_weight`` of its value."""
        return fact in self._in_play_facts or follows_context(
            self._kb, self._kb.facts[fact], self._observed
        )

    def _context_question(
        self, candidates: list[tuple[RuleSpec, set[str], int]], opened: bool, now: Report
    ) -> Question | None:
        """The first of the policy's context facts still unknown that a rule in play tests (for
        a code shown, whose own rules come into play the moment it is given: any open rule)."""
        in_play = [c for c in candidates if c[2]] or candidates
        for fact in self._kb.data.policy.consultation.context_first:
            if not self._usable(fact, opened):
                continue
            if self._kb.facts[fact].type == "text":
                if now.diagnoses and now.diagnoses[0].certainty >= self._policy.clear_picture:
                    continue  # a finding seen already explains it: a code would not lead
                scope = candidates
            else:
                scope = in_play
            rules = [rule for rule, unknown, _ in scope if fact in unknown]
            if rules:
                return make_question(self._kb.data, fact, titles(self._kb, rules))
        return None

    def _one_answer_facts(
        self, now: Report, candidates: list[tuple[RuleSpec, set[str], int]], opened: bool
    ) -> list[tuple[str, set[str]]]:
        """Facts whose answer alone could change the picture, best first, with their candidates.

        Ranked cheaply from the rules: each rule a fact would settle adds the likelihood that the
        answer satisfies it, times its weight (its strongest certainty, or 1 for a hazard or
        advice), doubled while it is in play (evidence beyond the context already holds), less
        the cost of the fact's access.
        """
        data = self._kb.data
        scores: dict[str, float] = {}
        rules: dict[str, list[RuleSpec]] = {}
        for rule, unknown, progress in candidates:
            if len(unknown) == 2 and progress:
                self._add_pair(rule, unknown, now, opened, scores=scores, rules=rules)
            if len(unknown) != 1:
                continue  # more than this answer is needed (or a skipped fact) before it fires
            (fact,) = unknown
            if not self._usable(fact, opened) or (data.facts[fact].type == "text" and not progress):
                continue
            in_play = is_in_play(data, rule, now.observations)
            if in_play:
                self._in_play_facts.add(fact)
            boost = 2.0 if in_play else 1.0
            share = (
                satisfied(self._kb, rule, fact, self._observed)
                * rule_weight(self._kb, rule)
                * boost
            )
            scores[fact] = scores.get(fact, 0.0) + share
            rules.setdefault(fact, []).append(rule)
        for step in now.trace:
            rule = data.rules_by_id[step.rule]
            for condition in rule.conditions:
                absent = condition.fact or ""
                if condition.tests_absence and absent and self._usable(absent, opened):
                    self._in_play_facts.add(absent)
                    scores[absent] = scores.get(absent, 0.0) + rule_weight(self._kb, rule)
                    rules.setdefault(absent, []).append(rule)
        policy = data.policy.consultation
        for fact in scores:  # ranked as they will be valued (see _most_valuable)
            if not self._counts_fully(fact):
                scores[fact] *= policy.out_of_play_weight
        cost = policy.access_cost
        ranked = sorted(scores, key=lambda f: (-(scores[f] - cost[data.facts[f].access]), f))
        return [(fact, titles(self._kb, rules[fact])) for fact in ranked]

    def _add_pair(
        self,
        rule: RuleSpec,
        unknown: set[str],
        now: Report,
        opened: bool,
        *,
        scores: dict[str, float],
        rules: dict[str, list[RuleSpec]],
    ) -> None:
        """A rule in progress that waits on two answers (the brand and the product line of a
        code shown; whether the compressor runs and whether the outdoor fan does): each of the
        two questions leads to it, with the chance that both answers satisfy it, at the policy's
        share for a rule one more answer away (``pair_discount``)."""
        first, second = sorted(unknown)
        if not (self._usable(first, opened) and self._usable(second, opened)):
            return
        a = satisfying(self._kb, rule, first, self._observed)
        b = satisfying(self._kb, rule, second, self._observed)
        if a is None or b is None:
            return
        in_play = is_in_play(self._kb.data, rule, now.observations)
        weight = rule_weight(self._kb, rule) * (2.0 if in_play else 1.0)
        share = a[1] * b[1] * weight * self._policy.pair_discount
        for (fact, own), (other, then) in (((first, a), (second, b)), ((second, b), (first, a))):
            if in_play:
                self._in_play_facts.add(fact)
            scores[fact] = scores.get(fact, 0.0) + share
            rules.setdefault(fact, []).append(rule)
            # For each answer of this fact, the best rule it leaves one answer away.
            follow = self._pairs.setdefault(fact, {})
            key = (type(own[0]).__name__, own[0])
            known = follow.get(key)
            if known is None or then[1] * weight > known[4] * known[5]:
                follow[key] = (own[1], own[0], other, then[0], then[1], weight)

    def _follow_up(self, fact: str, now: Report, tried: Mapping[tuple[str, Value], float]) -> float:
        """What the answers of ``fact`` are worth for the rules that wait on one more answer:
        for each answer that leaves such a rule one answer away, the change both answers bring,
        weighted by the chance of each and less what the first alone brings; summed."""
        bonus = 0.0
        follow = sorted(self._pairs.get(fact, {}).values(), key=lambda e: -e[0] * e[4] * e[5])
        for likelihood, value, other, other_value, then, _ in follow[:_MAX_FOLLOW_UPS]:
            after = self._kb.reason(
                {**self._observed, fact: value, other: other_value},
                with_questions=False,
                tried=frozenset({fact, other}),
            )
            amount, _ = change(self._kb.data, now, after)
            alone = tried.get((type(value).__name__, value), 0.0)
            bonus += likelihood * max(0.0, self._policy.pair_discount * then * amount - alone)
        return bonus

    def _most_valuable(self, ranked: list[tuple[str, set[str]]], now: Report) -> Choice:
        """The best of the first few candidates tried by reasoning, or why none is worth it."""
        data = self._kb.data
        policy = data.policy.consultation
        best: tuple[float, Question] | None = None
        for start in range(0, min(len(ranked), _LONGLIST), _SHORTLIST):
            for fact, concerns in ranked[start : start + _SHORTLIST]:
                expected, moved = self._expected_change(fact, now)
                if expected <= 0:
                    continue
                if not self._counts_fully(fact):
                    expected *= policy.out_of_play_weight
                value = expected - policy.access_cost[data.facts[fact].access]
                if best is None or value > best[0]:
                    names = {data.diagnoses[code].title for code in moved} or concerns
                    best = (value, make_question(data, fact, names))
            if best is not None and best[0] >= policy.min_question_value:
                break
        if best is None:
            return None, StopReason.SETTLED
        if best[0] < policy.min_question_value:
            return None, StopReason.NOTHING_WORTH_ASKING
        return best[1], None

    def _expected_change(self, fact: str, now: Report) -> tuple[float, set[str]]:
        """The change the answers bring, weighted by their likelihoods; the diagnoses they move.

        A number's answers that would change the picture are together as likely as the policy's
        ``unusual_reading_likelihood``: the readings rules single out are the unusual ones.
        """
        tried: list[tuple[float, float]] = []
        moved: set[str] = set()
        answers = self._answers(fact, now)
        for value, weight in answers:
            after = self._kb.reason(
                {**self._observed, fact: value}, with_questions=False, tried=frozenset({fact})
            )
            amount, codes = change(self._kb.data, now, after)
            tried.append((amount, weight))
            if amount and weight:
                moved |= codes
        alone = {
            (type(v).__name__, v): amount
            for (v, _), (amount, _) in zip(answers, tried, strict=True)
        }
        return self._single_change(fact, tried) + self._follow_up(fact, now, alone), moved

    def _single_change(self, fact: str, tried: list[tuple[float, float]]) -> float:
        if self._kb.facts[fact].type == "number":
            changing = [amount for amount, _ in tried if amount]
            if changing and len(changing) < len(tried):
                share = reading_likelihood(self._kb, self._kb.facts[fact], self._observed)
                return share * sum(changing) / len(changing)
        weights = sum(w for _, w in tried)
        return sum(a * w for a, w in tried) / weights if weights else 0.0

    def _answers(self, fact: str, now: Report) -> list[tuple[Value, float]]:
        """The answers worth trying for ``fact``, each with its likelihood."""
        spec = self._kb.facts[fact]
        if spec.type == "text":
            held = {d.code for d in now.diagnoses}
            in_play = open_rule_values(self._kb.data, fact, now.observations, held)
            return [(v, 1.0) for v in list(dict.fromkeys(in_play))[:MAX_PROBES]]
        if spec.type in ("bool", "enum"):
            return weighted_choices(self._kb, spec)
        probes = probe_values(self._kb, fact) or self._operand_probes(fact)
        return [(v, 1.0) for v in probes]

    def _best_branching_question(self, report: Report, opened: bool) -> Question | None:
        """With nothing in play yet: the fact whose answer rules out most of the open rules.

        Averaged over its possible answers, this is the question that splits the knowledge base
        into its big branches (the mode, the kind of system, the power, what is heard or seen),
        as a technician would start on the phone.
        """
        data = self._kb.data
        candidates = list(open_rules(data, report.observations, ()))
        facts = sorted({f for _, unknown, _ in candidates for f in unknown})
        best: tuple[float, str] | None = None
        for fact in facts:
            if data.facts[fact].type == "text" or not self._usable(fact, opened):
                continue
            probes = probe_values(self._kb, fact)
            tests = [c for rule, _, _ in candidates for c in rule.conditions if decides(c, fact)]
            if not probes or not tests:
                continue
            score = sum(sum(1 for c in tests if not holds_on(c, v)) for v in probes) / len(probes)
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            return None
        rules = [r for r, _, _ in candidates if any(decides(c, best[1]) for c in r.conditions)]
        return make_question(data, best[1], titles(self._kb, rules))

    def _operand_probes(self, fact: str) -> list[Value]:
        """Answers worth trying for one operand of a derived difference whose other is known.

        Return air matters only through the split: with the supply known, the return values to
        try are those that put the split at each of its thresholds.
        """
        probes: list[Value] = []
        for rule in self._kb.data.rules:
            for derivation in rule.derive:
                if derivation.difference is None or fact not in derivation.difference:
                    continue
                first, second = derivation.difference
                other = second if fact == first else first
                known = self._observed.get(other)
                if not isinstance(known, int | float) or isinstance(known, bool):
                    continue
                for threshold in probe_values(self._kb, derivation.fact):
                    if isinstance(threshold, int | float) and not isinstance(threshold, bool):
                        value = known + threshold if fact == first else known - threshold
                        if in_range(self._kb.facts[fact], value):
                            probes.append(value)
        return list(dict.fromkeys(probes))[:MAX_PROBES]

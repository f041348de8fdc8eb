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
leaves a rule one answer away brings with that answer (at ``_PAIR_DISCOUNT``), less the cost of
its access; a fact bearing neither on the rules in play nor on a check the context makes
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
from .._knowledge.conditions import condition_test
from .._knowledge.model import (
    Condition,
    FactSpec,
    KnowledgeBaseData,
    RuleSpec,
    Value,
    condition_holds,
)
from .stopping import StopReason, change, hazard_stands, leading_codes

#: How many of the best-ranked candidates are tried by reasoning with each answer at a time.
_SHORTLIST = 4
#: How many at most, while none of those tried could change anything.
_LONGLIST = 12
#: How likely a number anyone can read off (outdoor temperature, minutes since a restart) falls
#: on the side of a threshold that its rules single out.
_EVERYDAY_READING_LIKELIHOOD = 0.4
#: The groups of those numbers (a gauge counts as everyday only on the kind of system known to
#: have it: see ``_reading_likelihood``).
_EVERYDAY_GROUPS = frozenset({"context", "power_controls"})
#: A code shown is asked for first unless a finding this certain already leads (an unread
#: code is a moderate finding: it would not outrank it).
_CLEAR_PICTURE = 0.6
#: A rule that waits on two answers is worth this share to each of its two questions.
_PAIR_DISCOUNT = 0.5
#: At most this many answers of one fact are followed to the rule they leave one answer away.
_MAX_FOLLOW_UPS = 2
#: At most this many answers are tried for one fact (the values its rules name come first).
_MAX_PROBES = 5

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
            c
            for c in open_rules(data, now.observations, held)
            if _could_change(self._kb, now, c[0])
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
                if now.diagnoses and now.diagnoses[0].certainty >= _CLEAR_PICTURE:
                    continue  # a finding seen already explains it: a code would not lead
                scope = candidates
            else:
                scope = in_play
            rules = [rule for rule, unknown, _ in scope if fact in unknown]
            if rules:
                return make_question(self._kb.data, fact, _titles(self._kb, rules))
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
            in_play = _in_play(data, rule, now.observations)
            if in_play:
                self._in_play_facts.add(fact)
            boost = 2.0 if in_play else 1.0
            share = _satisfied(self._kb, rule, fact, self._observed) * _weight(rule) * boost
            scores[fact] = scores.get(fact, 0.0) + share
            rules.setdefault(fact, []).append(rule)
        for step in now.trace:
            rule = data.rules_by_id[step.rule]
            for condition in rule.conditions:
                absent = condition.fact or ""
                if condition.tests_absence and absent and self._usable(absent, opened):
                    self._in_play_facts.add(absent)
                    scores[absent] = scores.get(absent, 0.0) + _weight(rule)
                    rules.setdefault(absent, []).append(rule)
        policy = data.policy.consultation
        for fact in scores:  # ranked as they will be valued (see _most_valuable)
            if not self._counts_fully(fact):
                scores[fact] *= policy.out_of_play_weight
        cost = policy.access_cost
        ranked = sorted(scores, key=lambda f: (-(scores[f] - cost[data.facts[f].access]), f))
        return [(fact, _titles(self._kb, rules[fact])) for fact in ranked]

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
        share for a rule one more answer away (``_PAIR_DISCOUNT``)."""
        first, second = sorted(unknown)
        if not (self._usable(first, opened) and self._usable(second, opened)):
            return
        a = _satisfying(self._kb, rule, first, self._observed)
        b = _satisfying(self._kb, rule, second, self._observed)
        if a is None or b is None:
            return
        in_play = _in_play(self._kb.data, rule, now.observations)
        weight = _weight(rule) * (2.0 if in_play else 1.0)
        share = a[1] * b[1] * weight * _PAIR_DISCOUNT
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
                {**self._observed, fact: value, other: other_value}, with_questions=False
            )
            amount, _ = change(self._kb.data, now, after)
            alone = tried.get((type(value).__name__, value), 0.0)
            bonus += likelihood * max(0.0, _PAIR_DISCOUNT * then * amount - alone)
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
            after = self._kb.reason({**self._observed, fact: value}, with_questions=False)
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
                share = _reading_likelihood(self._kb, self._kb.facts[fact], self._observed)
                return share * sum(changing) / len(changing)
        weights = sum(w for _, w in tried)
        return sum(a * w for a, w in tried) / weights if weights else 0.0

    def _answers(self, fact: str, now: Report) -> list[tuple[Value, float]]:
        """The answers worth trying for ``fact``, each with its likelihood."""
        spec = self._kb.facts[fact]
        if spec.type == "text":
            held = {d.code for d in now.diagnoses}
            in_play = open_rule_values(self._kb.data, fact, now.observations, held)
            return [(v, 1.0) for v in list(dict.fromkeys(in_play))[:_MAX_PROBES]]
        if spec.type in ("bool", "enum"):
            return _weighted_choices(self._kb, spec)
        probes = _probe_values(self._kb, fact) or self._operand_probes(fact)
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
            probes = _probe_values(self._kb, fact)
            tests = [c for rule, _, _ in candidates for c in rule.conditions if _decides(c, fact)]
            if not probes or not tests:
                continue
            score = sum(sum(1 for c in tests if not _holds(c, v)) for v in probes) / len(probes)
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            return None
        rules = [r for r, _, _ in candidates if any(_decides(c, best[1]) for c in r.conditions)]
        return make_question(data, best[1], _titles(self._kb, rules))

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
                for threshold in _probe_values(self._kb, derivation.fact):
                    if isinstance(threshold, int | float) and not isinstance(threshold, bool):
                        value = known + threshold if fact == first else known - threshold
                        if _in_range(self._kb.facts[fact], value):
                            probes.append(value)
        return list(dict.fromkeys(probes))[:_MAX_PROBES]


def _in_play(data: KnowledgeBaseData, rule: RuleSpec, observations: Mapping[str, Value]) -> bool:
    """Whether evidence beyond the context (mode, kind of system...) already holds for a rule."""
    return any(
        c.fact is not None
        and c.fact in observations
        and not c.tests_absence
        and (data.facts[c.fact].group != "context" or data.facts[c.fact].type == "text")
        and c.holds(observations[c.fact])
        for c in rule.conditions
    )


def scoped_by_context(spec: FactSpec, observed: Mapping[str, Value]) -> bool:
    """Whether the context the fact's question depends on is known (and, since it is asked, did
    not rule it out)."""
    scope = spec.not_asked_if
    return bool(scope) and all(c.fact in observed for c in scope if c.fact)


def follows_context(kb: KnowledgeBase, spec: FactSpec, observed: Mapping[str, Value]) -> bool:
    """Whether the fact is a check that the context given makes specific: its question is asked
    only after a fact that is now known (the breaker tripped: did it trip again?), or only for
    the few kinds of system or answers that include this one (the loop pressure of a ground or
    water system). Such a check is worth its full value; one asked nearly everywhere (ice on the
    outdoor unit, ruled out only for a ground loop) is as remote as any other finding unrelated
    to the complaint."""
    for condition in spec.not_asked_if:
        fact = condition.fact
        if fact is None or fact not in observed:
            continue
        if condition.tests_absence:
            return True
        choices = kb.facts[fact].choices
        if choices and sum(1 for v in choices if _holds(condition, v)) * 2 >= len(choices):
            return True
    return False


def _satisfied(
    kb: KnowledgeBase, rule: RuleSpec, fact: str, observed: Mapping[str, Value]
) -> float:
    """How likely an answer for ``fact`` satisfies the rule's conditions on it (for numbers, text
    and the operands of derived facts: the policy's ``unusual_reading_likelihood``)."""
    spec = kb.facts[fact]
    tests = [c for c in rule.conditions if c.fact == fact]
    if spec.type not in ("bool", "enum") or not tests:
        return _reading_likelihood(kb, spec, observed)
    true = kb.data.policy.consultation.true_likelihood
    weights = {v: spec.likelihood(v, true) for v in spec.choices}
    total = sum(weights.values()) or 1.0
    held = sum(w for v, w in weights.items() if all(_holds(c, v) for c in tests))
    return held / total


def _reading_likelihood(kb: KnowledgeBase, spec: FactSpec, observed: Mapping[str, Value]) -> float:
    """How likely a number's answer is one its rules single out: the policy's
    ``unusual_reading_likelihood`` for gauges and meters, and more for what anyone reads off
    without a gauge (the weather, minutes since a restart, a thermostat's setting) or on the
    gauge of the kind of system known to have one (the water pressure of a hydronic system),
    whose thresholds split ordinary situations rather than pick out faults."""
    unusual = kb.data.policy.consultation.unusual_reading_likelihood
    if (
        spec.type == "number"
        and spec.access == "anyone"
        and (spec.group in _EVERYDAY_GROUPS or scoped_by_context(spec, observed))
    ):
        return max(unusual, _EVERYDAY_READING_LIKELIHOOD)
    return unusual


def _satisfying(
    kb: KnowledgeBase, rule: RuleSpec, fact: str, observed: Mapping[str, Value]
) -> tuple[Value, float] | None:
    """An answer for ``fact`` that satisfies the rule's conditions on it, the likeliest, and how
    likely such an answer is (a text answer the rule names stands for what the person reads off
    the unit: the brand and product line of a code shown are read off its nameplate)."""
    spec = kb.facts[fact]
    tests = [c for c in rule.conditions if c.fact == fact]
    if spec.derived or not tests:
        return None
    if spec.type in ("bool", "enum"):
        true = kb.data.policy.consultation.true_likelihood
        weights = {v: spec.likelihood(v, true) for v in spec.choices}
        total = sum(weights.values()) or 1.0
        held = [v for v in spec.choices if all(_holds(c, v) for c in tests)]
        if not held:
            return None
        return max(held, key=lambda v: weights[v]), sum(weights[v] for v in held) / total
    probes: list[Value] = [v for c in tests for v in condition_test(c.test).probes(c.operand)]
    satisfied = [v for v in probes if _in_range(spec, v) and all(_holds(c, v) for c in tests)]
    if not satisfied:
        return None
    return satisfied[0], (1.0 if spec.type == "text" else _reading_likelihood(kb, spec, observed))


def _weight(rule: RuleSpec) -> float:
    strongest = max((abs(d.certainty) for d in rule.diagnoses), default=0.0)
    return 1.0 if rule.escalate or rule.advisories else strongest


def _titles(kb: KnowledgeBase, rules: list[RuleSpec]) -> set[str]:
    """What the rules bear on, in plain words: their diagnoses, a hazard, safety advice."""
    data = kb.data
    titles: set[str] = set()
    for rule in rules:
        codes = data.bears_on.get(rule.id) or {d.code for d in rule.diagnoses}
        titles |= {data.diagnoses[code].title for code in codes}
        if rule.escalate is not None:
            titles.add("a safety hazard")
        if rule.advisories:
            titles.add("the safety advice to give")
    return titles


def _could_change(kb: KnowledgeBase, report: Report, rule: RuleSpec) -> bool:
    """Whether a rule, once it fires, could change the leading diagnoses, level or advisories."""
    data = kb.data
    top = report.diagnoses[0].certainty if report.diagnoses else 0.0
    floor = max(data.policy.certainty_floor, top - data.policy.leading_margin)
    if any(d.certainty > 0 and d.certainty >= floor for d in rule.diagnoses):
        return True
    leaders = set(leading_codes(data, report))
    if any(d.certainty < 0 and d.code in leaders for d in rule.diagnoses):
        return True
    if rule.escalate is not None and rule.escalate.level > report.escalation.level:
        return True
    if bool(set(rule.advisories) - {a.code for a in report.advisories}):
        return True
    return any(d.fact for d in rule.derive)  # what it derives may decide another rule


def _weighted_choices(kb: KnowledgeBase, spec: FactSpec) -> list[tuple[Value, float]]:
    """A bool or enum fact's answers to try, with likelihoods: the values its rules name each
    alone, and one value standing for all the others (with their summed likelihood)."""
    named = set(_probe_values(kb, spec.name, limit=None)) if spec.type == "enum" else set()
    out: list[tuple[Value, float]] = []
    rest: tuple[Value, float] | None = None
    true = kb.data.policy.consultation.true_likelihood
    for value in spec.choices:
        weight = spec.likelihood(value, true)
        if spec.type == "bool" or value in named:
            out.append((value, weight))
        elif rest is None:
            rest = (value, weight)
        else:
            rest = (rest[0], rest[1] + weight)
    return [*out, *([rest] if rest else [])]


def _decides(condition: Condition, fact: str) -> bool:
    return condition.fact == fact and condition.reads_value


def _holds(condition: Condition, value: Value) -> bool:
    try:
        return condition.holds(value)
    except (TypeError, ValueError):
        return False


def _probe_values(kb: KnowledgeBase, fact: str, limit: int | None = _MAX_PROBES) -> list[Value]:
    """The answers worth trying for ``fact``: its choices, or the values its rules test."""
    spec = kb.facts[fact]
    if spec.type == "bool":
        return [True, False]
    named: list[Value] = []
    for rule in kb.data.rules:
        for condition in rule.conditions:
            if condition.fact != fact or not condition.reads_value:
                continue
            named.extend(condition_test(condition.test).probes(condition.operand))
    if spec.type == "enum":
        values: list[Value] = list(spec.values)
        mentioned = [v for v in values if v in named]
        unmentioned = [v for v in values if v not in named][:1]  # one stands for all the others
        return (mentioned + unmentioned)[:limit]
    unique = list(dict.fromkeys(v for v in named if _in_range(spec, v)))
    return unique[:limit]


def _in_range(spec: FactSpec, value: Value) -> bool:
    if spec.type != "number" or spec.range is None or not isinstance(value, int | float):
        return True
    return spec.range[0] <= value <= spec.range[1]

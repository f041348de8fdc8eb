"""Choosing the next question of a consultation: the answer most likely to change the picture.

From nothing, the fact that rules out most open rules comes first (the branches a technician
starts with on the phone). Then the open rules propose a short list of unknown facts
(``_conclusions.questions``); each is tried by reasoning once per possible answer, and the fact
whose answers would most change the leading diagnoses, the escalation or the advisories wins.
Failing that, a fact of a rule that could still lead, escalate or advise once its other facts are
known. None when no candidate could change anything.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from .._conclusions.escalation import leading
from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.questions import (
    askable,
    make_question,
    open_rule_values,
    open_rules,
    rank_questions,
)
from .._conclusions.report import Report
from .._conclusions.results import Question
from .._knowledge.conditions import condition_test
from .._knowledge.model import Condition, FactSpec, RuleSpec, Value

#: How many of the open rules' best facts are tried at a time by reasoning with each answer.
_SHORTLIST = 6
#: How many are tried at most before concluding that no answer could change the picture.
_LONGLIST = 18
#: At most this many answers are tried for one fact (the values its rules name come first).
_MAX_PROBES = 6


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
        self._skipped = list(skipped)
        self._technician = technician

    def choose(self, report: Report) -> Question | None:
        """The question to ask next, given the report so far; None when nothing could change."""
        data = self._kb.data

        def ranked(scope: str, *, potential: bool) -> tuple[Question, ...]:
            return rank_questions(
                data,
                report.observations,
                {d.code for d in report.diagnoses},
                {a.code for a in report.advisories},
                limit=1 if potential else _LONGLIST,
                exclude={*self._observed, *self._skipped},
                technician=self._technician,
                scope=scope,
                could_matter=(lambda rule: _could_change(self._kb, report, rule))
                if potential
                else None,
            )

        if not report.diagnoses and not any(
            p for _, _, p in open_rules(data, report.observations, ())
        ):
            branching = self._best_branching_question(report)
            if branching is not None:
                return branching
        # First the candidates in play, then every open rule. Within each: a fact whose answer on
        # its own would move the picture; failing that, a fact of a rule that, once its other
        # facts are known too, would lead, escalate or advise beyond the report now.
        for scope in ("in_play", "all"):
            question = self._most_valuable(ranked(scope, potential=False), report)
            if question is not None:
                return question
            potential = ranked(scope, potential=True)
            if potential:
                return potential[0]
        return None

    def _best_branching_question(self, report: Report) -> Question | None:
        """With nothing in play yet: the fact whose answer rules out most of the open rules.

        Averaged over its possible answers, this is the question that splits the knowledge base
        into its big branches (the mode, the kind of system, the power, what is heard or seen),
        as a technician would start on the phone.
        """
        data = self._kb.data
        opened = data.policy.power_off_advisory in {a.code for a in report.advisories}
        candidates = list(open_rules(data, report.observations, ()))
        done = {*self._observed, *self._skipped}
        facts = sorted({f for _, unknown, _ in candidates for f in unknown} - done)
        best: tuple[float, str] | None = None
        for fact in facts:
            spec = data.facts[fact]
            if spec.type == "text" or not askable(
                data, fact, technician=self._technician, opened=opened
            ):
                continue
            probes = _probe_values(self._kb, fact)
            tests = [c for rule, _, _ in candidates for c in rule.conditions if _decides(c, fact)]
            if not probes or not tests:
                continue
            ruled_out = sum(sum(1 for c in tests if not _holds(c, v)) for v in probes)
            score = ruled_out / len(probes)
            if best is None or score > best[0]:
                best = (score, fact)
        if best is None:
            return None
        concerns = {
            data.diagnoses[d.code].title
            for rule, _, _ in candidates
            if any(_decides(c, best[1]) for c in rule.conditions)
            for d in rule.diagnoses
            if d.certainty > 0
        }
        return make_question(data, best[1], concerns)

    def _most_valuable(self, longlist: Sequence[Question], report: Report) -> Question | None:
        """The first batch's best question whose answers could change something, if any."""
        for start in range(0, len(longlist), _SHORTLIST):
            best: tuple[float, Question] | None = None
            for rank, question in enumerate(longlist[start : start + _SHORTLIST]):
                score, concerns = self._value_of_asking(question.fact, report)
                if score <= 0:
                    continue
                key = score - rank * 1e-6  # ties go to the open rules' ranking
                if best is None or key > best[0]:
                    # Name the candidates the answers move; else those of the rules asking it.
                    chosen = (
                        make_question(self._kb.data, question.fact, concerns)
                        if concerns
                        else question
                    )
                    best = (key, chosen)
            if best is not None:
                return best[1]
        return None

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

    def _value_of_asking(self, fact: str, now: Report) -> tuple[float, set[str]]:
        """Mean change over the possible answers, and the candidates those answers move."""
        probes: list[Value] = _probe_values(self._kb, fact) or self._operand_probes(fact)
        if self._kb.facts[fact].type == "text":
            held = {d.code for d in now.diagnoses}
            in_play = open_rule_values(self._kb.data, fact, now.observations, held)
            probes = list(dict.fromkeys(in_play))[:_MAX_PROBES]
        total = 0.0
        moved: set[str] = set()
        for value in probes:
            after = self._kb.reason({**self._observed, fact: value}, with_questions=False)
            change, names = _change(self._kb, now, after)
            total += change
            moved |= names
        return (total / len(probes) if probes else 0.0), moved


def _decides(condition: Condition, fact: str) -> bool:
    return condition.fact == fact and condition.reads_value


def _holds(condition: Condition, value: Value) -> bool:
    try:
        return condition.holds(value)
    except (TypeError, ValueError):
        return False


def _could_change(kb: KnowledgeBase, report: Report, rule: RuleSpec) -> bool:
    """Whether a rule, once it fires, could change the leading diagnoses, level or advisories."""
    data = kb.data
    top = report.diagnoses[0].certainty if report.diagnoses else 0.0
    floor = max(data.policy.certainty_floor, top - data.policy.leading_margin)
    if any(d.certainty > 0 and d.certainty >= floor for d in rule.diagnoses):
        return True
    if rule.escalate is not None and rule.escalate.level > report.escalation.level:
        return True
    return bool(set(rule.advisories) - {a.code for a in report.advisories})


def _leading_codes(kb: KnowledgeBase, report: Report) -> list[str]:
    return [d.code for d in leading(report.diagnoses, kb.data.policy.leading_margin)]


def _change(kb: KnowledgeBase, before: Report, after: Report) -> tuple[float, set[str]]:
    """How much the picture moved, and the diagnoses (by title) it moved."""
    first, second = _leading_codes(kb, before), _leading_codes(kb, after)
    moved = set(first) ^ set(second)
    change = float(len(moved))
    if first[:1] != second[:1]:
        change += 2
    if before.escalation.level != after.escalation.level:
        change += 1
    change += 0.5 * len({a.code for a in before.advisories} ^ {a.code for a in after.advisories})
    # An answer that only moves the reasoning underneath (a rule stops or starts firing, as when
    # the brand is known but the product family is still needed) is worth a little: it is the
    # first step of two.
    fired_before = {step.rule for step in before.trace}
    fired_after = {step.rule for step in after.trace}
    change += 0.1 * min(len(fired_before ^ fired_after), 5)
    titles = {kb.data.diagnoses[code].title for code in moved}
    return change, titles


def _probe_values(kb: KnowledgeBase, fact: str) -> list[Value]:
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
        return (mentioned + unmentioned)[:_MAX_PROBES]
    unique = list(dict.fromkeys(v for v in named if _in_range(spec, v)))
    return unique[:_MAX_PROBES]


def _in_range(spec: FactSpec, value: Value) -> bool:
    if spec.type != "number" or spec.range is None or not isinstance(value, int | float):
        return True
    return spec.range[0] <= value <= spec.range[1]

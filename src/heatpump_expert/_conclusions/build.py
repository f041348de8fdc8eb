"""Building a ``Report`` from the engine's working memory at the end of a run."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .._engine.memory import Advice, Fired, Held, Support
from .._knowledge.levels import SEVERITY_ORDER
from .._knowledge.model import KnowledgeBaseData, RuleSpec, Value
from .dominance import dominate
from .escalation import decide, leading
from .questions import rank_questions
from .report import Report, with_later_questions
from .results import Action, Advisory, Diagnosis, Evidence, Question, TraceStep
from .shared_parts import SharedParts, shared_parts


def build_report(
    kb: KnowledgeBaseData,
    facts: Iterable[Any],
    observed: Mapping[str, Value],
    asked: Collection[str] = (),
    *,
    with_questions: bool = True,
) -> Report:
    """The report for one run of the engine (``facts``: its working memory at the end)."""
    rules = kb.rules_by_id
    by_type: dict[type, list[Any]] = {}
    for fact in facts:
        by_type.setdefault(type(fact), []).append(fact)
    observations = dict(sorted(observed.items()))
    fired = sorted(by_type.get(Fired, []), key=lambda f: (f["layer"], f["rule"]))
    hazards = [rules[f["rule"]] for f in fired if rules[f["rule"]].escalate is not None]
    supported = by_type.get(Held, []), by_type.get(Support, [])
    parts = shared_parts(kb)
    candidates = _diagnoses(kb, parts.actions, *supported, observations)
    dominated = dominate(kb, candidates, _advice_in_play(kb, by_type.get(Advice, []), candidates))
    diagnoses, advisory_codes = dominated.diagnoses, dominated.advisories
    order = {code: index for index, code in enumerate(kb.advisories)}
    advisories = tuple(
        parts.advisories[code]
        for code in sorted(
            advisory_codes,
            key=lambda c: (SEVERITY_ORDER.index(kb.advisories[c].severity), order[c]),
        )
    )
    escalation = decide(kb, diagnoses, hazards, observations, advisory_codes)
    if dominated.reasons:
        reasons = (*escalation.reasons, *dominated.reasons)
        escalation = attrs.evolve(escalation, reasons=tuple(dict.fromkeys(reasons)))
    trace = tuple(_step(rules[f["rule"]], parts, observations) for f in fired)
    report = Report(
        advisories=advisories,
        escalation=escalation,
        diagnoses=diagnoses,
        questions=(),
        observations=observations,
        trace=trace,
    )
    if not with_questions:
        return report
    return questions_later(kb, report, observations, asked)


def questions_later(
    kb: KnowledgeBaseData,
    report: Report,
    observations: Mapping[str, Value],
    asked: Collection[str] = (),
) -> Report:
    """``report``, its questions ranked when first read, from what it concluded (its diagnoses,
    its advisories) on ``observations`` (its own, as a plain mapping), not suggesting ``asked``."""
    return with_later_questions(report, question_ranker(kb, report, observations, asked))


def question_ranker(
    kb: KnowledgeBaseData,
    report: Report,
    observations: Mapping[str, Value],
    asked: Collection[str] = (),
) -> Callable[[], tuple[Question, ...]]:
    """What ranks ``report``'s questions (see ``questions_later``): it holds the report's
    parts, not the report (no cycle for the garbage collector), and works out the rest when
    called."""
    return functools.partial(
        _rank, kb, observations, report.diagnoses, report.advisories, tuple(asked)
    )


def _rank(
    kb: KnowledgeBaseData,
    observations: Mapping[str, Value],
    diagnoses: Sequence[Diagnosis],
    advisories: Sequence[Advisory],
    asked: Sequence[str],
) -> tuple[Question, ...]:
    return rank_questions(
        kb,
        observations,
        frozenset(d.code for d in diagnoses),
        frozenset(a.code for a in advisories),
        limit=kb.policy.max_questions,
        exclude=frozenset(asked),
    )


def _advice_in_play(
    kb: KnowledgeBaseData, advice: Sequence[Any], diagnoses: Sequence[Diagnosis]
) -> frozenset[str]:
    """The advisories that apply: those a rule gave on what was observed, the policy's (power off,
    certified technician), and those of a diagnosis while it leads; a weaker candidate brings only
    the severities the policy names (a hazard is assumed until ruled out)."""
    policy = kb.policy
    hazard_advice = {c for entry in policy.hazard_dominance for c in entry.when}
    if hazard_advice & {fact["code"] for fact in advice}:  # normal findings will be set aside
        diagnoses = [d for d in diagnoses if d.kind != "normal"]
    leaders = {d.code for d in leading(diagnoses, policy.leading_margin)}
    from_policy = {policy.power_off_advisory, policy.refrigerant_advisory}
    return frozenset(
        fact["code"]
        for fact in advice
        if fact["origin"] not in kb.diagnoses
        or fact["origin"] in leaders
        or fact["code"] in from_policy
        or kb.advisories[fact["code"]].severity in policy.weaker_candidate_advisories
    )


def matched_facts(rule: RuleSpec, observations: Mapping[str, Value]) -> dict[str, Value]:
    """The observed facts a rule tested, with their values."""
    return {
        c.fact: observations[c.fact]
        for c in sorted(rule.conditions, key=lambda c: c.fact or "")
        if c.fact is not None and c.fact in observations
    }


def _diagnoses(
    kb: KnowledgeBaseData,
    shared_actions: Mapping[str, tuple[Action, ...]],
    held: Iterable[Any],
    supports: Iterable[Any],
    observations: Mapping[str, Value],
) -> tuple[Diagnosis, ...]:
    evidence: dict[str, list[Evidence]] = {}
    rules = kb.rules_by_id
    for support in supports:
        rule = rules[support["rule"]]
        evidence.setdefault(support["code"], []).append(
            Evidence(rule.id, rule.title, support["certainty"], matched_facts(rule, observations))
        )
    out = []
    for fact in held:
        spec = kb.diagnoses[fact["code"]]
        out.append(
            Diagnosis(
                code=spec.code,
                title=spec.title,
                kind=spec.kind,
                certainty=fact["certainty"],
                actions=tuple(
                    action
                    for a, action in zip(spec.actions, shared_actions[spec.code], strict=True)
                    if a.applies(observations)
                ),
                evidence=tuple(
                    sorted(evidence.get(spec.code, []), key=lambda e: (-e.certainty, e.rule))
                ),
            )
        )
    return tuple(sorted(out, key=lambda d: (-d.certainty, d.code)))


def _step(rule: RuleSpec, parts: SharedParts, observations: Mapping[str, Value]) -> TraceStep:
    facts = matched_facts(rule, observations)
    facts.update({f"diagnosis:{c.diagnosis}": c.present for c in rule.conditions if c.diagnosis})
    return TraceStep(rule.id, rule.title, facts, parts.conclusions[rule.id])

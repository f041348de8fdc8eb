"""A report packed against the knowledge base that both ends of a batch hold.

A batch's worker process reasons on the very knowledge base the parent holds (the parent sends
it), so what that knowledge base decides need not travel: an advisory goes as its code, a
diagnosis as its code and certainty (title and kind are its spec's), a step as its place among
its diagnosis's steps, evidence and a trace step as their rule's id and the facts they matched
(titles and conclusions are the rule's). A part that is not the knowledge base's own goes whole,
so the rebuilt report always equals the packed one. Questions never travel: the parent ranks
them when they are read.

The parent shares its cores with the workers, so it rebuilds at once only what a caller reads
first: the advisories, the escalation, the diagnoses and the observations. The evidence of every
diagnosis and the trace travel as one pickle of their own, unpickled the first time any of them
is read (``later``); a caller that reads only the conclusions (a fleet's summary, a frame) never
pays for them.
"""

from __future__ import annotations

import pickle
from collections.abc import Mapping, Sequence
from typing import Any

from .._knowledge.model import KnowledgeBaseData, RuleSpec
from .build import question_ranker
from .later import fill_new_later
from .packing import Packed, build_escalation, build_mapping, pack_escalation
from .report import Report
from .results import Action, Advisory, Diagnosis, Evidence, TraceStep
from .shared_parts import SharedParts, shared_parts

_new = object.__new__
_set = object.__setattr__


def pack_compact(kb: KnowledgeBaseData, report: Report) -> Packed:
    """``report`` without its questions, naming what ``kb`` decides."""
    parts = shared_parts(kb)
    rules = kb.rules_by_id
    diagnoses = [_pack_diagnosis(kb, parts, d) for d in report.diagnoses]
    details = (
        tuple(
            [_pack_evidence(rules, e) for e in d.evidence] if type(packed) is tuple else None
            for d, packed in zip(report.diagnoses, diagnoses, strict=True)
        ),
        tuple([_pack_step(rules, parts, t) for t in report.trace]),
    )
    return (
        tuple([_name_advisory(parts, a) for a in report.advisories]),
        pack_escalation(report.escalation),
        tuple(diagnoses),
        dict(report.observations),
        pickle.dumps(details, protocol=pickle.HIGHEST_PROTOCOL),
    )


def unpack_compact(kb: KnowledgeBaseData, packed: Packed) -> Report:
    """The report ``pack_compact`` packed against ``kb``, ranking its questions on ``kb`` when
    they are first read (as a report of ``diagnose`` does)."""
    advisories, escalation, diagnoses, observations, pickled = packed
    parts = shared_parts(kb)
    details = _Details(kb.rules_by_id, parts, pickled)
    shared = parts.advisories
    report = _new(Report)
    _set(report, "advisories", tuple([shared[a] if type(a) is str else a for a in advisories]))
    _set(report, "escalation", build_escalation(*escalation))
    _set(
        report,
        "diagnoses",
        tuple([_diagnosis(kb, parts, d, details, i) for i, d in enumerate(diagnoses)]),
    )
    _set(report, "observations", build_mapping(observations))
    fill_new_later(report, trace=details.trace, questions=question_ranker(kb, report, observations))
    return report


class _Details:
    """One report's evidence and trace as they travelled, unpickled when first read."""

    __slots__ = ("_evidence", "_parts", "_pickled", "_rules", "_trace")
    _evidence: tuple[Any, ...]
    _trace: tuple[Any, ...]

    def __init__(self, rules: Mapping[str, RuleSpec], parts: SharedParts, pickled: bytes) -> None:
        self._rules = rules
        self._parts = parts
        self._pickled = pickled

    def evidence(self, index: int) -> tuple[Evidence, ...]:
        """The evidence of the report's diagnosis ``index``."""
        packed = self._unpickled()[0][index]
        return tuple([_evidence(self._rules, e) for e in packed])

    def trace(self) -> tuple[TraceStep, ...]:
        """The report's trace."""
        return tuple([_step(self._rules, self._parts, t) for t in self._unpickled()[1]])

    def _unpickled(self) -> tuple[Any, Any]:
        try:
            return self._evidence, self._trace
        except AttributeError:  # the first read (two threads may both unpickle: equal values)
            pickled = self._pickled
            if not pickled:  # another thread has just unpickled them, and dropped the bytes
                return self._evidence, self._trace
            evidence, trace = pickle.loads(pickled)  # sent by the batch's own worker
            self._evidence, self._trace = evidence, trace
            self._pickled = b""  # not kept twice
            return evidence, trace


def _name_advisory(parts: SharedParts, advisory: Advisory) -> str | Advisory:
    return advisory.code if parts.advisories.get(advisory.code) == advisory else advisory


def _pack_diagnosis(kb: KnowledgeBaseData, parts: SharedParts, diagnosis: Diagnosis) -> Any:
    spec = kb.diagnoses.get(diagnosis.code)
    if spec is None or (spec.title, spec.kind) != (diagnosis.title, diagnosis.kind):
        return diagnosis  # not this knowledge base's: it travels whole
    shared = parts.actions[diagnosis.code]
    return (
        diagnosis.code,
        diagnosis.certainty,
        tuple([_name_action(shared, a) for a in diagnosis.actions]),
    )


def _name_action(shared: Sequence[Action], action: Action) -> int | Action:
    for index, known in enumerate(shared):
        if known is action or known == action:
            return index
    return action


def _pack_evidence(rules: Mapping[str, RuleSpec], evidence: Evidence) -> Any:
    rule = rules.get(evidence.rule)
    if rule is None or rule.title != evidence.title:
        return evidence
    return (evidence.rule, evidence.certainty, dict(evidence.facts))


def _pack_step(rules: Mapping[str, RuleSpec], parts: SharedParts, step: TraceStep) -> Any:
    rule = rules.get(step.rule)
    if rule is None or rule.title != step.title or parts.conclusions[rule.id] != step.conclusions:
        return step
    return (step.rule, dict(step.facts))


def _diagnosis(
    kb: KnowledgeBaseData, parts: SharedParts, packed: Any, details: _Details, index: int
) -> Diagnosis:
    if type(packed) is not tuple:
        return packed  # type: ignore[no-any-return]  # a whole Diagnosis
    code, certainty, actions = packed
    spec = kb.diagnoses[code]
    shared = parts.actions[code]
    made = _new(Diagnosis)
    _set(made, "code", code)
    _set(made, "title", spec.title)
    _set(made, "kind", spec.kind)
    _set(made, "certainty", certainty)
    _set(made, "actions", tuple([shared[a] if type(a) is int else a for a in actions]))
    fill_new_later(made, evidence=_EvidenceOf(details, index))
    return made


class _EvidenceOf:
    """What rebuilds the evidence of one diagnosis of a report, when it is first read."""

    __slots__ = ("_details", "_index")

    def __init__(self, details: _Details, index: int) -> None:
        self._details = details
        self._index = index

    def __call__(self) -> tuple[Evidence, ...]:
        return self._details.evidence(self._index)


def _evidence(rules: Mapping[str, RuleSpec], packed: Any) -> Evidence:
    if type(packed) is not tuple:
        return packed  # type: ignore[no-any-return]  # a whole Evidence
    rule, certainty, facts = packed
    made = _new(Evidence)
    _set(made, "rule", rule)
    _set(made, "title", rules[rule].title)
    _set(made, "certainty", certainty)
    _set(made, "facts", build_mapping(facts))
    return made


def _step(rules: Mapping[str, RuleSpec], parts: SharedParts, packed: Any) -> TraceStep:
    if type(packed) is not tuple:
        return packed  # type: ignore[no-any-return]  # a whole TraceStep
    rule, facts = packed
    made = _new(TraceStep)
    _set(made, "rule", rule)
    _set(made, "title", rules[rule].title)
    _set(made, "facts", build_mapping(facts))
    _set(made, "conclusions", parts.conclusions[rule])
    return made

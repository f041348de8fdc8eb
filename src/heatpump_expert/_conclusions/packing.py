"""A report's pickled form: one tuple of plain values, rebuilt without re-checking.

Unpickling a report as attrs stores it costs one ``__setstate__`` call per value object, some 40
per report. Packed, a report is one nested tuple of text, numbers and levels, rebuilt by setting
the slots directly: the values were checked when the report was made and cannot have changed
since (every part is frozen). This form stands alone; between the two ends of a batch, which
hold one knowledge base, a report travels more compactly still (``compact``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from .._knowledge.levels import EscalationLevel
from .results import (
    Action,
    Advisory,
    Diagnosis,
    Escalation,
    Evidence,
    Question,
    ReadOnlyMapping,
    TraceStep,
)

if TYPE_CHECKING:
    from .report import Report

R = TypeVar("R", bound="Report")
Packed = tuple[Any, ...]

_new = object.__new__
_set = object.__setattr__
_LEVELS = {level.value: level for level in EscalationLevel}


def pack_report(report: Report) -> Packed:
    """``report``'s fields as plain values, in field order (its questions ranked if need be)."""
    return (
        tuple((a.code, a.severity, a.text) for a in report.advisories),
        pack_escalation(report.escalation),
        tuple(
            (
                d.code,
                d.title,
                d.kind,
                d.certainty,
                tuple((a.text, a.who, a.power_off) for a in d.actions),
                tuple((e.rule, e.title, e.certainty, dict(e.facts)) for e in d.evidence),
            )
            for d in report.diagnoses
        ),
        tuple(
            (q.fact, q.text, q.why, q.choices, q.type, q.unit, q.range) for q in report.questions
        ),
        dict(report.observations),
        tuple((t.rule, t.title, dict(t.facts), t.conclusions) for t in report.trace),
    )


def unpack_report(cls: type[R], packed: Packed) -> R:
    """The report of class ``cls`` that ``pack_report`` packed (the pickle's rebuilder)."""
    advisories, escalation, diagnoses, questions, observations, trace = packed
    report = _new(cls)
    _set(report, "advisories", tuple([_advisory(*a) for a in advisories]))
    _set(report, "escalation", build_escalation(*escalation))
    _set(report, "diagnoses", tuple([_diagnosis(d) for d in diagnoses]))
    _set(report, "questions", tuple([_question(q) for q in questions]))
    _set(report, "observations", build_mapping(observations))
    _set(report, "trace", tuple([_step(*t) for t in trace]))
    return report


def pack_escalation(escalation: Escalation) -> Packed:
    """An escalation as plain values, its levels by their names (rebuilt by a dict lookup, not
    by calling the enum)."""
    level, later = escalation.level, escalation.if_unresolved
    return (level.value, escalation.reasons, escalation.who, None if later is None else later.value)


# One builder per class, each setting every field in order: the fastest rebuild Python has.


def _advisory(code: str, severity: str, text: str) -> Advisory:
    made = _new(Advisory)
    _set(made, "code", code)
    _set(made, "severity", severity)
    _set(made, "text", text)
    return made


def build_escalation(
    level: str, reasons: tuple[str, ...], who: str | None, if_unresolved: str | None
) -> Escalation:
    made = _new(Escalation)
    _set(made, "level", _LEVELS[level])
    _set(made, "reasons", reasons)
    _set(made, "who", who)
    _set(made, "if_unresolved", None if if_unresolved is None else _LEVELS[if_unresolved])
    return made


def _diagnosis(packed: Packed) -> Diagnosis:
    code, title, kind, certainty, actions, evidence = packed
    made = _new(Diagnosis)
    _set(made, "code", code)
    _set(made, "title", title)
    _set(made, "kind", kind)
    _set(made, "certainty", certainty)
    _set(made, "actions", tuple([_action(*a) for a in actions]))
    _set(made, "evidence", tuple([_evidence(*e) for e in evidence]))
    return made


def _action(text: str, who: str, power_off: bool) -> Action:
    made = _new(Action)
    _set(made, "text", text)
    _set(made, "who", who)
    _set(made, "power_off", power_off)
    return made


def _evidence(rule: str, title: str, certainty: float, facts: dict[str, Any]) -> Evidence:
    made = _new(Evidence)
    _set(made, "rule", rule)
    _set(made, "title", title)
    _set(made, "certainty", certainty)
    _set(made, "facts", build_mapping(facts))
    return made


def _question(packed: Packed) -> Question:
    fact, text, why, choices, type_, unit, range_ = packed
    made = _new(Question)
    _set(made, "fact", fact)
    _set(made, "text", text)
    _set(made, "why", why)
    _set(made, "choices", choices)
    _set(made, "type", type_)
    _set(made, "unit", unit)
    _set(made, "range", range_)
    return made


def _step(rule: str, title: str, facts: dict[str, Any], conclusions: tuple[str, ...]) -> TraceStep:
    made = _new(TraceStep)
    _set(made, "rule", rule)
    _set(made, "title", title)
    _set(made, "facts", build_mapping(facts))
    _set(made, "conclusions", conclusions)
    return made


def build_mapping(data: dict[str, Any]) -> ReadOnlyMapping:
    mapping = _new(ReadOnlyMapping)
    _set(mapping, "_data", data)  # a dict of its own, fresh from the pickle
    return mapping

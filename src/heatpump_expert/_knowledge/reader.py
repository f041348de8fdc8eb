"""Turning one parsed, schema-checked file into typed values.

The file's sections (facts, sources, diagnoses, advisories, policy, rules) become the types of
``model``; each keeps the file and line it came from. Semantic checks live in ``checks``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .conditions import WRITTEN_TESTS
from .levels import SEVERITY_ORDER, EscalationLevel
from .model import (
    ActionSpec,
    AdvisorySpec,
    Condition,
    ConsultationPolicy,
    Derivation,
    DiagnosisConclusion,
    DiagnosisSpec,
    EscalationConclusion,
    FactSpec,
    HazardDominance,
    Origin,
    Policy,
    RuleSpec,
    SourceSpec,
    UnsureOwnerPolicy,
)
from .parsing import FileContent
from .yaml_reader import LineDict, line_of


def origin(content: FileContent, node: Any) -> Origin:
    return Origin(content.name, line_of(node))


def facts_of(content: FileContent) -> Iterator[tuple[str, FactSpec, int | None]]:
    section = content.data.get("facts", {})
    for name, raw in section.items():
        yield (
            name,
            FactSpec(
                name=name,
                type=raw["type"],
                group=raw["group"],
                access=raw["access"],
                question=raw["question"],
                description=raw["description"],
                values=tuple(raw.get("values", ())),
                unit=raw.get("unit"),
                range=tuple(raw["range"]) if "range" in raw else None,
                derived=raw.get("derived", False),
                derived_from=tuple(raw.get("derived_from", ())),
                means_not_given=tuple(raw.get("means_not_given", ())),
                answer_likelihoods=tuple(
                    (value, float(weight))
                    for value, weight in raw.get("answer_likelihoods", {}).items()
                ),
                not_asked_if=tuple(_condition(c) for c in raw.get("not_asked_if", ())),
                origin=origin(content, raw),
            ),
            line_of(section, name),
        )


def sources_of(content: FileContent) -> Iterator[tuple[str, SourceSpec, int | None]]:
    section = content.data.get("sources", {})
    for key, raw in section.items():
        yield key, SourceSpec(key, raw["tier"], raw["title"]), line_of(section, key)


def diagnoses_of(content: FileContent) -> Iterator[tuple[str, DiagnosisSpec, int | None]]:
    section = content.data.get("diagnoses", {})
    for code, raw in section.items():
        yield (
            code,
            DiagnosisSpec(
                code=code,
                title=raw["title"],
                kind=raw["kind"],
                subsystem=raw["subsystem"],
                refrigerant_side=raw["refrigerant_side"],
                description=raw["description"],
                escalation=EscalationLevel(raw["escalation"]),
                actions=tuple(
                    ActionSpec(
                        a["text"],
                        a["who"],
                        a["power_off"],
                        tuple(_condition(c) for c in a.get("withheld_if", ())),
                        line=line_of(a),
                    )
                    for a in raw["actions"]
                ),
                advisories=tuple(raw.get("advisories", ())),
                sources=tuple(raw["sources"]),
                if_unresolved=_level_or_none(raw.get("if_unresolved")),
                who=raw.get("who"),
                origin=origin(content, raw),
            ),
            line_of(section, code),
        )


def advisories_of(content: FileContent) -> Iterator[tuple[str, AdvisorySpec, int | None]]:
    section = content.data.get("advisories", {})
    for code, raw in section.items():
        yield (
            code,
            AdvisorySpec(
                code, raw["severity"], raw["text"], tuple(raw["sources"]), origin(content, raw)
            ),
            line_of(section, code),
        )


def policy_of(content: FileContent) -> Policy | None:
    raw = content.data.get("policy")
    if raw is None:
        return None
    unsure = raw.get("unsure_owner")
    return Policy(
        certainty_floor=float(raw["certainty_floor"]),
        leading_margin=float(raw["leading_margin"]),
        tier_weights={k: float(v) for k, v in raw["tier_weights"].items()},
        power_off_advisory=raw["power_off_advisory"],
        refrigerant_advisory=raw["refrigerant_advisory"],
        refrigerant_min_escalation=EscalationLevel(raw["refrigerant_min_escalation"]),
        unsure_owner=UnsureOwnerPolicy(
            unsure["fact"],
            unsure["equals"],
            EscalationLevel(unsure["min_escalation"]),
            unsure["reason"],
        )
        if unsure
        else None,
        max_questions=int(raw.get("max_questions", 5)),
        hazard_dominance=_dominance(raw.get("hazard_dominance")),
        weaker_candidate_advisories=tuple(raw.get("weaker_candidate_advisories", SEVERITY_ORDER)),
        general_symptoms=tuple(raw.get("evidence", {}).get("general_symptoms", ())),
        general_weight=float(raw.get("evidence", {}).get("general_weight", 1.0)),
        consultation=_consultation(raw.get("consultation")),
    )


def _consultation(raw: LineDict | None) -> ConsultationPolicy:
    default = ConsultationPolicy()
    if raw is None:
        return default
    return ConsultationPolicy(
        max_questions=int(raw.get("max_questions", default.max_questions)),
        min_question_value=float(raw.get("min_question_value", default.min_question_value)),
        access_cost={
            **default.access_cost,
            **{k: float(v) for k, v in raw.get("access_cost", {}).items()},
        },
        context_first=tuple(raw.get("context_first", ())),
        true_likelihood=float(raw.get("true_likelihood", default.true_likelihood)),
        unusual_reading_likelihood=float(
            raw.get("unusual_reading_likelihood", default.unusual_reading_likelihood)
        ),
        out_of_play_weight=float(raw.get("out_of_play_weight", default.out_of_play_weight)),
        everyday_reading_likelihood=float(
            raw.get("everyday_reading_likelihood", default.everyday_reading_likelihood)
        ),
        everyday_groups=frozenset(raw.get("everyday_groups", default.everyday_groups)),
        clear_picture=float(raw.get("clear_picture", default.clear_picture)),
        pair_discount=float(raw.get("pair_discount", default.pair_discount)),
    )


def _dominance(raw: list[LineDict] | None) -> tuple[HazardDominance, ...]:
    return tuple(
        HazardDominance(
            when=tuple(entry["when"]),
            reason=entry["reason"],
            replace_advisories=dict(entry.get("replace_advisories", {})),
            withdraw_advisories=tuple(entry.get("withdraw_advisories", ())),
            withdraw_owner_actions_of=tuple(entry.get("withdraw_owner_actions_of", ())),
            min_escalation=_level_or_none(entry.get("min_escalation")),
        )
        for entry in raw or ()
    )


def rules_of(content: FileContent) -> Iterator[RuleSpec]:
    subsystem = content.data.get("subsystem", "")
    for raw in content.data.get("rules", ()):
        then = raw["then"]
        escalate = then.get("escalate")
        yield RuleSpec(
            id=raw["id"],
            title=raw["title"],
            subsystem=subsystem,
            status=raw["status"],
            conditions=tuple(_condition(c) for c in raw["when"]),
            diagnoses=tuple(
                DiagnosisConclusion(d["code"], float(d["certainty"]))
                for d in then.get("diagnoses", ())
            ),
            advisories=tuple(then.get("advisories", ())),
            derive=tuple(
                Derivation(
                    d["fact"], d.get("value"), tuple(d["difference"]) if "difference" in d else None
                )
                for d in then.get("derive", ())
            ),
            escalate=EscalationConclusion(
                EscalationLevel(escalate["level"]), escalate["reason"], escalate.get("who")
            )
            if escalate
            else None,
            sources=tuple(raw["sources"]),
            note=raw.get("note"),
            origin=origin(content, raw),
        )


def _condition(raw: LineDict) -> Condition:
    line = line_of(raw)
    if "diagnosis" in raw:
        return Condition(
            "diagnosis",
            None,
            diagnosis=raw["diagnosis"],
            present=raw.get("present", True),
            line=line,
        )
    test = next(key for key in WRITTEN_TESTS if key in raw)
    operand = raw[test]
    if isinstance(operand, list):
        operand = tuple(operand)
    if test == "known" and operand is False:
        return Condition("unknown", None, fact=raw["fact"], line=line)
    return Condition(test, operand, fact=raw["fact"], line=line)


def _level_or_none(value: str | None) -> EscalationLevel | None:
    return EscalationLevel(value) if value is not None else None

"""The readable form of a report: advisories first, then what to do, then the findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._knowledge.model import Value
from .results import Advisory, Diagnosis, Escalation, Question, TraceStep

_MARK = {"danger": "DANGER", "warning": "WARNING", "caution": "CAUTION", "info": "NOTE"}


def render_report(
    advisories: Sequence[Advisory],
    escalation: Escalation,
    diagnoses: Sequence[Diagnosis],
    questions: Sequence[Question],
) -> str:
    """The readable report: advisories, what to do now, the findings, what to check next."""
    lines: list[str] = []
    if advisories:
        lines.append("Safety first:")
        lines += [f"  [{_MARK.get(a.severity, a.severity.upper())}] {a.text}" for a in advisories]
        lines.append("")
    lines.append(f"What to do now: {escalation.level.value}")
    if escalation.who:
        lines.append(f"  Who: {escalation.who}")
    if escalation.if_unresolved is not None:
        lines.append(f"  If that does not fix it: {escalation.if_unresolved.value}")
    lines += [f"  - {reason}" for reason in escalation.reasons]
    lines.append("")
    if diagnoses:
        lines.append("Findings, most likely first:")
        for rank, diagnosis in enumerate(diagnoses, 1):
            label = " (normal operation)" if diagnosis.kind == "normal" else ""
            lines.append(f"  {rank}. {diagnosis.title}{label}: {diagnosis.certainty:.0%}")
            for action in diagnosis.actions:
                power = ", power off first" if action.power_off else ""
                lines.append(f"     * {action.text} ({action.who}{power})")
    else:
        lines.append("No finding yet from what was observed.")
    if questions:
        lines.append("")
        lines.append("Worth checking next:")
        lines += [f"  ? {q.text} ({q.fact})" for q in questions]
    return "\n".join(lines)


def _facts(facts: Mapping[str, Value]) -> str:
    shown = ", ".join(f"{name} = {_shown(value)}" for name, value in facts.items())
    return shown or "no observed facts"


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def render_explanation(
    diagnoses: Sequence[Diagnosis], trace: Sequence[TraceStep], escalation: Escalation
) -> str:
    """HOW: each conclusion with the rules and the observed facts behind it."""
    lines = ["How these conclusions were reached:"]
    for diagnosis in diagnoses:
        lines.append(f"- {diagnosis.title} ({diagnosis.code}), {diagnosis.certainty:.0%}:")
        for evidence in diagnosis.evidence:
            side = "for" if evidence.certainty > 0 else "against"
            lines.append(
                f"    {side} {abs(evidence.certainty):.2f}: rule {evidence.rule} "
                f'"{evidence.title}", because {_facts(evidence.facts)}'
            )
    hazards = [
        s for s in trace if any(c.startswith(("escalate", "advisory")) for c in s.conclusions)
    ]
    if hazards:
        lines.append("Safety rules that fired:")
        lines += [
            f'- rule {s.rule} "{s.title}" ({"; ".join(s.conclusions)}), because {_facts(s.facts)}'
            for s in hazards
        ]
    if len(lines) == 1:
        lines.append("- No rule reached a conclusion from what was observed.")
    lines.append("Escalation: " + "; ".join(escalation.reasons))
    return "\n".join(lines)

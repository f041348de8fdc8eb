"""The technician's readable report, and the HOW explanation (the homeowner's: ``homeowner``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._knowledge.model import Value
from .homeowner import headline, level_words
from .results import Advisory, Diagnosis, Escalation, Question, TraceStep
from .wrap import wrapped

_MARK = {"danger": "DANGER", "warning": "WARNING", "caution": "CAUTION", "info": "NOTE"}


def render_technician(
    advisories: Sequence[Advisory],
    escalation: Escalation,
    diagnoses: Sequence[Diagnosis],
    questions: Sequence[Question],
    *,
    width: int | None,
) -> str:
    """The technician's report: the plain sentence, then every advisory in full with its code,
    the level with its reasons, each finding with its code and actions, the facts to check."""
    lines = wrapped(headline(escalation, diagnoses), width)
    if advisories:
        lines += ["", "Safety first:"]
        for a in advisories:
            mark = f"[{_MARK.get(a.severity, a.severity.upper())} {a.code}] "
            lines += wrapped(mark + a.text, width, first="  ", rest="    ")
    level = escalation.level
    words = level_words(level, normal=bool(diagnoses))
    lines += ["", *wrapped(f"What to do now: {level.value} ({words})", width, rest="  ")]
    if escalation.who:
        lines += wrapped(f"Who: {escalation.who}", width, first="  ", rest="    ")
    if escalation.if_unresolved is not None:
        lines.append(f"  If that does not fix it: {escalation.if_unresolved.value}")
    for reason in escalation.reasons:
        lines += wrapped(reason, width, first="  - ", rest="    ")
    lines.append("")
    if diagnoses:
        lines.append("Findings, most likely first:")
        for rank, diagnosis in enumerate(diagnoses, 1):
            label = ", normal operation" if diagnosis.kind == "normal" else ""
            head = f"{rank}. {diagnosis.title} ({diagnosis.code}{label}): {diagnosis.certainty:.0%}"
            lines += wrapped(head, width, first="  ", rest="     ")
            for action in diagnosis.actions:
                power = ", power off first" if action.power_off else ""
                text = f"{action.text} ({action.who}{power})"
                lines += wrapped(text, width, first="     * ", rest="       ")
    else:
        lines.append("No finding yet from what was observed.")
    if questions:
        lines += ["", "Worth checking next:"]
        for q in questions:
            lines += wrapped(f"{q.text} ({q.fact})", width, first="  ? ", rest="    ")
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

"""The readable form of a report: advisories first, then what to do, then the findings."""

from __future__ import annotations

from ._report import Report

_MARK = {"danger": "DANGER", "warning": "WARNING", "caution": "CAUTION", "info": "NOTE"}


def render_report(report: Report) -> str:
    lines: list[str] = []
    if report.advisories:
        lines.append("Safety first:")
        lines += [f"  [{_MARK[a.severity]}] {a.text}" for a in report.advisories]
        lines.append("")
    escalation = report.escalation
    lines.append(f"What to do now: {escalation.level.value}")
    if escalation.who:
        lines.append(f"  Who: {escalation.who}")
    if escalation.if_unresolved is not None:
        lines.append(f"  If that does not fix it: {escalation.if_unresolved.value}")
    lines += [f"  - {reason}" for reason in escalation.reasons]
    lines.append("")
    if report.diagnoses:
        lines.append("Findings, most likely first:")
        for rank, diagnosis in enumerate(report.diagnoses, 1):
            label = " (normal operation)" if diagnosis.kind == "normal" else ""
            lines.append(f"  {rank}. {diagnosis.title}{label}: {diagnosis.certainty:.0%}")
            for action in diagnosis.actions:
                power = ", power off first" if action.power_off else ""
                lines.append(f"     * {action.text} ({action.who}{power})")
    else:
        lines.append("No finding yet from what was observed.")
    if report.questions:
        lines.append("")
        lines.append("Worth checking next:")
        lines += [f"  ? {q.text} ({q.fact})" for q in report.questions]
    return "\n".join(lines)

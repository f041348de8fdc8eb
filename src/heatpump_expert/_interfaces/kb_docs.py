"""Writing ``docs/knowledge-base.md``: the knowledge base in plain words, for technicians.

Generated from the rule files, so it never disagrees with them; CI fails when the committed copy
is stale (``heatpump-expert rules docs --check``).
"""

from __future__ import annotations

from collections.abc import Iterator

from .._knowledge.conditions import condition_test
from .._knowledge.model import Condition, Derivation, DiagnosisSpec, KnowledgeBaseData, RuleSpec

_UNITS = {
    "degF": "°F",
    "degF_difference": "°F",
    "psi": "psi",
    "months": "months",
    "minutes": "minutes",
    "hours": "hours",
    "years": "years",
}


def describe_condition(kb: KnowledgeBaseData, condition: Condition) -> str:
    """One condition in plain words (each test's phrase comes from the condition registry)."""
    if condition.diagnosis is not None:
        title = kb.diagnoses[condition.diagnosis].title
        return f"*{title}* is {'' if condition.present else 'not '}suspected"
    name = condition.fact or ""
    spec = kb.facts[name]
    unit = f" {_UNITS[spec.unit]}" if spec.unit else ""
    return condition_test(condition.test).describe(f"`{name}`", condition.operand, unit)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"`{value}`"


def _rule_line(kb: KnowledgeBaseData, rule: RuleSpec, certainty: float | None = None) -> str:
    when = "; ".join(describe_condition(kb, c) for c in rule.conditions)
    weight = f" → {certainty:+.2f}" if certainty is not None else ""
    sources = ", ".join(rule.sources)
    note = f" *Note: {rule.note}*" if rule.note else ""
    return f"- **{rule.title}** (`{rule.id}`{weight}; sources {sources}): when {when}.{note}"


def _diagnosis_section(kb: KnowledgeBaseData, spec: DiagnosisSpec) -> Iterator[str]:
    yield f"### {spec.title} (`{spec.code}`)"
    yield ""
    kind = "normal operation" if spec.kind == "normal" else "fault"
    refrigerant = ", refrigerant side" if spec.refrigerant_side else ""
    level = f"escalation **{spec.escalation.value}**"
    if spec.if_unresolved is not None:
        level += f", then **{spec.if_unresolved.value}** if unresolved"
    who = f"; who: {spec.who}" if spec.who else ""
    yield f"*{kind}{refrigerant}; {level}{who}.* {spec.description}"
    yield ""
    supporting = [
        (r, d.certainty) for r in kb.rules if r.active for d in r.diagnoses if d.code == spec.code
    ]
    for title, sign in (("Concluded by", 1), ("Evidence against", -1)):
        lines = [_rule_line(kb, r, c) for r, c in supporting if (c > 0) == (sign > 0)]
        if lines:
            yield f"{title}:"
            yield ""
            yield from lines
            yield ""
    if not supporting:
        yield "No rule concludes this yet."
        yield ""
    yield "Actions:"
    yield ""
    for action in spec.actions:
        power = " — power off first" if action.power_off else ""
        withheld = " or ".join(describe_condition(kb, c) for c in action.withheld_if)
        unless = f"; not given when {withheld}" if withheld else ""
        yield f"- {action.text} (*{action.who}*{power}{unless})"
    advisories = list(spec.advisories)
    if any(a.power_off for a in spec.actions):
        advisories.insert(0, kb.policy.power_off_advisory)
    if spec.refrigerant_side:
        advisories.insert(0, kb.policy.refrigerant_advisory)
    if advisories:
        yield ""
        yield "Advisories: " + ", ".join(f"`{a}`" for a in advisories)
    yield ""
    yield f"Sources: {', '.join(spec.sources)}"
    yield ""


def _derivation(derivation: Derivation) -> str:
    if derivation.difference is not None:
        first, second = derivation.difference
        return f"`{derivation.fact}` = `{first}` − `{second}`"
    return f"`{derivation.fact}` = {_value(derivation.value)}"


def render(kb: KnowledgeBaseData) -> str:
    """The whole reference as Markdown."""
    out = [
        "# The knowledge base in plain words",
        "",
        "Generated from `rules/` by `heatpump-expert rules docs`; do not edit by hand.",
        "Certainties are as written in the rules, before weighting by source tier "
        f"({', '.join(f'{k} ×{v:g}' for k, v in kb.policy.tier_weights.items())}).",
        f"Diagnoses under {kb.policy.certainty_floor:g} are dropped; those within "
        f"{kb.policy.leading_margin:g} of the best one decide the escalation.",
        "",
        "## Diagnoses",
        "",
    ]
    subsystems = sorted({d.subsystem for d in kb.diagnoses.values()})
    for subsystem in subsystems:
        out += [f"## {subsystem.replace('_', ' ').capitalize()}", ""]
        for spec in kb.diagnoses.values():
            if spec.subsystem == subsystem:
                out += list(_diagnosis_section(kb, spec))
    out += ["## Hazards and advisories raised by rules", ""]
    for rule in kb.rules:
        if rule.active and (rule.escalate or rule.advisories):
            extra = []
            if rule.escalate:
                extra.append(
                    f"escalates to **{rule.escalate.level.value}**: {rule.escalate.reason}"
                )
            if rule.advisories:
                extra.append("advises " + ", ".join(f"`{a}`" for a in rule.advisories))
            out.append(_rule_line(kb, rule) + " It " + "; ".join(extra) + ".")
    out += ["", "## Advisories", "", "| code | severity | text | sources |", "|---|---|---|---|"]
    for advisory in kb.advisories.values():
        out.append(
            f"| `{advisory.code}` | {advisory.severity} | {advisory.text} "
            f"| {', '.join(advisory.sources)} |"
        )
    out += ["", "## Derived facts", ""]
    for rule in kb.rules:
        if rule.active and rule.derive:
            derived = ", ".join(_derivation(d) for d in rule.derive)
            out.append(f"{_rule_line(kb, rule)} It derives {derived}.")
    out += ["", "## Sources", "", "| id | tier | title |", "|---|---|---|"]
    out += [f"| {s.id} | {s.tier} | {s.title} |" for s in kb.sources.values()]
    return "\n".join(out) + "\n"

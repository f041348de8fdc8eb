"""The report as a homeowner reads it: one plain sentence, the advice that matters, the findings.

No rule ids or codes here (they stay in ``explain()``, the technician view and the JSON). The
advisories come most relevant first: a hazard's own advice, then advice given on what was seen
by the rules behind the leading diagnosis, then advice given on other observations, then the
general advice of the candidates (the policy's, and that of each candidate diagnosis). A
hazard's own advice is shown in full; advice on what was seen is cut to two sentences, general
advice to its opening (about 12 words); a sentence already shown is not repeated. The
findings show the three most likely, with the owner's own steps for the first (what a
professional would do is in the technician view), and the three most useful checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .._knowledge.levels import EscalationLevel
from .results import Advisory, Diagnosis, Escalation, Question, TraceStep
from .wrap import wrapped

#: What each level asks of the homeowner, in words (the opening of the report).
LEVEL_WORDS = {
    EscalationLevel.NONE: "Nothing to do: this is normal",
    EscalationLevel.DIY: "You can fix this yourself",
    EscalationLevel.ROUTINE: "Book a technician visit",
    EscalationLevel.PROMPT: "Call a technician soon",
    EscalationLevel.EMERGENCY: "Shut the system off now",
}
#: The same, as the next step when the owner's own step does not help.
_FOLLOW_WORDS = {
    EscalationLevel.DIY: "try the steps below",
    EscalationLevel.ROUTINE: "book a technician visit",
    EscalationLevel.PROMPT: "call a technician soon",
    EscalationLevel.EMERGENCY: "shut the system off and call a professional",
}
_MARK = {"danger": "DANGER: ", "warning": "", "caution": "", "info": ""}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")
_SHOWN_FINDINGS = 3
#: General advice (of the candidates, not of what was seen) is cut after about this many words.
_GENERAL_WORDS = 12


def level_words(level: EscalationLevel, *, normal: bool = True) -> str:
    """The level in words ("Call a technician soon"); ``normal=False``: none is not "normal"."""
    if level is EscalationLevel.NONE and not normal:
        return "Nothing to do for now"
    return LEVEL_WORDS[level]


def headline(escalation: Escalation, diagnoses: Sequence[Diagnosis]) -> str:
    """One plain sentence: what is most likely going on, and what to do now."""
    level = escalation.level
    if not diagnoses:
        words = level_words(level, normal=False)
        if level is EscalationLevel.NONE:
            return f"{words}: nothing points to a fault yet; the questions below would narrow it."
        return f"{words}: follow the safety advice below."
    top = diagnoses[0]
    if top.kind == "normal" and level is EscalationLevel.NONE:
        return f"{LEVEL_WORDS[level]} (most likely {_phrase(top)}, {top.certainty:.0%} certain)."
    sentence = f"{level_words(level, normal=False)}: the most likely cause is {_phrase(top)}"
    follow = escalation.if_unresolved
    if follow is not None and follow in _FOLLOW_WORDS:
        sentence += f"; if that does not fix it, {_FOLLOW_WORDS[follow]}"
    elif level is EscalationLevel.EMERGENCY:
        sentence += "; follow the safety advice below"
    return sentence + "."


def _phrase(diagnosis: Diagnosis) -> str:
    """The title inside a sentence: "Dirty outdoor coil" reads "dirty outdoor coil"."""
    first, _, rest = diagnosis.title.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


def relevance_order(
    advisories: Sequence[Advisory], diagnoses: Sequence[Diagnosis], trace: Sequence[TraceStep]
) -> list[tuple[int, Advisory]]:
    """The advisories most relevant first, each with its tier (see the module docstring); within
    a tier, in the order the rules gave them, else in the report's order (severity)."""
    lead = f"diagnosis {diagnoses[0].code} +" if diagnoses else None

    def rank(item: tuple[int, Advisory]) -> tuple[int, int, int]:
        index, advisory = item
        given = f"advisory {advisory.code}"
        steps = [(n, s) for n, s in enumerate(trace) if given in s.conclusions]
        if not steps:
            return (3, 0, index)
        tier = 2
        if any(c.startswith("escalate ") for _, s in steps for c in s.conclusions):
            tier = 0
        elif lead and any(c.startswith(lead) for _, s in steps for c in s.conclusions):
            tier = 1
        first, step = steps[0]
        return (tier, first, step.conclusions.index(given))

    ranked = sorted(enumerate(advisories), key=rank)
    return [(rank(item)[0], item[1]) for item in ranked]


def short_advice(advisories: Sequence[tuple[int, Advisory]]) -> Iterator[str]:
    """Each advisory's text, cut short (see the module docstring), without repeated sentences."""
    seen: set[str] = set()
    for tier, advisory in advisories:
        sentences = _SENTENCE_END.split(advisory.text.strip())
        kept = sentences if tier == 0 else sentences[:2] if tier < 3 else _opening(sentences)
        fresh = [s for s in kept if s not in seen]
        seen.update(sentences)
        if fresh:
            yield _MARK.get(advisory.severity, "") + " ".join(fresh)


def _opening(sentences: Sequence[str]) -> list[str]:
    """The first sentences, up to about a line and a half (a bare warning needs its advice)."""
    kept: list[str] = []
    for sentence in sentences:
        kept.append(sentence)
        if sum(len(s.split()) for s in kept) >= _GENERAL_WORDS:
            break
    return kept


def render_homeowner(
    advisories: Sequence[Advisory],
    escalation: Escalation,
    diagnoses: Sequence[Diagnosis],
    questions: Sequence[Question],
    trace: Sequence[TraceStep],
    *,
    width: int | None,
) -> str:
    """The homeowner's report (``str(report)``), wrapped to ``width`` (None: not wrapped)."""
    lines = wrapped(headline(escalation, diagnoses), width)
    if escalation.who and escalation.level >= EscalationLevel.ROUTINE:
        lines += wrapped(f"Who to call: {escalation.who}.", width)
    ordered = relevance_order(advisories, diagnoses, trace)
    if ordered:
        lines += ["", "Safety first:"]
        for text in short_advice(ordered):
            lines += wrapped(text, width, first="  - ", rest="    ")
    if diagnoses:
        lines += ["", *wrapped("What it most likely is (and what you can do):", width)]
        lines += _findings(diagnoses, width)
    if questions:
        lines += ["", "Worth checking next:"]
        for question in questions[:3]:
            lines += wrapped(question.text, width, first="  - ", rest="    ")
    return "\n".join(lines)


def _findings(diagnoses: Sequence[Diagnosis], width: int | None) -> list[str]:
    lines: list[str] = []
    for rank, diagnosis in enumerate(diagnoses[:_SHOWN_FINDINGS], 1):
        label = ", normal operation" if diagnosis.kind == "normal" else ""
        head = f"{rank}. {diagnosis.title} ({diagnosis.certainty:.0%}{label})"
        lines += wrapped(head, width, first="  ", rest="     ")
        for action in diagnosis.actions if rank == 1 else ():
            if action.who == "owner":  # what the professional does is in the technician view
                power = " (power off first)" if action.power_off else ""
                lines += wrapped(action.text + power, width, first="     * ", rest="       ")
    hidden = len(diagnoses) - _SHOWN_FINDINGS
    if hidden > 0:
        more = f"{hidden} less likely cause{'s' if hidden > 1 else ''}"
        lines += wrapped(f"and {more} (the technician view lists them)", width, first="  ")
    return lines

"""``heatpump-expert consult``: an interactive consultation in a terminal.

Each question shows numbered choices for yes/no and enumerated facts (the number, the value or
words such as "yes", "light frost", "about 20 F" or "-5 C" are accepted: ``parse_answer``);
``?`` explains why it is asked, ``s`` (or "don't know") skips it, ``q`` stops. A safety advisory
is shown the moment it appears (before the first question when the command line already calls
for it), and the emerging picture (the leading candidates, what to do now) after each answer
that changes it. The report is printed when the consultation stops (no question left), on
``q``, at the end of input and on Ctrl-C; all of these exit 0, as a report was given (130
only if a second Ctrl-C interrupts the report itself).
Everything is wrapped to ``width``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from .._conclusions.homeowner import level_words, relevance_order
from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.report import Report
from .._conclusions.results import Question
from .._conclusions.wrap import DEFAULT_WIDTH, wrapped
from .._consultation.session import Consultation
from .._errors import InputError
from .answers import parse_answer

PROMPT = "answer (? why, s skip, q quit): "
_MARK = {"danger": "DANGER", "warning": "WARNING", "caution": "CAUTION", "info": "NOTE"}


def _label(choice: bool | str) -> str:
    if isinstance(choice, bool):
        return "yes" if choice else "no"
    return choice.replace("_", " ")


class _Screen:
    """What has been shown: advisories are shown once, the picture when it changes."""

    def __init__(self, out: TextIO, width: int | None) -> None:
        self.out = out
        self.width = width
        self.advisories: set[str] = set()
        self.picture: tuple[object, ...] | None = None

    def write(self, text: str, *, first: str = "", rest: str = "") -> None:
        for line in wrapped(text, self.width, first=first, rest=rest):
            self.out.write(line + "\n")

    def news(self, report: Report) -> None:
        """Each advisory not shown yet, most relevant first, then the picture if it changed."""
        for _, advisory in relevance_order(report.advisories, report.diagnoses, report.trace):
            if advisory.code not in self.advisories:
                self.advisories.add(advisory.code)
                mark = _MARK.get(advisory.severity, advisory.severity.upper())
                self.write(f"{mark}: {advisory.text}", first="\n! ", rest="  ")
        leading = report.diagnoses[:2]
        picture = (report.escalation.level, tuple(d.code for d in leading))
        if leading and picture != self.picture:
            self.write(f"So far: {level_words(report.escalation.level)}.", first="\n")
            shown = "; then ".join(f"{d.title} ({d.certainty:.0%})" for d in leading)
            self.write(f"Most likely: {shown}.", first="  ", rest="  ")
        self.picture = picture


def _ask(
    consultation: Consultation,
    question: Question,
    stdin: TextIO,
    screen: _Screen,
    kb: KnowledgeBase | None,
) -> bool:
    """Ask one question until it is answered or skipped; False when the person stops."""
    screen.write(question.text, first="\n", rest="")
    for number, choice in enumerate(question.choices, 1):
        screen.out.write(f"  {number}) {_label(choice)}\n")
    while True:
        screen.out.write(PROMPT)
        screen.out.flush()
        line = stdin.readline()
        if not line:
            return False
        text = line.strip()
        if text == "?":
            screen.write(question.why, first="  ", rest="  ")
        elif text.lower() == "s":
            consultation.skip(question.fact)
            return True
        elif text.lower() == "q":
            return False
        elif text:
            try:
                value = parse_answer(question.fact, _choice(question.choices, text), kb)
                if value is None:  # "don't know", or "none" for a code: nothing to record
                    consultation.skip(question.fact)
                else:
                    consultation.answer(question.fact, value)
            except InputError as error:
                screen.write(str(error), first="  ", rest="  ")
                continue
            return True


#: Why the consultation stopped (``Consultation.stopped_because``), in words.
_STOPPED = {
    "hazard": "Nothing more to ask: the safety advice is what matters now.",
    "settled": "Nothing more to ask: no answer would change what to do.",
    "nothing_worth_asking": "Nothing more worth asking.",
    "limit_reached": "That is as many questions as a consultation asks.",
}


def _stopped(consultation: Consultation) -> str:
    reason = getattr(consultation, "stopped_because", None)
    return _STOPPED.get(str(reason), "Nothing more to ask.")


def _choice(choices: Sequence[bool | str], text: str) -> str:
    """A numbered choice as its label ("2" is "no"); anything else as typed."""
    if choices and text.isdigit() and 1 <= int(text) <= len(choices):
        return _label(choices[int(text) - 1])
    return text


def run_consultation(
    consultation: Consultation,
    stdin: TextIO,
    out: TextIO,
    *,
    width: int | None = DEFAULT_WIDTH,
    technician_view: bool = False,
    knowledge_base: KnowledgeBase | None = None,
) -> int:
    """Drive a consultation until it stops; print the report; return the exit status: 0, or
    130 when a second Ctrl-C interrupts the report itself."""
    screen = _Screen(out, width)
    screen.write("Answer what you can; type ? to see why a question is asked, s to skip it.")
    try:
        screen.news(consultation.report)
        while (question := consultation.next_question()) is not None:
            if not _ask(consultation, question, stdin, screen, knowledge_base):
                break
            screen.news(consultation.report)
        else:
            screen.write(_stopped(consultation), first="\n")
    except KeyboardInterrupt:
        screen.write("Stopped: the report so far.", first="\n")
    try:
        report = consultation.report.render(technician=technician_view, width=width)
    except KeyboardInterrupt:
        out.write("\n")
        return 130
    out.write("\n" + report + "\n")
    out.flush()
    return 0

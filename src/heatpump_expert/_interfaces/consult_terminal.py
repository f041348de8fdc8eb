"""``heatpump-expert consult``: an interactive consultation in a terminal.

Each question shows numbered choices for yes/no and enumerated facts (a number or the value
itself is accepted); ``?`` explains why it is asked, ``s`` skips it ("I don't know"), ``q``
stops. The final report is printed when no question is left, on ``q`` or at end of input.
"""

from __future__ import annotations

from typing import TextIO

from .._conclusions.results import Question
from .._consultation.session import Consultation
from .._errors import InputError


def _label(choice: bool | str) -> str:
    if isinstance(choice, bool):
        return "yes" if choice else "no"
    return choice.replace("_", " ")


def _read_answer(question: Question, text: str) -> object:
    """Turn what was typed into a value for ``answer`` (validated there)."""
    if question.choices:
        if text.isdigit() and 1 <= int(text) <= len(question.choices):
            return question.choices[int(text) - 1]
        by_label = {_label(c): c for c in question.choices}
        by_label.update({str(c).lower(): c for c in question.choices})
        return by_label.get(text.lower().replace("_", " "), by_label.get(text.lower(), text))
    try:
        return float(text) if "." in text else int(text)
    except ValueError:
        return text


def _ask(consultation: Consultation, question: Question, stdin: TextIO, out: TextIO) -> bool:
    """Ask one question until it is answered or skipped; False when the person stops."""
    out.write(f"\n{question.text}\n")
    for number, choice in enumerate(question.choices, 1):
        out.write(f"  {number}) {_label(choice)}\n")
    while True:
        out.write("answer (? why, s skip, q quit): ")
        out.flush()
        line = stdin.readline()
        if not line:
            return False
        text = line.strip()
        if text == "?":
            out.write(f"  {question.why}\n")
        elif text.lower() == "s":
            consultation.skip(question.fact)
            return True
        elif text.lower() == "q":
            return False
        elif text:
            try:
                consultation.answer(question.fact, _read_answer(question, text))
            except InputError as error:
                out.write(f"  {error}\n")
                continue
            return True


def run_consultation(consultation: Consultation, stdin: TextIO, out: TextIO) -> int:
    """Drive a consultation to its end; print the report; return the exit status."""
    out.write("Answer what you can; type ? to see why a question is asked, s to skip it.\n")
    while (question := consultation.next_question()) is not None:
        if not _ask(consultation, question, stdin, out):
            break
    out.write("\n" + str(consultation.report) + "\n")
    return 0

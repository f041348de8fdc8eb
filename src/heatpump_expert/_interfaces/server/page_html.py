"""The consultation page as HTML: the safety advice, the picture so far, one question, the report.

Plain HTML forms that post back to ``/`` (the consultation travels in a hidden field, as the JSON
of ``Consultation.to_dict()``), so the page works without JavaScript; ``page.js`` only swaps
the next step in without a reload. Everything is escaped here; nothing comes from outside the
package (``page.css``, ``page.js`` are served from it).
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Sequence

from ..._conclusions.homeowner import headline, level_words, relevance_order, short_advice
from ..._conclusions.report import Report
from ..._conclusions.results import Diagnosis, Question
from ..._knowledge.levels import EscalationLevel
from ..._knowledge.model import FactSpec

_UNITS = {"degF": "°F", "degF_difference": "°F", "psi": "psi"}
#: Why the consultation stopped (``StopReason``), in words.
_STOPPED = {
    "hazard": "No more questions: the safety advice is what matters now.",
    "settled": "No more questions: no answer would change what to do.",
    "nothing_worth_asking": "No more questions worth asking.",
    "limit_reached": "That is as many questions as a check asks.",
}
_SHOWN_FINDINGS = 3


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def page(body: str, *, title: str = "Heat pump check") -> str:
    """The whole document around ``body`` (the ``<main>`` swapped by ``page.js``)."""
    return (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}</title>\n"
        "<link rel='stylesheet' href='/static/page.css'>\n"
        "<script src='/static/page.js' defer></script>\n</head>\n<body>\n"
        "<header><p class='brand'><a href='/'>Heat pump check</a></p></header>\n"
        f"<main id='main' tabindex='-1'>\n{body}</main>\n"
        "<footer><p>Troubleshooting guidance only: anything involving refrigerant, line-voltage "
        "electrics or the inside of the unit is for a qualified technician.</p></footer>\n"
        "</body>\n</html>\n"
    )


def _state_field(state: dict[str, object]) -> str:
    data = json.dumps(state, sort_keys=True, ensure_ascii=False)
    return f"<input type='hidden' name='state' value='{_e(data)}'>\n"


def start_body(symptoms: Sequence[FactSpec]) -> str:
    """The first step: what has been noticed (the vocabulary's everyday symptoms)."""
    boxes = "".join(
        f"<li><input type='checkbox' id='symptom-{_e(s.name)}' name='symptom' "
        f"value='{_e(s.name)}'> <label for='symptom-{_e(s.name)}'>{_e(s.description)}"
        "</label></li>\n"
        for s in symptoms
    )
    return (
        "<h1>What is wrong with your heat pump?</h1>\n"
        "<section class='safety' aria-labelledby='safety-title'>\n"
        "<h2 id='safety-title'>Safety first</h2>\n"
        "<p>If anything looks, sounds or smells dangerous (smoke, sparks, burning, an alarm), "
        "tick it below: the advice on what to do right away comes before any question.</p>\n"
        "</section>\n"
        "<form method='post' action='/' data-step>\n"
        "<fieldset>\n<legend>Tick everything you have noticed</legend>\n"
        f"<ul class='choices-list'>\n{boxes}</ul>\n</fieldset>\n"
        "<p><button type='submit' name='start' value='1'>Start the check</button></p>\n"
        "</form>\n"
    )


def advice_section(report: Report) -> str:
    """The safety advice that matters, most relevant first, in plain words (none: empty)."""
    ordered = relevance_order(report.advisories, report.diagnoses, report.trace)
    items = [f"<li>{_e(text)}</li>\n" for text in short_advice(ordered)]
    if not items:
        return ""
    urgent = report.escalation.level is EscalationLevel.EMERGENCY
    role = " role='alert'" if urgent else ""
    return (
        f"<section class='safety{' urgent' if urgent else ''}' aria-labelledby='safety-title'"
        f"{role}>\n<h2 id='safety-title'>Safety first</h2>\n<ul>\n{''.join(items)}</ul>\n"
        "</section>\n"
    )


def picture_section(report: Report) -> str:
    """The emerging picture: what to do now in words, the leading candidates."""
    leading = report.diagnoses[:2]
    if not leading:
        return ""
    shown = "".join(f"<li>{_e(d.title)} ({d.certainty:.0%})</li>" for d in leading)
    return (
        "<section class='picture' aria-labelledby='picture-title'>\n"
        "<h2 id='picture-title'>So far</h2>\n"
        f"<p>{_e(level_words(report.escalation.level))}.</p>\n"
        f"<p>Most likely:</p>\n<ol>{shown}</ol>\n</section>\n"
    )


def _choice_label(choice: bool | str) -> str:
    if isinstance(choice, bool):
        return "Yes" if choice else "No"
    words = choice.replace("_", " ")
    return words[:1].upper() + words[1:]


def _choice_value(choice: bool | str) -> str:
    if isinstance(choice, bool):
        return "yes" if choice else "no"
    return choice


def question_form(question: Question, state: dict[str, object], error: str | None = None) -> str:
    """One question: a button per choice (or a field), "I don't know", "why am I asked?"."""
    fact = _e(question.fact)
    alert = f"<p class='error' role='alert' id='answer-error'>{_e(error)}</p>\n" if error else ""
    described = " aria-describedby='answer-error'" if error else ""
    hinted = f" aria-describedby='answer-hint{' answer-error' if error else ''}'"
    if question.choices:
        controls = "".join(
            f"<button type='submit' name='answer' value='{_e(_choice_value(c))}'>"
            f"{_e(_choice_label(c))}</button>\n"
            for c in question.choices
        )
        ask = (
            f"<fieldset{described}>\n<legend><h2 id='question'>{_e(question.text)}</h2></legend>\n"
            f"{alert}<div class='choices'>\n{controls}</div>\n</fieldset>\n"
        )
    else:
        unit = _UNITS.get(question.unit or "", question.unit or "")
        hint = f" (in {unit}; for example 20, or -5 C)" if question.type == "number" else ""
        mode = " inputmode='decimal'" if question.type == "number" else ""
        ask = (
            f"<h2 id='question'><label for='answer'>{_e(question.text)}</label></h2>\n{alert}"
            f"<p><input type='text' id='answer' name='answer'{mode} autocomplete='off'"
            f"{hinted}> "
            f"<button type='submit'>Next</button></p>\n"
            f"<p class='hint' id='answer-hint'>Type your answer{_e(hint)}.</p>\n"
        )
    return (
        "<form method='post' action='/' data-step aria-labelledby='question'>\n"
        f"{_state_field(state)}<input type='hidden' name='fact' value='{fact}'>\n{ask}"
        f"<details class='why'><summary>Why am I asked?</summary><p>{_e(question.why)}</p>"
        "</details>\n"
        "<p class='other'><button type='submit' name='skip' value='1' class='secondary'>"
        "I don't know</button>\n"
        "<button type='submit' name='finish' value='1' class='secondary'>"
        "Stop and show the report</button></p>\n</form>\n"
    )


def question_body(
    report: Report,
    question: Question,
    state: dict[str, object],
    error: str | None = None,
    *,
    number: int = 1,
) -> str:
    """A step of the consultation: safety first, the picture so far, question ``number``."""
    return (
        f"<h1>Question {number}</h1>\n"
        + advice_section(report)
        + picture_section(report)
        + question_form(question, state, error)
    )


def _findings(diagnoses: Sequence[Diagnosis]) -> str:
    items = []
    for rank, diagnosis in enumerate(diagnoses[:_SHOWN_FINDINGS], 1):
        normal = ", normal operation" if diagnosis.kind == "normal" else ""
        steps = ""
        if rank == 1:
            owner = [a for a in diagnosis.actions if a.who == "owner"]
            steps = "".join(
                f"<li>{_e(a.text)}{' (power off first)' if a.power_off else ''}</li>" for a in owner
            )
            steps = f"<ul class='steps'>{steps}</ul>" if steps else ""
        items.append(
            f"<li><strong>{_e(diagnosis.title)}</strong> "
            f"({diagnosis.certainty:.0%}{normal}){steps}</li>\n"
        )
    return (
        "<section aria-labelledby='findings-title'>\n"
        "<h2 id='findings-title'>What it most likely is (and what you can do)</h2>\n"
        f"<ol>\n{''.join(items)}</ol>\n</section>\n"
    )


def _checks(questions: Iterable[Question]) -> str:
    items = "".join(f"<li>{_e(q.text)}</li>" for q in list(questions)[:3])
    if not items:
        return ""
    return (
        "<section aria-labelledby='checks-title'>\n<h2 id='checks-title'>Worth checking next"
        f"</h2>\n<ul>{items}</ul>\n</section>\n"
    )


def graph_section(svg: str | None, dot: str | None) -> str:
    """The picture of the reasoning: the SVG drawn by Graphviz, else its DOT text."""
    if svg is not None:
        shown = f"<div class='graph' role='img' aria-label='How the report was reached'>{svg}</div>"
    elif dot is not None:
        shown = f"<pre class='graph'>{_e(dot)}</pre>"
    else:
        return ""
    return (
        "<details class='reasoning'><summary>How this was concluded (a picture of the "
        f"reasoning)</summary>\n{shown}\n</details>\n"
    )


def report_body(report: Report, stopped: str | None, picture: str = "") -> str:
    """The final report, readable on a phone: what to do now first, then safety, findings."""
    who = report.escalation.who
    call = (
        f"<p class='who'>Who to call: {_e(who)}.</p>\n"
        if who and report.escalation.level >= EscalationLevel.ROUTINE
        else ""
    )
    stop = f"<p class='stopped'>{_e(_STOPPED.get(stopped or '', 'Here is what we found.'))}</p>\n"
    findings = _findings(report.diagnoses) if report.diagnoses else ""
    return (
        "<h1>Your report</h1>\n"
        f"<section class='headline level-{_e(report.escalation.level.value)}' "
        "aria-labelledby='headline'>\n"
        f"<p id='headline' class='lead'>{_e(headline(report.escalation, report.diagnoses))}</p>\n"
        f"{call}</section>\n"
        + advice_section(report)
        + findings
        + _checks(report.questions)
        + picture
        + stop
        + "<p><a class='button' href='/'>Start a new check</a></p>\n"
    )


def problem_body(message: str) -> str:
    """A step that could not be read (a tampered or outdated form)."""
    return (
        "<h1>Heat pump check</h1>\n"
        f"<p class='error' role='alert'>{_e(message)}</p>\n"
        "<p><a class='button' href='/'>Start a new check</a></p>\n"
    )

"""How quickly a consultation reaches a case's diagnosis (issue 4's measure), and how it ends for
a simulated owner of the outside cases (issue 10's measure, ``run_owner``).

A case is a feature scenario's observations; its right diagnosis is what ``diagnose`` concludes
first from all of them. The consultation starts from one observation of the case, the person's
first complaint (a symptom, else what they see, else the code shown, else nothing), answers only
what the case says, skips everything else (what the person would not know), and counts the
questions until its leading diagnosis is the right one.
"""

from __future__ import annotations

import time
from typing import Any

import attrs

from heatpump_expert import Consultation, Report

from .case_sets import disagreements, load_cases
from .shared import KB, report_for, scenarios

MAX_QUESTIONS = 8


@attrs.frozen
class Outcome:
    name: str
    target: str
    reached: bool
    questions: int


def feature_cases() -> list[tuple[str, dict[str, Any]]]:
    """(name, observations) for every rendered scenario, in a stable order."""
    return list(scenarios())


def sample(cases: list[tuple[str, dict[str, Any]]], size: int) -> list[tuple[str, dict[str, Any]]]:
    """An evenly spread, deterministic sample of realistic cases with a diagnosis to reach.

    Realistic: at least three observations (many scenarios isolate one fact on purpose, which
    no caller would report on its own).
    """
    usable = [(n, c) for n, c in cases if len(c) >= 3 and report_for(c).diagnoses]
    step = max(1, len(usable) // size)
    return usable[::step][:size]


def run_case(name: str, case: dict[str, Any]) -> Outcome:
    target = report_for(case).diagnoses[0].code
    start = _main_complaint(case)
    consultation = Consultation(start, technician=_is_technician_case(case))
    asked = 0
    while True:
        report = consultation.report
        if report.diagnoses and report.diagnoses[0].code == target:
            return Outcome(name, target, True, asked)
        question = consultation.next_question()
        if question is None or asked >= MAX_QUESTIONS:
            return Outcome(name, target, False, asked)
        asked += 1
        if question.fact in case:
            consultation.answer(question.fact, case[question.fact])
        else:
            consultation.skip(question.fact)


#: Where a caller's first complaint comes from, in order: what they notice, see, find at the
#: controls or hear running, read on a gauge of the water circuit, or measure (a technician).
_COMPLAINT_GROUPS = (
    "symptoms",
    "visible",
    "power_controls",
    "what_runs",
    "water_side",
    "measurements",
)


def _main_complaint(case: dict[str, Any]) -> dict[str, Any]:
    """The first thing the person would say: the case's first complaint (or code, or nothing)."""
    facts = KB.facts
    for group in _COMPLAINT_GROUPS:
        for name, value in case.items():
            if name in facts and facts[name].group == group:
                return {name: value}
    return {"error_code": case["error_code"]} if "error_code" in case else {}


def _is_technician_case(case: dict[str, Any]) -> bool:
    facts = KB.facts
    return any(facts[n].access == "technician" for n in case if n in facts)


# ---------------------------------------------------------------- issue 10: the simulated owner


@attrs.frozen
class OwnerOutcome:
    """How one outside case's consultation ended: by itself, after how many questions, right?"""

    name: str
    questions: int
    stopped_because: str | None
    right: bool


def outside_cases() -> list[dict[str, Any]]:
    """The realistic and chart cases (``tests/cases``), in file order."""
    return load_cases("realistic_cases.yaml") + load_cases("chart_cases.yaml")


def run_owner(
    case: dict[str, Any], limit: int = 40, timings: list[float] | None = None
) -> OwnerOutcome:
    """A simulated owner: start from the first complaint, answer from the case, skip the rest,
    until the consultation stops by itself (or ``limit`` questions, a safety net). ``timings``
    receives the seconds of each ``next_question()`` call."""
    observed = case["observations"]
    consultation = Consultation(_main_complaint(observed), technician=_is_technician_case(observed))
    asked = 0
    while asked < limit:
        start = time.perf_counter()
        question = consultation.next_question()
        if timings is not None:
            timings.append(time.perf_counter() - start)
        if question is None:
            break
        asked += 1
        if question.fact in observed:
            consultation.answer(question.fact, observed[question.fact])
        else:
            consultation.skip(question.fact)
    report = consultation.report
    right = not _wrong_conclusion(case, report)
    reason = consultation.stopped_because
    return OwnerOutcome(case["name"], asked, str(reason) if reason else None, right)


def _wrong_conclusion(case: dict[str, Any], report: Report) -> bool:
    """The top diagnosis is not one the case expects, or the level is not the expected one."""
    problems = disagreements(case, report)
    return any(p.startswith(("first diagnosis", "escalation")) for p in problems)


@attrs.frozen
class OwnerFigures:
    cases: int
    ended_right: int  # ended by itself within MAX_OWNER_QUESTIONS on the right conclusion
    average_questions: float  # over every case

    @property
    def share(self) -> float:
        return self.ended_right / self.cases


#: The consultation must end by itself within this many questions (the policy's limit).
MAX_OWNER_QUESTIONS = 12


def owner_figures(outcomes: list[OwnerOutcome]) -> OwnerFigures:
    good = [
        o
        for o in outcomes
        if o.right and o.stopped_because is not None and o.questions <= MAX_OWNER_QUESTIONS
    ]
    average = sum(o.questions for o in outcomes) / len(outcomes)
    return OwnerFigures(len(outcomes), len(good), average)

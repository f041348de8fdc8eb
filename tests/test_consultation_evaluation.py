"""A consultation reaches a realistic case's diagnosis quickly (issue 4's measure).

Over an evenly spread sample of the feature scenarios' realistic cases, starting from the
caller's first complaint and answering only what the case says, at least 8 cases in 10 reach the
right diagnosis within 8 questions, with at most about 5 questions on average.
"""

from __future__ import annotations

from .consultation_eval import MAX_QUESTIONS, feature_cases, run_case, sample


def test_consultation_reaches_the_right_diagnosis_within_eight_questions() -> None:
    """At least 80% of sampled cases are reached within 8 questions, averaging at most 5."""
    outcomes = [run_case(name, case) for name, case in sample(list(feature_cases()), 30)]
    reached = [o for o in outcomes if o.reached]
    share = len(reached) / len(outcomes)
    average = sum(o.questions for o in reached) / len(reached)
    missed = [(o.name, o.target) for o in outcomes if not o.reached]
    assert share >= 0.8, f"{share:.0%} reached within {MAX_QUESTIONS}; missed: {missed}"
    assert average <= 5.5, f"{average:.1f} questions on average"

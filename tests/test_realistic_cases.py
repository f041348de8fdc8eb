"""Realistic cases, written independently from the domain references, agree with the library.

Each case in ``cases/realistic_cases.yaml`` names the acceptable first diagnoses, the advisories a
technician would insist on, and the escalation. Every case is its own test: a regression in any
one of them fails, and a known gap is a strict xfail that says why.
"""

from __future__ import annotations

from typing import Any

import pytest

from .case_sets import disagreements, load_cases, params
from .shared import report_for

CASES = load_cases("realistic_cases.yaml")
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, KNOWN_GAPS))
def test_the_report_agrees_with_the_case(case: dict[str, Any]) -> None:
    """First diagnosis, essential advisories and escalation agree with the technician's case."""
    assert disagreements(case, report_for(case["observations"])) == []

"""Cases checked from outside: each names what a careful technician expects of the report.

A case has ``observations`` and ``expect``: ``first_diagnoses`` (the leading diagnosis must be
one of them), ``advisories`` that must be present, ``not_advisories`` and ``not_diagnoses`` that
must be absent, and ``escalation`` (exact) or ``escalation_at_least``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from heatpump_expert import EscalationLevel, Report

CASES_DIR = Path(__file__).parent / "cases"


def load_cases(file_name: str) -> list[dict[str, Any]]:
    """The cases of one file, in order."""
    cases = yaml.safe_load((CASES_DIR / file_name).read_text("utf-8"))
    assert isinstance(cases, list) and cases, file_name
    return cases


def params(cases: list[dict[str, Any]], known_gaps: dict[str, str]) -> list[Any]:
    """One pytest parameter per case, named by the case; a known gap is a strict xfail."""
    unknown = set(known_gaps) - {case["name"] for case in cases}
    assert not unknown, f"known gaps that name no case: {sorted(unknown)}"
    return [
        pytest.param(
            case,
            id=case["name"],
            marks=[pytest.mark.xfail(strict=True, reason=known_gaps[case["name"]])]
            if case["name"] in known_gaps
            else [],
        )
        for case in cases
    ]


def disagreements(case: dict[str, Any], report: Report) -> list[str]:
    """How a report differs from what the case expects (empty when it agrees)."""
    expect = case["expect"]
    found = []
    codes = [d.code for d in report.diagnoses]
    first = codes[0] if codes else None
    if first not in expect["first_diagnoses"]:
        found.append(f"first diagnosis {first}, expected one of {expect['first_diagnoses']}")
    advisories = {a.code for a in report.advisories}
    missing = set(expect.get("advisories") or []) - advisories
    if missing:
        found.append(f"missing advisories {sorted(missing)}")
    unwanted = set(expect.get("not_advisories") or []) & advisories
    if unwanted:
        found.append(f"advisories that must not appear: {sorted(unwanted)}")
    wrong = set(expect.get("not_diagnoses") or []) & set(codes)
    if wrong:
        found.append(f"diagnoses that must not appear: {sorted(wrong)}")
    level = report.escalation.level
    if "escalation" in expect and level != expect["escalation"]:
        found.append(f"escalation {level}, expected {expect['escalation']}")
    if "escalation_at_least" in expect and level < EscalationLevel(expect["escalation_at_least"]):
        found.append(f"escalation {level}, expected at least {expect['escalation_at_least']}")
    return found

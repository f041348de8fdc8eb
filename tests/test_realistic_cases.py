"""Realistic cases, written independently from the domain references, agree with the library.

Each case in ``cases/realistic_cases.yaml`` names the acceptable first diagnoses, the advisories a
technician would insist on, and the escalation. At least 9 cases in 10 must agree on all three.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from heatpump_expert import EscalationLevel, Report, diagnose

CASES = yaml.safe_load(
    (Path(__file__).parent / "cases" / "realistic_cases.yaml").read_text("utf-8")
)


def disagreements(case: dict[str, Any], report: Report) -> list[str]:
    """How a report differs from what the case expects (empty when it agrees)."""
    expect = case["expect"]
    found = []
    first = report.diagnoses[0].code if report.diagnoses else None
    if first not in expect["first_diagnoses"]:
        found.append(f"first diagnosis {first}, expected one of {expect['first_diagnoses']}")
    missing = set(expect.get("advisories", [])) - {a.code for a in report.advisories}
    if missing:
        found.append(f"missing advisories {sorted(missing)}")
    level = report.escalation.level
    if "escalation" in expect and level != expect["escalation"]:
        found.append(f"escalation {level}, expected {expect['escalation']}")
    if "escalation_at_least" in expect and level < EscalationLevel(expect["escalation_at_least"]):
        found.append(f"escalation {level}, expected at least {expect['escalation_at_least']}")
    return found


def test_at_least_nine_cases_in_ten_agree_with_the_references() -> None:
    """First diagnosis, essential advisories and escalation agree in at least 90% of cases."""
    misses = {}
    for case in CASES:
        problems = disagreements(case, diagnose(case["observations"]))
        if problems:
            misses[case["name"]] = problems
    agreement = 1 - len(misses) / len(CASES)
    assert agreement >= 0.9, f"{agreement:.0%} agree; disagreements: {misses}"

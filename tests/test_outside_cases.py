"""Cases written outside the project agree with the library, one test per case.

``cases/blind_cases.yaml`` was written blind, from the domain references and the contract only
(more than half are context traps: the same symptom in the wrong mode, season or system).
``cases/chart_cases.yaml`` was transcribed from published troubleshooting charts, each citing its
document and table. A case the knowledge does not yet meet is listed in ``cases/known_gaps.yaml``
and runs as a strict xfail: it fails the suite the moment it starts passing, so the list stays true.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from heatpump_expert import HeatpumpExpertError

from .case_sets import CASES_DIR, disagreements, load_cases, params
from .shared import KB, report_for

KNOWN_GAPS: dict[str, dict[str, str]] = yaml.safe_load(
    (CASES_DIR / "known_gaps.yaml").read_text("utf-8")
)


def _check(case: dict[str, Any]) -> None:
    try:
        report = report_for(case["observations"])
    except HeatpumpExpertError as error:
        pytest.fail(f"refused: {error}")
    assert disagreements(case, report) == []


@pytest.mark.parametrize(
    "case", params(load_cases("blind_cases.yaml"), KNOWN_GAPS.get("blind_cases.yaml") or {})
)
def test_a_blind_case_agrees(case: dict[str, Any]) -> None:
    """The leading diagnosis, the advisories required and forbidden, and the level."""
    _check(case)


@pytest.mark.parametrize(
    "case", params(load_cases("chart_cases.yaml"), KNOWN_GAPS.get("chart_cases.yaml") or {})
)
def test_a_chart_case_agrees(case: dict[str, Any]) -> None:
    """The chart's probable cause leads, with the advisories and level it calls for."""
    _check(case)


@pytest.mark.parametrize("file_name", ["blind_cases.yaml", "chart_cases.yaml"])
def test_outside_cases_name_only_known_facts_and_codes(file_name: str) -> None:
    """A case expecting a code the contract has but the knowledge base lacks is a known gap,
    never a typo: every expected code is in the contract or the catalogues."""
    contract_round_two = {
        "normal_compressor_lockout", "normal_low_ambient_cutout", "aux_heat_failure",
        "aux_heat_stuck_on", "metering_device_overfeed", "metering_device_underfeed",
        "refrigerant_leak_detected", "carbon_monoxide_hazard", "base_pan_icing",
        "sweating_lines_or_ducts", "leave_breaker_off", "carbon_monoxide_evacuate",
        "crankcase_warmup_after_outage", "heat_illness_risk",
    }  # fmt: skip
    known = set(KB.data.diagnoses) | set(KB.data.advisories) | contract_round_two
    named = {
        code
        for case in load_cases(file_name)
        for key in ("first_diagnoses", "advisories", "not_advisories", "not_diagnoses")
        for code in case["expect"].get(key) or []
    }
    assert sorted(named - known) == []

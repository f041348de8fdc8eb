"""Cases written outside the project agree with the library, one test per case.

``cases/blind_cases.yaml`` was written blind, from the domain references and the contract only
(more than half are context traps: the same symptom in the wrong mode, season or system).
``cases/chart_cases.yaml`` was transcribed from published troubleshooting charts, each citing its
document and table. A case the knowledge does not yet meet is listed in ``cases/known_gaps.yaml``
with the exact disagreement recorded at the first run; it is reported as an expected failure only
while it fails in exactly that way. It fails the suite when it starts passing (take it off the
list) and when it fails differently (a regression hiding behind a known gap).
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


def _check(file_name: str, case: dict[str, Any]) -> None:
    try:
        found = disagreements(case, report_for(case["observations"]))
    except HeatpumpExpertError as error:
        found = [f"refused: {str(error).splitlines()[0]}"]
    recorded = (KNOWN_GAPS.get(file_name) or {}).get(case["name"])
    if recorded is None:
        assert found == []
        return
    assert found, "this known gap now passes: take it off cases/known_gaps.yaml"
    assert "; ".join(found) == recorded, "this known gap now fails differently"
    pytest.xfail(recorded)


def _cases(file_name: str) -> list[Any]:
    names = {case["name"] for case in load_cases(file_name)}
    unknown = set(KNOWN_GAPS.get(file_name) or {}) - names
    assert not unknown, f"known gaps that name no case: {sorted(unknown)}"
    return params(load_cases(file_name), {})


@pytest.mark.parametrize("case", _cases("blind_cases.yaml"))
def test_a_blind_case_agrees(case: dict[str, Any]) -> None:
    """The leading diagnosis, the advisories required and forbidden, and the level."""
    _check("blind_cases.yaml", case)


@pytest.mark.parametrize("case", _cases("chart_cases.yaml"))
def test_a_chart_case_agrees(case: dict[str, Any]) -> None:
    """The chart's probable cause leads, with the advisories and level it calls for."""
    _check("chart_cases.yaml", case)


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

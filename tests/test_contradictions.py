"""Contradictions are conclusions (issue 12, item 4).

The rule: one fact given two ways with different values contradicts the input itself and is
refused with ``ConflictingObservationError`` naming both; readings of different facts that do not
fit together are evidence, so a finding leads the report and says what to check, and where power
is involved the safe reading is taken: whatever runs has power.
"""

from __future__ import annotations

import pytest

from heatpump_expert import ConflictingObservationError, InputError, diagnose


def _codes(observations: dict[str, object]) -> list[str]:
    return [d.code for d in diagnose(observations).diagnoses]


def test_one_fact_given_two_ways_names_both() -> None:
    """outdoor_temp_f=70 and outdoor_temp_c=30 cannot both be true: refused, both named."""
    with pytest.raises(ConflictingObservationError) as caught:
        diagnose(outdoor_temp_f=70, outdoor_temp_c=30)
    assert isinstance(caught.value, InputError)
    assert (caught.value.fact, caught.value.facts) == (
        "outdoor_temp_f",
        ("outdoor_temp_f", "outdoor_temp_c"),
    )
    assert str(caught.value) == (
        "'outdoor_temp_f' was given twice with different values: outdoor_temp_f=70 and "
        "outdoor_temp_c=30. Give it once."
    )


def test_compressor_running_with_the_power_off_says_the_unit_is_live() -> None:
    """Power off with the compressor running: not "no fault" but a live unit, prompt, with the
    power-off advisory, and no "power interrupted"."""
    report = diagnose(power_state="off", compressor_running=True)
    assert [d.code for d in report.diagnoses] == ["unit_powered_while_off"]
    assert report.escalation.level == "prompt"
    assert report.escalation.who == "licensed electrician or HVAC technician"
    assert [a.code for a in report.advisories] == ["power_off_before_opening"]
    owner_step = report.diagnoses[0].actions[0]
    assert (owner_step.who, owner_step.power_off) == ("owner", False)
    assert owner_step.text.startswith("Treat the outdoor unit as live and keep its panels closed.")


def test_compressor_running_with_the_thermostat_off_is_a_welded_contactor() -> None:
    """mode=off with the compressor running (even with no cooling reported) is the welded
    contactor, prompt, with the capacitor and power-off advisories; never "wrong mode"."""
    report = diagnose(mode="off", compressor_running=True, no_cooling=True)
    assert report.diagnoses[0].code == "failed_contactor"
    assert "thermostat_wrong_mode" not in {d.code for d in report.diagnoses}
    assert report.escalation.level == "prompt"
    assert [a.code for a in report.advisories] == [
        "capacitor_stored_charge",
        "power_off_before_opening",
    ]
    assert any(reason.startswith("The compressor runs with the thermostat off") for reason in
               report.escalation.reasons)  # fmt: skip


def test_a_cooling_split_that_means_heating_is_not_a_low_charge() -> None:
    """Cool mode, 110 °F supply over 75 °F return: heating in cool mode leads; no low charge."""
    report = diagnose(mode="cool", supply_air_temp_f=110, return_air_temp_f=75)
    assert [d.code for d in report.diagnoses] == [
        "heating_in_cool_mode",
        "thermostat_ob_misconfigured",
        "reversing_valve_fault",
        "aux_heat_stuck_on",
    ]
    assert report.observations["temperature_split_f"] == -35
    assert report.escalation.level == "routine"


def test_a_cooling_complaint_in_heat_mode_is_the_thermostat_mode() -> None:
    """mode=heat with reduced cooling: the thermostat's mode, not the cooling rules' filter,
    coils and charge."""
    assert _codes({"mode": "heat", "reduced_cooling": True}) == ["thermostat_wrong_mode"]
    assert _codes({"mode": "em_heat", "reduced_cooling": True}) == ["thermostat_wrong_mode"]
    assert _codes({"mode": "cool", "reduced_heating": True}) == ["thermostat_wrong_mode"]


def test_the_same_complaints_in_the_right_mode_still_reason() -> None:
    """In the mode that fits, the contradiction rules stay silent: the usual candidates."""
    assert _codes({"mode": "cool", "reduced_cooling": True})[:2] == [
        "dirty_air_filter",
        "dirty_outdoor_coil",
    ]
    assert "thermostat_wrong_mode" not in _codes({"mode": "heat", "reduced_heating": True})
    assert "unit_powered_while_off" not in _codes({"power_state": "on", "compressor_running": True})
    assert "failed_contactor" not in _codes({"mode": "cool", "compressor_running": True})

"""Bad input gets a clear error that names the fact, the value and what is allowed."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heatpump_expert import (
    ConflictingObservationError,
    HeatpumpExpertError,
    InputError,
    InvalidValueError,
    UnknownFactError,
    diagnose,
)


def test_misspelt_fact_names_the_closest_fact() -> None:
    """A typo in a fact name suggests the fact the user meant."""
    with pytest.raises(UnknownFactError, match='Did you mean "reduced_cooling"') as caught:
        diagnose(reduced_coolin=True)
    assert caught.value.fact == "reduced_coolin"
    assert isinstance(caught.value, ValueError)


def test_wrong_enum_value_lists_the_allowed_values() -> None:
    """A value outside an enum lists every allowed value and the closest one."""
    with pytest.raises(InvalidValueError) as caught:
        diagnose(visible_debris="leafs")
    message = str(caught.value)
    assert "allowed: none, leaves, dirt, snow, vegetation" in message
    assert 'Did you mean "leaves"' in message


def test_enum_values_are_read_leniently() -> None:
    """Case, spaces and dashes in enum values are forgiven: 'Light Frost' is light_frost."""
    assert diagnose(outdoor_ice="Light Frost").observations["outdoor_ice"] == "light_frost"


def test_power_state_on_is_text_not_boolean() -> None:
    """power_state takes the string 'on' (YAML 1.1's boolean trap does not apply)."""
    assert diagnose(power_state="on").observations["power_state"] == "on"
    with pytest.raises(InvalidValueError, match="allowed: on, off, breaker_tripped"):
        diagnose(power_state=True)


def test_bool_fact_rejects_strings() -> None:
    """A bool fact takes true or false, not a string that looks like one."""
    with pytest.raises(InvalidValueError, match="'reduced_cooling' is true or false, not 'yes'"):
        diagnose(reduced_cooling="yes")


def test_number_fact_rejects_bool_nan_and_text() -> None:
    """Numbers are finite numbers; True is not 1 here."""
    for bad in (True, math.nan, math.inf, "70"):
        with pytest.raises(InvalidValueError, match="outdoor_temp_f"):
            diagnose(outdoor_temp_f=bad)


def test_out_of_range_number_mentions_the_unit() -> None:
    """An implausible temperature is refused with a hint about °F and °C."""
    with pytest.raises(InvalidValueError, match="outdoor_temp_c"):
        diagnose(outdoor_temp_f=500)


def test_celsius_and_bar_are_converted_at_the_boundary() -> None:
    """_c becomes °F and _bar becomes psi in the normalised observations."""
    observed = diagnose(outdoor_temp_c=-10, system_pressure_cold_bar=1.5).observations
    assert observed["outdoor_temp_f"] == 14.0
    assert observed["system_pressure_cold_psi"] == 21.76


def test_both_units_with_different_values_conflict() -> None:
    """One fact in °F and °C that disagree is an error naming both."""
    with pytest.raises(ConflictingObservationError, match="outdoor_temp_f"):
        diagnose(outdoor_temp_f=50, outdoor_temp_c=0)
    assert diagnose(outdoor_temp_f=32, outdoor_temp_c=0).observations["outdoor_temp_f"] == 32


def test_mapping_and_keywords_must_agree() -> None:
    """The same fact in the mapping and as a keyword with another value is a conflict."""
    with pytest.raises(ConflictingObservationError):
        diagnose({"mode": "cool"}, mode="heat")


def test_derived_fact_cannot_be_given() -> None:
    """temperature_split_f is derived: the error says what to give instead."""
    with pytest.raises(InvalidValueError, match="return_air_temp_f and supply_air_temp_f"):
        diagnose(temperature_split_f=20)


def test_none_means_unknown() -> None:
    """A JSON null is the same as leaving the fact out."""
    assert "mode" not in diagnose(mode=None).observations


def test_observations_must_be_a_mapping() -> None:
    """A list instead of a mapping is an input error, not a TypeError."""
    with pytest.raises(InputError, match="mapping"):
        diagnose(["mode", "cool"])  # type: ignore[arg-type]


def test_non_string_fact_name_is_an_input_error() -> None:
    """A numeric key is refused as an input error."""
    with pytest.raises(UnknownFactError):
        diagnose({1: True})  # type: ignore[dict-item]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=5,
)
fact_names = st.sampled_from(
    ["mode", "reduced_cooling", "outdoor_temp_f", "outdoor_temp_c", "visible_debris", "noise",
     "system_pressure_cold_bar", "brand", "error_code", "temperature_split_f"]
) | st.text(max_size=15)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(fact_names, json_values, max_size=5))
def test_any_input_gives_a_report_or_a_library_error(observations: dict[str, object]) -> None:
    """No bare KeyError or TypeError escapes, whatever JSON-like input arrives."""
    try:
        diagnose(observations)
    except ValueError as error:  # every input error is a ValueError...
        assert isinstance(error, HeatpumpExpertError)  # ...and the library's own  # noqa: PT017


def test_temperature_differences_in_celsius_are_not_offset() -> None:
    """Superheat of 5 K (superheat_c=5) is 9 °F, not 41 °F: a difference has no +32."""
    observed = diagnose(superheat_c=5, subcooling_c=-1).observations
    assert (observed["superheat_f"], observed["subcooling_f"]) == (9.0, -1.8)


def test_huge_integer_is_an_input_error_not_an_overflow() -> None:
    """An int too large for a float is refused like any other impossible number."""
    with pytest.raises(InvalidValueError, match="finite number"):
        diagnose(outdoor_temp_f=10**400)


def test_unit_alias_of_a_derived_fact_says_what_to_give() -> None:
    """temperature_split_c is refused with the facts to give instead, not a self-suggestion."""
    with pytest.raises(InvalidValueError, match="give return_air_temp_f and supply_air_temp_f"):
        diagnose(temperature_split_c=5)


@pytest.mark.parametrize("said", ["none", "None", "N/A", "n.a.", "no code", "-", "  --  "])
def test_an_error_code_of_none_means_no_code(said: str) -> None:
    """What owners type in the code box when there is no code is read as no code at all."""
    report = diagnose(error_code=said, reduced_cooling=True, mode="cool", filter_dirty=True)
    assert "error_code" not in report.observations
    assert report == diagnose(reduced_cooling=True, mode="cool", filter_dirty=True)


def test_a_real_code_that_looks_like_a_word_is_kept() -> None:
    assert diagnose(error_code="NO1").observations["error_code"] == "NO1"

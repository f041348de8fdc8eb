"""parse_answer reads what a person types as a value for a fact, by the fact's type."""

from __future__ import annotations

from pathlib import Path

import pytest

from heatpump_expert import (
    Consultation,
    InvalidValueError,
    UnknownFactError,
    load_knowledge_base,
    parse_answer,
)


@pytest.mark.parametrize(
    ("fact", "text", "value"),
    [
        ("filter_dirty", "Y", True),
        ("filter_dirty", "yes", True),
        ("filter_dirty", "true", True),
        ("filter_dirty", "n", False),
        ("filter_dirty", "No.", False),
        ("filter_dirty", "FALSE", False),
        ("outdoor_temp_f", "20", 20),
        ("outdoor_temp_f", "about 20", 20),
        ("outdoor_temp_f", "20F", 20),
        ("outdoor_temp_f", "20 °F", 20),
        ("outdoor_temp_f", "20.5 degrees", 20.5),
        ("outdoor_temp_f", "-5 C", 23.0),
        ("outdoor_temp_f", "around \u22125 °C", 23.0),
        ("outdoor_temp_c", "-5", 23.0),
        ("outdoor_temp_c", "23 F", 23),
        ("superheat_f", "5 K", 9.0),
        ("system_pressure_cold_psi", "1.2 bar", 17.4),
        ("system_pressure_cold_bar", "1,2", 17.4),
        ("system_pressure_cold_psi", "18 psi", 18),
        ("minutes_since_restart", "2 hours", 120.0),
        ("filter_age_months", "1 year", 12.0),
        ("outdoor_ice", "Light frost", "light_frost"),
        ("outdoor_ice", "heavy-ice", "heavy_ice"),
        ("refrigerant", "R-410A", "r410a"),
        ("mode", " Heat ", "heat"),
        ("smell", "no", "none"),
        ("smell", "nothing", "none"),
        ("error_code", "E5", "E5"),
        ("error_code", " 31 ", "31"),
    ],
)
def test_an_answer_becomes_the_facts_value(fact: str, text: str, value: object) -> None:
    """Words, units and spellings people use give the value in the fact's own type and unit."""
    parsed = parse_answer(fact, text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize("text", ["none", "None", "n/a", "no", "-", "no error code"])
def test_nothing_to_report_for_a_text_fact_is_no_value(text: str) -> None:
    """The words for "nothing": "none", "no", "n/a" for the error code mean there is no code: None, not a code."""
    assert parse_answer("error_code", text) is None


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ("filter_dirty", "don't know"),
        ("outdoor_temp_f", "not sure"),
        ("outdoor_ice", "?"),
        ("error_code", "I don't know"),
        ("mode", "Dunno"),
        ("smell", "skip"),
        ("brand", "   "),
    ],
)
def test_dont_know_is_no_value(fact: str, text: str) -> None:
    """Not knowing: "don't know", "not sure", "?" (and an empty answer) give None: the fact stays unknown."""
    assert parse_answer(fact, text) is None


@pytest.mark.parametrize(
    ("fact", "text", "message"),
    [
        ("filter_dirty", "maybe", "'maybe' is not an answer to 'filter_dirty': answer yes or no"),
        ("outdoor_temp_f", "warm", "'warm' is not a number for 'outdoor_temp_f'; give a number"),
        ("outdoor_temp_f", "20 kelvin", "'kelvin' is not a unit for 'outdoor_temp_f' (in °F)"),
        ("outdoor_temp_f", "20 kelvin", "accepted units: °F, °C."),
        ("outdoor_temp_f", "-80 C", "outside the plausible range -60 to 140 °F"),
        ("outdoor_ice", "heavy icee", 'allowed: none, light_frost, heavy_ice. Did you mean "heavy_ice"?'),
        ("system_pressure_cold_psi", "2 bars", 'Did you mean "bar"?'),
    ],
)  # fmt: skip
def test_a_bad_answer_names_the_fact_the_value_and_what_is_allowed(
    fact: str, text: str, message: str
) -> None:
    """A bad answer is the library's InvalidValueError (a ValueError), naming the fact."""
    with pytest.raises(InvalidValueError) as caught:
        parse_answer(fact, text)
    assert message in str(caught.value)
    assert caught.value.fact == fact
    assert isinstance(caught.value, ValueError)


def test_an_unknown_fact_gets_a_did_you_mean() -> None:
    """A misspelt fact name raises UnknownFactError with the closest name."""
    with pytest.raises(UnknownFactError, match='Did you mean "filter_dirty"'):
        parse_answer("filtr_dirty", "yes")


def test_a_parsed_answer_is_what_a_consultation_takes() -> None:
    """The value goes straight into Consultation.answer; None is a skip."""
    consultation = Consultation({"reduced_cooling": True})
    consultation.answer("outdoor_temp_f", parse_answer("outdoor_temp_f", "about 30 C"))
    assert consultation.observations["outdoor_temp_f"] == 86.0
    assert parse_answer("error_code", "n/a") is None


def test_a_custom_knowledge_base_is_read_by_its_own_vocabulary(tmp_path: Path) -> None:
    """knowledge_base= reads the answer by that knowledge base's facts."""
    rules = tmp_path / "kb.yaml"
    rules.write_text(
        "schema_version: 1\n"
        "facts:\n"
        "  hum_level:\n"
        "    type: enum\n    values: [soft, loud]\n    group: symptoms\n    access: anyone\n"
        "    question: How loud?\n    description: Hum.\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(rules, include_builtin=True)
    assert parse_answer("hum_level", "Loud", kb) == "loud"
    with pytest.raises(UnknownFactError):
        parse_answer("hum_level", "loud")

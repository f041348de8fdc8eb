"""The registry of condition tests is the one place a kind of condition is described.

The schema that rule files are checked against must offer exactly the registry's tests, and every
entry must answer each question the loader, the compiler, the docs and the consultation ask of it.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from heatpump_expert._knowledge.conditions import CONDITION_TESTS, WRITTEN_TESTS


def _schema_condition_keys() -> set[str]:
    text = resources.files("heatpump_expert._knowledge").joinpath("knowledge-base.schema.json")
    schema = json.loads(text.read_text(encoding="utf-8"))
    when = schema["properties"]["rules"]["items"]["properties"]["when"]["items"]["oneOf"]
    assert {"$ref": "#/$defs/fact_condition"} in when  # rules and actions share one definition
    keys = set()
    for alternative in schema["$defs"]["fact_condition"]["oneOf"]:
        required = set(alternative["required"])
        if "fact" in required:
            keys |= required - {"fact"}
    return keys


def test_the_schema_offers_exactly_the_registrys_tests() -> None:
    """A test added to the registry but not the schema (or the reverse) is caught here."""
    assert _schema_condition_keys() == set(WRITTEN_TESTS)


def test_unknown_is_written_as_known_false_and_holds_only_in_absence() -> None:
    """``unknown`` is the registry's only absence test and is not a key of rule files."""
    assert "unknown" not in WRITTEN_TESTS
    assert [name for name, test in CONDITION_TESTS.items() if test.absence] == ["unknown"]


@pytest.mark.parametrize(
    ("name", "operand", "holding", "failing"),
    [
        ("equals", "cool", "cool", "heat"),
        ("equals", True, True, 1),
        ("in", ("cool", "heat"), "heat", "off"),
        ("not_in", ("cool",), "heat", "cool"),
        ("below", 20, 19.5, 20),
        ("above", 20, 21, 20),
        ("at_most", 20, 20, 20.1),
        ("at_least", 20, 20, 19.9),
        ("between", (10, 20), 10, 20.5),
        ("matches_family", "PUMY", "pumy-p36", "puz-a"),
        ("matches_text", ("E4",), "e-4", "E40"),
    ],
)
def test_each_value_test_holds_and_fails_where_it_should(
    name: str, operand: object, holding: object, failing: object
) -> None:
    """The holding value satisfies the test, the failing one does not."""
    test = CONDITION_TESTS[name]
    assert (test.holds(holding, operand), test.holds(failing, operand)) == (True, False)


@pytest.mark.parametrize("name", sorted(CONDITION_TESTS))
def test_every_test_reads_in_plain_words(name: str) -> None:
    """The generated reference has a phrase for every test, naming the fact."""
    operand = {"between": (1, 2), "in": ("a",), "not_in": ("a",), "matches_text": ("a",)}
    phrase = CONDITION_TESTS[name].describe("`fact`", operand.get(name, 1), "")
    assert phrase.startswith("`fact` ")


@pytest.mark.parametrize(
    ("name", "operand", "choices"),
    [
        ("equals", "cool", ("cool", "heat")),
        ("in", ("cool", "heat"), ("cool", "heat", "off")),
        ("not_in", ("cool",), ("cool", "heat")),
        ("below", 20, ()),
        ("above", 20, ()),
        ("at_most", 20, ()),
        ("at_least", 20, ()),
        ("between", (10, 20), ()),
        ("matches_family", "PUMY", ()),
        ("matches_text", ("E4",), ()),
    ],
)
def test_the_example_value_of_a_value_test_satisfies_it(
    name: str, operand: object, choices: tuple[object, ...]
) -> None:
    """Cases built from a rule's own conditions rely on each test's example value."""
    test = CONDITION_TESTS[name]
    assert test.holds(test.example(operand, choices), operand)


def test_not_in_without_a_remaining_value_has_no_example() -> None:
    """A not_in that excludes every choice cannot be satisfied: the builder is told so."""
    with pytest.raises(LookupError, match="every value is excluded"):
        CONDITION_TESTS["not_in"].example(("a", "b"), ("a", "b"))


@pytest.mark.parametrize(
    ("name", "operand", "probes"),
    [
        ("equals", "cool", ["cool"]),
        ("between", (10, 20), [10, 20, 9, 21]),
        ("below", 20, [19, 21]),
        ("known", True, []),
    ],
)
def test_the_consultation_tries_answers_on_both_sides_of_a_threshold(
    name: str, operand: object, probes: list[object]
) -> None:
    """A number test is probed just inside and just outside its bounds; presence tests not at all."""
    assert list(CONDITION_TESTS[name].probes(operand)) == probes

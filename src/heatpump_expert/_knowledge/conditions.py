"""The registry of condition tests: everything the library knows about each kind of condition.

A rule's condition names a fact and one test (``equals``, ``between``, ``known``...). Each test is
described here once: how it holds for a value, what its operand must be, which fact types it
applies to, how it reads in the generated reference, which answers the consultation tries for it,
which numbers or values it allows (to prove two rules exclusive), and a value that satisfies it
(to build cases from a rule's own conditions). Adding a kind of condition is one entry here plus
its alternative in ``knowledge-base.schema.json``; a test pins that the two agree.

Conditions on conclusions (``diagnosis: code``) are not fact tests and are not listed here.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

#: A numeric interval a condition allows: (low, low included, high, high included).
Interval = tuple[float, bool, float, bool]

#: Values the tests may see: what JSON can carry.
Scalar = bool | int | float | str


@functools.lru_cache(maxsize=4096)
def normalise_text(value: str) -> str:
    """Lower case, with spaces and punctuation removed: how codes, brands and families match."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{value!r} is not a number")
    return float(value)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"`{value}`"


@attrs.frozen
class ConditionTest:
    """One kind of condition on a fact."""

    #: The key in a rule file (``unknown`` is written ``known: false``).
    name: str
    #: Whether the test reads the fact's value (``known``/``unknown`` only ask whether it is there).
    reads_value: bool
    #: Whether it holds for a known value of the fact.
    holds: Callable[[Any, Any], bool]
    #: How it reads in the generated reference: (fact in Markdown, operand, unit suffix) -> text.
    describe: Callable[[str, Any, str], str]
    #: The answers worth trying for this condition in a consultation.
    probes: Callable[[Any], Sequence[Scalar]]
    #: Whether it holds when the fact is *not* known (only ``unknown``).
    absence: bool = False
    #: The fact types it applies to (empty: any type).
    fact_types: frozenset[str] = frozenset()
    #: The operand's values that must be values of the fact (checked against the vocabulary).
    operand_values: Callable[[Any], Sequence[Any]] = lambda operand: ()
    #: Why the operand itself is unusable, or None.
    operand_problem: Callable[[Any], str | None] = lambda operand: None
    #: The numbers it allows, for number tests.
    interval: Callable[[Any], Interval] | None = None
    #: The values it allows, when it pins the fact to a finite set.
    allowed: Callable[[Any], frozenset[Any]] | None = None
    #: A value that satisfies it, given the fact's choices (None: any value of the fact will do;
    #: raises ``LookupError`` when no value can).
    example: Callable[[Any, Sequence[Any]], Any] = lambda operand, choices: operand
    #: Builds a faster one-argument test for one operand (default: ``holds`` with the operand).
    compiled: Callable[[Any], Callable[[Any], bool]] | None = None

    def predicate(self, operand: Any) -> Callable[[Any], bool]:
        """``holds`` with ``operand`` bound: what a compiled condition calls on each value."""
        if self.compiled is not None:
            return self.compiled(operand)
        holds = self.holds
        return lambda value: holds(value, operand)


def _reversed_range(operand: Any) -> str | None:
    low, high = operand
    if not (math.isfinite(low) and math.isfinite(high)):
        return f"between {list(operand)} needs finite numbers"
    return f"between {list(operand)} is empty: the low end comes first" if low > high else None


def _finite(operand: Any) -> str | None:
    return None if math.isfinite(operand) else f"{operand!r} is not a finite number"


def _first_other(operand: Any, choices: Sequence[Any]) -> Any:
    others = [choice for choice in choices if choice not in operand]
    if not others:
        raise LookupError(f"every value is excluded by not_in {list(operand)}")
    return others[0]


def _starts_with(prefix: str) -> Callable[[Any], bool]:
    return lambda value: normalise_text(str(value)).startswith(prefix)


def _reads_one_of(texts: set[str]) -> Callable[[Any], bool]:
    return lambda value: normalise_text(str(value)) in texts


def _either_side(operand: Any) -> Sequence[Scalar]:
    return [operand - 1, operand + 1]


_NUMBER = frozenset({"number"})
_TEXT = frozenset({"text"})

_REGISTRY: tuple[ConditionTest, ...] = (
    ConditionTest(
        name="equals",
        reads_value=True,
        holds=lambda value, operand: (
            value == operand and isinstance(value, bool) == isinstance(operand, bool)
        ),
        describe=lambda fact, operand, unit: f"{fact} is {_shown(operand)}",
        probes=lambda operand: [operand],
        operand_values=lambda operand: (operand,),
        allowed=lambda operand: frozenset({operand}),
    ),
    ConditionTest(
        name="in",
        reads_value=True,
        holds=lambda value, operand: value in operand,
        describe=lambda fact, operand, unit: f"{fact} is one of {', '.join(map(_shown, operand))}",
        probes=list,
        operand_values=tuple,
        allowed=frozenset,
        example=lambda operand, choices: operand[0],
    ),
    ConditionTest(
        name="not_in",
        reads_value=True,
        holds=lambda value, operand: value not in operand,
        describe=lambda fact, operand, unit: (
            f"{fact} is known and not {', '.join(map(_shown, operand))}"
        ),
        probes=list,
        operand_values=tuple,
        example=_first_other,
    ),
    ConditionTest(
        name="below",
        reads_value=True,
        holds=lambda value, operand: _number(value) < operand,
        describe=lambda fact, operand, unit: f"{fact} below {operand}{unit}",
        probes=_either_side,
        fact_types=_NUMBER,
        operand_problem=_finite,
        interval=lambda operand: (-math.inf, False, operand, False),
        example=lambda operand, choices: operand - 1,
    ),
    ConditionTest(
        name="above",
        reads_value=True,
        holds=lambda value, operand: _number(value) > operand,
        describe=lambda fact, operand, unit: f"{fact} above {operand}{unit}",
        probes=_either_side,
        fact_types=_NUMBER,
        operand_problem=_finite,
        interval=lambda operand: (operand, False, math.inf, False),
        example=lambda operand, choices: operand + 1,
    ),
    ConditionTest(
        name="at_most",
        reads_value=True,
        holds=lambda value, operand: _number(value) <= operand,
        describe=lambda fact, operand, unit: f"{fact} at most {operand}{unit}",
        probes=_either_side,
        fact_types=_NUMBER,
        operand_problem=_finite,
        interval=lambda operand: (-math.inf, False, operand, True),
    ),
    ConditionTest(
        name="at_least",
        reads_value=True,
        holds=lambda value, operand: _number(value) >= operand,
        describe=lambda fact, operand, unit: f"{fact} at least {operand}{unit}",
        probes=_either_side,
        fact_types=_NUMBER,
        operand_problem=_finite,
        interval=lambda operand: (operand, True, math.inf, False),
    ),
    ConditionTest(
        name="between",
        reads_value=True,
        holds=lambda value, operand: operand[0] <= _number(value) <= operand[1],
        describe=lambda fact, operand, unit: f"{fact} between {operand[0]} and {operand[1]}{unit}",
        probes=lambda operand: [operand[0], operand[1], operand[0] - 1, operand[1] + 1],
        fact_types=_NUMBER,
        operand_problem=_reversed_range,
        interval=lambda operand: (operand[0], True, operand[1], True),
        example=lambda operand, choices: operand[0],
    ),
    ConditionTest(
        name="known",
        reads_value=False,
        holds=lambda value, operand: True,
        describe=lambda fact, operand, unit: f"{fact} is known",
        probes=lambda operand: [],
        example=lambda operand, choices: choices[0] if choices else None,
    ),
    ConditionTest(
        name="unknown",
        reads_value=False,
        holds=lambda value, operand: False,
        describe=lambda fact, operand, unit: f"{fact} is not known",
        probes=lambda operand: [],
        absence=True,
        example=lambda operand, choices: None,
    ),
    ConditionTest(
        name="matches_family",
        reads_value=True,
        holds=lambda value, operand: normalise_text(str(value)).startswith(
            normalise_text(str(operand))
        ),
        describe=lambda fact, operand, unit: (
            f"{fact} starts with `{operand}` (ignoring case and punctuation)"
        ),
        probes=lambda operand: [operand],
        fact_types=_TEXT,
        compiled=lambda operand: _starts_with(normalise_text(str(operand))),
    ),
    ConditionTest(
        name="matches_text",
        reads_value=True,
        holds=lambda value, operand: (
            normalise_text(str(value)) in {normalise_text(str(o)) for o in operand}
        ),
        describe=lambda fact, operand, unit: f"{fact} reads {' or '.join(map(_shown, operand))}",
        probes=list,
        fact_types=_TEXT,
        example=lambda operand, choices: operand[0],
        compiled=lambda operand: _reads_one_of({normalise_text(str(o)) for o in operand}),
    ),
)

#: Every condition test by name.
CONDITION_TESTS: Mapping[str, ConditionTest] = {test.name: test for test in _REGISTRY}

#: The keys a rule file may use for a fact condition (``unknown`` is written ``known: false``).
WRITTEN_TESTS: tuple[str, ...] = tuple(name for name in CONDITION_TESTS if name != "unknown")


def condition_test(name: str) -> ConditionTest:
    """The registry entry for ``name``."""
    return CONDITION_TESTS[name]

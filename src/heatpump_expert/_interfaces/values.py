"""Observations written as text (``fact=value`` arguments, CSV cells) read by the fact's type.

``true``/``false`` (and yes/no, on/off, 1/0) for facts that are true or false, numbers for
numbers, the text itself for everything else. A fact the knowledge base does not know is left
as text: checking names, with a "did you mean", is the library's job (``normalise``).

Also the command line's two ways in: ``fact=value`` arguments (``argument_observations``: a fact
given twice is an error) and a JSON object on standard input (``json_observations``: at most
``MAX_JSON_CHARACTERS``, UTF-8, no key twice, no integer of more than ``MAX_JSON_DIGITS``
digits, not nested past what Python can parse); each failure is an ``InputError``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from .._engine.observations import shown
from .._errors import ConflictingObservationError, InputError, InvalidValueError
from .._knowledge.model import FactSpec

#: The most standard input ``diagnose -`` reads: an object of facts is a few kilobytes.
MAX_JSON_CHARACTERS = 1_000_000
#: The longest integer a JSON document may hold (Python itself refuses more than 4,300).
MAX_JSON_DIGITS = 400

_TRUE = frozenset({"true", "yes", "y", "1", "on"})
_FALSE = frozenset({"false", "no", "n", "0", "off"})
#: The names a fact may also be given under, each with the canonical ending it stands for.
_ALIASES = (("_c", "_f"), ("_bar", "_psi"))


def spec_for(facts: Mapping[str, FactSpec], name: str) -> FactSpec | None:
    """The fact ``name`` refers to (``outdoor_temp_c`` is ``outdoor_temp_f``), or None."""
    if name in facts:
        return facts[name]
    for alias, canonical in _ALIASES:
        if name.endswith(alias):
            return facts.get(name[: -len(alias)] + canonical)
    return None


def text_value(spec: FactSpec | None, name: str, text: str) -> object:
    """Read ``text`` by the type of the fact ``name``; raises ``InvalidValueError`` if it can't."""
    if spec is None:
        return text
    if spec.type == "bool":
        lowered = text.strip().lower()
        if lowered in _TRUE | _FALSE:
            return lowered in _TRUE
        raise InvalidValueError(f"{name!r} is true or false, not {shown(text)}", fact=name)
    if spec.type == "number":
        try:
            number = float(text)
        except ValueError:
            raise InvalidValueError(f"{name!r} is a number, not {shown(text)}", fact=name) from None
        return int(number) if number.is_integer() and "." not in text else number
    return text


def typed(facts: Mapping[str, FactSpec], cells: Mapping[str, object]) -> dict[str, object]:
    """Cells of a table as observations: None left out (unknown), text read by the fact's
    type (a CSV file, or a column a reader turned into text), other values as they are."""
    return {
        name: text_value(spec_for(facts, name), name, value) if isinstance(value, str) else value
        for name, value in cells.items()
        if value is not None
    }


def argument_observations(facts: Mapping[str, FactSpec], items: Sequence[str]) -> dict[str, object]:
    """``fact=value`` arguments as observations; each fact at most once (under any of its names:
    ``outdoor_temp_f`` and ``outdoor_temp_c`` are one fact)."""
    observed: dict[str, object] = {}
    given_as: dict[str, tuple[str, str]] = {}  # fact: (the name it was given under, the item)
    for item in items:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise InputError(f"expected fact=value, got {shown(item)}", fact=shown(item))
        spec = spec_for(facts, name)
        fact = spec.name if spec is not None else name
        if fact in given_as:
            first_name, first = given_as[fact]
            raise ConflictingObservationError(
                f"{fact!r} was given twice ({first} and {shown(item)}): give it once",
                fact=fact,
                facts=(first_name, name),
            )
        given_as[fact] = (name, shown(item))
        observed[name] = text_value(spec, name, text)
    return observed


def json_observations(stdin: TextIO | None) -> dict[str, Any]:
    """The JSON object of observations on standard input, or the ``InputError`` saying why not."""
    if stdin is None:
        raise InputError("standard input is closed: give a JSON object of fact: value", fact="-")
    try:
        text = stdin.read(MAX_JSON_CHARACTERS + 1)
    except UnicodeDecodeError as error:
        raise InputError(f"standard input is not UTF-8 text: {error.reason}", fact="-") from None
    if len(text) > MAX_JSON_CHARACTERS:
        raise InputError(
            f"standard input holds more than {MAX_JSON_CHARACTERS:,} characters: "
            "an object of observations is a few kilobytes",
            fact="-",
        )
    return json_object(text, "standard input", fact="-")


def json_object(text: str, where: str, *, fact: str, position: bool = True) -> dict[str, Any]:
    """``text`` as a JSON object (``where`` names it in the ``InputError`` when it is not one;
    ``position=False`` leaves out the line and column of a syntax error)."""
    try:
        data = json.loads(
            text, parse_int=lambda digits: _json_int(digits, where, fact), object_pairs_hook=_pairs
        )
    except json.JSONDecodeError as error:
        detail = error if position else error.msg
        raise InputError(f"{where} is not JSON: {detail}", fact=fact) from None
    except RecursionError:
        raise InputError(f"{where} is JSON nested too deeply to read", fact=fact) from None
    except _DuplicateKey as error:
        message = f"{where} gives {shown(error.key)} twice: give each fact once"
        raise InputError(message, fact=fact) from None
    if not isinstance(data, dict):
        raise InputError(f"{where} must hold a JSON object of fact: value", fact=fact)
    return data


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _json_int(digits: str, where: str, fact: str) -> int:
    if len(digits.lstrip("-")) > MAX_JSON_DIGITS:
        raise InputError(
            f"{where} holds an integer of {len(digits.lstrip('-'))} digits "
            f"(at most {MAX_JSON_DIGITS})",
            fact=fact,
        )
    return int(digits)


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise _DuplicateKey(key)
        data[key] = value
    return data

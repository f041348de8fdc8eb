"""Checking and normalising what the caller observed, against the vocabulary.

Temperatures arrive in °F (``*_f``) or °C (``*_c``), pressures in psi (``*_psi``) or bar
(``*_bar``); they are converted here, at the boundary, and nowhere else. Text is normalised here
too, once: Unicode NFKC, surrounding space stripped, runs of space made one; text longer than
``MAX_TEXT_LENGTH`` characters, text with a lone surrogate (not encodable) or a control character
is refused. Nothing an input holds escapes as a bare ``ValueError``: an integer too large to
show, a value whose ``repr`` is huge or nested, are named in a short form in the error.
"""

from __future__ import annotations

import math
import reprlib
import unicodedata
from collections.abc import Callable, Iterator, Mapping

from .._errors import (
    ConflictingObservationError,
    InvalidValueError,
    UnknownFactError,
    did_you_mean,
)
from .._knowledge.conditions import normalise_text
from .._knowledge.model import FactSpec, Value

PSI_PER_BAR = 14.503774
#: The longest text a fact (or a fact's name) may hold, in characters: brands, models, codes.
MAX_TEXT_LENGTH = 200
#: An integer of more bits than this is never a plausible observation (about 300 digits).
_MAX_INT_BITS = 1000
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = 40
_SHOWN.maxother = 40
_SHOWN.maxlevel = 2


def shown(value: object) -> str:
    """``value`` as a short ``repr`` for a message, whatever it holds (huge, nested, odd)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return f"an integer of about {digits} digits"
    try:
        return _SHOWN.repr(value)
    except Exception:  # a caller's object whose repr fails is still named
        return f"a {type(value).__name__}"


def _from_celsius(value: float) -> float:
    return value * 9 / 5 + 32


def _from_celsius_difference(value: float) -> float:
    return value * 9 / 5


def _from_bar(value: float) -> float:
    return value * PSI_PER_BAR


#: (alias suffix, canonical suffix, the canonical fact's unit, conversion)
_ALIASES: tuple[tuple[str, str, str, Callable[[float], float]], ...] = (
    ("_c", "_f", "degF", _from_celsius),
    ("_c", "_f", "degF_difference", _from_celsius_difference),  # superheat in K: x 9/5, no +32
    ("_bar", "_psi", "psi", _from_bar),
)


def alias_names(facts: Mapping[str, FactSpec]) -> Iterator[str]:
    """Every accepted alternative name (``outdoor_temp_c`` for ``outdoor_temp_f``, ...)."""
    for name, spec in facts.items():
        for alias, canonical, unit, _ in _ALIASES:
            if spec.unit == unit and name.endswith(canonical) and not spec.derived:
                yield name[: -len(canonical)] + alias


def normalise(
    facts: Mapping[str, FactSpec], observations: object, more: Mapping[str, object]
) -> dict[str, Value]:
    """Validate and convert observations; return them keyed by canonical fact name, sorted."""
    if observations is None:
        observations = {}
    if not isinstance(observations, Mapping):
        raise InvalidValueError(
            "observations must be a mapping of fact name to value, "
            f"not {type(observations).__name__}",
            fact="observations",
        )
    result: dict[str, Value] = {}
    given_as: dict[str, str] = {}
    for source in (observations, more):
        for key, raw in source.items():
            name, spec, convert = _resolve(facts, key)
            if raw is None:  # JSON null: the same as not giving the fact
                continue
            value = _validate(spec, key, raw, convert)
            if value is None:  # "none", "n/a" for a code: nothing to report
                continue
            if name in result and not _same(result[name], value):
                raise ConflictingObservationError(
                    f"{name!r} was given twice with different values: {given_as[name]}="
                    f"{result[name]!r} and {key}={shown(raw)}. Give it once.",
                    fact=name,
                    facts=(given_as[name], str(key)),
                )
            result[name] = value
            given_as[name] = str(key)
    return dict(sorted(result.items()))


def canonical_name(facts: Mapping[str, FactSpec], key: object) -> str:
    """The fact a name refers to: ``outdoor_temp_c`` is ``outdoor_temp_f``."""
    return _resolve(facts, key)[0]


def _resolve(
    facts: Mapping[str, FactSpec], key: object
) -> tuple[str, FactSpec, Callable[[float], float] | None]:
    if not isinstance(key, str):
        raise UnknownFactError(f"fact names are strings, not {shown(key)}", fact=shown(key))
    if len(key) > MAX_TEXT_LENGTH:
        raise UnknownFactError(
            f"unknown fact {shown(key)}: a fact name of {len(key)} characters "
            f"(names are at most {MAX_TEXT_LENGTH})",
            fact=key[:MAX_TEXT_LENGTH],
        )
    spec = facts.get(key)
    if spec is not None:
        _refuse_derived(spec, key)
        return key, spec, None
    for alias, canonical, unit, convert in _ALIASES:
        if key.endswith(alias):
            name = key[: -len(alias)] + canonical
            target = facts.get(name)
            if target is not None and target.unit == unit:
                _refuse_derived(target, key)
                return name, target, convert
    known = [*facts, *alias_names(facts)]
    raise UnknownFactError(f"unknown fact {key!r}.{did_you_mean(key, known)}", fact=key)


def _refuse_derived(spec: FactSpec, key: str) -> None:
    if spec.derived:
        sources = " and ".join(spec.derived_from) or "other facts"
        raise InvalidValueError(
            f"{key!r} is derived by the rules; give {sources} instead", fact=key
        )


def _validate(
    spec: FactSpec, key: str, raw: object, convert: Callable[[float], float] | None
) -> Value | None:
    if spec.type == "bool":
        if isinstance(raw, bool):
            return raw
        raise InvalidValueError(f"{key!r} is true or false, not {shown(raw)}", fact=spec.name)
    if isinstance(raw, str):
        raw = _text(spec, key, raw)
    if spec.type == "enum":
        return _enum_value(spec, key, raw)
    if spec.type == "number":
        return _number_value(spec, key, raw, convert)
    if isinstance(raw, int) and not isinstance(raw, bool):
        if raw.bit_length() > _MAX_INT_BITS:
            raise _too_long(spec, key, f"{shown(raw)}")
        raw = _text(spec, key, str(raw))  # a code like 31 typed as a number is the text "31"
    if isinstance(raw, str) and raw:
        if _means_not_given(spec, raw):
            return None
        return raw
    raise InvalidValueError(f"{key!r} is a non-empty text, not {shown(raw)}", fact=spec.name)


def _text(spec: FactSpec, key: str, raw: str) -> str:
    """Text as the rules see it: NFKC, stripped, spaces collapsed; refused if too long or not
    encodable (a lone surrogate) or holding a control character."""
    if len(raw) > 4 * MAX_TEXT_LENGTH:  # cheap first: never normalise megabytes
        raise _too_long(spec, key, f"a text of {len(raw)} characters")
    if any(unicodedata.category(ch) == "Cs" for ch in raw):
        raise InvalidValueError(
            f"{key!r} holds text that is not valid Unicode (a lone surrogate, as from bytes that "
            f"are not UTF-8): {shown(raw)}",
            fact=spec.name,
        )
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise InvalidValueError(f"{key!r} holds a control character: {shown(raw)}", fact=spec.name)
    if len(text) > MAX_TEXT_LENGTH:
        raise _too_long(spec, key, f"a text of {len(text)} characters")
    return text


def _too_long(spec: FactSpec, key: str, what: str) -> InvalidValueError:
    return InvalidValueError(
        f"{key!r} is {what}; text facts hold at most {MAX_TEXT_LENGTH} characters",
        fact=spec.name,
    )


def _means_not_given(spec: FactSpec, raw: str) -> bool:
    said = normalise_text(raw)
    return not said or any(said == normalise_text(word) for word in spec.means_not_given)


def _enum_value(spec: FactSpec, key: str, raw: object) -> str:
    allowed = ", ".join(spec.values)
    if isinstance(raw, str):
        value = raw.lower().replace("-", "_").replace(" ", "_")
        if value in spec.values:
            return value
        hint = did_you_mean(value, spec.values)
        raise InvalidValueError(
            f"{shown(raw)} is not a value of {key!r}; allowed: {allowed}.{hint}", fact=spec.name
        )
    raise InvalidValueError(
        f"{key!r} takes text; allowed: {allowed}; not {shown(raw)}", fact=spec.name
    )


def _number_value(
    spec: FactSpec, key: str, raw: object, convert: Callable[[float], float] | None
) -> float | int:
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not _finite(raw):
        raise InvalidValueError(f"{key!r} is a finite number, not {shown(raw)}", fact=spec.name)
    value: float | int = round(convert(raw), 2) if convert else raw
    if spec.range is not None and not spec.range[0] <= value <= spec.range[1]:
        low, high = spec.range
        unit = _unit_name(spec)
        given = f"{raw!r} (= {value} {unit})" if convert else f"{raw!r}"
        raise InvalidValueError(
            f"{key!r} = {given} is outside the plausible range {low} to {high} {unit}; "
            f"check the unit ({_unit_hint(spec)})",
            fact=spec.name,
        )
    return value


def _finite(number: float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:  # an int too large for a float
        return False


def _unit_hint(spec: FactSpec) -> str:
    for alias, canonical, unit, _ in _ALIASES:
        if spec.unit == unit and spec.name.endswith(canonical):
            other = spec.name[: -len(canonical)] + alias
            return f"{spec.name} is in {_unit_name(spec)}; use {other} for the other unit"
    return f"{spec.name} is in {_unit_name(spec)}"


def _unit_name(spec: FactSpec) -> str:
    return {"degF": "°F", "degF_difference": "°F"}.get(spec.unit or "", spec.unit or "")


def _same(first: Value, second: Value) -> bool:
    if isinstance(first, int | float) and isinstance(second, int | float):
        return abs(float(first) - float(second)) <= 0.05
    return first == second

"""Converting reports to and from JSON-compatible data (cattrs).

Reading is strict: a bool is ``true`` or ``false`` (never the text ``"false"``), a number is a
finite JSON number (never text, never a bool), text is text, and no key is unknown. A report's
data carries ``"format": FORMAT``; data without it (saved before formats were numbered) reads as
format 1, any other format is refused.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs

from .._engine.observations import shown
from .._errors import InvalidValueError
from .._knowledge.levels import EscalationLevel
from .._knowledge.model import Value
from .results import ReadOnlyMapping

_T = TypeVar("_T")

#: The version of the saved form of a report; ``from_dict`` reads only this one.
FORMAT = 1

converter = cattrs.Converter(forbid_extra_keys=True)


def _passthrough(value: Any, _: Any) -> Any:
    if isinstance(value, bool | str) or (isinstance(value, int | float) and _finite(value)):
        return value
    raise TypeError(f"{_shown(value)} is not a bool, finite number or string")


def _strict_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"{_shown(value)} is not true or false")


def _strict_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(f"{_shown(value)} is not a string")


def _strict_float(value: Any, _: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and _finite(value):
        return value  # an int stays an int: the JSON comes back byte for byte
    raise TypeError(f"{_shown(value)} is not a finite number")


def _strict_int(value: Any, _: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{_shown(value)} is not a whole number")


def _level(value: Any, _: Any) -> EscalationLevel:
    if isinstance(value, str) and value in EscalationLevel.__members__.values():
        return EscalationLevel(value)
    allowed = ", ".join(level.value for level in EscalationLevel)
    raise TypeError(f"{_shown(value)} is not a level ({allowed})")


def _choice(value: Any, _: Any) -> bool | str:
    if isinstance(value, bool | str):
        return value
    raise TypeError(f"{_shown(value)} is not a choice (true, false or a string)")


def _finite(number: float) -> bool:
    try:
        return math.isfinite(number)
    except OverflowError:
        return False


def _shown(value: object) -> str:
    return shown(value)


def _strings(value: Any, _: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a list of strings, not {value!r}")
    return tuple(value)


def _range(value: Any, _: Any) -> tuple[float, float] | None:
    if value is None:
        return None
    if (
        isinstance(value, list | tuple)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        return (value[0], value[1])  # numbers kept as given: the JSON comes back byte for byte
    raise TypeError(f"expected a range [low, high] or null, not {value!r}")


def _range_data(value: tuple[float, float] | None) -> list[float] | None:
    return None if value is None else list(value)


converter.register_structure_hook(Value, _passthrough)
converter.register_structure_hook_func(lambda cls: cls == tuple[float, float] | None, _range)
converter.register_unstructure_hook_func(lambda cls: cls == tuple[float, float] | None, _range_data)
converter.register_structure_hook_func(lambda cls: cls == tuple[str, ...], _strings)
converter.register_structure_hook(bool | str, _choice)
converter.register_structure_hook(bool, _strict_bool)
converter.register_structure_hook(str, _strict_str)
# A level is a str subclass: without its own hook it would be read by the str hook and come back
# as plain text (equal to the level, but without its order and value).
converter.register_structure_hook(EscalationLevel, _level)
converter.register_structure_hook(float, _strict_float)
converter.register_structure_hook(int, _strict_int)
converter.register_unstructure_hook(ReadOnlyMapping, dict)


def to_data(value: object) -> dict[str, Any]:
    """A report (or any result type) as JSON-compatible data."""
    data: dict[str, Any] = converter.unstructure(value)
    return data


def saved(data: dict[str, Any]) -> dict[str, Any]:
    """Saved data (a report's, a consultation's) with the format it is written in, last."""
    return {**data, "format": FORMAT}


def unsaved(data: Mapping[str, Any], what: str) -> Mapping[str, Any]:
    """Saved data without its format, once the format is one this version reads (data saved
    before formats were numbered has none: it is format 1); other data is left to be refused."""
    if not isinstance(data, Mapping):
        return data
    fields = dict(data)
    check_format(fields.pop("format", FORMAT), what)
    return fields


def from_data(data: Mapping[str, Any], cls: type[_T]) -> _T:
    """Restore ``cls`` from ``to_data`` output, with the library's error for bad data."""
    if not isinstance(data, Mapping):
        raise InvalidValueError(
            f"not a valid report: a mapping is needed, not {type(data).__name__}", fact="report"
        )
    try:
        restored = converter.structure(dict(data), cls)
    except Exception as error:  # cattrs raises several exception types
        raise structure_error(error) from error
    _check_certainties(restored)
    return restored


def check_format(given: object, what: str) -> None:
    """Refuse saved data of a format this version cannot read (naming both formats)."""
    if type(given) is not int or given != FORMAT:
        raise InvalidValueError(
            f"a saved {what} of format {_shown(given)} cannot be read: this version of "
            f"heatpump_expert reads format {FORMAT}",
            fact="format",
        )


def _check_certainties(restored: object) -> None:
    """Altered certainties are refused: a diagnosis's in (0, 1], its evidence's in [-1, 1]."""
    for diagnosis in getattr(restored, "diagnoses", ()):
        if not 0 < diagnosis.certainty <= 1:
            raise InvalidValueError(
                f"not a valid report: diagnosis {diagnosis.code!r} has certainty "
                f"{diagnosis.certainty!r}, outside (0, 1]",
                fact="report",
            )
        for evidence in diagnosis.evidence:
            if not -1 <= evidence.certainty <= 1:
                raise InvalidValueError(
                    f"not a valid report: evidence {evidence.rule!r} has certainty "
                    f"{evidence.certainty!r}, outside [-1, 1]",
                    fact="report",
                )


def structure_error(error: Exception) -> InvalidValueError:
    """Turn a cattrs failure into the library's input error, keeping cattrs' explanation."""
    details = (
        "; ".join(cattrs.transform_error(error))
        if isinstance(error, cattrs.BaseValidationError)
        else str(error)
    )
    return InvalidValueError(f"not a valid report: {details}", fact="report")

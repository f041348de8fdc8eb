"""Converting reports to and from JSON-compatible data (cattrs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import cattrs

from .._errors import InvalidValueError
from .._knowledge.model import Value
from .results import ReadOnlyMapping

_T = TypeVar("_T")

converter = cattrs.Converter(forbid_extra_keys=True)


def _passthrough(value: Any, _: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"{value!r} is not a bool, number or string")


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
converter.register_structure_hook(bool | str, _passthrough)
converter.register_unstructure_hook(ReadOnlyMapping, dict)


def to_data(value: object) -> dict[str, Any]:
    """A report (or any result type) as JSON-compatible data."""
    return converter.unstructure(value)  # type: ignore[no-any-return]


def from_data(data: Mapping[str, Any], cls: type[_T]) -> _T:
    """Restore ``cls`` from ``to_data`` output, with the library's error for bad data."""
    try:
        return converter.structure(dict(data), cls)
    except Exception as error:  # cattrs raises several exception types
        raise structure_error(error) from error


def structure_error(error: Exception) -> InvalidValueError:
    """Turn a cattrs failure into the library's input error, keeping cattrs' explanation."""
    details = (
        "; ".join(cattrs.transform_error(error))
        if isinstance(error, cattrs.BaseValidationError)
        else str(error)
    )
    return InvalidValueError(f"not a valid report: {details}", fact="report")

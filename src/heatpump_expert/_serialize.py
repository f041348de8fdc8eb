"""Converting reports to and from JSON-compatible data (cattrs)."""

from __future__ import annotations

from typing import Any

import cattrs

from ._errors import InvalidValueError
from ._report import Value

converter = cattrs.Converter(forbid_extra_keys=True)


def _passthrough(value: Any, _: Any) -> Any:
    if isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"{value!r} is not a bool, number or string")


def _strings(value: Any, _: Any) -> tuple[str, ...]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"expected a list of strings, not {value!r}")
    return tuple(value)


converter.register_structure_hook(Value, _passthrough)
converter.register_structure_hook_func(lambda cls: cls == tuple[str, ...], _strings)
converter.register_structure_hook(bool | str, _passthrough)


def structure_error(error: Exception) -> InvalidValueError:
    """Turn a cattrs failure into the library's input error, keeping cattrs' explanation."""
    details = (
        "; ".join(cattrs.transform_error(error))
        if isinstance(error, cattrs.BaseValidationError)
        else str(error)
    )
    return InvalidValueError(f"not a valid report: {details}", fact="report")

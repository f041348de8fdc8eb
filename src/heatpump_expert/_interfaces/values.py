"""Observations written as text (``fact=value`` arguments, CSV cells) read by the fact's type.

``true``/``false`` (and yes/no, on/off, 1/0) for facts that are true or false, numbers for
numbers, the text itself for everything else. A fact the knowledge base does not know is left
as text: checking names, with a "did you mean", is the library's job (``normalise``).
"""

from __future__ import annotations

from collections.abc import Mapping

from .._errors import InvalidValueError
from .._knowledge.model import FactSpec

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
        raise InvalidValueError(f"{name!r} is true or false, not {text!r}", fact=name)
    if spec.type == "number":
        try:
            number = float(text)
        except ValueError:
            raise InvalidValueError(f"{name!r} is a number, not {text!r}", fact=name) from None
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

"""A bounded, thread-safe memory of reports, keyed by exactly what a report depends on.

The key is the canonical form of the normalised observations (sorted, each value by its type and
``repr``, so ``1``, ``1.0``, ``True`` never share an entry, nor ``-0.0`` and ``0.0``) plus the
facts not to suggest again and whether questions were ranked: a remembered report is the report
that reasoning would give, and reports are frozen, so handing one out twice is safe.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection, Mapping
from typing import Any, Generic, TypeVar

from .._errors import InvalidValueError
from .report import Report

Key = tuple[Any, ...]
V = TypeVar("V")


#: The types of value a given key keeps as they are (any other input is keyed once checked).
_PLAIN = (bool, int, str)


def given_key(observations: object, more: Mapping[str, object]) -> Key | None:
    """The memo key of a ``diagnose`` call's input exactly as given, in the order given, or None
    when it holds anything but text keys and bool, int, float or text values. Normalising is a
    function of the input alone, order included (one fact given under two names, as °F and °C,
    keeps the last value when both agree), so a report remembered under this key is the report
    of any input with the same key; each value is keyed with its type (and a float by its
    ``repr``), so ``1``, ``1.0``, ``True``, ``-0.0`` and ``0.0`` never share one."""
    if observations is None:
        observations = {}
    if type(observations) is not dict:
        return None
    parts: list[tuple[tuple[str, type, object], ...]] = []
    for source in (observations, more):
        items = []
        for name, given in source.items():
            kind = type(given)
            if type(name) is not str or (kind is not float and kind not in _PLAIN):
                return None
            items.append((name, kind, repr(given) if kind is float else given))
        parts.append(tuple(items))
    return tuple(parts)


def report_key(observed: Mapping[str, Any], asked: Collection[str], with_questions: bool) -> Key:
    """The memo key of one call of ``KnowledgeBase.reason``."""
    facts = tuple(
        (name, type(value).__name__, repr(value)) for name, value in sorted(observed.items())
    )
    return (facts, tuple(sorted(asked)), with_questions)


class Memo(Generic[V]):
    """The ``size`` most recently used reports, or what they are rebuilt from (``size=0``
    remembers nothing)."""

    def __init__(self, size: int) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise InvalidValueError(
                f"cache_size is a whole number of reports, 0 or more (0 switches the cache off), "
                f"not {size!r}",
                fact="cache_size",
            )
        self._size = size
        self._reports: OrderedDict[Key, V] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """How many reports are remembered at most."""
        return self._size

    def get(self, key: Key) -> V | None:
        with self._lock:
            report = self._reports.get(key)
            if report is not None:
                self._reports.move_to_end(key)
            return report

    def put(self, key: Key, report: V) -> None:
        if not self._size:
            return
        with self._lock:
            self._reports[key] = report
            self._reports.move_to_end(key)
            while len(self._reports) > self._size:
                self._reports.popitem(last=False)

    def __len__(self) -> int:
        return len(self._reports)


#: A memory of reports themselves (``diagnose``'s cache).
ReportMemo = Memo[Report]

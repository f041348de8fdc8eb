"""Fields of a frozen result worked out the first time they are read.

A report's questions are ranked when first read, not while diagnosing; a report a batch's worker
sent is rebuilt in the parent, its trace and its diagnoses' evidence when first read. Either way
the field holds the same value once read as it would have from the start, and the object stays
frozen: nothing but that first read fills the field in. Two threads reading it first at once
may both work it out, to equal values; the value is set before the work is dropped, so a reader
that finds no work finds the value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Later:
    """Room for the work that fills a frozen object's fields when they are first read."""

    __slots__ = ("_later",)

    def __getattr__(self, name: str) -> Any:
        # Called only for an attribute not set: a field still to be worked out, or a mistake.
        pending: dict[str, Callable[[], Any]] | None = _slot(self, "_later")
        work = pending.get(name) if pending else None
        if work is None:
            try:  # another thread has just filled it in
                return object.__getattribute__(self, name)
            except AttributeError:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                ) from None
        try:
            value = work()
        except AttributeError as error:  # a bug while working it out, not a missing attribute
            raise RuntimeError(
                f"working out the {type(self).__name__}'s {name} failed: {error}"
            ) from error
        object.__setattr__(self, name, value)
        if pending is not None:
            pending.pop(name, None)
        return value


def fill_later(target: Later, name: str, work: Callable[[], Any]) -> None:
    """Have ``target``'s field ``name`` filled by ``work()`` when first read (dropping any value
    it holds). Only for an object still being built, that nobody else has seen yet."""
    pending: dict[str, Callable[[], Any]] | None = _slot(target, "_later")
    if pending is None:
        pending = {}
        object.__setattr__(target, "_later", pending)
    elif name in pending:
        raise RuntimeError(f"the {type(target).__name__}'s {name} is already to be worked out")
    if _slot(target, name) is not None:
        object.__delattr__(target, name)
    pending[name] = work


def fill_new_later(target: Later, **work: Callable[[], Any]) -> None:
    """Have the fields of ``work`` filled when first read, on an object just made whose fields
    are not set yet and that nothing is to be worked out for yet (the quick ``fill_later``)."""
    object.__setattr__(target, "_later", work)


def _slot(target: object, name: str) -> Any:
    """What ``target``'s slot ``name`` holds, or None if it holds nothing."""
    try:
        return object.__getattribute__(target, name)
    except AttributeError:
        return None

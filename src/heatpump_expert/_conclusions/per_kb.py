"""Things worked out once per knowledge base, kept as long as it lives.

A knowledge base's data is not hashable (it holds mappings), so what is derived from it is kept
by its identity, and an entry goes with its knowledge base. Two threads may both build an entry
on first use: the same value either way, and one of them is kept.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

from .._knowledge.model import KnowledgeBaseData

T = TypeVar("T")


def per_knowledge_base(build: Callable[[KnowledgeBaseData], T]) -> Callable[[KnowledgeBaseData], T]:
    """``build``, called once per live knowledge base; later calls return what it built."""
    built: dict[int, tuple[weakref.ref[KnowledgeBaseData], T]] = {}

    @functools.wraps(build)
    def cached(kb: KnowledgeBaseData) -> T:
        entry = built.get(id(kb))
        if entry is not None and entry[0]() is kb:
            return entry[1]
        value = build(kb)
        key = id(kb)
        built[key] = (weakref.ref(kb, lambda _: built.pop(key, None)), value)
        return value

    return cached

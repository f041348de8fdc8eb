"""Pools of engines: no experta engine is used by two threads at once, none is kept for nothing.

``EnginePool`` lends engines of one compiled class and keeps at most ``keep`` of them free (a
burst of threads builds what it needs; afterwards the surplus is let go). ``PartPools`` holds one
pool per part of the knowledge base (the rules a set of observed facts can fire, see ``reach``),
the most recently used ``parts`` of them, each part's class compiled on first use.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

#: Free engines kept per pool.
DEFAULT_KEEP = 4
#: Parts whose engines are kept.
DEFAULT_PARTS = 256


class EnginePool:
    """Lends engines of ``engine_class``; an engine is built only when none is free."""

    def __init__(self, engine_class: type[Any], *, keep: int = DEFAULT_KEEP) -> None:
        self._engine_class = engine_class
        self._free: queue.LifoQueue[Any] = queue.LifoQueue(maxsize=keep)

    @property
    def engine_class(self) -> type[Any]:
        """The compiled engine class this pool builds."""
        return self._engine_class

    @property
    def free(self) -> int:
        """How many engines wait to be lent."""
        return self._free.qsize()

    def acquire(self) -> Any:
        """A free engine, or a new one; only the caller's thread uses it until ``release``."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return self._engine_class()

    def release(self, engine: Any) -> None:
        """Give an engine back (cleared when next started); beyond ``keep``, it is let go."""
        with contextlib.suppress(queue.Full):
            self._free.put_nowait(engine)


class PartPools:
    """One ``EnginePool`` per part, compiled by ``compile_part`` on first use, least recent out."""

    def __init__(
        self,
        compile_part: Callable[[frozenset[str]], type[Any]],
        *,
        parts: int = DEFAULT_PARTS,
        keep: int = DEFAULT_KEEP,
    ) -> None:
        self._compile = compile_part
        self._parts = parts
        self._keep = keep
        self._pools: OrderedDict[frozenset[str], EnginePool] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._pools)

    def pool(self, part: frozenset[str]) -> EnginePool:
        """The pool for ``part`` (compiled now if it is new or was let go)."""
        with self._lock:
            found = self._pools.get(part)
            if found is not None:
                self._pools.move_to_end(part)
                return found
        built = EnginePool(self._compile(part), keep=self._keep)  # outside the lock: may be slow
        with self._lock:
            found = self._pools.setdefault(part, built)
            self._pools.move_to_end(part)
            while len(self._pools) > self._parts:
                self._pools.popitem(last=False)
        return found

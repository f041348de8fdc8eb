"""A pool of engines of one compiled class: no experta engine is used by two threads at once."""

from __future__ import annotations

import queue
from typing import Any


class EnginePool:
    """Lends engines of ``engine_class``; an engine is built only when none is free."""

    def __init__(self, engine_class: type[Any]) -> None:
        self._engine_class = engine_class
        self._free: queue.SimpleQueue[Any] = queue.SimpleQueue()

    @property
    def engine_class(self) -> type[Any]:
        """The compiled engine class this pool builds."""
        return self._engine_class

    def acquire(self) -> Any:
        """A free engine, or a new one; only the caller's thread uses it until ``release``."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return self._engine_class()

    def release(self, engine: Any) -> None:
        """Give an engine back (its working memory is cleared when it is next started)."""
        self._free.put(engine)

"""A small progress bar for batch runs, written to standard error and nowhere else.

The library prints nothing unless asked: ``diagnose_many(progress=True)`` (or the ``batch``
command on a terminal) draws this bar; ``progress=callable`` hands the counts to the caller
instead. The bar redraws at most ten times a second, and ends its line when the run ends.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

#: ``progress(done, total)``: items finished so far, and how many there are (None: not known).
ProgressCallback = Callable[[int, int | None], object]

_WIDTH = 30
_INTERVAL = 0.1


class ProgressBar:
    """``[#####.....]  512/1,024 diagnosed`` on ``stream`` (standard error by default)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._last_drawn = 0.0
        self._drawn: tuple[int, int | None] | None = None
        self._latest: tuple[int, int | None] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        self._latest = (done, total)
        now = time.monotonic()
        if now - self._last_drawn >= _INTERVAL or done == total:
            self._draw(done, total)
            self._last_drawn = now

    def close(self) -> None:
        """Draw the final counts and end the line (nothing if nothing was counted)."""
        if self._latest is None:
            return
        if self._drawn != self._latest:
            self._draw(*self._latest)
        self._stream.write("\n")
        self._stream.flush()

    def _draw(self, done: int, total: int | None) -> None:
        self._drawn = (done, total)
        if total:
            filled = min(_WIDTH, _WIDTH * done // total)
            bar = "#" * filled + "." * (_WIDTH - filled)
            text = f"\r[{bar}] {done:,}/{total:,} diagnosed"
        else:
            text = f"\r{done:,} diagnosed"
        self._stream.write(text)
        self._stream.flush()

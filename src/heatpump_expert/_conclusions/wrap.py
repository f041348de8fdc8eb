"""Wrapping readable text to a width, with hanging indents."""

from __future__ import annotations

import textwrap

#: The width of ``str(report)``: what a terminal shows when nobody says otherwise.
DEFAULT_WIDTH = 80
#: Narrower than this, wrapping would make a column of single words: the text is left whole.
_NARROWEST = 30


def wrapped(text: str, width: int | None, *, first: str = "", rest: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` characters, ``first`` and then ``rest`` before
    each; one line when ``width`` is None (not wrapped)."""
    if width is None:
        return [first + text]
    return textwrap.wrap(
        text,
        width=max(width, _NARROWEST),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]

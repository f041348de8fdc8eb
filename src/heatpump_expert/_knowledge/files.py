"""Finding rule files and reading their bytes (``parsing`` makes them data).

Only regular files are read (a FIFO or a device named ``*.yaml`` is refused, never opened for
reading in a way that could block), at most ``MAX_FILE_BYTES`` of them; whatever fails while
reading one file becomes a problem of that file.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from .._errors import Problem

#: The largest rule file read (the largest built-in file is about 60 kB).
MAX_FILE_BYTES = 1 << 20
#: Open without blocking (a FIFO) and without taking a terminal; both are no-ops on a plain file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their YAML files (sorted, recursive); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"}))
        else:
            found.append(path)
    return found


@functools.cache
def builtin_rules_dir() -> Path:
    """The knowledge base that ships with the package (or, in a source checkout, ``rules/``)."""
    packaged = Path(str(resources.files("heatpump_expert"))) / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "rules"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(  # pragma: no cover - only a broken installation gets here
        "heatpump_expert's built-in knowledge base is missing: reinstall the package"
    )


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """The raw content of one rule file, or the problem that stopped it being read."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None, [_not_regular(display)]
        descriptor = os.open(path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):  # swapped since the stat
                return None, [_not_regular(display)]
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, [Problem(f"cannot read the file: {error}", display)]
    if len(raw) > MAX_FILE_BYTES:
        return None, [
            Problem(f"cannot read the file: larger than {MAX_FILE_BYTES:,} bytes", display)
        ]
    return raw, []


def _not_regular(display: str) -> Problem:
    return Problem(
        "cannot read the file: not a regular file (a folder, FIFO, socket or device)", display
    )


def display_name(path: Path, roots: Sequence[Path]) -> str:
    """A short, stable name for error messages: relative to the folder it was found in."""
    for root in roots:
        if root.is_dir():
            try:
                return str(Path(root.name) / path.relative_to(root))
            except ValueError:
                continue
    return str(path)

"""The ``batch`` command: a file of observations in, one JSON line per input out.

Input, by the file's ending (or ``--format``; ``-`` is standard input):

- ``.jsonl``: one JSON object of ``fact: value`` a line; blank lines are skipped. A member
  ``"id"`` is the item's key, not a fact.
- ``.csv``: a first line naming the facts (and optionally ``id``), then one case a line. An
  empty cell is unknown; a cell is read by its fact's type (true/false, numbers, text).

Output: per input, in order, ``{"line": N, "id": ..., "report": {...}}`` or, for an input that
could not be diagnosed, ``{"line": N, "id": ..., "error": {"type", "fact", "message"}}``.
``line`` is the input's line number in the file (the header is line 1 of a CSV); ``id`` is the
item's ``id``, or null. Input that cannot be read (missing file, not UTF-8, a CSV header naming
an unknown fact) raises ``InputError``: the command exits 2.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.report import Report
from .._engine.observations import shown
from .._errors import HeatpumpExpertError, InputError, InvalidValueError
from .._knowledge.model import FactSpec
from .batch import stream
from .pipeline import Entry
from .progress import ProgressBar
from .values import json_object, typed

#: The reserved name of an item's key, in a JSON object or a CSV header.
ID = "id"
FORMATS = ("jsonl", "csv")

Key = tuple[int, object]


def run_batch(
    kb: KnowledgeBase,
    source: str,
    *,
    output: str | None,
    workers: int | None,
    form: str | None,
    stdin: TextIO,
    stdout: TextIO,
) -> int:
    """Diagnose every input of ``source``, writing JSON lines to ``output`` (or ``stdout``)."""
    form = form or _format_of(source)
    bar = ProgressBar() if sys.stderr.isatty() else None
    with contextlib.ExitStack() as files:
        lines = stdin if source == "-" else files.enter_context(_open(source))
        entries = _entries(kb, lines, form, source)
        out = stdout if output is None else files.enter_context(_create(output))
        total = _count_lines(source, form) if bar is not None else None
        outcomes = stream(  # every report is written whole: its workers rank the questions
            entries,
            knowledge_base=kb,
            workers=workers,
            progress=bar,
            total=total,
            rank_in_workers=True,
        )
        try:
            for (line, ident), outcome in outcomes:
                out.write(json.dumps(_line(line, ident, outcome), ensure_ascii=False) + "\n")
        finally:
            if bar is not None:
                bar.close()
    return 0


def _line(line: int, ident: object, outcome: Report | HeatpumpExpertError) -> dict[str, Any]:
    if isinstance(outcome, HeatpumpExpertError):
        fact = getattr(outcome, "fact", None) or None
        error = {"type": type(outcome).__name__, "fact": fact, "message": str(outcome)}
        return {"line": line, "id": ident, "error": error}
    return {"line": line, "id": ident, "report": outcome.to_dict()}


def _format_of(source: str) -> str:
    suffix = Path(source).suffix.lower().lstrip(".")
    if source == "-":
        return "jsonl"
    if suffix not in FORMATS:
        raise InputError(
            f"{source}: cannot tell the format from its name: use a .jsonl or .csv file, "
            "or --format",
            fact=source,
        )
    return suffix


def _open(source: str) -> TextIO:
    try:
        return open(source, encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(f"cannot read {source}: {error.strerror}", fact=source) from None


def _create(output: str) -> TextIO:
    try:
        return open(output, "w", encoding="utf-8")
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}", fact=output) from None


def _count_lines(source: str, form: str) -> int | None:
    """How many inputs a file holds, roughly (for the progress bar); None for standard input."""
    if source == "-":
        return None
    with open(source, "rb") as stream_:
        count = sum(chunk.count(b"\n") for chunk in iter(lambda: stream_.read(1 << 20), b""))
    return max(0, count - (form == "csv"))


def _entries(
    kb: KnowledgeBase, lines: Iterable[str], form: str, source: str
) -> Iterator[Entry[Key]]:
    """The items of ``lines`` (a CSV header is read and checked at once, before any output)."""
    try:
        entries = _jsonl_entries(lines) if form == "jsonl" else _csv_entries(kb, lines, source)
    except UnicodeDecodeError as error:
        raise _not_text(source, error) from None
    return _reading(entries, source)


def _reading(entries: Iterator[Entry[Key]], source: str) -> Iterator[Entry[Key]]:
    try:
        yield from entries
    except UnicodeDecodeError as error:
        raise _not_text(source, error) from None


def _not_text(source: str, error: UnicodeDecodeError) -> InputError:
    return InputError(f"{source} is not UTF-8 text: {error.reason}", fact=source)


def _jsonl_entries(lines: Iterable[str]) -> Iterator[Entry[Key]]:
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            data = json_object(text, f"line {number}", fact="", position=False)
        except InputError as error:
            yield (number, None), error
            continue
        ident = data.pop(ID, None)
        if not _writable(ident):
            message = f"line {number}: the id {shown(ident)} is not text that can be written"
            yield (number, None), InputError(message, fact=ID)
            continue
        yield (number, ident), data


def _writable(ident: object) -> bool:
    """An id the output can carry: JSON of no lone surrogate (a JSON escape like \\ud800)."""
    try:
        json.dumps(ident, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError):
        return False
    return True


def _csv_entries(kb: KnowledgeBase, lines: Iterable[str], source: str) -> Iterator[Entry[Key]]:
    """The rows of a CSV file; its first line is read and checked at once."""
    rows = csv.reader(lines)
    try:
        header = [name.strip() for name in next(rows)]
    except StopIteration:
        raise InputError(f"{source} is empty: its first line names the facts", fact="") from None
    _check_header(kb, header, source)
    return _csv_rows(kb.facts, rows, header)


def _csv_rows(facts: Mapping[str, FactSpec], rows: Any, header: list[str]) -> Iterator[Entry[Key]]:
    for row in rows:
        if not any(cell.strip() for cell in row):
            continue
        number = rows.line_num
        cells = dict(zip(header, row, strict=False))
        ident = cells.pop(ID, "").strip() or None
        if len(row) != len(header):
            message = f"line {number} has {len(row)} cells, the first line names {len(header)}"
            yield (number, ident), InputError(message, fact="")
            continue
        try:
            yield (number, ident), typed(facts, {n: c.strip() or None for n, c in cells.items()})
        except InvalidValueError as error:
            yield (number, ident), error


def _check_header(kb: KnowledgeBase, header: list[str], source: str) -> None:
    """Every column is ``id`` or a fact, once: else the whole file is refused."""
    for position, name in enumerate(header):
        if name in header[:position]:
            raise InputError(f"{source}: the column {name!r} is there twice", fact=name)
        if name != ID:
            try:
                kb.normalise({name: None})  # the library's own message, with "did you mean"
            except InputError as error:
                raise InputError(f"{source}, first line: {error}", fact=error.fact) from None

"""A batch's pipeline: items in, outcomes out in input order, each distinct input reasoned once.

In this thread, each item is checked here (``normalise``), so a bad item costs no reasoning, and
keyed as the report cache keys checked observations. With worker processes, the parent does as
little as it can per item (it shares the cores with the workers): an item given as a plain dict
of bool, number and text values is keyed as given (as ``diagnose``'s first cache keys it) and
checked by the worker, whose error for a bad item is the very one ``diagnose`` raises; any other
item is checked here, for its key. An input already diagnosed in this run, or in flight, is not
sent again (the reports of
the last ``DEFAULT_CACHE_SIZE`` distinct inputs are kept), and its report is the same object, or
an equal one rebuilt from what a worker sent (kept as it came, one bytes object a report: a
thousand reports kept whole would be objects enough to make every full collection of the
garbage collector, and so the parent's work, markedly slower).
Items are read lazily, and at most ``window`` chunks are in flight and a bounded number of items
wait, so memory stays flat however long the input is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Future
from typing import Any, TypeVar

from .._conclusions.knowledge_base import DEFAULT_CACHE_SIZE, KnowledgeBase
from .._conclusions.memo import Key, Memo, given_key, report_key
from .._conclusions.report import Report
from .._errors import EngineError, HeatpumpExpertError
from .progress import ProgressCallback
from .workers import Outcome, Submit, Unranked

K = TypeVar("K")
Observations = Mapping[str, object]
#: What a batch reads: a key, and observations to check or the error they already gave.
Entry = tuple[K, "Observations | HeatpumpExpertError"]


class _Cell:
    """The outcome of one distinct input, shared by every item that repeats it."""

    __slots__ = ("outcome",)

    def __init__(self, outcome: Outcome | None = None) -> None:
        self.outcome = outcome


class Run:
    """One batch: items read in order, distinct inputs sent in chunks, outcomes handed out."""

    def __init__(
        self,
        kb: KnowledgeBase,
        submit: Submit,
        chunksize: int,
        window: int,
        *,
        worker_checks: bool = False,
    ) -> None:
        """``worker_checks``: whoever reasons checks each observation (``submit`` sends plain
        items as they came); else every item is checked here and sent checked."""
        self._kb = kb
        self._worker_checks = worker_checks
        self._submit = submit
        self._chunksize = chunksize
        self._window = window
        self._memo: Memo[Report | Unranked] = Memo(DEFAULT_CACHE_SIZE)
        self._in_flight: dict[Key, _Cell] = {}
        self._open: list[tuple[Key, _Cell, Mapping[str, Any]]] = []
        self._sent: deque[tuple[Future[Sequence[Outcome | Unranked]], list[tuple[Key, _Cell]]]] = (
            deque()
        )

    def outcomes(
        self,
        entries: Iterable[Entry[K]],
        *,
        raise_errors: bool,
        progress: ProgressCallback | None,
        total: int | None,
    ) -> Iterator[tuple[K, Outcome]]:
        """Each entry's key and outcome, in order: handed out as soon as it is there, or when
        the chunks in flight (or the items waiting) reach their bound."""
        waiting: deque[tuple[K, _Cell]] = deque()
        done = 0
        for key, observations in entries:
            waiting.append((key, self._cell(observations)))
            while waiting and self._must_hand_out(waiting):
                done += 1
                yield self._hand_out(waiting, raise_errors, progress, (done, total))
        self._send()
        while waiting:
            done += 1
            yield self._hand_out(waiting, raise_errors, progress, (done, total))

    def _hand_out(
        self,
        waiting: deque[tuple[K, _Cell]],
        raise_errors: bool,
        progress: ProgressCallback | None,
        counts: tuple[int, int | None],
    ) -> tuple[K, Outcome]:
        key, cell = waiting.popleft()
        outcome = self._resolve(cell)
        if progress is not None:
            progress(*counts)
        if raise_errors and isinstance(outcome, HeatpumpExpertError):
            raise outcome
        return key, outcome

    def _must_hand_out(self, waiting: deque[tuple[K, _Cell]]) -> bool:
        return (
            waiting[0][1].outcome is not None
            or len(self._sent) >= self._window
            or len(waiting) > self._window * self._chunksize
        )

    def _cell(self, observations: Observations | HeatpumpExpertError) -> _Cell:
        """The cell that will hold this item's outcome: filled at once for a bad or known input,
        shared with the same input in flight, else a new one in the chunk being filled."""
        if isinstance(observations, HeatpumpExpertError):
            return _Cell(observations)
        key = given_key(observations, {}) if self._worker_checks else None
        observed: Mapping[str, Any]
        if key is not None:  # a plain dict (or None): copied as it is now, as the caller may
            observed = dict(observations or {})  # change or reuse it before it is sent
        else:
            try:
                observed = self._kb.normalise(observations)
            except HeatpumpExpertError as error:
                return _Cell(error)
            key = report_key(observed, (), True)
        cell = self._in_flight.get(key)
        if cell is not None:
            return cell
        known = self._memo.get(key)
        if known is not None:
            return _Cell(known.report(self._kb) if isinstance(known, Unranked) else known)
        cell = self._in_flight[key] = _Cell()
        self._open.append((key, cell, observed))
        if len(self._open) >= self._chunksize:
            self._send()
        return cell

    def _send(self) -> None:
        if self._open:
            future = self._submit([observed for _, _, observed in self._open])
            self._sent.append((future, [(key, cell) for key, cell, _ in self._open]))
            self._open = []

    def _resolve(self, cell: _Cell) -> Outcome:
        """The cell's outcome, waiting for the oldest chunks in flight until it is there."""
        while cell.outcome is None:
            if not self._sent:
                self._send()
            future, cells = self._sent.popleft()
            try:
                outcomes = future.result()
            except BrokenExecutor as error:  # a worker process died, or could not start
                raise EngineError(f"a worker process of the batch died: {error}") from error
            for (key, waiting_cell), sent in zip(cells, outcomes, strict=True):
                outcome = sent.report(self._kb) if isinstance(sent, Unranked) else sent
                waiting_cell.outcome = outcome
                del self._in_flight[key]
                if not isinstance(sent, HeatpumpExpertError):
                    self._memo.put(key, sent)
        return cell.outcome

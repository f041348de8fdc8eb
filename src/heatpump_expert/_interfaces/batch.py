"""``diagnose_many``: many diagnoses streamed in input order, in this process or in a pool.

The public call checks its options at once and returns a lazy iterator; ``stream`` is the batch
on entries already split into key and observations, shared by the ``batch`` command and
``diagnose_frame``. The order, the de-duplication and the bounds live in ``pipeline``; where
the reasoning happens, in ``workers``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import Any, Literal, TypeVar, overload

from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._conclusions.report import Report
from .._errors import HeatpumpExpertError, InvalidValueError
from .pipeline import Entry, Observations, Run
from .progress import ProgressBar, ProgressCallback
from .workers import Outcome, in_pool, in_this_thread, process_pool

K = TypeVar("K")

#: Chunks in flight per worker: enough to keep each busy while results are handed out.
_CHUNKS_PER_WORKER = 4


@overload
def diagnose_many(
    items: Iterable[tuple[K, Observations]],
    *,
    workers: int | None = ...,
    errors: Literal["raise"] = ...,
    progress: bool | ProgressCallback = ...,
    chunksize: int = ...,
    knowledge_base: KnowledgeBase | None = ...,
    rank_in_workers: bool = ...,
) -> Iterator[tuple[K, Report]]: ...
@overload
def diagnose_many(
    items: Iterable[tuple[K, Observations]],
    *,
    workers: int | None = ...,
    errors: Literal["return"],
    progress: bool | ProgressCallback = ...,
    chunksize: int = ...,
    knowledge_base: KnowledgeBase | None = ...,
    rank_in_workers: bool = ...,
) -> Iterator[tuple[K, Report | HeatpumpExpertError]]: ...
@overload
def diagnose_many(
    items: Iterable[Observations],
    *,
    workers: int | None = ...,
    errors: Literal["raise"] = ...,
    progress: bool | ProgressCallback = ...,
    chunksize: int = ...,
    knowledge_base: KnowledgeBase | None = ...,
    rank_in_workers: bool = ...,
) -> Iterator[tuple[int, Report]]: ...
@overload
def diagnose_many(
    items: Iterable[Observations],
    *,
    workers: int | None = ...,
    errors: Literal["return"],
    progress: bool | ProgressCallback = ...,
    chunksize: int = ...,
    knowledge_base: KnowledgeBase | None = ...,
    rank_in_workers: bool = ...,
) -> Iterator[tuple[int, Report | HeatpumpExpertError]]: ...
def diagnose_many(
    items: Iterable[Any],
    *,
    workers: int | None = None,
    errors: str = "raise",
    progress: bool | ProgressCallback = False,
    chunksize: int = 16,
    knowledge_base: KnowledgeBase | None = None,
    rank_in_workers: bool = False,
) -> Iterator[tuple[Any, Report | HeatpumpExpertError]]:
    """Diagnose many sets of observations; yield ``(key, report)`` pairs in input order.

    ``items``: mappings of observations, whose key is their position (0, 1, ...), or
    ``(key, observations)`` pairs (a tuple of two), whose key is given back as it is.
    Reports equal what ``diagnose`` gives for each item. Items are read as results are
    handed out, so an endless input works.

    ``workers``: None reasons in the calling thread; a number starts that many worker
    processes (spawned, each compiling the knowledge base once), shut down when the iteration
    ends. Identical inputs are diagnosed once (with workers: dicts of the same facts and values
    in the same order, checked by the workers; else, once checked here). ``chunksize``: items
    sent to a worker at a time.
    ``errors="raise"`` raises the library's error of the first bad item, when its turn comes;
    ``errors="return"`` yields ``(key, error)`` in its place and goes on.
    ``progress=True`` draws a progress bar on standard error; a callable is called as
    ``progress(done, total)`` instead (``total`` is None when ``items`` has no length).
    ``knowledge_base``: one from ``load_knowledge_base`` (default: the built-in one).
    As from ``diagnose``, a report ranks its ``questions`` when they are first read (see
    ``Report``), in this process: workers send reports without them. A caller that reads every
    report's questions (``to_dict``, printing) passes ``rank_in_workers=True``: the workers rank
    them, in parallel (no effect without workers).
    """
    _check_options(workers, errors, chunksize, progress, rank_in_workers)
    total = len(items) if isinstance(items, Sized) else None
    entries = (_entry(position, item) for position, item in enumerate(items))
    bar = ProgressBar() if progress is True else None
    callback = bar or (progress if callable(progress) else None)
    return _closing(
        stream(
            entries,
            knowledge_base=knowledge_base,
            workers=workers,
            raise_errors=errors == "raise",
            progress=callback,
            chunksize=chunksize,
            total=total,
            rank_in_workers=rank_in_workers,
        ),
        bar,
    )


def stream(
    entries: Iterable[Entry[K]],
    *,
    knowledge_base: KnowledgeBase | None = None,
    workers: int | None = None,
    raise_errors: bool = False,
    progress: ProgressCallback | None = None,
    chunksize: int = 16,
    total: int | None = None,
    rank_in_workers: bool = False,
) -> Iterator[tuple[K, Outcome]]:
    """The batch itself, on entries already split into key and observations (or an error).

    ``rank_in_workers``: worker processes rank each report's questions (for a caller that reads
    every report whole); else a report's questions are ranked here when first read.
    """
    kb = knowledge_base if knowledge_base is not None else default_knowledge_base()
    options: dict[str, Any] = {"raise_errors": raise_errors, "progress": progress, "total": total}
    if workers is None:
        yield from Run(kb, in_this_thread(kb), 1, 1).outcomes(entries, **options)
        return
    pool = process_pool(workers, kb.data)
    try:
        submit = in_pool(pool, rank_questions=rank_in_workers)
        run = Run(kb, submit, chunksize, workers * _CHUNKS_PER_WORKER, worker_checks=True)
        yield from run.outcomes(entries, **options)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _entry(position: int, item: object) -> tuple[Any, Any]:
    """A ``(key, observations)`` pair as given, or a mapping keyed by its position."""
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1]
    return position, item


def _closing(
    outcomes: Iterator[tuple[K, Outcome]], bar: ProgressBar | None
) -> Iterator[tuple[K, Outcome]]:
    try:
        yield from outcomes
    finally:
        if bar is not None:
            bar.close()


def _check_options(
    workers: object, errors: object, chunksize: object, progress: object, rank_in_workers: object
) -> None:
    if workers is not None and not _positive(workers):
        raise InvalidValueError(
            f"workers is a number of processes, 1 or more, or None; not {workers!r}",
            fact="workers",
        )
    if not _positive(chunksize):
        raise InvalidValueError(f"chunksize is 1 or more, not {chunksize!r}", fact="chunksize")
    if errors not in ("raise", "return"):
        raise InvalidValueError(f'errors is "raise" or "return", not {errors!r}', fact="errors")
    if not isinstance(progress, bool) and not callable(progress):
        raise InvalidValueError(
            f"progress is True, False or a callable(done, total), not {progress!r}",
            fact="progress",
        )
    if not isinstance(rank_in_workers, bool):
        raise InvalidValueError(
            f"rank_in_workers is True or False, not {rank_in_workers!r}", fact="rank_in_workers"
        )


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1

"""Where a batch reasons: in the calling thread, or in worker processes of a pool.

A worker process is started with the ``spawn`` method on every platform: a fresh interpreter,
never a ``fork`` of a process whose other threads may hold locks, and the environment of the
moment (a cache directory set by the host is seen). Its initializer compiles the knowledge base
once, from the checked data of the parent's own (sent once per worker, some 30 ms to read), so
both ends hold the same one. A task is a chunk of observations, which the worker checks (the
parent sends them as given, or already checked: checking is idempotent); its result, a report
or the library's error for each, in order. A report travels packed against that knowledge base
(``compact``) and without its questions (``Unranked``): the parent rebuilds it from its own
knowledge base and gives it the means to rank its questions when they are first read, as a
report of ``diagnose`` has, so a worker never ranks questions nobody reads; unless the caller
reads every report whole and asks the workers to rank them (``rank_in_workers``).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import pickle
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any

from .._conclusions.compact import pack_compact, unpack_compact
from .._conclusions.knowledge_base import KnowledgeBase
from .._conclusions.report import Report
from .._errors import HeatpumpExpertError
from .._knowledge.model import KnowledgeBaseData

Outcome = Report | HeatpumpExpertError
Chunk = Sequence[Mapping[str, Any]]


class Unranked:
    """A report from a worker process, its questions not ranked yet: pickled on its own, packed
    against the batch's knowledge base. One bytes object, which the garbage collector never
    visits, however long the batch keeps it to answer a repeated input."""

    __slots__ = ("pickled",)

    def __init__(self, pickled: bytes) -> None:
        self.pickled = pickled

    def __reduce__(self) -> tuple[Any, ...]:
        return (Unranked, (self.pickled,))

    def report(self, kb: KnowledgeBase) -> Report:
        """The report, ranking its questions on ``kb`` (the batch's) when they are first read."""
        return unpack_compact(kb.data, pickle.loads(self.pickled))


#: Hands a chunk to whoever reasons on it; the future holds one outcome per observation.
Submit = Callable[[Chunk], "Future[Sequence[Outcome | Unranked]]"]

_worker_kb: KnowledgeBase | None = None


def reason_chunk(kb: KnowledgeBase, chunk: Chunk, *, check: bool = False) -> list[Outcome]:
    """Reason on each observation (normalised, unless ``check``: then checked first); a library
    error takes the place of its report."""
    outcomes: list[Outcome] = []
    for observed in chunk:
        try:
            outcomes.append(kb.reason(kb.normalise(observed) if check else observed))
        except HeatpumpExpertError as error:
            outcomes.append(error)
    return outcomes


def in_this_thread(kb: KnowledgeBase) -> Submit:
    """Reason on each chunk at once, in the calling thread (a batch without workers)."""

    def submit(chunk: Chunk) -> Future[Sequence[Outcome | Unranked]]:
        future: Future[Sequence[Outcome | Unranked]] = Future()
        future.set_result(reason_chunk(kb, chunk))
        return future

    return submit


def process_pool(workers: int, data: KnowledgeBaseData) -> concurrent.futures.Executor:
    """A pool of ``workers`` spawned processes, each compiling the knowledge base of ``data``
    (the batch's, checked) once."""
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(data,),
    )


def in_pool(pool: concurrent.futures.Executor, *, rank_questions: bool = False) -> Submit:
    """Send each chunk to a worker of ``pool``; ``rank_questions``: the worker ranks each
    report's questions (for a caller that reads them all), else they travel unranked."""

    def submit(chunk: Chunk) -> Future[Sequence[Outcome | Unranked]]:
        return pool.submit(_reason_in_worker, chunk, rank_questions)

    return submit


def _start_worker(data: KnowledgeBaseData) -> None:  # pragma: no cover - in a worker
    global _worker_kb  # noqa: PLW0603 - the worker process's one knowledge base
    _worker_kb = KnowledgeBase(data, cache_size=0)


def _reason_in_worker(  # pragma: no cover - in a worker
    chunk: Chunk, rank_questions: bool
) -> list[Outcome | Unranked]:
    if _worker_kb is None:
        raise RuntimeError("the worker process was started without its initializer")
    outcomes = reason_chunk(_worker_kb, chunk, check=True)
    if rank_questions:  # each report pickles whole, its questions ranked here
        return [*outcomes]
    data = _worker_kb.data
    return [
        Unranked(pickle.dumps(pack_compact(data, outcome), protocol=pickle.HIGHEST_PROTOCOL))
        if isinstance(outcome, Report)
        else outcome
        for outcome in outcomes
    ]

"""Where a batch reasons: in the calling thread, or in worker processes of a pool.

A worker process is started with the ``spawn`` method on every platform: a fresh interpreter,
never a ``fork`` of a process whose other threads may hold locks, and the environment of the
moment (a cache directory set by the host is seen). Its initializer loads the knowledge base
once: the built-in one through ``default_knowledge_base()``, which reads the on-disk cache of
checked knowledge bases (milliseconds), or a caller's knowledge base from its checked data, sent
once per worker. A task is a chunk of normalised observations; its result, a report or the
library's error for each, in order. A report travels packed and without its questions
(``Unranked``): the parent gives it the means to rank them when they are first read, as a
report of ``diagnose`` has, so a worker never ranks questions nobody reads; unless the caller
reads every report whole and asks the workers to rank them (``rank_in_workers``).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any

from .._conclusions.build import questions_later
from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._conclusions.packing import Packed, pack_report, unpack_report
from .._conclusions.report import Report
from .._errors import HeatpumpExpertError
from .._knowledge.model import KnowledgeBaseData

Outcome = Report | HeatpumpExpertError
Chunk = Sequence[Mapping[str, Any]]


class Unranked:
    """A report from a worker process, packed, its questions not ranked yet."""

    __slots__ = ("packed",)

    def __init__(self, packed: Packed) -> None:
        self.packed = packed

    def __reduce__(self) -> tuple[Any, ...]:
        return (Unranked, (self.packed,))

    def report(self, kb: KnowledgeBase) -> Report:
        """The report, ranking its questions on ``kb`` (the batch's) when they are first read."""
        report = unpack_report(Report, self.packed)
        return questions_later(kb.data, report, dict(report.observations))


#: Hands a chunk to whoever reasons on it; the future holds one outcome per observation.
Submit = Callable[[Chunk], "Future[Sequence[Outcome | Unranked]]"]

_worker_kb: KnowledgeBase | None = None


def reason_chunk(kb: KnowledgeBase, chunk: Chunk) -> list[Outcome]:
    """Reason on each normalised observation; a library error takes the place of its report."""
    outcomes: list[Outcome] = []
    for observed in chunk:
        try:
            outcomes.append(kb.reason(observed))
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


def process_pool(workers: int, data: KnowledgeBaseData | None) -> concurrent.futures.Executor:
    """A pool of ``workers`` spawned processes, each loading the knowledge base once.

    ``data``: a caller's checked knowledge base, or None for the built-in one.
    """
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


def _start_worker(data: KnowledgeBaseData | None) -> None:  # pragma: no cover - in a worker
    global _worker_kb  # noqa: PLW0603 - the worker process's one knowledge base
    _worker_kb = default_knowledge_base() if data is None else KnowledgeBase(data, cache_size=0)


def _reason_in_worker(  # pragma: no cover - in a worker
    chunk: Chunk, rank_questions: bool
) -> list[Outcome | Unranked]:
    if _worker_kb is None:
        raise RuntimeError("the worker process was started without its initializer")
    outcomes = reason_chunk(_worker_kb, chunk)
    if rank_questions:  # each report pickles whole, its questions ranked here
        return [*outcomes]
    return [
        Unranked(pack_report(outcome, questions=False)) if isinstance(outcome, Report) else outcome
        for outcome in outcomes
    ]

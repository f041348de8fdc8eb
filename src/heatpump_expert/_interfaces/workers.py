"""Where a batch reasons: in the calling thread, or in worker processes of a pool.

A worker process is started with the ``spawn`` method on every platform: a fresh interpreter,
never a ``fork`` of a process whose other threads may hold locks, and the environment of the
moment (a cache directory set by the host is seen). Its initializer loads the knowledge base
once: the built-in one through ``default_knowledge_base()``, which reads the on-disk cache of
checked knowledge bases (milliseconds), or a caller's knowledge base from its checked data, sent
once per worker. A task is a chunk of normalised observations; its result, a report or the
library's error for each, in order.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from typing import Any

from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._conclusions.report import Report
from .._errors import HeatpumpExpertError
from .._knowledge.model import KnowledgeBaseData

Outcome = Report | HeatpumpExpertError
Chunk = Sequence[Mapping[str, Any]]
#: Hands a chunk to whoever reasons on it; the future holds one outcome per observation.
Submit = Callable[[Chunk], "Future[list[Outcome]]"]

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

    def submit(chunk: Chunk) -> Future[list[Outcome]]:
        future: Future[list[Outcome]] = Future()
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


def in_pool(pool: concurrent.futures.Executor) -> Submit:
    """Send each chunk to a worker of ``pool``."""

    def submit(chunk: Chunk) -> Future[list[Outcome]]:
        return pool.submit(_reason_in_worker, chunk)

    return submit


def _start_worker(data: KnowledgeBaseData | None) -> None:  # pragma: no cover - in a worker
    global _worker_kb  # noqa: PLW0603 - the worker process's one knowledge base
    _worker_kb = default_knowledge_base() if data is None else KnowledgeBase(data, cache_size=0)


def _reason_in_worker(chunk: Chunk) -> list[Outcome]:  # pragma: no cover - in a worker
    if _worker_kb is None:
        raise RuntimeError("the worker process was started without its initializer")
    return reason_chunk(_worker_kb, chunk)

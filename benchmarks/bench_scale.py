"""Scale figures for bench_diagnose.py: batch throughput, Dask throughput, memory over a long run.

Each prints figures and asserts nothing. Inputs are distinct (a base case varied by two
numbers), so no report cache or batch de-duplication flatters the throughput; the memory run
mixes repeats in, as a fleet's telemetry does, and goes on far past the report cache's size.
"""

from __future__ import annotations

import logging
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from heatpump_expert import Report, diagnose, diagnose_many
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base

#: Base cases, each valid for every variation below.
BASES: list[dict[str, object]] = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {"mode": "heat", "reduced_heating": True, "outdoor_temp_f": 20, "outdoor_ice": "heavy_ice"},
    {"smell": "electrical_burning", "mode": "heat"},
    {"power_state": "breaker_tripped", "breaker_tripped_again": True},
    {"mode": "heat", "outdoor_steam": True, "outdoor_temp_f": 30},
    {"mode": "cool", "return_air_temp_f": 76, "supply_air_temp_f": 66, "filter_dirty": True},
    {"noise": "grinding", "outdoor_fan_running": False},
]


def distinct(count: int, start: int = 0) -> Iterator[dict[str, object]]:
    """``count`` different inputs: the bases with months since service and filter age varied."""
    for i in range(start, start + count):
        step = i // len(BASES)
        yield dict(
            BASES[i % len(BASES)],
            months_since_service=step % 600,
            filter_age_months=(step // 600) % 240,
        )


def _line(label: str, figures: str) -> None:
    print(f"{label:<38} {figures}")


def batch_figures(count: int, rounds: int = 1) -> None:
    """diagnose_many on ``count`` distinct inputs: in this process, then 1 and 2 workers.

    The caller reads what a fleet's summary reads of each report (its top diagnosis, the
    escalation, the advisories: the columns of ``diagnose_frame``). With ``rounds`` above 1 the
    three runs are repeated in turn, on new inputs each time: each rate is the median of its
    runs, and the ratio the median of the rounds' own ratios (1 and 2 workers measured a few
    seconds apart, so a burst of the machine's other work moves one round, not the figure).
    """
    default_knowledge_base().diagnose({})
    rates: dict[int | None, list[float]] = {None: [], 1: [], 2: []}
    walls: dict[int | None, list[float]] = {None: [], 1: [], 2: []}
    runs = [workers for _ in range(rounds) for workers in (None, 1, 2)]
    for offset, workers in enumerate(runs):
        items = list(distinct(count, start=(offset + 1) * 1_000_000))
        start = time.perf_counter()
        first = None
        summary = []
        for _, report in diagnose_many(items, workers=workers):
            first = first or time.perf_counter()
            summary.append(_summary(report))
        end = time.perf_counter()
        assert first is not None
        assert len(summary) == count
        rates[workers].append((count - 1) / (end - first))
        walls[workers].append(end - start)
    for workers in (None, 1, 2):
        label = "batch, in this process" if workers is None else f"batch, {workers} worker(s)"
        rate, wall = statistics.median(rates[workers]), statistics.median(walls[workers])
        figures = f"{rate:8.0f} diagnoses/s   ({wall:.1f} s wall with start-up)"
        _line(label, figures + f", n={count}" + (f", median of {rounds}" if rounds > 1 else ""))
    ratios = [two / one for one, two in zip(rates[1], rates[2], strict=True)]
    each = ", ".join(f"{ratio:.2f}" for ratio in ratios)
    median = f"{statistics.median(ratios):8.2f} x"
    _line("ratio 2 workers / 1 worker", median + (f"   (rounds: {each})" if rounds > 1 else ""))


def _summary(report: Report) -> tuple[object, ...]:
    """What a fleet's summary reads of a report (the columns of ``diagnose_frame``)."""
    top = report.diagnoses[0] if report.diagnoses else None
    return (
        None if top is None else (top.code, top.kind, top.certainty),
        report.escalation.level,
        report.escalation.if_unresolved,
        tuple(advisory.code for advisory in report.advisories),
    )


def dask_figures(count: int) -> None:
    """heatpump_expert.dask on a local cluster of two worker processes, one thread each."""
    # The dask extra is imported for this figure only: the other runs stay free of it.
    import dask.dataframe as dd  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415
    from dask.distributed import Client, LocalCluster  # noqa: PLC0415

    from heatpump_expert.dask import diagnose_dataframe  # noqa: PLC0415

    frame = pd.DataFrame(list(distinct(count, start=5_000_000)))
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=logging.ERROR
    )
    with cluster, Client(cluster) as client:
        client.run(_warm_worker)
        start = time.perf_counter()
        diagnose_dataframe(dd.from_pandas(frame, npartitions=8)).compute()
        elapsed = time.perf_counter() - start
    _line("dask, local cluster of 2 processes", f"{count / elapsed:8.0f} rows/s   n={count}")


def memory_figures(count: int) -> None:
    """Peak memory over ``count`` diagnoses, in a fresh process that does nothing else."""
    run = [sys.executable, __file__, "--memory", str(count)]
    print(subprocess.run(run, check=True, capture_output=True, text=True).stdout, end="")


def _warm_worker() -> None:
    """Load the knowledge base in a Dask worker and build its engine, before the clock starts."""
    default_knowledge_base().diagnose({})


def _memory_run(count: int) -> None:
    """``count`` diagnoses through diagnose(), whose report cache holds DEFAULT_CACHE_SIZE
    reports: one input in four is new, the others repeat one of the last 256 new ones. Prints
    the resident memory once loaded, after a tenth of the run and at its end (flat: the rest
    of the run added nothing), and the peak."""

    def stream() -> Iterator[dict[str, object]]:
        fresh = distinct(count, start=8_000_000)
        recent: list[dict[str, object]] = []
        for i in range(count):
            if i % 4 == 0 or not recent:
                recent = [*recent[-255:], next(fresh)]
                yield recent[-1]
            else:
                yield recent[(i * 7919) % len(recent)]

    kb = default_knowledge_base()
    kb.diagnose({})
    loaded = _memory()
    checkpoint = count // 10
    start = time.perf_counter()
    for i, observations in enumerate(stream(), start=1):
        diagnose(observations)
        if i == checkpoint:
            early = _memory()
    late = _memory()
    _line(
        f"memory over {count:,} diagnoses",
        f"RSS {loaded[1]:.1f} MiB loaded, {early[1]:.1f} after {checkpoint:,}, {late[1]:.1f} after "
        f"{count:,}; peak {late[0]:.1f} ({loaded[0]:.1f} while loading)",
    )
    minutes = (time.perf_counter() - start) / 60
    kept = f"{len(kb._memo)} reports kept"
    _line("", f"{(count + 3) // 4:,} distinct inputs, {kept}, {minutes:.1f} min")


def _memory() -> tuple[float, float]:
    """Peak and current resident memory of this process, in MiB (Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    now = pages * resource.getpagesize() / 2**20
    return max(peak, now), now  # the kernel updates the peak lazily


if __name__ == "__main__":
    _memory_run(int(sys.argv[sys.argv.index("--memory") + 1]))

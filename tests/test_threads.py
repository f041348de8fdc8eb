"""diagnose is safe to call from several threads at once."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from heatpump_expert import diagnose, load_knowledge_base
from heatpump_expert._engine.pool import DEFAULT_KEEP

from .batch_cases import CASES
from .shared import KB


def test_four_threads_calling_diagnose_give_the_serial_reports() -> None:
    """Four threads at once, on inputs new to the report cache and each given four times (so
    threads reason side by side, each on an engine of its own, and also meet in the cache):
    byte for byte the reports of serial reasoning without the cache."""
    cases = [dict(case, months_since_service=97) for case in CASES]  # not in the cache yet
    expected = [KB.reason_in_full(KB.normalise(case))[0].to_json() for case in cases]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda case: diagnose(case).to_json(), cases * 4))
    assert results == expected * 4


def test_a_burst_of_64_threads_leaves_only_a_few_engines_held() -> None:
    """64 threads reasoning at once on one part build what engines they need (as many as are
    busy together); once they are done, the part's pool keeps at most its bound (DEFAULT_KEEP)
    and lets the rest go, and every thread got the serial report."""
    kb = load_knowledge_base(cache_size=0)
    case = kb.normalise({"mode": "cool", "reduced_cooling": True, "filter_dirty": True})
    start = threading.Barrier(64)

    def reason(_: int) -> str:
        start.wait()  # all at once, so that no engine is free to be reused
        return kb.reason(case).to_json()

    with ThreadPoolExecutor(max_workers=64) as pool:
        results = list(pool.map(reason, range(64)))
    assert results == [kb.reason(case).to_json()] * 64
    assert 1 <= kb._parts.pool(kb._reach.rules_for_values(case)).free <= DEFAULT_KEEP

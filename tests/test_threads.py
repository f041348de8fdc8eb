"""diagnose is safe to call from several threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from heatpump_expert import diagnose

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

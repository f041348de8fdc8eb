"""diagnose is safe to call from several threads at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from heatpump_expert import diagnose

CASES: list[dict[str, object]] = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {"mode": "heat", "reduced_heating": True, "outdoor_temp_f": 20},
    {"smell": "electrical_burning"},
    {"power_state": "breaker_tripped", "breaker_tripped_again": True},
    {},
]


def test_concurrent_calls_give_the_same_reports_as_serial_calls() -> None:
    """Many threads, many calls: each report equals the one computed alone."""
    expected = [diagnose(case).to_json() for case in CASES]
    work = CASES * 8
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda case: diagnose(case).to_json(), work))
    assert results == expected * 8

"""Speed and memory of diagnose(), with a baseline measured in the same run.

Prints figures; asserts nothing about time (timed assertions make flaky tests). The baseline is
what the library deliberately avoids: building a fresh experta engine for every call. The ratio
shows what the compiled-once, pooled engine saves on this machine, today. Then the scale
figures (``bench_scale``): peak memory over 100,000 diagnoses, batch throughput with 1 and 2
worker processes, and Dask on a local cluster (the dask extra); the cold command line beside a
bare import (``bench_start``); and thousands of generated rules on top of the built-in ones
(``bench_large``).

    python benchmarks/bench_diagnose.py [--quick]   (--quick: fewer rounds and items, for CI)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_large import large_kb_figures
from bench_scale import batch_figures, dask_figures, memory_figures
from bench_start import cold_start_figures

from heatpump_expert import diagnose, load_knowledge_base
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._engine.compiler import compile_engine

CASES: list[dict[str, object]] = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {"mode": "heat", "reduced_heating": True, "outdoor_temp_f": 20, "outdoor_ice": "heavy_ice"},
    {"smell": "electrical_burning", "mode": "heat"},
    {"power_state": "breaker_tripped", "breaker_tripped_again": True},
    {"mode": "cool", "return_air_temp_f": 76, "supply_air_temp_f": 66, "superheat_f": 25,
     "subcooling_f": 4, "metering_device": "txv", "suction_pressure": "low"},
    {"system_type": "ground_source", "entering_water_temp_f": 28, "loop_flow": "low"},
    {},
]  # fmt: skip


def _time_calls(call: Callable[[dict[str, object]], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for case in CASES:
            start = time.perf_counter()
            call(case)
            samples.append(time.perf_counter() - start)
    return samples


def _with_questions(kb: Any) -> Callable[[dict[str, object]], object]:
    def call(case: dict[str, object]) -> object:
        return kb.diagnose(case).questions

    return call


_WHOLE: list[type[Any]] = []


def _fresh_engine_call(case: dict[str, object]) -> object:
    kb = default_knowledge_base()
    if not _WHOLE:
        _WHOLE.append(compile_engine(kb.data))
    engine = _WHOLE[0]()  # the anti-pattern: a new engine (and Rete network) per call
    engine.start(kb.normalise(case))
    engine.run()
    return list(engine.facts.values())


_STOCK: list[object] = []


def _stock_engine_call(case: dict[str, object]) -> object:
    """The same rules on a stock experta engine, reused: experta's own matcher, untuned."""
    kb = default_knowledge_base()
    if not _STOCK:
        _STOCK.append(compile_engine(kb.data, tuned=False)())
    engine: Any = _STOCK[0]
    engine.start(kb.normalise(case))
    engine.run()
    return list(engine.facts.values())


def _summary(name: str, samples: list[float], *, micro: bool = False) -> float:
    median = statistics.median(samples)
    p95 = sorted(samples)[int(len(samples) * 0.95) - 1]
    scale, unit = (1e6, "us") if micro else (1e3, "ms")
    print(
        f"{name:<38} median {median * scale:8.2f} {unit}   p95 {p95 * scale:8.2f} {unit}   "
        f"n={len(samples)}"
    )
    return median


def _consultation_figures(cases: int) -> None:
    """Issue 4's measure: questions a consultation needs to reach a realistic case's diagnosis."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the evaluation lives in tests/
    from tests.consultation_eval import (  # noqa: PLC0415 - needs the path set above
        MAX_QUESTIONS,
        feature_cases,
        run_case,
        sample,
    )

    start = time.perf_counter()
    outcomes = [run_case(name, case) for name, case in sample(list(feature_cases()), cases)]
    reached = [o for o in outcomes if o.reached]
    per_question = (time.perf_counter() - start) / max(1, sum(o.questions for o in outcomes))
    average = sum(o.questions for o in reached) / max(1, len(reached))
    label = f"consultation: reached within {MAX_QUESTIONS}"
    figures = f"{len(reached)}/{len(outcomes)} cases, {average:.1f} questions on average"
    print(f"{label:<38} {figures}, {per_question * 1000:.0f} ms per question")


def _owner_figures(diagnose_median: float) -> None:
    """Issue 10's measure: a simulated owner over the outside cases, and what a question costs."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the evaluation lives in tests/
    from tests.consultation_eval import (  # noqa: PLC0415 - needs the path set above
        MAX_OWNER_QUESTIONS,
        outside_cases,
        owner_figures,
        run_owner,
    )

    timings: list[float] = []
    figures = owner_figures([run_owner(case, timings=timings) for case in outside_cases()])
    label = f"consultation: ends right within {MAX_OWNER_QUESTIONS}"
    print(
        f"{label:<38} {figures.ended_right}/{figures.cases} cases ({figures.share:.0%}), "
        f"{figures.average_questions:.1f} questions on average"
    )
    median = statistics.median(timings)
    print(
        f"{'next_question(), median':<38} {median * 1000:8.2f} ms   "
        f"= {median / diagnose_median:.1f} diagnoses (budget 10)"
    )


def _new_facts_figures(quick: bool) -> None:
    """What a call costs when its set of facts is new: its engine (the part of the rules those
    facts can fire) is compiled first. The realistic and chart cases, each once, on a fresh
    knowledge base: nearly every one observes a different set of facts."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the cases live in tests/
    from tests.consultation_eval import outside_cases  # noqa: PLC0415 - needs the path set above

    fresh = load_knowledge_base(cache_size=0)
    cases = [case["observations"] for case in outside_cases()][: 30 if quick else None]
    samples = []
    for case in cases:
        start = time.perf_counter()
        fresh.diagnose(case)
        samples.append(time.perf_counter() - start)
    _summary("diagnose(), new set of facts", samples)
    mean = statistics.mean(samples) * 1000
    print(f"{'  mean (a part compiled almost each time)':<38} {mean:8.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds (for CI)")
    quick = parser.parse_args().quick
    rounds = 2 if quick else 10

    cold_start_figures(3 if quick else 10)
    os.environ["HEATPUMP_EXPERT_CACHE"] = "off"
    start = time.perf_counter()
    kb = load_knowledge_base(cache_size=0)  # no report cache: every call below reasons afresh
    elapsed = (time.perf_counter() - start) * 1000
    del os.environ["HEATPUMP_EXPERT_CACHE"]
    size = f"{len(kb.data.rules)} rules, {len(kb.data.facts)} facts"
    print(f"{'read + check + compile knowledge base':<38} {elapsed:8.1f} ms ({size})")
    load_knowledge_base()  # fills the knowledge-base cache if it is empty
    start = time.perf_counter()
    load_knowledge_base()
    elapsed = (time.perf_counter() - start) * 1000
    print(f"{'the same from the knowledge-base cache':<38} {elapsed:8.1f} ms")
    kb.diagnose({})  # one pooled engine
    diagnose({})  # warm the default knowledge base and its report cache

    _new_facts_figures(quick)
    for case in CASES:  # each set of facts compiles its part of the rules on its first call
        kb.diagnose(case)
    ours = _summary("diagnose(), uncached", _time_calls(kb.diagnose, rounds))
    # A report ranks its questions when they are first read: what a caller that reads them pays.
    _summary("  the same, reading its questions", _time_calls(_with_questions(kb), rounds))
    _time_calls(diagnose, 1)
    hits = _summary(
        "diagnose(), repeated input (cached)", _time_calls(diagnose, rounds), micro=True
    )
    print(f"{'ratio uncached / cached':<38} {ours / hits:8.1f} x   (target at least 100)")
    checking = _summary(
        "checking the same input (normalise)", _time_calls(kb.normalise, rounds), micro=True
    )
    print(f"{'ratio cached / checking the input':<38} {hits / checking:8.2f} x   (target within 2)")
    baseline = _summary(
        "baseline: fresh engine per call", _time_calls(_fresh_engine_call, max(1, rounds // 2))
    )
    print(f"{'ratio baseline / uncached':<38} {baseline / ours:8.1f} x")
    stock = _summary("stock experta engine, reused", _time_calls(_stock_engine_call, rounds))
    print(f"{'ratio stock engine / uncached':<38} {stock / ours:8.1f} x")

    _consultation_figures(cases=30)  # the same sample as tests/test_consultation_evaluation.py
    _owner_figures(ours)

    tracemalloc.start()
    for case in CASES:
        kb.diagnose(case)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{'peak memory over one pass of the cases':<38} {peak / 1024:8.0f} KiB")

    large_kb_figures((0, 2_000) if quick else (0, 1_000, 2_000), CASES)
    memory_figures(2_000 if quick else 100_000)
    batch_figures(150 if quick else 3_000, rounds=1 if quick else 5)
    dask_figures(150 if quick else 2_000)


if __name__ == "__main__":
    main()

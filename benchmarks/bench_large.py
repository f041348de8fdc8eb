"""Large knowledge bases for bench_diagnose.py: time in proportion to the rules, not worse.

A generated rule pack of N rules, each on two built-in facts with its own threshold, is loaded on
top of the built-in knowledge base (read, checked, compiled; the on-disk cache is off), then the
benchmark's cases are diagnosed, first on new parts (compiled on the first call) and then on
known ones. Prints figures and asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml

from heatpump_expert import load_knowledge_base


def _pack(count: int) -> dict[str, object]:
    rules = [
        {
            "id": f"airflow.generated_{index}",
            "title": f"Generated rule {index}",
            "status": "active",
            "when": [
                {"fact": "outdoor_temp_f", "below": -40 + (index % 130)},
                {"fact": "mode", "equals": ("heat", "cool")[index % 2]},
            ],
            "then": {"diagnoses": [{"code": "dirty_air_filter", "certainty": 0.05}]},
            "sources": ["S1"],
        }
        for index in range(count)
    ]
    return {"schema_version": 1, "subsystem": "airflow", "rules": rules}


def large_kb_figures(counts: Sequence[int], cases: Sequence[dict[str, object]]) -> None:
    """Load and diagnose with ``count`` generated rules on top of the built-in ones, each count."""
    os.environ["HEATPUMP_EXPERT_CACHE"] = "off"
    try:
        for count in counts:
            with tempfile.TemporaryDirectory() as folder:
                paths: list[Path] = []
                if count:
                    path = Path(folder) / "generated.yaml"
                    path.write_text(yaml.safe_dump(_pack(count)), encoding="utf-8")
                    paths.append(path)
                start = time.perf_counter()
                kb = load_knowledge_base(*paths, include_builtin=True, cache_size=0)
                loaded = time.perf_counter() - start
                first = _times(kb.diagnose, cases)
                again = _times(kb.diagnose, cases)
            total = len(kb.data.rules)
            print(
                f"{f'{total} rules (+{count} generated)':<38} load {loaded * 1000:6.0f} ms, "
                f"diagnose new part {statistics.median(first) * 1000:.2f} ms, "
                f"known {statistics.median(again) * 1000:.2f} ms"
            )
    finally:
        del os.environ["HEATPUMP_EXPERT_CACHE"]


def _times(call: object, cases: Sequence[dict[str, object]]) -> list[float]:
    samples = []
    for case in cases:
        start = time.perf_counter()
        call(case)  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return samples

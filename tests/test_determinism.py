"""The same observations give byte-identical reports: across processes and hash seeds, from a
cold start or the knowledge-base cache, one call at a time or in a batch of worker processes.

Sets and dicts keyed by strings iterate in an order that depends on the hash seed, and each
call's engine is compiled from a set of rules; none of that may reach a report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from heatpump_expert import diagnose, diagnose_many

from .case_sets import load_cases

_SCRIPT = """
import json, sys
from heatpump_expert import diagnose
for observations in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps(diagnose(observations).to_json()))  # one line each
"""


def _observations() -> list[dict[str, object]]:
    """The realistic and chart cases: 100 and more inputs from outside."""
    cases = load_cases("realistic_cases.yaml") + load_cases("chart_cases.yaml")
    return [case["observations"] for case in cases]


def _in_a_new_process(path: Path, seed: str, cache_dir: Path) -> list[str]:
    env = dict(os.environ, PYTHONHASHSEED=seed, HEATPUMP_EXPERT_CACHE_DIR=str(cache_dir))
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_reports_are_byte_identical_across_hash_seeds_processes_and_the_cache(
    tmp_path: Path,
) -> None:
    """Three hash seeds in new processes (the first filling an empty knowledge-base cache, the
    others reading it) give, line for line, the JSON this process gives."""
    observations = _observations()
    assert len(observations) > 100
    path = tmp_path / "observations.json"
    path.write_text(json.dumps(observations), encoding="utf-8")
    here = [diagnose(o).to_json() for o in observations]
    cache_dir = tmp_path / "cache"
    for seed in ("1", "2", "31337"):
        assert _in_a_new_process(path, seed, cache_dir) == here, f"hash seed {seed}"
    assert list(cache_dir.glob("*.pickle"))  # the later runs did start from the cache


def test_a_batch_in_two_worker_processes_gives_the_serial_json() -> None:
    """diagnose_many with 2 spawned workers: the same JSON, item for item, as serial calls."""
    observations = _observations()
    batch = [report.to_json() for _, report in diagnose_many(observations, workers=2)]
    assert batch == [diagnose(o).to_json() for o in observations]

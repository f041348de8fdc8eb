"""Start-up figures for bench_diagnose.py: a cold command-line diagnosis beside a bare import.

Each run is a new process; its CPU time (user + system, from ``getrusage`` of the children) is
compared with that of ``python -c "import attrs, cattrs, yaml, jsonschema"`` measured in the same
loop, run for run, so the ratio holds whatever the machine is doing. The knowledge-base cache is
filled first (the state of any machine after its first call); the figure without it, the very
first start, is printed too. Prints figures and asserts nothing.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile

DIAGNOSIS = [
    sys.executable,
    "-m",
    "heatpump_expert",
    "diagnose",
    "mode=cool",
    "reduced_cooling=true",
]
BASELINE = [sys.executable, "-c", "import attrs, cattrs, yaml, jsonschema"]


def _cpu(command: list[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds of one run of ``command`` (it must succeed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _line(label: str, figures: str) -> None:
    print(f"{label:<38} {figures}")


def cold_start_figures(runs: int) -> None:
    """Cold CLI diagnosis against the bare import, median CPU over ``runs`` pairs of runs."""
    _cpu(DIAGNOSIS)  # fills the knowledge-base cache if it is empty
    ours, bare = [], []
    for _ in range(runs):
        ours.append(_cpu(DIAGNOSIS))
        bare.append(_cpu(BASELINE))
    ours_median, bare_median = statistics.median(ours), statistics.median(bare)
    _line(
        "cold CLI diagnosis, CPU",
        f"{ours_median * 1000:8.0f} ms   (import attrs, cattrs, yaml, jsonschema: "
        f"{bare_median * 1000:.0f} ms), n={runs}",
    )
    _line("ratio cold CLI / bare import", f"{ours_median / bare_median:8.2f} x   (target 2.5)")
    with tempfile.TemporaryDirectory() as empty:
        env = dict(os.environ, HEATPUMP_EXPERT_CACHE_DIR=empty)
        first = _cpu(DIAGNOSIS, env)
    _line("first start ever (cache empty), CPU", f"{first * 1000:8.0f} ms")

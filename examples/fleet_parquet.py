"""Diagnose a fleet's observations stored as Parquet, on a Dask cluster, into Parquet.

    pip install '.[dask]'
    python examples/fleet_parquet.py [IN_PARQUET OUT_PARQUET] [--scheduler ADDRESS]

With no paths it writes a small sample fleet to a temporary folder first. With no
``--scheduler`` it starts a local cluster of two worker processes; give the address of a real
one (``tcp://scheduler:8786``) to run there instead.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

from heatpump_expert.dask import diagnose_dataframe

SAMPLE = pd.DataFrame(
    {
        "id": ["unit-1", "unit-2", "unit-3", "unit-4", "unit-5", "unit-6"],
        "mode": ["cool", "heat", "heat", None, "cool", "sideways"],
        "reduced_cooling": [True, None, None, None, True, None],
        "visible_debris": ["leaves", None, None, None, None, None],
        "outdoor_temp_f": [88.0, 20.0, 31.0, None, 95.0, None],
        "outdoor_ice": [None, "heavy_ice", None, None, None, None],
        "outdoor_steam": [None, None, True, None, None, None],
        "smell": [None, None, None, "electrical_burning", None, None],
    }
)


def write_sample(folder: Path) -> Path:
    """The sample fleet as a Parquet dataset of two files; returns its folder."""
    target = folder / "fleet.parquet"
    dd.from_pandas(SAMPLE, npartitions=2).to_parquet(target)
    return target


def diagnose_parquet(source: Path, target: Path) -> None:
    """Read observations from ``source``, write one row of conclusions per unit to ``target``."""
    observations = dd.read_parquet(source)
    diagnose_dataframe(observations).to_parquet(target, write_index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path, help="IN_PARQUET OUT_PARQUET")
    parser.add_argument("--scheduler", help="a Dask scheduler's address (default: local)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source, target = args.paths or (write_sample(Path(folder)), Path(folder) / "out.parquet")
        if args.scheduler:
            with Client(args.scheduler):
                diagnose_parquet(source, target)
        else:
            with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
                diagnose_parquet(source, target)
        print(pd.read_parquet(target).to_string(index=False))


if __name__ == "__main__":
    main()

"""``diagnose_dataframe``: ``diagnose_frame`` mapped over the partitions of a Dask DataFrame.

Each partition is diagnosed where it lies, by ``diagnose_frame``; the result's schema is given
to Dask up front (``meta``), so nothing is computed to find it out. A worker process loads the
built-in knowledge base once, from its on-disk cache, and keeps it for every partition after.
"""

from __future__ import annotations

from typing import Any

from .._errors import MissingExtraError
from .frame import diagnose_frame, empty_result

try:
    import dask.dataframe as dd
except ModuleNotFoundError as missing:
    raise MissingExtraError(
        "heatpump_expert.dask", "dask", missing.name or "dask[dataframe]"
    ) from None


def diagnose_dataframe(frame: dd.DataFrame) -> Any:
    """Diagnose every row of a Dask DataFrame, lazily: a Dask DataFrame of ``COLUMNS``.

    The input has one column per fact (missing = unknown) and optionally ``id``; the result
    keeps its index and partitions. Call ``.compute()``, ``.to_parquet(...)`` and so on, on
    any scheduler: threads, processes, or a ``distributed`` cluster.
    """
    # dask's map_partitions carries no annotations
    return frame.map_partitions(diagnose_frame, meta=empty_result())  # type: ignore[no-untyped-call]

"""``diagnose_dataframe``: ``diagnose_frame`` mapped over the partitions of a Dask DataFrame.

Each partition is diagnosed where it lies, by ``diagnose_frame``; the result's schema is given
to Dask up front (``meta``), so nothing is computed to find it out. A worker process loads the
built-in knowledge base once, from its on-disk cache, and keeps it for every partition after.
A caller's knowledge base travels as its checked data, one node of the task graph (so each
worker receives it once), and each worker compiles it once (``frame.diagnose_frame_with``).
"""

from __future__ import annotations

import hashlib
import pickle
from typing import Any

from .._conclusions.knowledge_base import KnowledgeBase
from .._errors import MissingExtraError
from .frame import diagnose_frame, diagnose_frame_with, empty_result

try:
    import dask
    import dask.dataframe as dd
except ModuleNotFoundError as missing:
    raise MissingExtraError(
        "heatpump_expert.dask", "dask", missing.name or "dask[dataframe]"
    ) from None


def diagnose_dataframe(frame: dd.DataFrame, *, knowledge_base: KnowledgeBase | None = None) -> Any:
    """Diagnose every row of a Dask DataFrame, lazily: a Dask DataFrame of ``COLUMNS``.

    The input has one column per fact (missing = unknown) and optionally ``id``; the result
    keeps its index and partitions. Call ``.compute()``, ``.to_parquet(...)`` and so on, on
    any scheduler: threads, processes, or a ``distributed`` cluster.
    ``knowledge_base``: one from ``load_knowledge_base`` (default: the built-in one).
    """
    # dask's map_partitions and delayed carry no annotations
    if knowledge_base is None:
        return frame.map_partitions(diagnose_frame, meta=empty_result())  # type: ignore[no-untyped-call]
    packed = pickle.dumps(knowledge_base.data, protocol=pickle.HIGHEST_PROTOCOL)
    digest = hashlib.sha256(packed).hexdigest()
    data = dask.delayed(knowledge_base.data, name=f"heatpump-expert-kb-{digest}")  # type: ignore[attr-defined]
    return frame.map_partitions(  # type: ignore[no-untyped-call]
        diagnose_frame_with, data, digest, meta=empty_result()
    )

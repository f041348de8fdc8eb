"""``diagnose_frame``: a pandas DataFrame of observations in, a DataFrame of conclusions out.

In: one row per case, one column per fact (``outdoor_temp_c`` and the other aliases too). A cell
that is missing, NaN, None or ``pd.NA`` is unknown. A text cell of a true/false or number fact is
read as the CSV reader reads it ("true", "20.5"): readers, and Dask, store such columns as text.
An ``id`` column, when there is one, is the row's key; otherwise the row's index label is.

Out: one row per input row, with the input's index, and always the columns of ``COLUMNS``:

=============  ===============  ==========================================================
column         dtype            holds
=============  ===============  ==========================================================
key            string           the row's ``id``, else its index label, as text
diagnosis      string           the leading diagnosis's code; <NA> when there is none
kind           string           its kind, ``fault`` or ``normal``; <NA> when none
certainty      float64          its certainty in (0, 1]; NaN when none
escalation     string           the escalation level (``none`` ... ``emergency``)
if_unresolved  string           the level to move to if the owner's step fails; <NA>: none
advisories     string           the advisory codes, most severe first, separated by spaces
error          string           ``"ErrorType: message"`` when the row could not be diagnosed
=============  ===============  ==========================================================

A row with an error has <NA> (NaN for ``certainty``) in every other column but ``key``. Strings
are ``string[pyarrow]``, so Dask, Parquet and Spark see the same types. The function is the
per-partition function of Dask (``heatpump_expert.dask``), Spark's ``mapInPandas`` and Ray's
``map_batches``: each process loads the knowledge base once.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._conclusions.report import Report
from .._errors import HeatpumpExpertError, InvalidValueError, MissingExtraError
from .._knowledge.model import KnowledgeBaseData
from .batch import stream
from .pipeline import Entry
from .values import typed

try:
    import pandas as pd
    import pyarrow  # noqa: F401 - the string columns are stored by pyarrow
except ModuleNotFoundError as missing:
    raise MissingExtraError("heatpump_expert.frame", "dask", missing.name or "pandas") from None

#: The result's columns and their dtypes, in order.
COLUMNS: dict[str, str] = {
    "key": "string[pyarrow]",
    "diagnosis": "string[pyarrow]",
    "kind": "string[pyarrow]",
    "certainty": "float64",
    "escalation": "string[pyarrow]",
    "if_unresolved": "string[pyarrow]",
    "advisories": "string[pyarrow]",
    "error": "string[pyarrow]",
}
#: The key column of the input: the row's key, not a fact.
ID = "id"


def diagnose_frame(frame: Any, *, knowledge_base: KnowledgeBase | None = None) -> Any:
    """Diagnose every row of a pandas DataFrame; a DataFrame of ``COLUMNS`` with its index.

    ``knowledge_base``: one from ``load_knowledge_base`` (default: the built-in one). A bad
    row is not raised: its ``error`` says what was wrong.
    """
    kb = knowledge_base if knowledge_base is not None else default_knowledge_base()
    rows = [_summary(key, outcome) for key, outcome in stream(_rows(kb, frame), knowledge_base=kb)]
    result = pd.DataFrame(rows, columns=list(COLUMNS), index=frame.index)
    return result.astype(COLUMNS)


#: A worker's compiled knowledge bases, by the digest of their data (the last few kept).
_COMPILED: OrderedDict[str, KnowledgeBase] = OrderedDict()
_KEPT = 4
_lock = threading.Lock()


def diagnose_frame_with(frame: Any, data: KnowledgeBaseData, digest: str) -> Any:
    """``diagnose_frame`` on the knowledge base of ``data`` (checked data, ``digest`` its key),
    compiled once per process and kept for the partitions after: what a Dask worker runs for
    a caller's knowledge base."""
    with _lock:
        kb = _COMPILED.get(digest)
        if kb is None:
            kb = _COMPILED[digest] = KnowledgeBase(data)
            while len(_COMPILED) > _KEPT:
                _COMPILED.popitem(last=False)
        _COMPILED.move_to_end(digest)
    return diagnose_frame(frame, knowledge_base=kb)


def empty_result() -> Any:
    """A result with no rows: the ``meta`` Dask needs to know the schema."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in COLUMNS.items()})


def _rows(kb: KnowledgeBase, frame: Any) -> Iterator[Entry[str]]:
    """Each row's key and its known observations (or the error of a cell that can't be read)."""
    names = [str(name) for name in frame.columns]
    for label, values in zip(frame.index, frame.itertuples(index=False, name=None), strict=True):
        cells = {name: _plain(value) for name, value in zip(names, values, strict=True)}
        ident = cells.pop(ID, None)
        key = str(label if ident is None else ident)
        try:
            yield key, typed(kb.facts, cells)
        except InvalidValueError as error:
            yield key, error


def _plain(value: object) -> object:
    """None for a missing cell; a numpy scalar as the Python value it holds."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str):
        return str(value)  # numpy's str_ too
    if isinstance(value, float) and math.isnan(value):
        return None
    item = getattr(value, "item", None)  # numpy scalars: bool_, int64, float64
    return _plain(item()) if callable(item) else value


def _summary(key: str, outcome: Report | HeatpumpExpertError) -> tuple[object, ...]:
    if isinstance(outcome, HeatpumpExpertError):
        return (key, None, None, math.nan, None, None, None, f"{type(outcome).__name__}: {outcome}")
    top = outcome.diagnoses[0] if outcome.diagnoses else None
    escalation = outcome.escalation
    return (
        key,
        top.code if top else None,
        top.kind if top else None,
        top.certainty if top else math.nan,
        escalation.level.value,
        escalation.if_unresolved.value if escalation.if_unresolved else None,
        " ".join(advisory.code for advisory in outcome.advisories),
        None,
    )

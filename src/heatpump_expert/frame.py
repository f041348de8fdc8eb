"""Diagnose a pandas DataFrame of observations: one row per case, one column per fact.

Needs the ``dask`` extra (``pip install 'heatpump-expert[dask]'``): pandas and pyarrow. The
result's schema is ``COLUMNS``; see ``diagnose_frame``.
"""

from ._interfaces.frame import COLUMNS, diagnose_frame, empty_result

__all__ = ["COLUMNS", "diagnose_frame", "empty_result"]

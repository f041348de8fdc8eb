"""Diagnose a Dask DataFrame of observations, partition by partition, on any Dask scheduler.

Needs the ``dask`` extra (``pip install 'heatpump-expert[dask]'``). This module's name is
``heatpump_expert.dask``; the package imports Dask itself absolutely, so nothing is shadowed.
"""

from ._interfaces.dask_frames import diagnose_dataframe

__all__ = ["diagnose_dataframe"]

"""Observations shared by the batch, DataFrame and Dask tests, and their serial outcomes.

Varied on purpose: advisories, normal findings, numbers in both units, a case with no
conclusion; ``BAD`` is refused by ``diagnose`` itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from heatpump_expert import HeatpumpExpertError, Report, diagnose

CASES: list[dict[str, object]] = [
    {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    {"mode": "heat", "reduced_heating": True, "outdoor_temp_f": 20, "outdoor_ice": "heavy_ice"},
    {"smell": "electrical_burning", "mode": "heat"},
    {"power_state": "breaker_tripped", "breaker_tripped_again": True},
    {"mode": "heat", "outdoor_steam": True, "outdoor_temp_c": -3.5},
    {"mode": "cool", "return_air_temp_f": 76, "supply_air_temp_f": 66, "filter_dirty": True},
    {"noise": "grinding", "outdoor_fan_running": False},
    {},
]
BAD: dict[str, object] = {"mode": "bogus"}


def serial(
    items: Iterable[Mapping[str, object]], call: Callable[[Mapping[str, object]], Report] = diagnose
) -> list[Report | HeatpumpExpertError]:
    """What ``diagnose`` (or ``call``) gives or raises for each item, one call at a time."""
    outcomes: list[Report | HeatpumpExpertError] = []
    for observations in items:
        try:
            outcomes.append(call(observations))
        except HeatpumpExpertError as error:
            outcomes.append(error)
    return outcomes


def same(outcome: Report | HeatpumpExpertError) -> tuple[str, str]:
    """An outcome as comparable text: the report's JSON, or the error's type and message."""
    if isinstance(outcome, Report):
        return "report", outcome.to_json()
    return type(outcome).__name__, str(outcome)

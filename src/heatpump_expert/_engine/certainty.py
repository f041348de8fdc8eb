"""Certainty factors: how several rules' evidence for one diagnosis combines.

Evidence for combines as ``cf1 + cf2 * (1 - cf1)``; evidence against combines the same way; the
result is ``support * (1 - against)``. Both products commute, so the order in which rules fire
never changes a certainty.
"""

from __future__ import annotations

from collections.abc import Iterable


def combine(certainties: Iterable[float]) -> float:
    """Combine signed certainty factors in [-1, 1] into one certainty in [0, 1]."""
    support = 0.0
    against = 0.0
    for cf in sorted(certainties):
        if cf > 0:
            support = support + cf * (1 - support)
        else:
            against = against + (-cf) * (1 - against)
    return round(support * (1 - against), 3)

"""What the tests share, computed once per session: the built-in knowledge base, the rendered
feature scenarios, and one report per distinct set of observations.

Every report is frozen (its mappings read-only), so one report can serve the scenario steps, the
coverage walk, the safety invariants and the consultation measure without any of them seeing
another's changes.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from heatpump_expert import KnowledgeBase, Report
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base

from .gherkin_steps import rendered_scenarios

FEATURES = Path(__file__).resolve().parents[1] / "features"

#: The built-in knowledge base: the very object ``diagnose()`` uses, loaded once.
KB: KnowledgeBase = default_knowledge_base()

_reports: dict[str, tuple[Report, list[Any]]] = {}
_lock = threading.Lock()


def _computed(observations: Mapping[str, object]) -> tuple[Report, list[Any]]:
    key = json.dumps(dict(observations), sort_keys=True)
    with _lock:
        cached = _reports.get(key)
    if cached is None:
        cached = KB.reason_in_full(KB.normalise(observations))
        with _lock:
            _reports.setdefault(key, cached)
    return cached


def report_for(observations: Mapping[str, object]) -> Report:
    """``diagnose(observations)``, computed once per distinct set of observations (by the
    same ``KnowledgeBase.reason_in_full`` that ``diagnose`` runs on a cache miss)."""
    return _computed(observations)[0]


def conclusions_for(observations: Mapping[str, object]) -> list[Any]:
    """The pooled (tuned) engine's working memory and noted conclusions for those observations."""
    return _computed(observations)[1]


@functools.cache
def scenarios() -> tuple[tuple[str, dict[str, object]], ...]:
    """(name, observations) for every rendered scenario of every feature file."""
    return tuple(rendered_scenarios(FEATURES))


def scenario_reports() -> tuple[tuple[str, dict[str, object], Report], ...]:
    """(name, observations, report) for every rendered scenario."""
    return tuple((name, observed, report_for(observed)) for name, observed in scenarios())

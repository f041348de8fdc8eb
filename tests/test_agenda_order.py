"""experta's agenda order is kept, without experta's process-wide memo of activation keys.

``DepthOrder`` computes the key ``DepthStrategy`` memoises; an engine using it fires the rules
of every scenario in exactly the order an engine with experta's own strategy fires them, and
never touches that shared memo (which kept every engine's activations alive and made a repeated
call several times slower than a new one).
"""

from __future__ import annotations

import json
from typing import Any

from heatpump_expert._engine.agenda import DepthOrder
from heatpump_expert._engine.compiler import compile_engine
from heatpump_expert._engine.experta_shim import DepthStrategy
from heatpump_expert._engine.memory import Fired

from .shared import KB, scenarios


def _firing_order(engine: Any, observations: dict[str, Any]) -> list[str]:
    engine.start(observations)
    engine.run()
    return [fact["rule"] for fact in engine.noted.values() if isinstance(fact, Fired)]


def test_every_scenario_fires_in_experta_s_own_order() -> None:
    """Same rules, same order, scenario by scenario, on two engines that differ only in their
    agenda strategy (each reused from scenario to scenario, as the pool reuses engines)."""
    whole = compile_engine(KB.data)
    assert whole.__strategy__ is DepthOrder
    ours = whole()
    stock = type("StockAgendaEngine", (whole,), {"__strategy__": DepthStrategy})()
    distinct = sorted({json.dumps(observed, sort_keys=True) for _, observed in scenarios()})
    differing = []
    for key in distinct:
        observed = KB.normalise(json.loads(key))
        if _firing_order(ours, observed) != _firing_order(stock, observed):
            differing.append(key)
    assert differing == []
    assert len(distinct) > 700


def test_diagnosing_leaves_experta_s_shared_key_memo_alone() -> None:
    before = DepthStrategy.get_key.cache_info()
    for observed in ({"mode": "cool", "reduced_cooling": True}, {"smell": "electrical_burning"}):
        for _ in range(3):  # repeated on the same pooled engine
            KB.reason(KB.normalise(observed))
    after = DepthStrategy.get_key.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)

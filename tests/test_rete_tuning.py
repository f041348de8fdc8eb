"""The Rete tuning changes nothing but speed, proven over every feature scenario.

A stock experta engine and a tuned one, both compiled from the built-in knowledge base and each
reused from case to case as the pool reuses engines, end every scenario with the same working
memory: the same facts with the same values, so the same rules fired with the same conclusions.
(Among activations of equal salience the two may fire in another order; the compiler's layers
make every result independent of that order, and this test is what shows it.)
"""

from __future__ import annotations

import json
from typing import Any

from heatpump_expert._engine.compiler import compile_engine

from .shared import KB, scenarios


def _memory(engine: Any, observations: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The working memory after a run: every fact with its kind and values, sorted."""
    engine.start(observations)
    engine.run()
    return sorted(
        (type(fact).__name__, tuple(sorted(fact.as_dict().items())))
        for fact in engine.facts.values()
    )


def test_a_tuned_engine_ends_every_scenario_like_a_stock_one() -> None:
    """Same working memory, fact by fact, for every rendered scenario (each distinct set of
    observations once)."""
    stock = compile_engine(KB.data, tuned=False)()
    tuned = compile_engine(KB.data, tuned=True)()
    distinct = {json.dumps(observed, sort_keys=True): name for name, observed in scenarios()}
    differing = []
    for key, name in sorted(distinct.items()):
        observations = KB.normalise(json.loads(key))
        if _memory(stock, observations) != _memory(tuned, observations):
            differing.append(name)
    assert differing == []
    assert len(distinct) > 700

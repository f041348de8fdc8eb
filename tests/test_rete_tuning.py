"""The Rete tuning changes nothing but speed, proven over every feature scenario.

A stock experta engine, compiled from the built-in knowledge base and reused from case to case,
and the tuned engines of the pool (whose run of each scenario the shared report cache keeps) end
every scenario with the same working memory: the same facts with the same values, so the same rules fired with the same conclusions.
(Among activations of equal salience the two may fire in another order; the compiler's layers
make every result independent of that order, and this test is what shows it.)
"""

from __future__ import annotations

import json
from typing import Any

from heatpump_expert._engine.compiler import compile_engine

from .shared import KB, conclusions_for, scenarios


def _memory(conclusions: list[Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """Working memory and noted conclusions: every fact with its kind and values, sorted; not
    the observations (a call's engine declares only those its rules test)."""
    return sorted(
        (type(fact).__name__, tuple(sorted(fact.as_dict().items())))
        for fact in conclusions
        if type(fact).__name__ != "Obs"
    )


def _stock_run(engine: Any, observations: dict[str, Any]) -> list[Any]:
    engine.start(observations)
    engine.run()
    return engine.conclusions()


def test_a_tuned_engine_ends_every_scenario_like_a_stock_one() -> None:
    """Same working memory, fact by fact, for every rendered scenario (each distinct set of
    observations once)."""
    stock = compile_engine(KB.data, tuned=False)()
    assert not stock.tuned and KB._parts.pool(frozenset()).engine_class.tuned
    distinct = {json.dumps(observed, sort_keys=True): name for name, observed in scenarios()}
    differing = []
    for key, name in sorted(distinct.items()):
        observed = json.loads(key)
        tuned = conclusions_for(observed)
        if _memory(_stock_run(stock, KB.normalise(observed))) != _memory(tuned):
            differing.append(name)
    assert differing == []
    assert len(distinct) > 700

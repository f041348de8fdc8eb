"""The one door to experta.

experta 1.9.4 (its last release) pins ``frozendict==1.2``, whose module body subclasses
``collections.Mapping``; that alias was removed in Python 3.10. experta also calls
``logging.basicConfig()`` at import time, which would install a handler on the host's root logger.

Every experta import in this package goes through this module (``rete`` reaches into experta's
matcher only through the engines built from it), which:

* lends ``collections.Mapping`` (and its siblings) only for the duration of the import and takes
  them back afterwards, so no other code sees the old aliases;
* snapshots the root logger's handlers and level before the import and restores them exactly;
* silences experta's watcher loggers (their level is otherwise unset, so every rule firing would
  reach the host's handlers at INFO and DEBUG). A host that wants them can still raise them.
"""

from __future__ import annotations

import collections
import collections.abc
import logging
from typing import Any

_LENT_ALIASES = ("Mapping", "MutableMapping", "Sequence", "Iterable", "Hashable", "Callable")


def _import_experta() -> Any:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    lent = [name for name in _LENT_ALIASES if not hasattr(collections, name)]
    for name in lent:
        setattr(collections, name, getattr(collections.abc, name))
    try:
        import experta  # noqa: PLC0415 - the import must happen inside the patched window
        import experta.watchers  # noqa: PLC0415
    finally:
        for name in lent:
            delattr(collections, name)
        root.handlers[:] = handlers
        root.setLevel(level)
    experta.watchers.unwatch()  # experta's own loggers only: level CRITICAL, as documented
    return experta


experta = _import_experta()


#: The Rete internals that ``rete`` tunes (already imported by experta itself).
_rete = experta.matchers.rete
TypeCheck = _rete.check.TypeCheck
FeatureCheck = _rete.check.FeatureCheck
FeatureTesterNode = _rete.nodes.FeatureTesterNode
NoMemory = _rete.mixins.NoMemory
Token = _rete.token.Token
ReteMatcher = experta.matchers.ReteMatcher
prepare_rule = _rete.utils.prepare_rule
generate_checks = _rete.utils.generate_checks
FactCapture = _rete.check.FactCapture
ChildNode = _rete.mixins.ChildNode
OrdinaryMatchNode = _rete.nodes.OrdinaryMatchNode
NotNode = _rete.nodes.NotNode
ConflictSetNode = _rete.nodes.ConflictSetNode
SameContextCheck = _rete.check.SameContextCheck
DepthStrategy = experta.strategies.DepthStrategy
Agenda = experta.agenda.Agenda
FactList = experta.factlist.FactList
InitialFact = experta.fact.InitialFact
#: Field constraints that experta's normal form rewrites (``|``, ``&`` and ``~`` of values).
COMPOUND_CONSTRAINTS = (
    experta.fieldconstraint.ORFC,
    experta.fieldconstraint.ANDFC,
    experta.fieldconstraint.NOTFC,
)

AS = experta.AS
Fact = experta.Fact
KnowledgeEngine = experta.KnowledgeEngine
L = experta.L
MATCH = experta.MATCH
NOT = experta.NOT
P = experta.P
Rule = experta.Rule

__all__ = [
    "AS",
    "COMPOUND_CONSTRAINTS",
    "MATCH",
    "NOT",
    "Agenda",
    "ChildNode",
    "ConflictSetNode",
    "DepthStrategy",
    "Fact",
    "FactCapture",
    "FactList",
    "FeatureCheck",
    "FeatureTesterNode",
    "InitialFact",
    "KnowledgeEngine",
    "L",
    "NoMemory",
    "NotNode",
    "OrdinaryMatchNode",
    "P",
    "ReteMatcher",
    "Rule",
    "SameContextCheck",
    "Token",
    "TypeCheck",
    "experta",
    "prepare_rule",
]

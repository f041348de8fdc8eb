"""The one door to experta.

experta 1.9.4 (its last release) pins ``frozendict==1.2``, whose module body subclasses
``collections.Mapping``; that alias was removed in Python 3.10. experta also calls
``logging.basicConfig()`` at import time, which would install a handler on the host's root logger.

Every experta import in this package goes through this module, which:

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


def tune_matcher(engine: Any) -> None:
    """Make one engine's Rete matcher cheap to reset and to poll, without changing results.

    experta 1.9.4 resets the network by recursing from the root, visiting shared nodes once per
    path; it caches the list of conflict-set nodes in an ``lru_cache(maxsize=1)`` shared by all
    engines (so pooled engines evict each other's list); and after every rule firing it asks every
    conflict-set node for its activations, allocating two sets each time. Here, per engine, the
    node lists are computed once, every node's own memory is still reset, and only conflict-set
    nodes holding changes are asked: the activations returned are exactly the same.
    """
    matcher = engine.matcher
    nodes: list[Any] = []
    seen: set[int] = set()
    stack = [matcher.root_node]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        nodes.append(node)
        stack.extend(child.node for child in node.children)
    conflict_set_nodes = tuple(matcher._get_conflict_set_nodes())

    def reset() -> None:
        for node in nodes:
            node._reset()

    def changes(adding: Any = None, deleting: Any = None) -> tuple[list[Any], list[Any]]:
        for fact in deleting or ():
            matcher.root_node.remove(fact)
        for fact in adding or ():
            matcher.root_node.add(fact)
        added: list[Any] = []
        removed: list[Any] = []
        for node in conflict_set_nodes:
            if node.added or node.removed:
                node_added, node_removed = node.get_activations()
                added.extend(node_added)
                removed.extend(node_removed)
        return added, removed

    matcher.reset = reset
    matcher.changes = changes
    matcher._get_conflict_set_nodes = lambda: conflict_set_nodes


AS = experta.AS
Fact = experta.Fact
KnowledgeEngine = experta.KnowledgeEngine
L = experta.L
MATCH = experta.MATCH
NOT = experta.NOT
P = experta.P
Rule = experta.Rule

__all__ = ["AS", "MATCH", "NOT", "Fact", "KnowledgeEngine", "L", "P", "Rule", "experta"]

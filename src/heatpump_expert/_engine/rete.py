"""Tuning one engine's Rete matcher: the same activations, about half the run time.

experta 1.9.4 resets the network by recursing from the root, visiting shared nodes once per path;
it caches the list of conflict-set nodes in an ``lru_cache(maxsize=1)`` shared by all engines (so
pooled engines evict each other's list); and after every rule firing it asks every conflict-set
node for its activations, allocating two sets each time. ``tune_matcher`` replaces three methods
of one engine's matcher. A test proves, over every feature scenario, that a stock engine and a
tuned one end with the same working memory and fire the same rules in the same order.
"""

from __future__ import annotations

from typing import Any


def tune_matcher(engine: Any) -> None:
    """Make one engine's Rete matcher cheap to reset and to poll, without changing results.

    Per engine, the node lists are computed once, every node's own memory is still reset, and only
    conflict-set nodes holding changes are asked: the activations returned are exactly the same.
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

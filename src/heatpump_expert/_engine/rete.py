"""Tuning one engine's Rete matcher: the same activations, several times less work.

experta 1.9.4 resets the network by recursing from the root, visiting shared nodes once per path;
it caches the list of conflict-set nodes in an ``lru_cache(maxsize=1)`` shared by all engines (so
pooled engines evict each other's list); after every rule firing it asks every conflict-set node
for its activations, allocating two sets each time; every reset looks the engine's ``DefFacts`` up
with ``inspect.getmembers``; and every fact entering the network is offered to every type test
under the root and, for each fact of a matching type, to every literal test on the next level
(``Obs(name="mode")`` is compared with each of some 200 fact names, one Python call each); and
each node a token reaches copies it through ``Token.__new__``, which checks again that the tag is
a tag, that every fact is a fact and that the context is a mapping (a token that was valid stays
valid when copied), after asking the watcher whether to log it.

``tune_matcher`` changes one engine: node lists and deffacts are computed once, every node
holding something in its memory is still reset, only the conflict-set nodes reached since the
last poll are asked (in experta's own order), and a fact is routed straight to the children
whose type or literal test it passes (the others would have dropped it), and each node gets its
own copy of the token as before, made without checking it again.
A test proves, over every feature scenario, that a stock engine and a tuned one end with the same
working memory.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from .experta_shim import (
    ChildNode,
    FeatureCheck,
    FeatureTesterNode,
    L,
    NoMemory,
    Token,
    TypeCheck,
)


def tune_matcher(engine: Any) -> None:
    """Make one engine's Rete matcher cheap to reset, to feed and to poll; results unchanged."""
    matcher = engine.matcher
    nodes = _all_nodes(matcher.root_node)
    with_memory = [node for node in nodes if not isinstance(node, NoMemory)]
    kinds = [(_memories(node), node) for node in with_memory]
    one_memory = [node for names, node in kinds if names == ("memory",)]
    two_memories = [node for names, node in kinds if names == ("left_memory", "right_memory")]
    other_memories = [
        node for names, node in kinds if names not in {("memory",), ("left_memory", "right_memory")}
    ]
    conflict_set_nodes = tuple(matcher._get_conflict_set_nodes())
    order = {id(node): index for index, node in enumerate(conflict_set_nodes)}
    touched: dict[int, Any] = {}
    for node in conflict_set_nodes:
        node._activate = _noting(node, touched)
    deffacts = engine.get_deffacts()
    for node in nodes:
        node.children = [_copying_port(child) for child in node.children]
    root_add, root_remove = _routed_root(matcher.root_node)
    for node in nodes:
        if isinstance(node, FeatureTesterNode) and isinstance(node.matcher, TypeCheck):
            node._activate = _routed_type_node(node)

    def reset() -> None:
        # A node whose memories are all empty is skipped: resetting it would change nothing.
        for node in one_memory:
            if node.memory:
                node._reset()
        for node in two_memories:
            if node.left_memory or node.right_memory:
                node._reset()
        for node in other_memories:
            node._reset()
        touched.clear()

    def changes(adding: Any = None, deleting: Any = None) -> tuple[list[Any], list[Any]]:
        for fact in deleting or ():
            root_remove(fact)
        for fact in adding or ():
            root_add(fact)
        added: list[Any] = []
        removed: list[Any] = []
        for key in sorted(touched, key=order.__getitem__):  # the order experta polls them in
            node = touched[key]
            if node.added or node.removed:
                node_added, node_removed = node.get_activations()
                added.extend(node_added)
                removed.extend(node_removed)
        touched.clear()
        return added, removed

    matcher.reset = reset
    matcher.changes = changes
    matcher._get_conflict_set_nodes = lambda: conflict_set_nodes
    engine.get_deffacts = lambda: deffacts


def _memories(node: Any) -> tuple[str, ...]:
    """The names of the memories experta keeps on a node (conflict-set, match and NOT nodes)."""
    return tuple(name for name in ("memory", "left_memory", "right_memory") if hasattr(node, name))


def _noting(node: Any, touched: dict[int, Any]) -> Callable[[Any], None]:
    """The conflict-set node's activation, noting that the node may now hold changes."""
    activate = node._activate

    def noted(token: Any) -> None:
        touched[id(node)] = node
        activate(token)

    return noted


def _copy(token: Any) -> Any:
    """``token.copy()``: a new token of the same tag, with copies of its facts and context."""
    return tuple.__new__(Token, (token.tag, token.data.copy(), token.context.copy()))


#: experta's ports (the callbacks a node is reached through), and the activation each copies for.
_PORTS = {
    "activate": "_activate",
    "activate_left": "_activate_left",
    "activate_right": "_activate_right",
}


def _copying_port(child: Any) -> Any:
    """The child reached through the same port, handed a copy of the token as experta's port
    hands it (``OneInputNode.activate``, ``TwoInputNode.activate_left``/``_right``), unchecked.
    The node's activation is looked up on each call: tuning may replace it later."""
    callback = child.callback
    name = getattr(callback, "__name__", None)
    if getattr(callback, "__self__", None) is not child.node or name not in _PORTS:
        return child
    return ChildNode(child.node, functools.partial(_through_port, child.node, _PORTS[name]))


def _through_port(node: Any, activation: str, token: Any) -> Any:
    return getattr(node, activation)(_copy(token))


def _all_nodes(root: Any) -> list[Any]:
    """Every node of the network once, from the root down."""
    nodes: list[Any] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        nodes.append(node)
        stack.extend(child.node for child in node.children)
    return nodes


def _routed_root(root: Any) -> tuple[Callable[[Any], None], Callable[[Any], None]]:
    """The root's add and remove, offering a fact only to the type tests it passes."""
    by_type: dict[type, list[Any]] = {}
    others: list[Any] = []
    for child in root.children:
        matcher = getattr(child.node, "matcher", None)
        if isinstance(child.node, FeatureTesterNode) and isinstance(matcher, TypeCheck):
            by_type.setdefault(matcher.fact_type, []).append(child)
        else:
            others.append(child)

    def send(token: Any, fact: Any) -> None:
        for child in (*by_type.get(type(fact), ()), *others):
            child.callback(token)

    return (
        lambda fact: send(Token.valid(fact), fact),
        lambda fact: send(Token.invalid(fact), fact),
    )


def _literal_key(child: Any) -> tuple[str, Any] | None:
    """(field, value) when a child only passes facts whose field equals a literal, else None."""
    node = child.node
    check = getattr(node, "matcher", None)
    if not (isinstance(node, FeatureTesterNode) and isinstance(check, FeatureCheck)):
        return None
    how = check.how
    if not (isinstance(how, L) and how.__bind__ is None and isinstance(check.what, str)):
        return None
    if "__" in check.what or not isinstance(how.value, str | int | bool):
        return None
    return check.what, how.value


def _passing(table: dict[Any, list[Any]], value: Any) -> Iterable[Any]:
    """The children whose literal equals ``value`` (a dict lookup is exactly ``==`` here)."""
    try:
        return table.get(value, ())
    except TypeError:  # an unhashable value: let every literal test decide, as experta does
        return [child for children in table.values() for child in children]


def _routed_type_node(node: Any) -> Callable[[Any], None]:
    """A type node's activation that sends a fact only to the literal tests it passes."""
    routes: dict[str, dict[Any, list[Any]]] = {}
    others: list[Any] = []
    for child in node.children:
        key = _literal_key(child)
        if key is None:
            others.append(child)
        else:
            routes.setdefault(key[0], {}).setdefault(key[1], []).append(child)
    fact_type = node.matcher.fact_type

    def activate(token: Any) -> None:
        (fact,) = token.data
        if type(fact) is not fact_type:
            return
        chosen: Iterable[Any] = others
        for field, table in routes.items():
            if field in fact:
                chosen = (*_passing(table, fact[field]), *chosen)
        for child in chosen:
            child.callback(token)

    return activate

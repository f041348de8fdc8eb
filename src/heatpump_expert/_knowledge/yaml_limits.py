"""What a rule file's YAML may hold, checked on the composed nodes before anything is built.

Rule files come from strangers. A few hundred bytes of nested aliases (``*name``) expand to
gigabytes, and a deep nest exhausts the recursion of every later step, so the document is
refused, with its line and (inside a rule) the rule's id, when:

* aliases would expand it by more than ``MAX_ALIAS_EXPANSION`` values, or an alias holds itself
  (an alias used a few times, as PyYAML writes a value shared between rules, is fine);
* mappings and sequences nest more than ``MAX_DEPTH`` deep (aliases included);
* a key is not text or a whole number (``? [a, b]``, ``~``, ``1.5``);
* an integer has more than ``MAX_INT_DIGITS`` digits, or a number is ``.nan`` or ``.inf``;
* a value is of another type than text, numbers, booleans, null, sequences and mappings
  (``!!binary``, timestamps, ``!!set``, merge keys, application tags).

Both walks are iterative and visit each node once: a bomb costs its size in bytes, not expanded.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml

#: How deep mappings and sequences may nest (the built-in files need 9).
MAX_DEPTH = 40
#: The most digits an integer may have.
MAX_INT_DIGITS = 20
#: How many values aliases may add to a file, once expanded.
MAX_ALIAS_EXPANSION = 100_000

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_TAG + t for t in ("str", "int", "float", "bool", "null"))
_KEY_TAGS = frozenset(_TAG + t for t in ("str", "int", "bool"))
_COLLECTION_TAGS = frozenset({_TAG + "seq", _TAG + "map"})
_DIGITS = re.compile(r"[0-9a-fA-F]")
_KINDS = {yaml.MappingNode: "a mapping", yaml.SequenceNode: "a sequence"}

_Visit = tuple[yaml.Node, int, str | None]


class RuleFileError(yaml.MarkedYAMLError):
    """The document holds what rule files may not (module docstring)."""

    def __init__(self, problem: str, mark: yaml.Mark | None, rule: str | None) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.rule = rule


def check_nodes(loader: Any, root: yaml.Node) -> None:
    """Refuse what rule files may not hold (module docstring); raises ``RuleFileError``."""
    rules: dict[int, str | None] = {}  # the rule each node was first met in
    stack: list[_Visit] = [(root, 1, None)]
    while stack:
        node, depth, rule = stack.pop()
        if id(node) in rules:  # an alias: the value was checked where it was written
            continue
        rules[id(node)] = rule
        if depth > MAX_DEPTH:
            raise RuleFileError(f"nested more than {MAX_DEPTH} levels deep", node.start_mark, rule)
        problem = _type_problem(loader, node)
        if problem is not None:
            raise RuleFileError(problem, node.start_mark, rule)
        stack += _children(node, depth, rule)
    _check_expansion(root, rules)


def _type_problem(loader: Any, node: yaml.Node) -> str | None:
    """Why a node's type or value is not allowed, or None."""
    if not isinstance(node, yaml.ScalarNode):
        allowed = node.tag in _COLLECTION_TAGS
        return None if allowed else f"the YAML type {node.tag.removeprefix(_TAG)!r} is not allowed"
    if node.tag not in _SCALAR_TAGS:
        return f"the YAML type {node.tag.removeprefix(_TAG)!r} is not allowed"
    digits = len(_DIGITS.findall(node.value)) if node.tag == _TAG + "int" else 0
    if digits > MAX_INT_DIGITS:
        return f"an integer of {digits} digits is too large (at most {MAX_INT_DIGITS})"
    if node.tag == _TAG + "float" and not math.isfinite(loader.construct_yaml_float(node)):
        return f"{node.value!r} is not a finite number"
    return None


def _rule_id(node: yaml.MappingNode, outer: str | None) -> str | None:
    """The id of the rule this mapping is (a mapping with ``id`` and ``when``), else ``outer``."""
    keys = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    found = keys.get("id")
    if "when" in keys and isinstance(found, yaml.ScalarNode):
        return str(found.value)
    return outer


def _children(node: yaml.Node, depth: int, rule: str | None) -> list[_Visit]:
    """The nodes inside ``node`` to visit next (keys checked to be text or whole numbers)."""
    if isinstance(node, yaml.SequenceNode):
        return [(child, depth + 1, rule) for child in reversed(node.value)]
    if not isinstance(node, yaml.MappingNode):
        return []
    rule = _rule_id(node, rule)
    out: list[_Visit] = []
    for key, value in reversed(node.value):
        if not isinstance(key, yaml.ScalarNode) or key.tag not in _KEY_TAGS:
            kind = _KINDS.get(type(key)) or f"a {key.tag.removeprefix(_TAG)} value"
            message = f"a mapping key must be text or a whole number, not {kind}"
            raise RuleFileError(message, key.start_mark, rule)
        out += [(value, depth + 1, rule), (key, depth + 1, rule)]
    return out


def _inside(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root: yaml.Node, rules: dict[int, str | None]) -> None:
    """Refuse aliases that expand the document too far, nest it too deep or hold themselves.

    Sizes and heights are counted bottom-up, once per node, so the expanded document is never
    built; the first node found too large is the one reported.
    """
    limit = len(rules) + MAX_ALIAS_EXPANSION
    size: dict[int, int] = {}
    height: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        key, inside = id(node), _inside(node)
        if closing:
            open_nodes.discard(key)
            size[key] = 1 + sum(size[id(part)] for part in inside)
            height[key] = 1 + max((height[id(part)] for part in inside), default=0)
            if size[key] > limit:
                message = (
                    f"YAML aliases here expand to over {MAX_ALIAS_EXPANSION:,} more values than "
                    "the file holds: write the values out"
                )
                raise RuleFileError(message, node.start_mark, rules[key])
            if height[key] > MAX_DEPTH:
                message = f"nested more than {MAX_DEPTH} levels deep (through aliases)"
                raise RuleFileError(message, node.start_mark, rules[key])
            continue
        if key in size:
            continue
        open_nodes.add(key)
        stack.append((node, True))
        for part in inside:
            if id(part) in open_nodes:
                message = "a YAML alias that holds itself (a value inside its own anchor)"
                raise RuleFileError(message, part.start_mark, rules[id(part)])
            if id(part) not in size:
                stack.append((part, False))

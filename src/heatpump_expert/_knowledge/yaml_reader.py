"""A strict YAML reader for rule files: line numbers kept, duplicate keys refused.

YAML 1.1 reads unquoted ``on``/``off``/``yes``/``no`` as booleans, which would turn
``power_state: on`` into ``True``. This reader only takes ``true``/``false`` as booleans.

Rule files come from strangers, so the composed document is checked before anything is built
from it (``yaml_limits.check_nodes``: aliases, depth, keys, numbers, types).

Parsing runs on libyaml (``yaml.CSafeLoader``) when PyYAML was built with it, several times
faster than the pure-Python parser; resolving and constructing stay in Python, so the data, the
line numbers and the refusal of duplicate keys are the same either way.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .yaml_limits import check_nodes


class LineDict(dict[str, Any]):
    """A mapping read from YAML that remembers its line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A sequence read from YAML that remembers its line (1-based)."""

    line: int


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping holds the same key twice."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in result:
            raise DuplicateKeyError(
                "while reading a mapping",
                node.start_mark,
                f"found duplicate key {key!r}",
                key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[str(key)] = key_node.start_mark.line + 1
    return result


def _construct_sequence(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


def _strict(base: type[Any]) -> type[Any]:
    """``base`` with YAML 1.1's wide boolean resolver replaced and lines kept on every node."""
    loader: Any = type(f"Strict{base.__name__}", (base,), {})
    loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    return loader  # type: ignore[no-any-return]


#: The strict loaders by parser: libyaml's (when PyYAML has it) and the pure-Python one.
LOADERS: dict[str, type[Any]] = {"python": _strict(yaml.SafeLoader)}
if getattr(yaml, "__with_libyaml__", False):
    LOADERS["libyaml"] = _strict(yaml.CSafeLoader)
DEFAULT_PARSER = "libyaml" if "libyaml" in LOADERS else "python"


def read_yaml(text: str, name: str, *, parser: str = DEFAULT_PARSER) -> Any:
    """Parse one YAML document strictly; raises ``yaml.YAMLError`` with marks on failure
    (``yaml_limits.RuleFileError`` for what rule files may not hold, before any is built)."""
    loader = LOADERS[parser](text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        check_nodes(loader, node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def line_of(node: Any, key: str | int | None = None) -> int | None:
    """The line of ``node`` (or of ``node[key]`` when it remembers one)."""
    if isinstance(key, str) and isinstance(node, LineDict):
        child = node.get(key)
        if isinstance(child, LineDict | LineList):
            return child.line
        return node.key_lines.get(key, node.line)
    if isinstance(key, int) and isinstance(node, LineList) and 0 <= key < len(node):
        child = node[key]
        if isinstance(child, LineDict | LineList):
            return child.line
        return node.line
    return getattr(node, "line", None)

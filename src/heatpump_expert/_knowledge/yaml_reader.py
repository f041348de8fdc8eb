"""A strict YAML reader for rule files: line numbers kept, duplicate keys refused.

YAML 1.1 reads unquoted ``on``/``off``/``yes``/``no`` as booleans, which would turn
``power_state: on`` into ``True``. This reader only takes ``true``/``false`` as booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml


class LineDict(dict[str, Any]):
    """A mapping read from YAML that remembers its line and the line of each key (1-based)."""

    line: int
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A sequence read from YAML that remembers its line (1-based)."""

    line: int


class DuplicateKeyError(yaml.MarkedYAMLError):
    """A mapping holds the same key twice."""


class _StrictLoader(yaml.SafeLoader):
    pass


# Replace YAML 1.1's wide boolean resolver with one that knows only true/false.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> LineDict:
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


def _construct_sequence(loader: _StrictLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    return result


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def read_yaml(text: str, name: str) -> Any:
    """Parse one YAML document strictly; raises ``yaml.YAMLError`` with marks on failure."""
    loader = _StrictLoader(text)
    loader.name = name
    try:
        return loader.get_single_data()
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

"""The closed JSON Schema of rule files, shipped in the package, and its messages.

Every schema error becomes a ``Problem`` with the file, the line of the offending node and, inside
a rule, the rule id. A message never repeats a large offending value in full: it is cut to
``SHOWN_CHARS`` characters.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from importlib import resources
from typing import Any

import jsonschema

from .._errors import Problem
from .conditions import WRITTEN_TESTS
from .yaml_reader import LineDict, line_of

SCHEMA_FILE = "knowledge-base.schema.json"
#: How much of an offending value a message shows.
SHOWN_CHARS = 120


@functools.cache
def schema_validator() -> jsonschema.protocols.Validator:
    """The validator for knowledge-base files, built once from the schema shipped in the package."""
    text = resources.files("heatpump_expert._knowledge").joinpath(SCHEMA_FILE)
    schema = json.loads(text.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def schema_problems(data: LineDict, display: str) -> Iterator[Problem]:
    errors = sorted(schema_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    for error in errors:
        node: Any = data
        line = data.line
        rule_id = None
        for key in error.path:
            line = line_of(node, key) or line
            try:
                node = node[key]
            except (KeyError, IndexError, TypeError):  # pragma: no cover - path always exists
                break
            if isinstance(node, dict) and isinstance(node.get("id"), str) and "when" in node:
                rule_id = node["id"]
        where = "/".join(str(part) for part in error.path) or "top level"
        yield Problem(f"{where}: {_schema_message(error)}", display, line, rule_id)


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "oneOf" and isinstance(error.instance, dict):
        keys = _cut(", ".join(sorted(map(str, error.instance))))
        return (
            f"not a valid condition or derivation (keys: {keys}); a condition is `fact` with "
            f"exactly one of {', '.join(WRITTEN_TESTS)}, or `diagnosis` with optional `present`"
        )
    message = error.message
    if len(message) <= 2 * SHOWN_CHARS:
        return message
    shown = repr(error.instance)
    if shown in message:
        return message.replace(shown, _cut(shown))
    return _cut(message, 2 * SHOWN_CHARS)


def _cut(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text``, cut to ``limit`` characters with the cut marked."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"

"""Parsing one rule file: strict YAML within limits, then the schema.

Every problem is reported with the file and the line; nothing here knows what the sections mean.
Whatever fails while parsing one file becomes a problem of that file. Only a knowledge base that
is not in the cache is parsed (``loading``), so a start from the cache never imports this.
"""

from __future__ import annotations

import yaml

from .._errors import Problem
from .schema import schema_problems
from .yaml_limits import RuleFileError
from .yaml_reader import LineDict, read_yaml


class FileContent:
    """One parsed and schema-checked file."""

    def __init__(self, name: str, data: LineDict) -> None:
        self.name = name
        self.data = data


def parse_file(raw: bytes, display: str) -> tuple[FileContent | None, list[Problem]]:
    """Parse and schema-check one file's content; return it only when it is usable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(f"cannot read the file: {error}", display)]
    try:
        data = read_yaml(text, display)
    except RuleFileError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        return None, [Problem(str(error.problem), display, line, error.rule)]
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(f"invalid YAML: {error.problem or error}", display, line)]
    except yaml.YAMLError as error:
        return None, [Problem(f"invalid YAML: {error}", display)]
    except RecursionError:  # the pure-Python parser composes recursively
        return None, [Problem("cannot read the file: nested too deeply", display)]
    except (MemoryError, ValueError, TypeError) as error:
        # The reader's own checks come first; this only catches what slips past them.
        return None, [Problem(f"cannot read the file: {type(error).__name__}", display)]
    if not isinstance(data, LineDict):
        return None, [Problem("the file must hold a mapping with schema_version: 1", display, 1)]
    try:
        problems = list(schema_problems(data, display))
    except (RecursionError, MemoryError, ValueError, TypeError) as error:
        problems = [Problem(f"cannot check the file: {type(error).__name__}", display)]
    return (None if problems else FileContent(display, data)), problems

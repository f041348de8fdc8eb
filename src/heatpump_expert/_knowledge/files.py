"""Finding rule files and reading each one: strict YAML, then the schema.

Every problem is reported with the file and the line; nothing here knows what the sections mean.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import yaml

from .._errors import Problem
from .schema import schema_problems
from .yaml_reader import LineDict, read_yaml


def rule_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into their YAML files (sorted, recursive); keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in {".yaml", ".yml"}))
        else:
            found.append(path)
    return found


@functools.cache
def builtin_rules_dir() -> Path:
    """The knowledge base that ships with the package (or, in a source checkout, ``rules/``)."""
    packaged = Path(str(resources.files("heatpump_expert"))) / "rules"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "rules"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(  # pragma: no cover - only a broken installation gets here
        "heatpump_expert's built-in knowledge base is missing: reinstall the package"
    )


class FileContent:
    """One parsed and schema-checked file."""

    def __init__(self, name: str, data: LineDict) -> None:
        self.name = name
        self.data = data


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """The raw content of one rule file, or the problem that stopped it being read."""
    try:
        return path.read_bytes(), []
    except OSError as error:
        return None, [Problem(f"cannot read the file: {error}", display)]


def parse_file(raw: bytes, display: str) -> tuple[FileContent | None, list[Problem]]:
    """Parse and schema-check one file's content; return it only when it is usable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(f"cannot read the file: {error}", display)]
    try:
        data = read_yaml(text, display)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return None, [Problem(f"invalid YAML: {error.problem or error}", display, line)]
    except yaml.YAMLError as error:
        return None, [Problem(f"invalid YAML: {error}", display)]
    if not isinstance(data, LineDict):
        return None, [Problem("the file must hold a mapping with schema_version: 1", display, 1)]
    problems = list(schema_problems(data, display))
    return (None if problems else FileContent(display, data)), problems


def display_name(path: Path, roots: Sequence[Path]) -> str:
    """A short, stable name for error messages: relative to the folder it was found in."""
    for root in roots:
        if root.is_dir():
            try:
                return str(Path(root.name) / path.relative_to(root))
            except ValueError:
                continue
    return str(path)

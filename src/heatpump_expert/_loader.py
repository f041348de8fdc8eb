"""Reading rule files: YAML (strict), then the JSON Schema, then typed values.

Semantic checks against the vocabulary live in ``_checks``; this module only reads and converts.
Every problem is reported with the file, the line and (inside a rule) the rule id.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from ._errors import Problem
from ._model import (
    ActionSpec,
    AdvisorySpec,
    Condition,
    Derivation,
    DiagnosisConclusion,
    DiagnosisSpec,
    EscalationConclusion,
    EscalationLevel,
    FactSpec,
    Origin,
    Policy,
    RuleSpec,
    SourceSpec,
    UnsureOwnerPolicy,
)
from ._yaml import LineDict, line_of, read_yaml

_CONDITION_TESTS = (
    "equals", "in", "not_in", "below", "above", "at_most", "at_least", "between", "known",
    "matches_family", "matches_text",
)  # fmt: skip


@functools.cache
def schema_validator() -> jsonschema.protocols.Validator:
    """The validator for knowledge-base files, built once from the schema shipped in the package."""
    text = resources.files("heatpump_expert").joinpath("schema/knowledge-base.schema.json")
    schema = json.loads(text.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


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
    checkout = Path(__file__).resolve().parents[2] / "rules"
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


def read_file(path: Path, display: str) -> tuple[FileContent | None, list[Problem]]:
    """Parse and schema-check one file; return the content only when it is usable."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
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
    problems = list(_schema_problems(data, display))
    return (None if problems else FileContent(display, data)), problems


def _schema_problems(data: LineDict, display: str) -> Iterator[Problem]:
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
        keys = ", ".join(sorted(map(str, error.instance)))
        return (
            f"not a valid condition or derivation (keys: {keys}); a condition is `fact` with "
            f"exactly one of {', '.join(_CONDITION_TESTS)}, or `diagnosis` with optional `present`"
        )
    return error.message


def origin(content: FileContent, node: Any) -> Origin:
    return Origin(content.name, line_of(node))


def facts_of(content: FileContent) -> Iterator[tuple[str, FactSpec, int | None]]:
    section = content.data.get("facts", {})
    for name, raw in section.items():
        yield (
            name,
            FactSpec(
                name=name,
                type=raw["type"],
                group=raw["group"],
                access=raw["access"],
                question=raw["question"],
                description=raw["description"],
                values=tuple(raw.get("values", ())),
                unit=raw.get("unit"),
                range=tuple(raw["range"]) if "range" in raw else None,
                derived=raw.get("derived", False),
                derived_from=tuple(raw.get("derived_from", ())),
                origin=origin(content, raw),
            ),
            line_of(section, name),
        )


def sources_of(content: FileContent) -> Iterator[tuple[str, SourceSpec, int | None]]:
    section = content.data.get("sources", {})
    for key, raw in section.items():
        yield key, SourceSpec(key, raw["tier"], raw["title"]), line_of(section, key)


def diagnoses_of(content: FileContent) -> Iterator[tuple[str, DiagnosisSpec, int | None]]:
    section = content.data.get("diagnoses", {})
    for code, raw in section.items():
        yield (
            code,
            DiagnosisSpec(
                code=code,
                title=raw["title"],
                kind=raw["kind"],
                subsystem=raw["subsystem"],
                refrigerant_side=raw["refrigerant_side"],
                description=raw["description"],
                escalation=EscalationLevel(raw["escalation"]),
                actions=tuple(
                    ActionSpec(a["text"], a["who"], a["power_off"]) for a in raw["actions"]
                ),
                advisories=tuple(raw.get("advisories", ())),
                sources=tuple(raw["sources"]),
                if_unresolved=_level_or_none(raw.get("if_unresolved")),
                who=raw.get("who"),
                origin=origin(content, raw),
            ),
            line_of(section, code),
        )


def advisories_of(content: FileContent) -> Iterator[tuple[str, AdvisorySpec, int | None]]:
    section = content.data.get("advisories", {})
    for code, raw in section.items():
        yield (
            code,
            AdvisorySpec(
                code, raw["severity"], raw["text"], tuple(raw["sources"]), origin(content, raw)
            ),
            line_of(section, code),
        )


def policy_of(content: FileContent) -> Policy | None:
    raw = content.data.get("policy")
    if raw is None:
        return None
    unsure = raw.get("unsure_owner")
    return Policy(
        certainty_floor=float(raw["certainty_floor"]),
        leading_margin=float(raw["leading_margin"]),
        tier_weights={k: float(v) for k, v in raw["tier_weights"].items()},
        power_off_advisory=raw["power_off_advisory"],
        refrigerant_advisory=raw["refrigerant_advisory"],
        refrigerant_min_escalation=EscalationLevel(raw["refrigerant_min_escalation"]),
        unsure_owner=UnsureOwnerPolicy(
            unsure["fact"],
            unsure["equals"],
            EscalationLevel(unsure["min_escalation"]),
            unsure["reason"],
        )
        if unsure
        else None,
        max_questions=int(raw.get("max_questions", 5)),
    )


def rules_of(content: FileContent) -> Iterator[RuleSpec]:
    subsystem = content.data.get("subsystem", "")
    for raw in content.data.get("rules", ()):
        then = raw["then"]
        escalate = then.get("escalate")
        yield RuleSpec(
            id=raw["id"],
            title=raw["title"],
            subsystem=subsystem,
            status=raw["status"],
            conditions=tuple(_condition(c) for c in raw["when"]),
            diagnoses=tuple(
                DiagnosisConclusion(d["code"], float(d["certainty"]))
                for d in then.get("diagnoses", ())
            ),
            advisories=tuple(then.get("advisories", ())),
            derive=tuple(
                Derivation(
                    d["fact"], d.get("value"), tuple(d["difference"]) if "difference" in d else None
                )
                for d in then.get("derive", ())
            ),
            escalate=EscalationConclusion(
                EscalationLevel(escalate["level"]), escalate["reason"], escalate.get("who")
            )
            if escalate
            else None,
            sources=tuple(raw["sources"]),
            note=raw.get("note"),
            origin=origin(content, raw),
        )


def _condition(raw: LineDict) -> Condition:
    line = line_of(raw)
    if "diagnosis" in raw:
        return Condition(
            "diagnosis",
            None,
            diagnosis=raw["diagnosis"],
            present=raw.get("present", True),
            line=line,
        )
    test = next(key for key in _CONDITION_TESTS if key in raw)
    operand = raw[test]
    if isinstance(operand, list):
        operand = tuple(operand)
    if test == "known" and operand is False:
        return Condition("unknown", None, fact=raw["fact"], line=line)
    return Condition(test, operand, fact=raw["fact"], line=line)


def _level_or_none(value: str | None) -> EscalationLevel | None:
    return EscalationLevel(value) if value is not None else None


def display_name(path: Path, roots: Sequence[Path]) -> str:
    """A short, stable name for error messages: relative to the folder it was found in."""
    for root in roots:
        if root.is_dir():
            try:
                return str(Path(root.name) / path.relative_to(root))
            except ValueError:
                continue
    return str(path)

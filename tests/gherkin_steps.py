"""The grammar of the feature files' steps, shared by the step definitions and coverage checks.

Observations are given as a table (``Given the observations:`` with ``| fact | value |`` rows)
or one at a time (``Given visible_debris is "leaves"``). Values read as JSON would: ``true`` and
``false`` are booleans, numbers are numbers, anything else is text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from pytest_bdd.parser import FeatureParser

from heatpump_expert import Report

OBSERVATIONS_STEP = "the observations:"
ONE_FACT_STEP = re.compile(r'^(?P<fact>[a-z][a-z0-9_]*) is "(?P<value>[^"]*)"$')


def parse_value(text: str) -> bool | int | float | str:
    """A cell or quoted value as the library takes it."""
    text = text.strip()
    if text in {"true", "false"}:
        return text == "true"
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def table_observations(rows: Sequence[Sequence[object]]) -> dict[str, object]:
    """Observations from a ``| fact | value |`` table (the header row is skipped)."""
    header, *body = rows
    if [str(cell).strip() for cell in header] != ["fact", "value"]:
        raise ValueError(f"an observations table has the header | fact | value |, not {header}")
    return {str(fact).strip(): parse_value(str(value)) for fact, value in body}


def observations_of_steps(steps: Sequence[object]) -> dict[str, object]:
    """Every observation given by a rendered scenario's Given steps (for coverage checks)."""
    observed: dict[str, object] = {}
    for step in steps:
        name = getattr(step, "name", "")
        if getattr(step, "type", "") != "given":
            continue
        if name == OBSERVATIONS_STEP.rstrip(":") or name == OBSERVATIONS_STEP:
            observed.update(table_observations(step.datatable.raw()))  # type: ignore[attr-defined]
        elif match := ONE_FACT_STEP.match(name):
            observed[match["fact"]] = parse_value(match["value"])
    return observed


def fired_rules(report: Report) -> set[str]:
    return {step.rule for step in report.trace}


def rendered_scenarios(features: Path) -> Iterator[tuple[str, dict[str, object]]]:
    """(name, observations) for every scenario of every feature file, outlines rendered."""
    for path in sorted(features.rglob("*.feature")):
        relative = str(path.relative_to(features))
        feature = FeatureParser(str(features), relative).parse()
        for template in feature.scenarios.values():
            contexts = [c for ex in template.examples for c in ex.as_contexts()] or [{}]
            for context in contexts:
                scenario = template.render(context)
                name = f"{relative}:{template.line_number} {scenario.name}"
                yield name, observations_of_steps(scenario.steps)

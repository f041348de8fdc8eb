"""The result of a diagnosis: a frozen ``Report``, its JSON form and its readable forms."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from .._knowledge.model import Value
from .results import Advisory, Diagnosis, Escalation, Question, TraceStep, read_only
from .serialize import from_data, to_data
from .text import render_explanation, render_report


@attrs.frozen
class Report:
    """Everything ``diagnose`` concluded. ``str(report)`` reads it out, advisories first."""

    advisories: tuple[Advisory, ...]
    escalation: Escalation
    diagnoses: tuple[Diagnosis, ...]
    questions: tuple[Question, ...]
    observations: Mapping[str, Value] = attrs.field(converter=read_only)
    trace: tuple[TraceStep, ...]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-compatible data, with the same names."""
        return to_data(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text: the same report always gives the same bytes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Restore a report from ``to_dict()`` output."""
        return from_data(data, cls)

    def __str__(self) -> str:
        return render_report(self.advisories, self.escalation, self.diagnoses, self.questions)

    def explain(self) -> str:
        """HOW: each conclusion with the rules and the observed facts that led to it."""
        return render_explanation(self.diagnoses, self.trace, self.escalation)

"""The result of a diagnosis: frozen values, in the order a person should read them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs

from ._model import SEVERITY_ORDER, EscalationLevel

#: A value of an observation: what JSON can carry.
Value: TypeAlias = bool | int | float | str


@attrs.frozen
class Advisory:
    """A safety advisory: read and follow it before anything else."""

    code: str
    #: danger > warning > caution > info
    severity: str = attrs.field(validator=attrs.validators.in_(SEVERITY_ORDER))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))


@attrs.frozen
class Action:
    """One thing to do about a diagnosis, who does it, and whether the power must be off."""

    text: str
    who: str  # owner | professional
    power_off: bool


@attrs.frozen
class Evidence:
    """One rule's contribution to a diagnosis, with the observed facts it matched."""

    rule: str
    title: str
    certainty: float  # weighted by the rule's best source tier; negative: evidence against
    facts: Mapping[str, Value]


@attrs.frozen
class Diagnosis:
    """A ranked conclusion: a fault, or normal behaviour (``kind == "normal"``)."""

    code: str
    title: str
    kind: str = attrs.field(validator=attrs.validators.in_(("fault", "normal")))
    certainty: float = attrs.field(validator=attrs.validators.instance_of(float | int))
    actions: tuple[Action, ...]
    evidence: tuple[Evidence, ...]


@attrs.frozen
class Escalation:
    """What to do now, why, who to call, and where to go if the owner's step does not help."""

    level: EscalationLevel
    reasons: tuple[str, ...]
    who: str | None = None
    if_unresolved: EscalationLevel | None = None


@attrs.frozen
class Question:
    """An unknown fact worth finding out, and why."""

    fact: str
    text: str
    why: str
    choices: tuple[bool | str, ...] = ()


@attrs.frozen
class TraceStep:
    """A rule that fired (the HOW explanation), with the facts and conclusions it matched."""

    rule: str
    title: str
    facts: Mapping[str, Value]
    conclusions: tuple[str, ...] = ()


@attrs.frozen
class Report:
    """Everything ``diagnose`` concluded. ``str(report)`` reads it out, advisories first."""

    advisories: tuple[Advisory, ...]
    escalation: Escalation
    diagnoses: tuple[Diagnosis, ...]
    questions: tuple[Question, ...]
    observations: Mapping[str, Value]
    trace: tuple[TraceStep, ...]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-compatible data, with the same names."""
        from ._serialize import converter  # noqa: PLC0415 - avoids an import cycle

        return converter.unstructure(self)  # type: ignore[no-any-return]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text: the same report always gives the same bytes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Restore a report from ``to_dict()`` output."""
        from ._serialize import converter, structure_error  # noqa: PLC0415

        try:
            return converter.structure(dict(data), cls)
        except Exception as error:  # cattrs raises several exception types
            raise structure_error(error) from error

    def __str__(self) -> str:
        from ._text import render_report  # noqa: PLC0415

        return render_report(self)

    def explain(self) -> str:
        """HOW: each conclusion with the rules and the observed facts that led to it."""
        from ._text import render_explanation  # noqa: PLC0415

        return render_explanation(self)

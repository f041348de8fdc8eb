"""The public values a report is made of: advisories, diagnoses, actions, evidence, questions.

All frozen (attrs), with tuples rather than lists, in the order a person should read them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .._knowledge.levels import SEVERITY_ORDER, EscalationLevel
from .._knowledge.model import FactSpec, Value
from .later import Later


class ReadOnlyMapping(Mapping[str, Value]):
    """A mapping nobody can change: a report (cached, shared between threads) stays as it was."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Value] = ()) -> None:  # type: ignore[assignment]
        self._data = dict(data)

    def __getitem__(self, key: str) -> Value:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ReadOnlyMapping, (self._data,))


def read_only(data: Mapping[str, Value]) -> ReadOnlyMapping:
    """``data`` as a read-only mapping (converter of every mapping field of a report)."""
    return data if isinstance(data, ReadOnlyMapping) else ReadOnlyMapping(data)


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
    facts: Mapping[str, Value] = attrs.field(converter=read_only)


@attrs.frozen
class Diagnosis(Later):
    """A ranked conclusion: a fault, or normal behaviour (``kind == "normal"``).

    One a batch's worker process sent rebuilds its ``evidence`` when first read (``later``).
    """

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
    """An unknown fact worth finding out, and why; with what a form needs to ask it.

    ``type`` is the fact's type (``bool``, ``enum``, ``number`` or ``text``), ``choices`` the
    values of a yes/no or enumerated fact, ``unit`` and ``range`` a number's unit (``degF``,
    ``psi``, ``minutes``...) and plausible range. ``None`` where it does not apply or was not
    stated. ``parse_answer`` reads what a person types into a value for the fact.
    """

    fact: str
    text: str
    why: str
    choices: tuple[bool | str, ...] = ()
    type: str | None = None
    unit: str | None = None
    range: tuple[float, float] | None = None


def with_form(question: Question, spec: FactSpec) -> Question:
    """``question`` with its fact's type, unit, range and choices filled in from ``spec``."""
    return attrs.evolve(
        question, choices=spec.choices, type=spec.type, unit=spec.unit, range=spec.range
    )


@attrs.frozen
class TraceStep:
    """A rule that fired (the HOW explanation), with the facts and conclusions it matched."""

    rule: str
    title: str
    facts: Mapping[str, Value] = attrs.field(converter=read_only)
    conclusions: tuple[str, ...] = ()

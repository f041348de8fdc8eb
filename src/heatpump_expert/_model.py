"""The knowledge base as typed values, once it has been read and checked.

These types are internal: the public surface is ``KnowledgeBase`` (in ``_knowledge_base``) and the
report types (in ``_report``). Every value here remembers the file and line it came from.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

import attrs


class EscalationLevel(enum.StrEnum):
    """What to do now, ordered: ``none`` < ``diy`` < ``routine`` < ``prompt`` < ``emergency``."""

    NONE = "none"
    DIY = "diy"
    ROUTINE = "routine"
    PROMPT = "prompt"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)

    @classmethod
    def _rank_of(cls, other: object) -> int | None:
        """Rank of a level or of its string ("routine"); None for anything else."""
        if isinstance(other, str):
            try:
                return cls(other).rank
            except ValueError:
                return None
        return None

    def __lt__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank >= rank

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value


_LEVEL_ORDER = list(EscalationLevel)

SEVERITY_ORDER = ("danger", "warning", "caution", "info")


@attrs.frozen
class Origin:
    """Where a piece of the knowledge base was written."""

    file: str
    line: int | None


@attrs.frozen
class FactSpec:
    name: str
    type: str  # bool | enum | number | text
    group: str
    access: str
    question: str
    description: str
    values: tuple[str, ...] = ()
    unit: str | None = None
    range: tuple[float, float] | None = None
    derived: bool = False
    derived_from: tuple[str, ...] = ()
    origin: Origin = Origin("", None)

    @property
    def choices(self) -> tuple[str | bool, ...]:
        if self.type == "bool":
            return (True, False)
        return self.values


@attrs.frozen
class SourceSpec:
    id: str
    tier: str
    title: str


@attrs.frozen
class ActionSpec:
    text: str
    who: str
    power_off: bool


@attrs.frozen
class DiagnosisSpec:
    code: str
    title: str
    kind: str
    subsystem: str
    refrigerant_side: bool
    description: str
    escalation: EscalationLevel
    actions: tuple[ActionSpec, ...]
    advisories: tuple[str, ...]
    sources: tuple[str, ...]
    if_unresolved: EscalationLevel | None = None
    who: str | None = None
    origin: Origin = Origin("", None)


@attrs.frozen
class AdvisorySpec:
    code: str
    severity: str
    text: str
    sources: tuple[str, ...]
    origin: Origin = Origin("", None)


@attrs.frozen
class UnsureOwnerPolicy:
    fact: str
    equals: bool | str
    min_escalation: EscalationLevel
    reason: str


@attrs.frozen
class Policy:
    certainty_floor: float
    leading_margin: float
    tier_weights: Mapping[str, float]
    power_off_advisory: str
    refrigerant_advisory: str
    refrigerant_min_escalation: EscalationLevel
    unsure_owner: UnsureOwnerPolicy | None
    max_questions: int = 5


@attrs.frozen
class Condition:
    """One test of a rule. ``fact`` conditions test an observation; ``diagnosis`` ones a conclusion.

    ``test`` is one of: equals, in, not_in, below, above, at_most, at_least, between, known,
    matches_family, matches_text, diagnosis.
    """

    test: str
    operand: Any  # the test's argument, as written (checked against the fact when loading)
    fact: str | None = None
    diagnosis: str | None = None
    present: bool = True
    line: int | None = None

    def holds(self, value: object) -> bool:
        """Whether a known ``value`` of the fact satisfies this condition."""
        return _TESTS[self.test](value, self.operand)


def normalise_text(value: str) -> str:
    """Lower case, with spaces and punctuation removed: how codes, brands and families match."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def _number(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "equals": lambda value, operand: (
        value == operand and isinstance(value, bool) == isinstance(operand, bool)
    ),
    "in": lambda value, operand: value in operand,
    "not_in": lambda value, operand: value not in operand,
    "below": lambda value, operand: _number(value) < _number(operand),
    "above": lambda value, operand: _number(value) > _number(operand),
    "at_most": lambda value, operand: _number(value) <= _number(operand),
    "at_least": lambda value, operand: _number(value) >= _number(operand),
    "between": lambda value, operand: _number(operand[0]) <= _number(value) <= _number(operand[1]),
    "known": lambda value, operand: True,
    "matches_family": lambda value, operand: normalise_text(str(value)).startswith(
        normalise_text(str(operand))
    ),
    "matches_text": lambda value, operand: (
        normalise_text(str(value)) in {normalise_text(str(o)) for o in operand}
    ),
}


@attrs.frozen
class DiagnosisConclusion:
    code: str
    certainty: float


@attrs.frozen
class Derivation:
    fact: str
    value: object = None
    difference: tuple[str, str] | None = None


@attrs.frozen
class EscalationConclusion:
    level: EscalationLevel
    reason: str
    who: str | None = None


@attrs.frozen
class RuleSpec:
    id: str
    title: str
    subsystem: str
    status: str
    conditions: tuple[Condition, ...]
    diagnoses: tuple[DiagnosisConclusion, ...]
    advisories: tuple[str, ...]
    derive: tuple[Derivation, ...]
    escalate: EscalationConclusion | None
    sources: tuple[str, ...]
    note: str | None = None
    origin: Origin = Origin("", None)

    @property
    def active(self) -> bool:
        return self.status == "active"

    def facts_tested(self) -> tuple[str, ...]:
        return tuple(c.fact for c in self.conditions if c.fact is not None)


@attrs.frozen
class KnowledgeBaseData:
    """Everything read from the rule files, checked and ready to compile."""

    facts: Mapping[str, FactSpec]
    sources: Mapping[str, SourceSpec]
    diagnoses: Mapping[str, DiagnosisSpec]
    advisories: Mapping[str, AdvisorySpec]
    policy: Policy
    rules: tuple[RuleSpec, ...]
    files: tuple[str, ...]
    #: For each active rule id, the diagnosis codes it bears on (its own and downstream ones).
    bears_on: Mapping[str, frozenset[str]] = attrs.field(factory=dict)

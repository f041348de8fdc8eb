"""The knowledge base as typed values, once it has been read and checked.

These types are internal: the public surface is ``KnowledgeBase`` and the report types. Every
value here remembers the file and line it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias

import attrs

from .._errors import Problem
from .conditions import condition_test
from .levels import EscalationLevel

#: A value of an observation: what JSON can carry.
Value: TypeAlias = bool | int | float | str


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
    #: Text answers that mean "nothing to report" ("none", "n/a"): read as not given.
    means_not_given: tuple[str, ...] = ()
    #: How likely each choice is as an answer, as written (relative weights; a choice left out
    #: weighs nothing). Empty: every choice alike (the policy's default).
    answer_likelihoods: tuple[tuple[str | bool, float], ...] = ()
    #: A consultation does not ask this fact while any of these holds on what is known (its
    #: answer is foregone there: heating questions in cool mode, a power cut's length when no
    #: power problem was mentioned).
    not_asked_if: tuple[Condition, ...] = ()
    origin: Origin = Origin("", None)

    @property
    def choices(self) -> tuple[str | bool, ...]:
        if self.type == "bool":
            return (True, False)
        return self.values

    def likelihood(self, value: object, true_likelihood: float = 0.5) -> float:
        """The prior weight of ``value`` as an answer: as stated, else alike for every choice
        (for a true/false fact, ``true_likelihood`` for true)."""
        if not self.answer_likelihoods:
            if self.type == "bool" and isinstance(value, bool):
                return true_likelihood if value else 1.0 - true_likelihood
            return 1.0
        return next(
            (w for v, w in self.answer_likelihoods if v == value and type(v) is type(value)), 0.0
        )


@attrs.frozen
class SourceSpec:
    id: str
    tier: str
    title: str


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
class HazardDominance:
    """While one of its hazards stands, the report carries nothing that contradicts it."""

    #: Any of these advisories in a report means this hazard stands.
    when: tuple[str, ...]
    #: Said in the escalation reasons when anything was set aside.
    reason: str
    #: Advisories swapped for their safe counterpart (reset the breaker once -> leave it off).
    replace_advisories: Mapping[str, str] = attrs.field(factory=dict)
    #: Advisories withdrawn (let it run during defrost).
    withdraw_advisories: tuple[str, ...] = ()
    #: Diagnoses whose owner actions are withdrawn (resetting the breaker).
    withdraw_owner_actions_of: tuple[str, ...] = ()
    #: The level the report asks at least while this hazard stands, whatever else leads.
    min_escalation: EscalationLevel | None = None


def _default_access_cost() -> dict[str, float]:
    return {"anyone": 0.0, "outdoor_look": 0.1, "open_unit": 0.25, "technician": 0.4}


@attrs.frozen
class ConsultationPolicy:
    """When a consultation stops asking, and what a question costs by who can answer it."""

    #: The hard limit of questions in one consultation.
    max_questions: int = 12
    #: Below this expected value (change less cost) the best question is not worth asking.
    min_question_value: float = 0.2
    #: What asking costs, by the fact's access (a look outside costs more than what anyone sees).
    access_cost: Mapping[str, float] = attrs.field(factory=_default_access_cost)
    #: Context asked first while unknown and relevant (mode, system type, power), in this order.
    context_first: tuple[str, ...] = ()
    #: The likelihood of ``true`` for a true/false fact that states none of its own.
    true_likelihood: float = 0.5
    #: How likely a number's answer is one of the unusual readings its rules single out.
    unusual_reading_likelihood: float = 0.5
    #: An answer that bears only on rules not yet in play (no evidence beyond the context holds)
    #: is worth this share: the person would likely have said so.
    out_of_play_weight: float = 1.0
    #: How likely a number anyone can read off falls on the side of a threshold its rules single
    #: out (more than a gauge's ``unusual_reading_likelihood``: the weather, a restart's minutes).
    everyday_reading_likelihood: float = 0.5
    #: The fact groups of those everyday numbers (a gauge counts as everyday only on the kind of
    #: system known to have it).
    everyday_groups: frozenset[str] = frozenset({"context", "power_controls"})
    #: A code shown is asked for first unless a finding this certain already leads.
    clear_picture: float = 0.6
    #: A rule that waits on two answers is worth this share to each of its two questions.
    pair_discount: float = 0.5


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
    hazard_dominance: tuple[HazardDominance, ...] = ()
    #: Severities of the advisories a diagnosis brings that show even while it is only a weaker
    #: candidate (not leading); by default every advisory of every candidate shows.
    weaker_candidate_advisories: tuple[str, ...] = ("danger", "warning", "caution", "info")
    #: Evidence weighs by what it says: a rule whose only evidence is a general complaint (these
    #: facts, beside context) counts this much of its certainty.
    general_symptoms: tuple[str, ...] = ()
    general_weight: float = 1.0
    consultation: ConsultationPolicy = attrs.field(factory=ConsultationPolicy)


def _reads_value(condition: Condition) -> bool:
    return condition.fact is not None and condition_test(condition.test).reads_value


def _tests_absence(condition: Condition) -> bool:
    return condition.fact is not None and condition_test(condition.test).absence


def _bound_test(condition: Condition) -> Callable[[Any], bool]:
    if condition.fact is None:  # a condition on a conclusion is matched by the engine
        return lambda value: False
    return condition_test(condition.test).predicate(condition.operand)


@attrs.frozen
class Condition:
    """One test of a rule. ``fact`` conditions test an observation; ``diagnosis`` ones a conclusion.

    ``test`` names an entry of the registry in ``conditions`` (``equals``, ``between``, ``known``,
    ``unknown``...), or is ``diagnosis`` for a condition on a conclusion.
    """

    test: str
    operand: Any  # the test's argument, as written (checked against the fact when loading)
    fact: str | None = None
    diagnosis: str | None = None
    present: bool = True
    line: int | None = None
    #: Whether the condition tests a fact's value (not only whether it is known).
    reads_value: bool = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_reads_value, takes_self=True)
    )
    #: Whether the condition holds only while its fact is not known.
    tests_absence: bool = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_tests_absence, takes_self=True)
    )
    _predicate: Callable[[Any], bool] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_bound_test, takes_self=True)
    )

    def holds(self, value: object) -> bool:
        """Whether a known ``value`` of the fact satisfies this condition."""
        return self._predicate(value)

    def __reduce__(self) -> tuple[Any, ...]:
        # The bound test is rebuilt from the fields (a closure cannot be pickled).
        fields = (self.test, self.operand, self.fact, self.diagnosis, self.present, self.line)
        return (Condition, fields)


@attrs.frozen
class ActionSpec:
    """One step a diagnosis recommends; left out wherever one of ``withheld_if`` holds."""

    text: str
    who: str
    power_off: bool
    withheld_if: tuple[Condition, ...] = ()
    #: Where it was written (for the load-time checks' problems; not part of its value).
    line: int | None = attrs.field(default=None, eq=False, repr=False)

    def applies(self, observations: Mapping[str, object]) -> bool:
        """Whether the step is safe and sensible here (no withholding condition holds)."""
        return not any(condition_holds(c, observations) for c in self.withheld_if)


def condition_holds(condition: Condition, observations: Mapping[str, object]) -> bool:
    """Whether a fact condition holds on these observations (unknown is not false)."""
    name = condition.fact or ""
    if condition.tests_absence:
        return name not in observations
    return name in observations and condition.holds(observations[name])


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
    #: For ``fact:<name>`` and ``diagnosis:<code>``, the indices in ``rules`` of the active rules
    #: with a condition that holds as evidence when that fact is known or that diagnosis held.
    touching: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    #: Every rule by id.
    rules_by_id: Mapping[str, RuleSpec] = attrs.field(factory=dict)
    #: What was found that does not stop it loading (a pack's evidence against a built-in
    #: hazard): reported, and refused by ``strict=True``.
    warnings: tuple[Problem, ...] = ()

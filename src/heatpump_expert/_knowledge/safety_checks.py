"""The safety invariants, checked at every load: a knowledge base that would break one is refused.

The engine adds the power-off advisory to any step that needs the power off, the certified
technician's advisory to any refrigerant-side finding, lifts an unsure owner above ``diy`` and
lets a standing hazard set aside what contradicts it. Those guarantees hold only if the data
lets them; these checks make sure it does, for the built-in knowledge base and for every pack:

* ``power off before opening``: an owner step that opens or handles the unit (open the panel,
  touch the terminals, remove, rinse, tighten...) says the power must be off;
* ``refrigerant needs a certified technician``: the policy sends a refrigerant-side finding at
  least to ``routine``, its advisory is a warning or a danger, and no owner step adds
  refrigerant or attaches gauges;
* ``hazard level``: a hazard of the policy is a danger, and whatever raises it (the policy's
  floor, a diagnosis, a rule's escalation) asks at least ``prompt``;
* ``no advice against a hazard``: a finding that raises a hazard is not a normal finding and
  has no hands-on owner step, and a rule that raises one concludes no normal finding (the
  policy's dominance, checked in ``checks``, sets aside what everything else says);
* ``unsure owner never at diy``: the policy says what an unsure owner's answer is, lifts it at
  least to ``routine``, and no rule reasons on it.

Evidence a pack brings against a built-in hazard or refrigerant-side finding (a rule with
negative certainty) is a warning: it loads, and is reported; ``strict=True`` refuses it.

The checks read the catalogues and rules once each (a pack is checked at every load). The
cache key hashes this module's code: a change here is never answered from the cache.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from .._errors import Problem
from .levels import EscalationLevel
from .model import DiagnosisSpec, KnowledgeBaseData, RuleSpec

POWER_OFF = "power off before opening"
REFRIGERANT = "refrigerant needs a certified technician"
HAZARD_LEVEL = "hazard level"
AGAINST_HAZARD = "no advice against a hazard"
UNSURE_OWNER = "unsure owner never at diy"
PACK_EVIDENCE = "a pack's evidence against built-in safety"

_ANY = r"\s+(?:[\w'-]+\s+){0,3}?"
#: What an owner step says when it opens or handles the unit.
_OPENS_THE_UNIT = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:open|opening|remove|removing|take off|taking off|unscrew|unscrewing|lift off)"
        + _ANY
        + r"(?:panel|cover|cabinet|casing|housing|lid)s?\b",
        r"\b(?:touch|touching|handle|handling|unplug|disconnect|reconnect)"
        + _ANY
        + r"(?:terminals?|capacitors?|contactors?|wires?|wiring|(?:circuit|control) boards?"
        r"|relays?|fan blades?)\b",
        r"\b(?:discharge|discharging|short|shorting|jumper|jumpering)"
        + _ANY
        + r"(?:capacitors?|terminals?|contactors?)\b",
        r"\b(?:clear the|clear leaves|rinse|tighten|melt it|look for nests)\b",
        r"\bremove\s",
    )
)
#: What an owner step says when it handles refrigerant.
_HANDLES_REFRIGERANT = tuple(
    re.compile(pattern)
    for pattern in (
        r"\b(?:add|adding|top up|topping up|recharge|recharging|charge|charging|vent|venting)"
        + _ANY
        + r"(?:refrigerant|freon|gas)\b",
        r"\b(?:attach|attaching|connect|connecting|fit|fitting)" + _ANY + r"gauges?\b",
    )
)
_NEGATED = re.compile(r"\b(?:not|never|no|don't|without)\s+(?:[\w'-]+\s+){0,2}$")
_CLAUSE_END = re.compile(r"[.;:!?]")


def said(text: str, patterns: Iterable[re.Pattern[str]]) -> str | None:
    """The first phrase of ``text`` a pattern finds that is not negated ("do not touch ...")."""
    lowered = text.lower()
    for pattern in patterns:
        for match in pattern.finditer(lowered):
            clause = _CLAUSE_END.split(lowered[: match.start()])[-1]
            if not _NEGATED.search(clause):
                return match.group(0).strip()
    return None


def _broken(
    invariant: str, message: str, file: str = "", line: int | None = None, rule: str | None = None
) -> Problem:
    return Problem(f"{message} (safety invariant: {invariant})", file, line, rule)


def check_safety(kb: KnowledgeBaseData, builtin_files: Collection[str] = ()) -> list[Problem]:
    """Every safety invariant the knowledge base breaks, and (as warnings) every rule of a pack
    that argues against a built-in hazard or refrigerant-side finding."""
    hazards = (
        frozenset(c for e in kb.policy.hazard_dominance for c in e.when) & kb.advisories.keys()
    )
    concluded: dict[str, list[str]] = {}
    for rule in kb.rules:
        for conclusion in rule.diagnoses if rule.active else ():
            if conclusion.certainty > 0:
                concluded.setdefault(conclusion.code, []).append(rule.id)
    problems = _policy_problems(kb, hazards)
    for diagnosis in kb.diagnoses.values():
        problems += _diagnosis_problems(diagnosis, hazards, concluded.get(diagnosis.code, []))
    for rule in kb.rules:
        if rule.active:
            problems += _rule_problems(kb, rule, hazards)
    if builtin_files:
        problems += _pack_evidence(kb, hazards, frozenset(builtin_files))
    return problems


def _policy_problems(kb: KnowledgeBaseData, hazards: frozenset[str]) -> list[Problem]:
    policy = kb.policy
    problems = []
    if policy.refrigerant_min_escalation < EscalationLevel.ROUTINE:
        problems.append(
            _broken(
                REFRIGERANT,
                f"policy: refrigerant_min_escalation is {policy.refrigerant_min_escalation}; "
                "a refrigerant-side finding needs at least routine",
            )
        )
    advisory = kb.advisories.get(policy.refrigerant_advisory)
    if advisory is not None and advisory.severity not in ("danger", "warning"):
        problems.append(
            _broken(
                REFRIGERANT,
                f"policy: refrigerant_advisory {advisory.code!r} is only {advisory.severity}; "
                "it must be a warning or a danger",
            )
        )
    problems += [
        _broken(
            HAZARD_LEVEL,
            f"policy: hazard_dominance: hazard advisory {code!r} is {kb.advisories[code].severity}"
            "; a hazard is a danger",
        )
        for code in sorted(hazards)
        if kb.advisories[code].severity != "danger"
    ]
    problems += [
        _broken(
            HAZARD_LEVEL,
            f"policy: hazard_dominance: min_escalation {entry.min_escalation} for "
            f"{', '.join(entry.when)}; a hazard asks at least prompt",
        )
        for entry in policy.hazard_dominance
        if entry.min_escalation is not None and entry.min_escalation < EscalationLevel.PROMPT
    ]
    return problems + _unsure_owner_problems(kb)


def _unsure_owner_problems(kb: KnowledgeBaseData) -> list[Problem]:
    unsure = kb.policy.unsure_owner
    if unsure is None:
        return [
            _broken(
                UNSURE_OWNER,
                "policy: no unsure_owner; the policy must name the answer of an owner who is "
                "not comfortable doing checks",
            )
        ]
    problems = []
    if unsure.min_escalation < EscalationLevel.ROUTINE:
        problems.append(
            _broken(
                UNSURE_OWNER,
                f"policy: unsure_owner: min_escalation is {unsure.min_escalation}; "
                "an unsure owner is sent at least to routine",
            )
        )
    spec = kb.facts.get(unsure.fact)
    if spec is not None:  # an unknown fact is reported by the policy's own check
        fits = (
            isinstance(unsure.equals, bool)
            if spec.type == "bool"
            else spec.type == "enum" and unsure.equals in spec.values
        )
        if spec.derived or not fits:
            problems.append(
                _broken(
                    UNSURE_OWNER,
                    f"policy: unsure_owner: {unsure.equals!r} is not an answer of the observed "
                    f"fact {spec.name!r}; it must be a true/false or enum fact that is asked",
                )
            )
    problems += [
        _broken(
            UNSURE_OWNER,
            f"tests {unsure.fact!r}; the owner's comfort changes a report only through the policy",
            rule.origin.file,
            rule.origin.line,
            rule.id,
        )
        for rule in kb.rules
        if rule.active and unsure.fact in rule.facts_tested()
    ]
    return problems


def _diagnosis_problems(
    diagnosis: DiagnosisSpec, hazards: frozenset[str], by: list[str]
) -> list[Problem]:
    file, line = diagnosis.origin.file, diagnosis.origin.line
    rules = f" (concluded by rule {', '.join(by)})" if by else ""
    where = f"diagnosis {diagnosis.code!r}"
    problems = []
    for number, action in enumerate(diagnosis.actions, start=1):
        if action.who != "owner":
            continue
        opening = None if action.power_off else said(action.text, _OPENS_THE_UNIT)
        if opening is not None:
            message = (
                f"{where}, action {number}: an owner step that says {opening!r} must have "
                f"power_off: true{rules}"
            )
            problems.append(_broken(POWER_OFF, message, file, action.line or line))
        handling = said(action.text, _HANDLES_REFRIGERANT)
        if handling is not None:
            message = (
                f"{where}, action {number}: an owner step may not say {handling!r}; only a "
                f"certified technician handles refrigerant or attaches gauges{rules}"
            )
            problems.append(_broken(REFRIGERANT, message, file, action.line or line))
    raised = sorted(hazards & set(diagnosis.advisories))
    if raised:
        problems += [
            _broken(AGAINST_HAZARD, f"{where} raises hazard {raised[0]!r}: {m}{rules}", file, line)
            for m in _against_hazard(diagnosis)
        ]
        if diagnosis.escalation < EscalationLevel.PROMPT:
            message = (
                f"{where} raises hazard {raised[0]!r} but escalates to {diagnosis.escalation}; "
                f"a hazard asks at least prompt{rules}"
            )
            problems.append(_broken(HAZARD_LEVEL, message, file, line))
    return problems


def _against_hazard(diagnosis: DiagnosisSpec) -> list[str]:
    """What a finding that raises a hazard says against it (the policy's dominance sets aside
    what other findings and rules say; a finding may not contradict its own hazard)."""
    problems = ["a hazard is never a normal finding"] if diagnosis.kind == "normal" else []
    problems += [
        f"owner step {number} puts hands on the unit (power_off: true) while the hazard stands"
        for number, action in enumerate(diagnosis.actions, start=1)
        if action.who == "owner" and action.power_off
    ]
    return problems


def _rule_problems(kb: KnowledgeBaseData, rule: RuleSpec, hazards: frozenset[str]) -> list[Problem]:
    raised = sorted(hazards & set(rule.advisories))
    if not raised:
        return []
    file, line = rule.origin.file, rule.origin.line
    problems = [
        _broken(
            AGAINST_HAZARD,
            f"raises hazard {raised[0]!r} and concludes the normal finding {c.code!r}",
            file,
            line,
            rule.id,
        )
        for c in rule.diagnoses
        if c.certainty > 0 and c.code in kb.diagnoses and kb.diagnoses[c.code].kind == "normal"
    ]
    if rule.escalate is not None and rule.escalate.level < EscalationLevel.PROMPT:
        message = (
            f"raises hazard {raised[0]!r} but escalates to {rule.escalate.level}; "
            "a hazard asks at least prompt"
        )
        problems.append(_broken(HAZARD_LEVEL, message, file, line, rule.id))
    return problems


def _guards_safety(
    diagnosis: DiagnosisSpec, hazards: frozenset[str], builtin: frozenset[str]
) -> str | None:
    """Why a built-in finding is one a pack should not argue against silently, or None."""
    if diagnosis.origin.file not in builtin:
        return None
    if diagnosis.refrigerant_side:
        return "refrigerant-side finding"
    if hazards & set(diagnosis.advisories) or diagnosis.escalation == EscalationLevel.EMERGENCY:
        return "hazard"
    return None


def _pack_evidence(
    kb: KnowledgeBaseData, hazards: frozenset[str], builtin: frozenset[str]
) -> list[Problem]:
    problems = []
    for rule in kb.rules:
        if not rule.active or rule.origin.file in builtin:
            continue
        for conclusion in rule.diagnoses:
            spec = kb.diagnoses.get(conclusion.code)
            if spec is None or conclusion.certainty >= 0:
                continue
            why = _guards_safety(spec, hazards, builtin)
            if why is None:
                continue
            message = (
                f"negative evidence ({conclusion.certainty:+g}) against the built-in {why} "
                f"{conclusion.code!r}: it can lower or remove a safety finding "
                f"(safety invariant: {PACK_EVIDENCE}; refused with strict)"
            )
            problems.append(
                Problem(message, rule.origin.file, rule.origin.line, rule.id, severity="warning")
            )
    return problems

"""What a consultation needs from the knowledge base, checked when loading.

A fact may say how likely each of its answers is (``answer_likelihoods``: relative weights of its
choices); a consultation weighs what each answer would change by them. Unstated, every choice is
alike. ``not_asked_if`` names the context in which the question is not asked. The policy's
``consultation`` names the context asked first, which must be facts.
"""

from __future__ import annotations

from .._errors import Problem, did_you_mean
from .model import FactSpec, KnowledgeBaseData
from .operands import observed_condition_problems


def check_answers(kb: KnowledgeBaseData) -> list[Problem]:
    """Likelihoods that name no choice of their fact, or weigh nothing; ``not_asked_if`` on
    unknown or derived facts or with bad operands; unknown context facts."""
    problems = [
        Problem(
            f"fact {spec.name!r}: answer_likelihoods: {message}", spec.origin.file, spec.origin.line
        )
        for spec in kb.facts.values()
        for message in _likelihood_problems(spec)
    ]
    problems += [
        Problem(message, spec.origin.file, spec.origin.line)
        for spec in kb.facts.values()
        for message in observed_condition_problems(
            kb, f"fact {spec.name!r}, not_asked_if", spec.not_asked_if
        )
    ]
    problems += [
        Problem(
            "policy: consultation: context_first: unknown fact "
            f"{name!r}.{did_you_mean(name, kb.facts)}"
        )
        for name in kb.policy.consultation.context_first
        if name not in kb.facts
    ]
    return problems


def _likelihood_problems(spec: FactSpec) -> list[str]:
    if not spec.answer_likelihoods:
        return []
    if spec.type not in ("bool", "enum") or spec.derived:
        return [f"only for a true/false or enum fact that is asked, not a {spec.type} fact"]
    choices = spec.choices
    problems = [
        f"{value!r} is not one of its answers {list(choices)}"
        for value, _ in spec.answer_likelihoods
        if not any(value == c and type(value) is type(c) for c in choices)
    ]
    if not problems and sum(w for _, w in spec.answer_likelihoods) <= 0:
        problems.append("the weights add up to nothing: at least one answer must be possible")
    return problems

"""Why a consultation stopped asking, and how much one answer moves the picture.

The picture is what a person acts on: the leading diagnoses, the escalation level and the safety
advisories. An answer's change is counted on those alone; a question's value is that change
averaged over its answers, weighted by how likely each answer is, less the cost of finding it out.
"""

from __future__ import annotations

import enum

from .._conclusions.escalation import leading
from .._conclusions.report import Report
from .._knowledge.model import KnowledgeBaseData


class StopReason(enum.StrEnum):
    """Why ``Consultation.next_question()`` returned None."""

    #: A hazard stands (a policy's hazard advisory is in the report): the safety advice is the
    #: answer, and nothing else is asked.
    HAZARD = "hazard"
    #: No single remaining answer could change the leading diagnoses, the level or the advisories.
    SETTLED = "settled"
    #: Some answer could change the picture, but the best question is worth less than the policy's
    #: ``min_question_value`` (unlikely answers, or facts costly to find out).
    NOTHING_WORTH_ASKING = "nothing_worth_asking"
    #: The policy's ``max_questions`` have been asked.
    LIMIT_REACHED = "limit_reached"


def hazard_stands(kb: KnowledgeBaseData, report: Report) -> bool:
    """Whether a hazard of the policy's ``hazard_dominance`` stands (its advisory is shown)."""
    shown = {a.code for a in report.advisories}
    return any(shown & set(entry.when) for entry in kb.policy.hazard_dominance)


def leading_codes(kb: KnowledgeBaseData, report: Report) -> list[str]:
    return [d.code for d in leading(report.diagnoses, kb.policy.leading_margin)]


def change(kb: KnowledgeBaseData, before: Report, after: Report) -> tuple[float, set[str]]:
    """How much one answer moves the picture, and the diagnoses (codes) it moves in or out.

    A new diagnosis at the top counts 1, and so does a new level; each diagnosis entering or
    leaving the leading ones 0.5, each advisory appearing or going 0.5, at most 1 for each kind
    (four advisories more are not four times the news).
    """
    first, second = leading_codes(kb, before), leading_codes(kb, after)
    moved = set(first) ^ set(second)
    amount = min(1.0, 0.5 * len(moved))
    if first[:1] != second[:1]:
        amount += 1.0
        moved |= set(first[:1]) | set(second[:1])
    if before.escalation.level != after.escalation.level:
        amount += 1.0
    advice = {a.code for a in before.advisories} ^ {a.code for a in after.advisories}
    amount += min(1.0, 0.5 * len(advice))
    return amount, moved

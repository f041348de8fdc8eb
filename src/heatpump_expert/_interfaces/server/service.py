"""What the HTTP endpoints do, without HTTP: plain functions on a knowledge base.

Each runs in a worker thread (``limits.Worker``) and raises the library's own errors, which the
server turns into ``422`` responses.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..._conclusions.knowledge_base import KnowledgeBase
from ..._conclusions.serialize import to_data
from ..._consultation.session import Consultation
from ..._errors import InvalidValueError
from ..._knowledge.model import FactSpec
from ..answers import parse_answer


@attrs.frozen
class Answer:
    """An answer of ``POST /v1/consult``: text is read by ``parse_answer``, a JSON true, false
    or number is taken as it is."""

    fact: str
    value: bool | int | float | str | None


def diagnose_json(kb: KnowledgeBase, observations: Mapping[str, object]) -> str:
    """``POST /v1/diagnose``: the report exactly as ``report.to_json()`` gives it."""
    return kb.diagnose(observations).to_json()


def consultation(
    kb: KnowledgeBase,
    state: Mapping[str, Any] | None,
    observations: Mapping[str, object],
    *,
    technician: bool = False,
) -> Consultation:
    """A consultation resumed from ``state`` (or started on ``observations``), with
    ``observations`` recorded as answers when it is resumed."""
    if state is None:
        return Consultation(observations, technician=technician, knowledge_base=kb)
    resumed = Consultation.from_dict(state, knowledge_base=kb)
    for fact, value in observations.items():
        resumed.answer(fact, value)
    return resumed


def record(kb: KnowledgeBase, session: Consultation, answer: Answer) -> None:
    """Record ``answer``: text through ``parse_answer`` ("don't know" skips the fact)."""
    value = answer.value
    if isinstance(value, str):
        value = parse_answer(answer.fact, value, kb)
    if value is None:
        session.skip(answer.fact)
    else:
        session.answer(answer.fact, value)


def consult_step(
    kb: KnowledgeBase,
    state: Mapping[str, Any] | None,
    observations: Mapping[str, object],
    answer: Answer | None,
    skip: str | None,
    *,
    technician: bool = False,
) -> dict[str, Any]:
    """``POST /v1/consult``: one step, from the state the client kept to the next question."""
    if state is not None and not isinstance(state, Mapping):
        raise InvalidValueError("state is a saved consultation (an object) or null", fact="state")
    session = consultation(kb, state, observations, technician=technician)
    if answer is not None:
        record(kb, session, answer)
    if skip is not None:
        session.skip(skip)
    question = session.next_question()
    stopped = session.stopped_because
    return {
        "state": session.to_dict(),
        "question": None if question is None else to_data(question),
        "report": session.report.to_dict(),
        "stopped_because": None if stopped is None else str(stopped),
    }


def fact_entry(spec: FactSpec) -> dict[str, Any]:
    """One fact of ``GET /v1/facts``."""
    return {
        "name": spec.name,
        "type": spec.type,
        "unit": spec.unit,
        "choices": list(spec.choices) if spec.type in ("bool", "enum") else None,
        "range": None if spec.range is None else list(spec.range),
        "question": spec.question,
        "description": spec.description,
        "access": spec.access,
        "group": spec.group,
        "derived": spec.derived,
    }


def facts(kb: KnowledgeBase) -> dict[str, Any]:
    """``GET /v1/facts``: the vocabulary, in the knowledge base's order."""
    return {"facts": [fact_entry(spec) for spec in kb.facts.values()]}

"""The JSON endpoints of contract §7: ``/v1/diagnose``, ``/v1/consult``, ``/v1/facts``,
``/health``. The OpenAPI document (``/openapi.json``) is generated from these declarations."""

from __future__ import annotations

import dataclasses
import functools
import json
from typing import Annotated, Any

from litestar import Response, get, post
from litestar.datastructures import State
from litestar.enums import RequestEncodingType
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Body

from ..._conclusions.report import Report
from ..._conclusions.results import Question
from .service import Answer, consult_step, diagnose_json, facts

#: The request bodies are JSON whatever the content type says (curl -d sends a form's).
JSON = Body(media_type=RequestEncodingType.JSON)


@dataclasses.dataclass
class AnswerBody:
    """An answer: ``value`` as typed ("yes", "about 20 F", "light frost", "don't know"), or
    a JSON true, false or number."""

    fact: str
    value: bool | int | float | str | None


@dataclasses.dataclass
class ConsultRequest:
    """One step of a consultation. ``state`` is the ``state`` of the previous reply (null to
    start); ``technician`` applies when starting."""

    state: dict[str, Any] | None = None
    observations: dict[str, Any] = dataclasses.field(default_factory=dict)
    answer: AnswerBody | None = None
    skip: str | None = None
    technician: bool = False


@dataclasses.dataclass
class ConsultReply:
    """The consultation to keep for the next step, the question to ask (null once it stops)
    and the report so far; ``stopped_because`` says why it stopped."""

    state: dict[str, Any]
    question: Question | None
    report: Report
    stopped_because: str | None


@dataclasses.dataclass
class Fact:
    """One fact of the vocabulary and how to ask it; ``access``: who can observe it
    (``anyone``, ``outdoor_look``, ``technician``, ``open_unit``)."""

    name: str
    type: str
    unit: str | None
    choices: list[bool | str] | None
    range: list[float] | None
    question: str
    description: str
    access: str
    group: str
    derived: bool


@dataclasses.dataclass
class Vocabulary:
    facts: list[Fact]


@dataclasses.dataclass
class ErrorDetail:
    type: str
    message: str
    fact: str | None


@dataclasses.dataclass
class ErrorReply:
    error: ErrorDetail


def _reply(container: Any, description: str) -> ResponseSpec:
    """A documented response (without made-up examples: the document stays the same)."""
    return ResponseSpec(data_container=container, description=description, generate_examples=False)


def _errors(*statuses: int) -> dict[int, ResponseSpec]:
    words = {
        400: "the body is not a JSON object (or not of the documented shape)",
        413: "the body is larger than the server accepts",
        422: "bad observations or answers: the library's own message, and the fact",
        503: "the request took longer than the server's time limit",
    }
    return {status: _reply(ErrorReply, words[status]) for status in statuses}


def _json(data: Any) -> Response[bytes]:
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return Response(text.encode("utf-8"), media_type="application/json")


@post(
    "/v1/diagnose",
    summary="Diagnose a set of observations",
    tags=["diagnosis"],
    status_code=200,
    responses={200: _reply(Report, "the report"), **_errors(400, 413, 422, 503)},
)
async def diagnose_route(data: Annotated[dict[str, Any], JSON], state: State) -> Response[bytes]:
    """The report for a JSON object of observations, exactly as ``report.to_json()`` gives it."""
    text = await state.worker.run(diagnose_json, state.kb, data)
    return Response(text.encode("utf-8"), media_type="application/json")  # byte for byte


@post(
    "/v1/consult",
    summary="Take one step of a consultation",
    tags=["consultation"],
    status_code=200,
    responses={200: _reply(ConsultReply, "the next step"), **_errors(400, 413, 422, 503)},
)
async def consult_route(data: Annotated[ConsultRequest, JSON], state: State) -> Response[bytes]:
    """Stateless: send back the ``state`` of the last reply with an answer (or a skip)."""
    answer = None if data.answer is None else Answer(data.answer.fact, data.answer.value)
    step = functools.partial(consult_step, technician=data.technician)
    reply = await state.worker.run(step, state.kb, data.state, data.observations, answer, data.skip)
    return _json(reply)


@get(
    "/v1/facts",
    summary="The vocabulary of observations",
    tags=["vocabulary"],
    responses={200: _reply(Vocabulary, "every fact")},
)
async def facts_route(state: State) -> Response[bytes]:
    """Every fact: its type, unit, choices or range, the question that asks it, who can
    observe it."""
    return _json(facts(state.kb))


@get("/health", summary="Whether the server is up", tags=["server"])
async def health_route() -> dict[str, str]:
    return {"status": "ok"}


#: Every JSON endpoint, for the application factory.
ROUTES = [diagnose_route, consult_route, facts_route, health_route]

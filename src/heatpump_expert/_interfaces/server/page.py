"""The consultation page at ``/``: each step is a form posted back, answered with the next page.

``GET /`` asks what has been noticed; ``POST /`` takes one step (start, an answer, "I don't
know", or stop) on the consultation carried in the form's hidden ``state`` field, and renders
the next question, or the report once the consultation stops. The step runs in a worker thread;
a bad answer is asked again with the library's message, a state that cannot be read gets a page
that offers a fresh start.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import Any

from litestar import MediaType, Request, Response, get, post
from litestar.datastructures import State

from ..._conclusions.graph_svg import render_svg
from ..._conclusions.knowledge_base import KnowledgeBase
from ..._conclusions.report import Report
from ..._consultation.session import Consultation
from ..._errors import HeatpumpExpertError, InputError
from ..._knowledge.model import FactSpec
from ..answers import parse_answer
from ..values import json_object
from .page_html import graph_section, page, problem_body, question_body, report_body, start_body

#: Nothing but this server's own files: no CDN, no inline script, no frames.
_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
_HEADERS = {"Content-Security-Policy": _POLICY, "X-Content-Type-Options": "nosniff"}
_STATIC = {"page.css": "text/css", "page.js": "text/javascript"}


def symptoms(kb: KnowledgeBase) -> list[FactSpec]:
    """The complaints offered first: the yes/no symptoms anyone can observe."""
    return [
        spec
        for spec in kb.facts.values()
        if spec.group == "symptoms"
        and spec.type == "bool"
        and spec.access == "anyone"
        and not spec.derived
    ]


def _html(text: str, status: int = 200) -> Response[str]:
    return Response(text, status_code=status, media_type=MediaType.HTML, headers=_HEADERS)


def _picture(report: Report) -> str:
    """The reasoning drawn as SVG when Graphviz's ``dot`` is installed, else its DOT text."""
    dot = report.graph("dot")
    if shutil.which("dot") is None:
        return graph_section(None, dot)
    try:
        svg = render_svg(dot)
    except HeatpumpExpertError:
        return graph_section(None, dot)
    return graph_section(svg[svg.find("<svg") :], None)


def _next(session: Consultation, error: str | None = None, *, finish: bool = False) -> str:
    question = None if finish else session.next_question()
    if question is None:
        stopped = None if finish else session.stopped_because
        report = session.report
        return report_body(report, None if stopped is None else str(stopped), _picture(report))
    number = session.questions_asked + 1
    return question_body(session.report, question, session.to_dict(), error, number=number)


def _one(form: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = form.get(name) or []
    return values[-1] if values else None


def step(kb: KnowledgeBase, form: Mapping[str, Sequence[str]]) -> tuple[int, str]:
    """One step of the page: the status and the ``<main>`` content to show."""
    if _one(form, "start") is not None:
        try:
            ticked = dict.fromkeys(form.get("symptom", []), True)
            session = Consultation(ticked, knowledge_base=kb)
        except InputError as error:
            return 400, problem_body(f"That choice could not be read: {error}")
        return 200, _next(session)
    try:
        saved = json_object(_one(form, "state") or "", "the saved check", fact="state")
        session = Consultation.from_dict(saved, knowledge_base=kb)
    except (ValueError, TypeError) as error:  # InputError is a ValueError
        message = str(error) if isinstance(error, InputError) else "the form is incomplete"
        return 400, problem_body(f"This check could not be continued ({message}).")
    fact = _one(form, "fact") or ""
    if _one(form, "finish") is not None:
        return 200, _next(session, finish=True)
    try:
        if _one(form, "skip") is not None:
            session.skip(fact)
        else:
            value = parse_answer(fact, _one(form, "answer") or "", kb)
            if value is None:
                session.skip(fact)
            else:
                session.answer(fact, value)
    except InputError as error:
        return 422, _next(session, str(error))
    return 200, _next(session)


@get("/", summary="The consultation page (HTML)", tags=["page"], media_type=MediaType.HTML)
async def start_page(state: State) -> Response[str]:
    """What has been noticed: the first step of a consultation for a homeowner."""
    return _html(page(start_body(symptoms(state.kb))))


@post(
    "/",
    summary="One step of the consultation page (HTML form)",
    tags=["page"],
    media_type=MediaType.HTML,
    status_code=200,
)
async def step_page(request: Request[Any, Any, Any], state: State) -> Response[str]:
    """A form posted back: the next question, or the report."""
    form = await request.form()
    fields = {key: form.getall(key) for key in form}
    status, body = await state.worker.run(step, state.kb, fields)
    return _html(page(body), status)


def _static(name: str) -> Response[bytes]:
    data = resources.files(__package__).joinpath("static", name).read_bytes()
    headers = {"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
    return Response(data, media_type=_STATIC[name], headers=headers)


@get("/static/page.css", include_in_schema=False)
async def stylesheet() -> Response[bytes]:
    """The page's stylesheet, from the package."""
    return _static("page.css")


@get("/static/page.js", include_in_schema=False)
async def script() -> Response[bytes]:
    """The page's script (the next step without a reload), from the package."""
    return _static("page.js")


#: The page's routes, for the application factory.
ROUTES = [start_page, step_page, stylesheet, script]

"""Whatever a client sends, the server answers with a report or the library's error, never a
crash: property tests over request bodies to ``/v1/diagnose`` and ``/v1/consult`` (hundreds of
generated bodies each, through Litestar's test client)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient

from heatpump_expert import diagnose
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._interfaces.server.app import create_app

_FACTS = sorted(default_knowledge_base().facts)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["cool", "heat", "yes", "none", "about 20 F", "\ud800", "E5", ""])
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner),
    max_leaves=6,
)
_NAMES = st.sampled_from(_FACTS) | st.text(max_size=30)
_OBSERVATIONS = st.dictionaries(_NAMES, _VALUES, max_size=6)
_BODIES = _OBSERVATIONS | _VALUES

_CLIENT: list[TestClient[Any]] = []


@pytest.fixture(scope="module", autouse=True)
def _client() -> Iterator[None]:
    with TestClient(create_app()) as client:
        _CLIENT.append(client)
        yield
        _CLIENT.clear()


def _post(path: str, body: object) -> Any:
    text = json.dumps(body, ensure_ascii=True)  # a lone surrogate travels as \\ud800
    return _CLIENT[0].post(path, content=text, headers={"content-type": "application/json"})


def _lone_surrogate(value: object) -> bool:
    """Whether a string in ``value`` holds a lone surrogate: JSON text that is not Unicode
    (RFC 8259 §8.2), refused as a body that cannot be read, with the other unreadable ones."""
    if isinstance(value, str):
        return any("\ud800" <= char <= "\udfff" for char in value)
    if isinstance(value, dict):
        return any(_lone_surrogate(k) or _lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_lone_surrogate(item) for item in value)
    return False


def _is_error_reply(reply: Any) -> bool:
    error = reply.json()["error"]
    return set(error) == {"type", "message", "fact"} and "Traceback" not in error["message"]


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@_SETTINGS
@given(_BODIES)
def test_any_body_to_diagnose_gives_the_report_or_the_librarys_error(body: object) -> None:
    """200 with the report exactly as diagnose() gives it, 400 for a body that is not an
    object, 422 with the library's message: nothing else, and never a stack trace."""
    reply = _post("/v1/diagnose", body)
    assert reply.status_code in {200, 400, 422}, reply.text
    if reply.status_code == 200:
        assert isinstance(body, dict)
        assert reply.text == diagnose(body).to_json()
    else:
        assert _is_error_reply(reply)
        unreadable = not isinstance(body, dict) or _lone_surrogate(body)
        assert (reply.status_code == 400) == unreadable, reply.text


_STEPS = st.fixed_dictionaries(
    {},
    optional={
        "state": st.none() | _VALUES,
        "observations": _OBSERVATIONS | _VALUES,
        "answer": st.none() | st.fixed_dictionaries({"fact": _NAMES, "value": _VALUES}) | _VALUES,
        "skip": st.none() | _NAMES | _VALUES,
        "technician": _VALUES,
    },
)


@_SETTINGS
@given(_STEPS)
def test_any_consultation_step_gives_the_next_step_or_the_librarys_error(body: object) -> None:
    """A consultation step of any shape: 200 with state, question and report, or an error in
    the library's shape (400 or 422), never a crash."""
    reply = _post("/v1/consult", body)
    assert reply.status_code in {200, 400, 422}, reply.text
    if reply.status_code == 200:
        assert {"state", "question", "report"} <= set(reply.json())
    else:
        assert _is_error_reply(reply)

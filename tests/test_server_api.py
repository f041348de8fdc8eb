"""The HTTP API of contract §7, through Litestar's test client: every endpoint, bad bodies and
sizes, the error shape, a consultation stepped across requests, the OpenAPI document, `serve`."""

from __future__ import annotations

import http.client
import json
import logging
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from heatpump_expert import Consultation, InputError, diagnose, parse_answer
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._conclusions.serialize import to_data
from heatpump_expert._interfaces import cli
from heatpump_expert._interfaces.server import run
from heatpump_expert._interfaces.server.app import create_app
from heatpump_expert._interfaces.server.limits import Limits

LEAVES = {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Any]]:
    with TestClient(create_app()) as test_client:
        yield test_client


def _error(error: Exception, fact: str | None) -> dict[str, Any]:
    return {"error": {"type": type(error).__name__, "message": str(error), "fact": fact}}


def _library_error(observations: dict[str, Any]) -> InputError:
    with pytest.raises(InputError) as caught:
        diagnose(observations)
    return caught.value


def test_diagnose_answers_exactly_report_to_json(client: TestClient[Any]) -> None:
    """POST /v1/diagnose: 200 and the bytes of report.to_json(), as JSON."""
    reply = client.post("/v1/diagnose", json=LEAVES)
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "application/json"
    assert reply.text == diagnose(LEAVES).to_json()


def test_diagnose_of_an_empty_object_is_the_report_of_nothing(client: TestClient[Any]) -> None:
    reply = client.post("/v1/diagnose", json={})
    assert (reply.status_code, reply.text) == (200, diagnose({}).to_json())


@pytest.mark.parametrize(
    ("observations", "fact"),
    [
        ({"mode": "bogus"}, "mode"),
        ({"mdoe": "cool"}, "mdoe"),
        ({"outdoor_temp_f": "warm"}, "outdoor_temp_f"),
        ({"outdoor_temp_f": 50, "outdoor_temp_c": 30}, "outdoor_temp_f"),
    ],
)
def test_bad_observations_are_422_with_the_library_message(
    client: TestClient[Any], observations: dict[str, Any], fact: str
) -> None:
    """Bad values, unknown facts and conflicts: 422 carrying the library's own error."""
    error = _library_error(observations)
    reply = client.post("/v1/diagnose", json=observations)
    assert reply.status_code == 422
    assert reply.json() == _error(error, error.fact)
    assert error.fact == fact


@pytest.mark.parametrize("body", [[1, 2], "cool", 3, None, True])
def test_a_body_that_is_not_an_object_is_400(client: TestClient[Any], body: object) -> None:
    reply = client.post(
        "/v1/diagnose", content=json.dumps(body), headers={"content-type": "application/json"}
    )
    assert reply.status_code == 400
    assert reply.json()["error"]["type"] == "BadRequest"
    assert reply.json()["error"]["fact"] is None


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b"mode=cool&reduced_cooling=true", "application/x-www-form-urlencoded"),
        (b"\xff\xfe", "application/octet-stream"),
        (b"", "application/json"),
    ],
)
def test_malformed_or_wrong_content_is_400(
    client: TestClient[Any], content: bytes, content_type: str
) -> None:
    """Not JSON (or another content type altogether): 400 in the error shape, no traceback."""
    reply = client.post("/v1/diagnose", content=content, headers={"content-type": content_type})
    assert reply.status_code == 400
    assert set(reply.json()) == {"error"}
    assert reply.json()["error"]["type"] == "BadRequest"
    assert "Traceback" not in reply.text


def test_an_oversized_body_is_413() -> None:
    """A body over the limit is refused before it is read: 413, saying the limit."""
    with TestClient(create_app(limits=Limits(max_body_size=1024))) as small:
        big = {"brand": "x" * 2000}
        reply = small.post("/v1/diagnose", json=big)
        assert reply.status_code == 413
        assert reply.json() == {
            "error": {
                "type": "RequestTooLarge",
                "message": "the request body is larger than the limit of 1024 bytes",
                "fact": None,
            }
        }
        padded = b'{"mode": "cool"' + b" " * 900 + b"}"  # under the limit: answered
        assert small.post("/v1/diagnose", content=padded).status_code == 200


def test_the_default_limit_is_64_kib(client: TestClient[Any]) -> None:
    reply = client.post("/v1/consult", json={"observations": {"brand": "x" * 70_000}})
    assert reply.status_code == 413


class _BlockedKnowledgeBase:
    """A knowledge base whose diagnosis waits until the test releases it."""

    def __init__(self) -> None:
        self.release = threading.Event()

    def diagnose(self, observations: object) -> Any:
        self.release.wait(30)
        raise AssertionError("released")


def test_a_request_past_the_time_limit_is_503() -> None:
    """The per-request time limit: the reply does not wait for the reasoning to end."""
    blocked = _BlockedKnowledgeBase()
    app = create_app(blocked, limits=Limits(time_limit=0.2))  # type: ignore[arg-type]
    try:
        with TestClient(app) as slow:
            reply = slow.post("/v1/diagnose", json={})
    finally:
        blocked.release.set()
    assert reply.status_code == 503
    assert reply.json() == {
        "error": {
            "type": "TimeLimitExceeded",
            "message": "the request took longer than the server's limit of 0.2 s",
            "fact": None,
        }
    }


class _BrokenKnowledgeBase:
    def diagnose(self, observations: object) -> Any:
        raise RuntimeError("secret internals")


def test_an_unexpected_failure_is_500_without_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The reply says nothing of the failure; the log has it, with its traceback."""
    with (
        TestClient(create_app(_BrokenKnowledgeBase())) as broken,  # type: ignore[arg-type]
        caplog.at_level(logging.ERROR, "heatpump_expert.server"),
    ):
        reply = broken.post("/v1/diagnose", json={})
    assert reply.status_code == 500
    assert reply.json() == {
        "error": {
            "type": "InternalError",
            "message": "the server could not answer this request",
            "fact": None,
        }
    }
    assert "secret" not in reply.text
    assert [str(r.exc_info[1]) for r in caplog.records if r.exc_info] == ["secret internals"]


def test_unknown_paths_and_methods_keep_the_error_shape(client: TestClient[Any]) -> None:
    missing = client.get("/v1/nothing")
    wrong = client.get("/v1/diagnose")
    assert (missing.status_code, missing.json()["error"]["type"]) == (404, "NotFound")
    assert (wrong.status_code, wrong.json()["error"]["type"]) == (405, "MethodNotAllowed")


def _consult(client: TestClient[Any], body: dict[str, Any]) -> dict[str, Any]:
    reply = client.post("/v1/consult", json=body)
    assert reply.status_code == 200, reply.text
    return reply.json()


def _expected(consultation: Consultation) -> dict[str, Any]:
    question = consultation.next_question()
    stopped = consultation.stopped_because
    return {
        "state": consultation.to_dict(),
        "question": None if question is None else to_data(question),
        "report": consultation.report.to_dict(),
        "stopped_because": None if stopped is None else str(stopped),
    }


def test_consult_starts_from_observations(client: TestClient[Any]) -> None:
    """state null: the consultation of the observations, its question and its report."""
    reply = _consult(client, {"state": None, "observations": {"reduced_cooling": True}})
    assert reply == _expected(Consultation({"reduced_cooling": True}))
    assert reply["question"]["fact"] == "mode"


def _typed(question: dict[str, Any]) -> str:
    """What a person might type: the first choice in words, 20 for a number."""
    if question["choices"]:
        first = question["choices"][0]
        if isinstance(first, bool):
            return "yes" if first else "no"
        return str(first)
    return "about 20" if question["type"] == "number" else "none"


def test_a_consultation_steps_across_requests_with_the_state_round_tripping(
    client: TestClient[Any],
) -> None:
    """Each reply's state, sent back with an answer, gives what the library gives in-process:
    stateless, so any server process can take the next step."""
    local = Consultation({"reduced_heating": True})
    reply = _consult(client, {"state": None, "observations": {"reduced_heating": True}})
    steps = 0
    while reply["question"] is not None and steps < 8:
        question = reply["question"]
        typed = _typed(question)
        reply = _consult(
            client,
            {"state": reply["state"], "answer": {"fact": question["fact"], "value": typed}},
        )
        value = parse_answer(question["fact"], typed)
        if value is None:
            local.skip(question["fact"])
        else:
            local.answer(question["fact"], value)
        assert reply == _expected(local)
        assert Consultation.from_dict(reply["state"]).to_dict() == reply["state"]
        steps += 1
    assert steps >= 3
    assert reply["report"] == local.report.to_dict()


def test_consult_takes_json_values_skips_and_dont_know(client: TestClient[Any]) -> None:
    start = _consult(client, {"observations": {"reduced_cooling": True}})
    answered = _consult(
        client, {"state": start["state"], "answer": {"fact": "mode", "value": "cool"}}
    )
    as_json = _consult(
        client, {"state": start["state"], "answer": {"fact": "filter_dirty", "value": True}}
    )
    skipped = _consult(client, {"state": start["state"], "skip": "mode"})
    unknown = _consult(
        client, {"state": start["state"], "answer": {"fact": "mode", "value": "don't know"}}
    )
    assert answered["state"]["observations"] == {"mode": "cool", "reduced_cooling": True}
    assert as_json["state"]["observations"] == {"filter_dirty": True, "reduced_cooling": True}
    assert skipped["state"]["skipped"] == ["mode"]
    assert unknown["state"]["skipped"] == ["mode"]
    assert skipped["question"]["fact"] != "mode"


def test_consult_records_observations_sent_with_a_state(client: TestClient[Any]) -> None:
    start = _consult(client, {"observations": {"reduced_cooling": True}})
    more = _consult(client, {"state": start["state"], "observations": {"mode": "cool"}})
    expected = Consultation({"reduced_cooling": True})
    expected.answer("mode", "cool")
    assert more == _expected(expected)


def test_consult_technician_asks_gauges(client: TestClient[Any]) -> None:
    reply = _consult(client, {"observations": {"reduced_cooling": True}, "technician": True})
    assert reply["state"]["technician"] is True
    assert reply == _expected(Consultation({"reduced_cooling": True}, technician=True))


def test_a_bad_answer_is_422_with_parse_answers_message(client: TestClient[Any]) -> None:
    start = _consult(client, {"observations": {"reduced_cooling": True}})
    with pytest.raises(InputError) as caught:
        parse_answer("mode", "sideways")
    reply = client.post(
        "/v1/consult",
        json={"state": start["state"], "answer": {"fact": "mode", "value": "sideways"}},
    )
    assert reply.status_code == 422
    assert reply.json() == _error(caught.value, "mode")


def test_a_bad_state_is_422(client: TestClient[Any]) -> None:
    reply = client.post("/v1/consult", json={"state": {"observations": [], "skipped": "x"}})
    assert reply.status_code == 422
    assert reply.json()["error"]["type"] == "InvalidValueError"
    assert reply.json()["error"]["fact"] == "consultation"


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"answer": 3},
        {"answer": {"value": "yes"}},
        {"skip": ["mode"]},
        {"observations": "mode=cool"},
        {"state": "saved"},
    ],
)
def test_consult_bodies_of_the_wrong_shape_are_400(client: TestClient[Any], body: object) -> None:
    reply = client.post("/v1/consult", json=body)
    assert reply.status_code == 400
    assert reply.json()["error"]["type"] == "BadRequest"


def test_consult_unknown_facts_are_422(client: TestClient[Any]) -> None:
    reply = client.post("/v1/consult", json={"skip": "mdoe"})
    assert reply.status_code == 422
    assert reply.json()["error"]["type"] == "UnknownFactError"
    assert reply.json()["error"]["fact"] == "mdoe"


def test_facts_lists_the_vocabulary(client: TestClient[Any]) -> None:
    """GET /v1/facts: every fact, with its type, unit, range or choices, question and access."""
    reply = client.get("/v1/facts")
    assert reply.status_code == 200
    facts = {entry["name"]: entry for entry in reply.json()["facts"]}
    assert list(facts) == list(default_knowledge_base().facts)
    assert facts["outdoor_temp_f"] == {
        "name": "outdoor_temp_f",
        "type": "number",
        "unit": "degF",
        "choices": None,
        "range": [-60, 140],
        "question": "What is the temperature outside right now (°F)?",
        "description": "The current outdoor air temperature.",
        "access": "anyone",
        "group": "context",
        "derived": False,
    }
    assert facts["filter_dirty"]["choices"] == [True, False]
    assert facts["mode"]["choices"] == ["heat", "cool", "auto", "em_heat", "fan", "off"]
    assert facts["superheat_f"]["access"] == "technician"


def test_health_is_200(client: TestClient[Any]) -> None:
    reply = client.get("/health")
    assert (reply.status_code, reply.json()) == (200, {"status": "ok"})


def test_openapi_document_lists_every_path(client: TestClient[Any]) -> None:
    reply = client.get("/openapi.json")
    assert reply.status_code == 200
    document = reply.json()
    assert document["openapi"].startswith("3.1")
    assert set(document["paths"]) == {"/", "/v1/diagnose", "/v1/consult", "/v1/facts", "/health"}
    assert set(document["paths"]["/"]) == {"get", "post"}
    diagnose_op = document["paths"]["/v1/diagnose"]["post"]
    assert diagnose_op["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Report"
    }
    assert set(diagnose_op["responses"]) == {"200", "400", "413", "422", "503"}
    assert "ConsultRequest" in document["components"]["schemas"]


def test_the_openapi_document_is_the_same_every_time(client: TestClient[Any]) -> None:
    """No invented examples: the document is byte for byte stable."""
    assert client.get("/openapi.json").text == client.get("/openapi.json").text
    assert "examples" not in client.get("/openapi.json").text


def test_serve_runs_uvicorn_on_loopback_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """heatpump-expert serve: loopback and port 8000 unless told; --workers passes through."""
    calls: list[tuple[str, int, int]] = []

    def serve(host: str, port: int, workers: int) -> int:
        calls.append((host, port, workers))
        return 0

    monkeypatch.setattr(run, "serve", serve)
    assert cli.main(["serve"]) == 0
    assert cli.main(["serve", "--host", "0.0.0.0", "--port", "9001", "--workers", "2"]) == 0
    assert calls == [("127.0.0.1", 8000, 1), ("0.0.0.0", 9001, 2)]


def test_serve_rejects_zero_workers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        cli.main(["serve", "--workers", "0"])
    assert stopped.value.code == 2
    assert "a number of processes, 1 or more, not '0'" in capsys.readouterr().err


def test_uvicorn_logs_the_servers_logger_too() -> None:
    config = run.log_config()
    assert config["loggers"]["heatpump_expert"] == {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    assert run.FACTORY == "heatpump_expert._interfaces.server.app:create_app"


def test_the_plain_command_line_never_imports_the_server() -> None:
    """Without the server extra the rest of the CLI works: litestar is imported only by serve."""
    code = (
        "import sys; from heatpump_expert._interfaces import cli; "
        "cli.main(['facts'], stdout=open('/dev/null', 'w')); "
        "print(sorted(m for m in ('litestar', 'uvicorn') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def test_heatpump_expert_serve_answers_on_loopback() -> None:
    """The real command: uvicorn on a free loopback port answers /health and /v1/diagnose."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "heatpump_expert", "serve", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(300):  # up to 30 s to start
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", "/health")
                health = connection.getresponse()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                time.sleep(0.1)
        else:
            pytest.fail("heatpump-expert serve did not answer within 30 s")
        assert (health.status, health.read()) == (200, b'{"status":"ok"}')
        connection.request("POST", "/v1/diagnose", body=json.dumps(LEAVES))
        reply = connection.getresponse()
        assert (reply.status, reply.read().decode()) == (200, diagnose(LEAVES).to_json())
        connection.close()
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C: a clean shutdown
        _, errors = server.communicate(timeout=15)
    assert server.returncode == 0
    assert b"Traceback" not in errors


def test_serve_without_the_extra_says_what_to_install() -> None:
    """No litestar: `serve` exits 1 with the install command; the rest of the CLI still works."""
    code = (
        "import sys; sys.modules['litestar'] = None; "
        "from heatpump_expert._interfaces import cli; sys.exit(cli.main(['serve']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert done.stderr == (
        "heatpump-expert: heatpump-expert serve needs litestar, which is not installed: "
        "pip install 'heatpump-expert[server]'\n"
    )

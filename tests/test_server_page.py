"""The consultation page at `/` without JavaScript, through the test client: forms posted back,
labels, yes/no, "I don't know", "why am I asked?", safety first, the report, packaged assets."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from heatpump_expert import Consultation, Question, parse_answer
from heatpump_expert._conclusions.homeowner import headline, level_words
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._interfaces.server.app import create_app
from heatpump_expert._interfaces.server.page import symptoms
from heatpump_expert._interfaces.server.page_html import question_form


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient[Any]]:
    with TestClient(create_app()) as test_client:
        yield test_client


def _state(text: str) -> dict[str, Any]:
    found = re.search(r"name='state' value='([^']*)'", text)
    assert found is not None, "no state field"
    return json.loads(html.unescape(found.group(1)))


def _start(client: TestClient[Any], *ticked: str) -> Any:
    return client.post("/", data={"start": "1", "symptom": list(ticked)})


def _main(text: str) -> str:
    return text[text.index("<main") : text.index("</main>")]


def test_the_start_page_asks_what_was_noticed_with_a_label_for_each_box(
    client: TestClient[Any],
) -> None:
    reply = client.get("/")
    assert reply.status_code == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    text = reply.text
    boxes = re.findall(r"<input type='checkbox' id='([^']+)' name='symptom' value='([^']+)'>", text)
    expected = [spec.name for spec in symptoms(default_knowledge_base())]
    assert [value for _, value in boxes] == expected
    assert "reduced_cooling" in expected
    for box_id, _ in boxes:
        assert f"<label for='{box_id}'>" in text
    assert "<form method='post' action='/' data-step>" in text
    assert "<button type='submit' name='start' value='1'>Start the check</button>" in text
    assert text.index("Safety first") < text.index("Tick everything you have noticed")


def test_the_page_is_for_phones_and_loads_only_its_own_files(client: TestClient[Any]) -> None:
    """Viewport meta, the packaged stylesheet and script, and a policy that allows no other."""
    reply = client.get("/")
    text = reply.text
    assert "<meta name='viewport' content='width=device-width, initial-scale=1'>" in text
    assert re.findall(r"<(?:link|script|img|iframe)[^>]*(?:href|src)='([^']+)'", text) == [
        "/static/page.css",
        "/static/page.js",
    ]
    assert all(url.startswith("/") for url in re.findall(r"(?:href|src|action)='([^']+)'", text))
    assert "http://" not in text and "https://" not in text
    assert reply.headers["content-security-policy"].startswith("default-src 'self'; ")
    assert "<html lang='en'>" in text


def test_the_static_files_come_from_the_package(client: TestClient[Any]) -> None:
    css = client.get("/static/page.css")
    js = client.get("/static/page.js")
    assert (css.status_code, css.headers["content-type"]) == (200, "text/css; charset=utf-8")
    assert (js.status_code, js.headers["content-type"]) == (200, "text/javascript; charset=utf-8")
    assert "@import" not in css.text and "url(" not in css.text
    assert "http" not in js.text
    assert client.get("/static/other.js").status_code == 404


def test_starting_asks_the_consultations_first_question(client: TestClient[Any]) -> None:
    """The ticked complaints start the consultation; its state travels in a hidden field."""
    reply = _start(client, "reduced_cooling")
    expected = Consultation({"reduced_cooling": True})
    question = expected.next_question()
    assert question is not None
    assert reply.status_code == 200
    assert _state(reply.text) == expected.to_dict()
    assert f"<input type='hidden' name='fact' value='{question.fact}'>" in reply.text
    assert f"<h2 id='question'>{html.escape(question.text, quote=True)}</h2>" in reply.text
    for choice in question.choices:
        assert f"<button type='submit' name='answer' value='{choice}'>" in reply.text
    assert (
        f"<details class='why'><summary>Why am I asked?</summary><p>"
        f"{html.escape(question.why, quote=True)}</p></details>"
    ) in reply.text
    assert (
        "<button type='submit' name='skip' value='1' class='secondary'>I don't know</button>"
        in reply.text
    )


def test_yes_no_questions_say_yes_and_no() -> None:
    question = Question(
        fact="filter_dirty", text="Is it dirty?", why="Because.", choices=(True, False), type="bool"
    )
    form = question_form(question, {"observations": {}})
    assert "<button type='submit' name='answer' value='yes'>Yes</button>" in form
    assert "<button type='submit' name='answer' value='no'>No</button>" in form
    assert "True" not in form and "False" not in form


def test_number_questions_have_a_labelled_field_with_its_unit() -> None:
    question = Question(
        fact="outdoor_temp_f",
        text="How warm is it outside?",
        why="Because.",
        type="number",
        unit="degF",
    )
    form = question_form(question, {"observations": {}})
    assert "<h2 id='question'><label for='answer'>How warm is it outside?</label></h2>" in form
    assert (
        "<input type='text' id='answer' name='answer' inputmode='decimal' autocomplete='off' "
        "aria-describedby='answer-hint'>"
    ) in form
    assert "Type your answer (in °F; for example 20, or -5 C)." in form


def test_an_answer_moves_to_the_next_question_and_shows_the_picture(
    client: TestClient[Any],
) -> None:
    """The emerging picture: the level in words and the leading candidates."""
    first = _start(client, "reduced_cooling")
    reply = client.post(
        "/", data={"state": json.dumps(_state(first.text)), "fact": "mode", "answer": "cool"}
    )
    expected = Consultation({"reduced_cooling": True})
    expected.answer("mode", "cool")
    assert reply.status_code == 200
    assert _state(reply.text) == expected.to_dict()
    report = expected.report
    assert f"<p>{html.escape(level_words(report.escalation.level))}.</p>" in reply.text
    top = report.diagnoses[0]
    assert f"<li>{html.escape(top.title)} ({top.certainty:.0%})</li>" in reply.text


def test_safety_advice_comes_before_the_question(client: TestClient[Any]) -> None:
    reply = _start(client, "reduced_cooling")
    main = _main(reply.text)
    assert "<h2 id='safety-title'>Safety first</h2>" in main
    assert main.index("Safety first") < main.index("id='question'")
    assert "Before opening any panel" in main


def test_i_dont_know_skips_the_fact(client: TestClient[Any]) -> None:
    first = _start(client, "reduced_cooling")
    state = json.dumps(_state(first.text))
    by_button = client.post("/", data={"state": state, "fact": "mode", "skip": "1"})
    by_words = client.post("/", data={"state": state, "fact": "mode", "answer": "not sure"})
    assert _state(by_button.text)["skipped"] == ["mode"]
    assert _state(by_words.text)["skipped"] == ["mode"]


def test_a_bad_answer_is_asked_again_with_the_library_message(client: TestClient[Any]) -> None:
    first = _start(client, "reduced_cooling")
    state = _state(first.text)
    reply = client.post(
        "/", data={"state": json.dumps(state), "fact": "mode", "answer": "sideways"}
    )
    with pytest.raises(ValueError, match="not a value of 'mode'") as caught:
        parse_answer("mode", "sideways")
    assert reply.status_code == 422
    message = html.escape(str(caught.value), quote=True)
    assert f"<p class='error' role='alert' id='answer-error'>{message}</p>" in reply.text
    assert _state(reply.text) == state
    assert "<input type='hidden' name='fact' value='mode'>" in reply.text


def test_stopping_shows_the_report_headline_first(client: TestClient[Any]) -> None:
    first = _start(client, "reduced_cooling")
    reply = client.post("/", data={"state": json.dumps(_state(first.text)), "finish": "1"})
    report = Consultation({"reduced_cooling": True}).report
    text = headline(report.escalation, report.diagnoses)
    main = _main(reply.text)
    assert reply.status_code == 200
    assert "<h1>Your report</h1>" in main
    assert f"<p id='headline' class='lead'>{html.escape(text, quote=True)}</p>" in main
    assert (
        main.index("headline") < main.index("Safety first") < main.index("What it most likely is")
    )
    assert "name='state'" not in main
    assert "<a class='button' href='/'>Start a new check</a>" in main


def test_a_hazard_goes_straight_to_the_report_with_an_alert(client: TestClient[Any]) -> None:
    """Smoke: no question is asked; the safety advice is announced (role alert)."""
    reply = _start(client, "smoke_visible")
    consultation = Consultation({"smoke_visible": True})
    assert consultation.next_question() is None
    main = _main(reply.text)
    assert "<h1>Your report</h1>" in main
    assert "<section class='safety urgent' aria-labelledby='safety-title' role='alert'>" in main
    assert "No more questions: the safety advice is what matters now." in main
    assert level_words(consultation.report.escalation.level) == "Shut the system off now"


def test_the_report_shows_the_picture_drawn_by_graphviz(client: TestClient[Any]) -> None:
    first = _start(client, "reduced_cooling")
    reply = client.post("/", data={"state": json.dumps(_state(first.text)), "finish": "1"})
    main = _main(reply.text)
    assert "<summary>How this was concluded (a picture of the reasoning)</summary>" in main
    assert "<div class='graph' role='img' aria-label='How the report was reached'><svg" in main
    assert "<?xml" not in main


def test_without_graphviz_the_report_shows_the_dot_text(
    client: TestClient[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    first = _start(client, "reduced_cooling")
    reply = client.post("/", data={"state": json.dumps(_state(first.text)), "finish": "1"})
    dot = Consultation({"reduced_cooling": True}).report.graph("dot")
    assert f"<pre class='graph'>{html.escape(dot, quote=True)}</pre>" in reply.text


@pytest.mark.parametrize(
    "form",
    [
        {"fact": "mode", "answer": "cool"},
        {"state": "{not json", "fact": "mode", "answer": "cool"},
        {"state": json.dumps({"observations": [], "skipped": 3}), "answer": "cool"},
        {"state": "[" * 5_000 + "]" * 5_000, "fact": "mode", "answer": "cool"},
        {"state": '{"observations": {"outdoor_temp_f": ' + "9" * 5000 + "}}", "answer": "x"},
    ],
)
def test_a_form_that_cannot_be_read_offers_a_fresh_start(
    client: TestClient[Any], form: dict[str, str]
) -> None:
    """Missing, broken, altered, deeply nested or huge saved state: a 400 and a fresh start."""
    reply = client.post("/", data=form)
    assert reply.status_code == 400
    assert "<p class='error' role='alert'>This check could not be continued" in reply.text
    assert "<a class='button' href='/'>Start a new check</a>" in reply.text
    assert "Traceback" not in reply.text


def test_an_unknown_symptom_is_refused(client: TestClient[Any]) -> None:
    reply = _start(client, "reduced_cooling", "made_up")
    assert reply.status_code == 400
    assert "That choice could not be read" in reply.text


def test_typed_answers_are_read_by_parse_answer(client: TestClient[Any]) -> None:
    """A number in another unit, and a text fact's "none" (nothing to report: skipped)."""
    first = _start(client, "reduced_heating")
    state = json.dumps(_state(first.text))
    number = client.post("/", data={"state": state, "fact": "outdoor_temp_f", "answer": "-5 C"})
    nothing = client.post("/", data={"state": state, "fact": "error_code", "answer": "none"})
    assert _state(number.text)["observations"] == {"outdoor_temp_f": 23.0, "reduced_heating": True}
    assert _state(nothing.text)["skipped"] == ["error_code"]

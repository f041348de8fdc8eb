"""The consultation page in real headless Chromium (Debian's `chromium`, driven by playwright),
against a real uvicorn server on a free loopback port: from a first complaint to the report, once
with JavaScript and once without. A missing browser fails these tests; it never skips them.

`HEATPUMP_EXPERT_SCREENSHOT=docs/server-page.png pytest tests/test_browser.py` also saves the
screenshot for the README (a step of the consultation, at a phone's width).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, Playwright, ViewportSize, expect, sync_playwright

from heatpump_expert import Consultation, parse_answer
from heatpump_expert._conclusions.homeowner import headline
from heatpump_expert._interfaces.server.app import create_app

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
COMPLAINT = "reduced_cooling"
#: The answers the walk gives where the first choice would not fit the complaint.
PREFERRED = {"mode": "cool"}
PHONE: ViewportSize = {"width": 412, "height": 915}
MAX_STEPS = 20


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    """A uvicorn server on loopback, in a thread, for this module's tests."""
    port = _free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(300):  # up to 30 s for the knowledge base to load
        if server.started:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the server did not start")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium package (apt install chromium)"
        )
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield launched
    launched.close()


def _expected_headline() -> str:
    """The same walk in-process: the preferred or else the first choice of each question, 20
    for a number, "I don't know" for text."""
    consultation = Consultation({COMPLAINT: True})
    while (question := consultation.next_question()) is not None:
        if question.choices:
            consultation.answer(question.fact, PREFERRED.get(question.fact, question.choices[0]))
        elif question.type == "number":
            value = parse_answer(question.fact, "20")
            assert value is not None
            consultation.answer(question.fact, value)
        else:
            consultation.skip(question.fact)
    report = consultation.report
    return headline(report.escalation, report.diagnoses)


def _walk(page: Page, base_url: str, screenshot: Path | None = None) -> int:
    """From the first complaint to the report; returns how many questions were answered."""
    page.goto(base_url + "/")
    page.get_by_label("Cooling output is weaker than expected.").check()
    page.get_by_role("button", name="Start the check").click()
    report = page.get_by_role("heading", name="Your report")
    for step in range(1, MAX_STEPS + 1):
        expect(
            page.get_by_role("heading", name=f"Question {step}", exact=True).or_(report)
        ).to_be_visible()
        if report.is_visible():
            return step - 1
        if step == 2 and screenshot is not None:
            page.screenshot(path=str(screenshot), full_page=True)
        choices = page.locator("main .choices button")
        fact = page.locator("input[name=fact]").get_attribute("value") or ""
        if fact in PREFERRED:
            page.locator(f"main .choices button[value='{PREFERRED[fact]}']").click()
        elif choices.count():
            choices.first.click()
        elif page.locator("#answer[inputmode=decimal]").count():
            page.get_by_role("textbox").fill("20")
            page.get_by_role("button", name="Next").click()
        else:
            page.get_by_role("button", name="I don't know").click()
    pytest.fail(f"no report after {MAX_STEPS} questions")


def _check_report(page: Page, requests: list[str], base_url: str) -> None:
    expect(page.locator("#headline")).to_have_text(_expected_headline())
    expect(
        page.get_by_role("heading", name="What it most likely is (and what you can do)")
    ).to_be_visible()
    page.get_by_text("How this was concluded (a picture of the reasoning)").click()
    expect(page.locator(".graph svg")).to_be_visible()
    assert requests, "no request seen"
    assert [url for url in requests if not url.startswith(base_url + "/")] == []


def _context(browser: Browser, *, javascript: bool) -> Any:
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    context.set_default_timeout(10_000)
    return context


def test_a_consultation_in_the_browser_with_javascript(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    """With JavaScript each step is swapped in without a reload; the report is the library's."""
    context = _context(browser, javascript=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    wanted = os.environ.get("HEATPUMP_EXPERT_SCREENSHOT")
    shot = Path(wanted) if wanted else tmp_path / "step.png"
    asked = _walk(page, base_url, shot)
    assert asked >= 3
    _check_report(page, requests, base_url)
    page.get_by_role("link", name="Start a new check").click()
    expect(page.get_by_role("heading", name="What is wrong with your heat pump?")).to_be_visible()
    page.screenshot(path=str(tmp_path / "start.png"))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    context.close()


def test_the_page_swaps_steps_in_place_with_javascript(browser: Browser, base_url: str) -> None:
    """The script posts the form and replaces <main>: a mark left on the window survives."""
    context = _context(browser, javascript=True)
    page = context.new_page()
    page.goto(base_url + "/")
    page.evaluate("window.kept = 'still here'")
    page.get_by_label("Cooling output is weaker than expected.").check()
    page.get_by_role("button", name="Start the check").click()
    expect(page.get_by_role("heading", name="Question 1", exact=True)).to_be_visible()
    page.locator("main .choices button").first.click()
    expect(page.get_by_role("heading", name="Question 2", exact=True)).to_be_visible()
    assert page.evaluate("window.kept") == "still here"
    assert page.evaluate("document.activeElement.id") == "main"
    context.close()


def test_a_consultation_in_the_browser_without_javascript(
    browser: Browser, base_url: str, tmp_path: Path
) -> None:
    """Plain forms posted back: the same walk reaches the same report."""
    context = _context(browser, javascript=False)
    page = context.new_page()
    requests: list[str] = []
    loads: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("load", lambda loaded: loads.append(loaded.url))
    asked = _walk(page, base_url)
    assert asked >= 3
    assert len(loads) == asked + 2  # the start page, the first question, one page per answer
    _check_report(page, requests, base_url)
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    context.close()

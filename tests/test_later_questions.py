"""A report ranks its questions when they are first read, never while diagnosing.

A fleet or a batch that reads only diagnoses and advice never pays for the ranking; whoever
reads the questions (the attribute, equality, ``to_dict``, pickling, printing) gets exactly the
questions ranking at once would give, and the report stays frozen.
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from heatpump_expert import Report, load_knowledge_base
from heatpump_expert._conclusions import build
from heatpump_expert._conclusions.questions import rank_questions

from .shared import KB, scenario_reports

_CASE = {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"}


@pytest.fixture
def rankings(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every ranking the report builder runs, as it runs."""
    seen: list[Any] = []
    original: Callable[..., Any] = rank_questions

    def counted(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(build, "rank_questions", counted)
    return seen


def test_diagnosing_ranks_nothing_until_the_questions_are_read(rankings: list[Any]) -> None:
    kb = load_knowledge_base(cache_size=0)
    report = kb.diagnose(_CASE)
    assert report.diagnoses and rankings == []
    first = report.questions
    assert first and len(rankings) == 1
    assert report.questions is first and len(rankings) == 1  # ranked once, then kept


def test_the_questions_read_later_are_those_ranked_at_once() -> None:
    """For every scenario: the report's questions are ``rank_questions`` on its own conclusions."""
    policy = KB.data.policy
    for name, _, report in scenario_reports():
        eager = rank_questions(
            KB.data,
            dict(report.observations),
            {d.code for d in report.diagnoses},
            {a.code for a in report.advisories},
            limit=policy.max_questions,
        )
        assert report.questions == eager, name


@pytest.mark.parametrize(
    "read",
    [
        lambda r: r.to_dict()["questions"],
        lambda r: pickle.loads(pickle.dumps(r)).questions,
        lambda r: attrs.evolve(r).questions,
        str,
    ],
    ids=["to_dict", "pickle", "evolve", "str"],
)
def test_every_way_of_reading_a_report_sees_its_questions(read: Callable[[Report], Any]) -> None:
    kb = load_knowledge_base(cache_size=0)
    unread, expected = kb.diagnose(_CASE), kb.diagnose(_CASE)
    assert expected.questions
    read(unread)
    assert unread == expected
    assert Report.from_dict(unread.to_dict()) == expected
    assert pickle.loads(pickle.dumps(kb.diagnose(_CASE))).questions == expected.questions


def test_a_report_stays_frozen() -> None:
    report = load_knowledge_base(cache_size=0).diagnose(_CASE)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.questions = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        report.no_such_part  # noqa: B018


def test_threads_reading_one_report_see_the_same_questions() -> None:
    report = load_knowledge_base(cache_size=0).diagnose(_CASE)
    barrier = threading.Barrier(8)
    seen: list[Any] = []

    def read() -> None:
        barrier.wait()
        seen.append(report.questions)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(questions == seen[0] for questions in seen)
    assert seen[0]

"""diagnose_many: the serial results, in input order, in this process or in worker processes."""

from __future__ import annotations

import itertools
import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from heatpump_expert import (
    EngineError,
    InvalidValueError,
    KnowledgeBase,
    Report,
    diagnose,
    diagnose_many,
    load_knowledge_base,
)
from heatpump_expert._conclusions import build
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._conclusions.questions import rank_questions

from .batch_cases import BAD, CASES, same, serial
from .kb_factory import rule, write_kb

#: Every case, then the bad one, then the cases again (repeats), then one more bad one.
ITEMS = [*CASES, BAD, *CASES, {"mode": "cool", "noisy_typo": True}]


def _lazily(items: list[dict[str, object]]) -> Iterator[dict[str, object]]:
    """The items as an iterator with no length (a stream)."""
    yield from items


def test_mappings_come_back_keyed_by_position_with_the_reports_of_diagnose() -> None:
    """Bare mappings: (0, report), (1, report), ... each the very report diagnose() gives."""
    results = list(diagnose_many(CASES))
    assert [key for key, _ in results] == list(range(len(CASES)))
    assert [report for _, report in results] == [diagnose(case) for case in CASES]


def test_pairs_give_their_keys_back_in_input_order() -> None:
    """(key, observations) pairs keep their keys, whatever they are, in the input's order."""
    keys: list[Any] = ["unit-7", 3, ("site", 2), None, "unit-7", 0.5, "z", "a"]
    results = list(diagnose_many(zip(keys, CASES, strict=True)))
    assert [key for key, _ in results] == keys
    assert [same(report) for _, report in results] == [same(r) for r in serial(CASES)]


def test_errors_return_puts_the_library_error_in_place_of_a_bad_item() -> None:
    """errors="return": each bad item's place holds the error diagnose() raises; others go on."""
    results = list(diagnose_many(ITEMS, errors="return"))
    assert [same(outcome) for _, outcome in results] == [same(o) for o in serial(ITEMS)]
    assert [type(o).__name__ for _, o in results if not isinstance(o, Report)] == [
        "InvalidValueError",
        "UnknownFactError",
    ]


def test_errors_raise_raises_the_first_bad_items_error_when_its_turn_comes() -> None:
    """errors="raise": the items before the first bad one are handed out, then its error."""
    results = diagnose_many(ITEMS)
    handed_out = [next(results) for _ in CASES]
    assert handed_out == list(enumerate(diagnose(case) for case in CASES))
    with pytest.raises(InvalidValueError, match="'bogus' is not a value of 'mode'"):
        next(results)


def test_identical_inputs_are_reasoned_on_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no report cache of its own, a knowledge base still reasons once per distinct
    input (the same facts in another order are the same input), and repeats share the report."""
    kb = load_knowledge_base(_tiny_kb(tmp_path), cache_size=0)
    reasoned: list[object] = []
    reason = kb.reason

    def counted(observed: Any) -> Report:
        reasoned.append(observed)
        return reason(observed)

    monkeypatch.setattr(kb, "reason", counted)
    items: list[dict[str, object]] = [
        {"dirty": True, "mode": "cool"},
        {"mode": "cool"},
        {"mode": "cool", "dirty": True},
    ]
    results = [report for _, report in diagnose_many(items * 3, knowledge_base=kb)]
    assert reasoned == [{"dirty": True, "mode": "cool"}, {"mode": "cool"}]
    assert results[0] is results[2] is results[8]
    assert [r.to_json() for r in results] == [kb.diagnose(item).to_json() for item in items * 3]


def test_an_endless_input_is_streamed() -> None:
    """Items are read as reports are handed out: the first of an endless input come at once."""
    endless = ({"mode": "cool", "filter_age_months": months} for months in itertools.count())
    first = list(itertools.islice(diagnose_many(endless), 3))
    assert [key for key, _ in first] == [0, 1, 2]
    assert [report.observations["filter_age_months"] for _, report in first] == [0, 1, 2]


def test_progress_callback_gets_each_count_and_the_total() -> None:
    """progress=callable is called with (done, total); total is None for an input with no length."""
    calls: list[tuple[int, int | None]] = []
    list(diagnose_many(CASES[:3], progress=lambda done, total: calls.append((done, total))))
    list(
        diagnose_many(_lazily(CASES[:2]), progress=lambda done, total: calls.append((done, total)))
    )
    assert calls == [(1, 3), (2, 3), (3, 3), (1, None), (2, None)]


def test_progress_true_draws_a_bar_on_standard_error_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """progress=True writes only to standard error, and ends its line when the batch ends."""
    list(diagnose_many(CASES[:3], progress=True))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.endswith("\r[" + "#" * 30 + "] 3/3 diagnosed\n")


def test_nothing_is_printed_without_progress(capsys: pytest.CaptureFixture[str]) -> None:
    """The default prints nothing anywhere."""
    list(diagnose_many(CASES[:2]))
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("options", "fact"),
    [
        ({"workers": 0}, "workers"),
        ({"workers": True}, "workers"),
        ({"workers": 1.5}, "workers"),
        ({"chunksize": 0}, "chunksize"),
        ({"errors": "ignore"}, "errors"),
        ({"progress": "yes"}, "progress"),
        ({"rank_in_workers": "yes"}, "rank_in_workers"),
    ],
)
def test_bad_options_are_refused_at_the_call(options: dict[str, Any], fact: str) -> None:
    """A bad option raises InvalidValueError naming it, before any item is read."""
    with pytest.raises(InvalidValueError) as raised:
        diagnose_many(CASES, **options)
    assert raised.value.fact == fact


def test_two_workers_give_exactly_the_serial_results() -> None:
    """Two worker processes, a streamed input with repeats and bad items, small chunks: the
    same outcomes in the same order as serial calls, and a repeat is the same report object
    (it was diagnosed once)."""
    results = list(diagnose_many(_lazily(ITEMS), workers=2, errors="return", chunksize=2))
    assert [key for key, _ in results] == list(range(len(ITEMS)))
    assert [same(outcome) for _, outcome in results] == [same(o) for o in serial(ITEMS)]
    repeat = len(CASES) + 1
    assert all(results[i][1] is results[repeat + i][1] for i in range(len(CASES)))


def test_an_item_the_caller_changes_after_handing_it_in_is_diagnosed_as_handed_in() -> None:
    """A generator that reuses one dict for every row: each row is diagnosed as it was when
    it was read, and a later equal row gets the same report (workers send items later)."""

    def reused() -> Iterator[dict[str, object]]:
        row: dict[str, object] = {}
        for case in CASES:
            row.clear()
            row.update(case)
            yield row
        yield dict(CASES[0])

    results = list(diagnose_many(reused(), workers=1, chunksize=4))
    assert [same(outcome) for _, outcome in results] == [same(o) for o in serial(CASES + CASES[:1])]


def test_repeats_after_the_chunks_in_flight_come_back_equal() -> None:
    """A repeat of an input whose report has already been handed out (no longer in flight)
    is answered from what the worker sent: an equal report, in its place."""
    fresh = [{"mode": "cool", "filter_age_months": months} for months in range(12)]
    items = [*CASES, *fresh, *CASES]
    results = list(diagnose_many(items, workers=1, chunksize=1))
    assert [key for key, _ in results] == list(range(len(items)))
    assert [same(outcome) for _, outcome in results] == [same(o) for o in serial(items)]


def test_errors_raise_with_workers_raises_the_first_bad_items_error_in_its_turn() -> None:
    """A bad item checked in a worker: the items before it, then the error diagnose raises."""
    results = diagnose_many(ITEMS, workers=1)
    handed_out = [next(results)[1] for _ in CASES]
    assert [r.to_json() for r in handed_out] == [diagnose(case).to_json() for case in CASES]
    with pytest.raises(InvalidValueError, match="'bogus' is not a value of 'mode'") as caught:
        next(results)
    assert caught.value.fact == "mode"
    assert isinstance(results, Generator)  # its workers stop when it is closed
    results.close()


@pytest.fixture
def rankings_here(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every ranking of questions run in this process (not in worker processes), as it runs."""
    seen: list[object] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        seen.append(args[1])
        return rank_questions(*args, **kwargs)

    monkeypatch.setattr(build, "rank_questions", counted)
    return seen


def test_reports_from_workers_rank_their_questions_here_when_first_read(
    rankings_here: list[object],
) -> None:
    """Workers send reports without their questions: a caller that never reads them pays
    nothing for them, one that does gets the serial questions, ranked in this process."""
    reports = [report for _, report in diagnose_many(CASES, workers=1)]
    assert all(isinstance(report, Report) for report in reports)
    assert rankings_here == []
    questions = [report.questions for report in reports]
    assert len(rankings_here) == len(CASES)  # each one here, when first read
    assert questions == [diagnose(case).questions for case in CASES]


def test_rank_in_workers_sends_each_report_whole(rankings_here: list[object]) -> None:
    """``rank_in_workers=True``: the workers rank the questions (a caller reading every report
    whole), and the reports are still the serial ones."""
    results = list(diagnose_many(ITEMS, workers=2, errors="return", rank_in_workers=True))
    texts = [same(outcome) for _, outcome in results]  # reads every report's questions
    assert rankings_here == []
    assert texts == [same(o) for o in serial(ITEMS)]


def test_one_worker_on_a_callers_knowledge_base_gives_the_serial_results(tmp_path: Path) -> None:
    """A caller's knowledge base is sent to the worker: its reports, not the built-in ones."""
    kb = load_knowledge_base(_tiny_kb(tmp_path))
    items: list[tuple[str, dict[str, object]]] = [
        ("a", {"dirty": True}), ("b", {"mode": "heat"}), ("c", {"dirty": "very"})
    ]  # fmt: skip
    results = list(diagnose_many(items, workers=1, errors="return", knowledge_base=kb))
    assert [key for key, _ in results] == ["a", "b", "c"]
    assert [same(outcome) for _, outcome in results] == [
        same(o) for o in serial([obs for _, obs in items], kb.diagnose)
    ]
    first = results[0][1]
    assert isinstance(first, Report) and first.diagnoses[0].code == "dirt"


def _tiny_kb(tmp_path: Path) -> Path:
    then = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}
    return write_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], then)])


class _DiesWhenUnpacked:
    """Sent to a worker process, it ends that process as it arrives."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (os._exit, (3,))


class _DyingWorkers(KnowledgeBase):
    """The built-in knowledge base, except that its data kills the worker that receives it."""

    @property
    def data(self) -> Any:
        return _DiesWhenUnpacked()


def test_a_worker_process_that_dies_is_the_librarys_engine_error() -> None:
    """A broken process pool never escapes as concurrent.futures' own error."""
    kb = _DyingWorkers(default_knowledge_base().data)
    with pytest.raises(EngineError, match="a worker process of the batch died"):
        list(diagnose_many([{"mode": "cool"}, {"mode": "heat"}], workers=1, knowledge_base=kb))

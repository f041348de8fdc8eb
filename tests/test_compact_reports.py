"""A report a batch's worker sends comes back equal and frozen, its details read when wanted.

Between the two ends of a batch a report travels packed against the knowledge base both hold
(``compact``): what the knowledge base decides goes by name, and the evidence and trace travel
as a pickle of their own, rebuilt the first time they are read. Proven over every outside case
(blind, chart and realistic: every kind of part a report has), and for parts that are not the
knowledge base's own, which must travel whole.
"""

from __future__ import annotations

import pickle
import threading
from typing import Any

import attrs
import pytest

from heatpump_expert import Report, diagnose
from heatpump_expert._conclusions.compact import pack_compact, unpack_compact
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._conclusions.later import Later
from heatpump_expert._conclusions.results import Action, Advisory, Evidence, TraceStep

from .test_report_packing import OBSERVATIONS, _parts

#: The worker's knowledge base: the parent's checked data, as a worker process receives it.
WORKER_DATA = pickle.loads(pickle.dumps(default_knowledge_base().data))


def _sent(report: Report) -> Report:
    """``report`` as the parent of a batch gets it from a worker: packed against the worker's
    copy of the knowledge base, pickled, rebuilt on the parent's."""
    pickled = pickle.dumps(pack_compact(WORKER_DATA, report), protocol=pickle.HIGHEST_PROTOCOL)
    return unpack_compact(default_knowledge_base().data, pickle.loads(pickled))


def _unread(target: Later, name: str) -> bool:
    """Whether ``target``'s field ``name`` is still to be worked out."""
    try:
        object.__getattribute__(target, name)
    except AttributeError:
        return True
    return False


def test_every_outside_case_comes_back_from_a_worker_equal_and_whole() -> None:
    for observations in OBSERVATIONS:
        report = diagnose(observations)
        back = _sent(report)
        assert back == report
        assert back.to_json() == report.to_json()
        for original, copy in zip(_parts(report), _parts(back), strict=True):
            assert type(copy) is type(original)
            assert attrs.asdict(copy, recurse=False) == attrs.asdict(original, recurse=False)


def test_the_conclusions_are_there_at_once_and_the_details_when_first_read() -> None:
    report = diagnose({"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"})
    back = _sent(report)
    assert back.diagnoses and back.advisories
    assert [d.code for d in back.diagnoses] == [d.code for d in report.diagnoses]
    assert back.escalation == report.escalation
    assert _unread(back, "trace") and all(_unread(d, "evidence") for d in back.diagnoses)
    assert back.diagnoses[0].evidence == report.diagnoses[0].evidence
    assert _unread(back, "trace")
    assert back.trace == report.trace
    assert not _unread(back, "trace")
    assert back == report


def test_what_the_knowledge_base_decides_is_shared_not_copied() -> None:
    """Advisories and actions are the knowledge base's own objects, in every report."""
    report = diagnose({"smell": "electrical_burning", "mode": "heat"})
    back, again = _sent(report), diagnose({"smell": "electrical_burning", "mode": "cool"})
    by_code = {a.code: a for a in again.advisories}
    shared = [a for a in back.advisories if a.code in by_code]
    assert shared and all(a is by_code[a.code] for a in shared)
    assert all(a is b for a, b in zip(back.advisories, report.advisories, strict=True))


def _changed(report: Report) -> Report:
    """``report`` with a part of every kind that is not its knowledge base's own."""
    diagnosis = report.diagnoses[0]
    evidence = attrs.evolve(diagnosis.evidence[0], title="a caller's own title")
    diagnosis = attrs.evolve(
        diagnosis,
        actions=(*diagnosis.actions, Action("Tell the office.", "owner", False)),
        evidence=(evidence, *diagnosis.evidence[1:]),
    )
    renamed = attrs.evolve(report.diagnoses[-1], title="renamed by a caller")
    return attrs.evolve(
        report,
        advisories=(*report.advisories, Advisory("CALLER_NOTE", "info", "A note of our own.")),
        diagnoses=(diagnosis, *report.diagnoses[1:-1], renamed),
        trace=(
            *report.trace,
            TraceStep("caller.step", "Not a rule of this knowledge base", {"mode": "cool"}),
            attrs.evolve(report.trace[0], conclusions=("something else",)),
        ),
    )


def test_parts_that_are_not_the_knowledge_bases_own_travel_whole() -> None:
    report = diagnose({"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"})
    assert len(report.diagnoses) >= 2 and report.diagnoses[0].evidence
    changed = _changed(report)
    back = _sent(changed)
    assert back == changed
    assert back.to_json() == changed.to_json()
    assert isinstance(back.diagnoses[0].evidence[0], Evidence)


def test_a_rebuilt_report_stays_frozen_before_and_after_its_details_are_read() -> None:
    back = _sent(diagnose(OBSERVATIONS[0]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.trace = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.diagnoses[0].evidence = ()  # type: ignore[misc]
    assert back.trace and back.diagnoses[0].evidence
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.trace = ()  # type: ignore[misc]
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        back.nothing  # noqa: B018 - a field no report has


def _read_at_once(report: Report, threads: int) -> list[Any]:
    """What ``threads`` threads read of ``report``'s details, all reading first at once."""
    seen: list[Any] = []
    barrier = threading.Barrier(threads)

    def read() -> None:
        barrier.wait()
        seen.append((report.trace, [d.evidence for d in report.diagnoses], report.questions))

    started = [threading.Thread(target=read) for _ in range(threads)]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()
    return seen


def test_threads_reading_the_details_first_at_once_read_equal_values() -> None:
    report = diagnose(OBSERVATIONS[1])
    expected = (report.trace, [d.evidence for d in report.diagnoses], report.questions)
    for _ in range(20):
        assert _read_at_once(_sent(report), 4) == [expected] * 4

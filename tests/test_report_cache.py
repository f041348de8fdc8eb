"""Repeated observations are answered from a bounded cache that can never change a result."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from heatpump_expert import InvalidValueError, load_knowledge_base

from .kb_factory import rule, write_kb

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT)])


def test_a_repeated_input_gets_the_same_frozen_report(folder: Path) -> None:
    """The second call hands out the very report of the first; a different input does not."""
    kb = load_knowledge_base(folder)
    first = kb.diagnose(dirty=True, mode="cool")
    assert kb.diagnose({"mode": "cool", "dirty": True}) is first
    assert kb.diagnose(dirty=True, mode="heat") is not first


def test_numbers_as_given_never_share_an_entry(folder: Path) -> None:
    """20 and 20.0 are distinct keys: the report's observations keep the number as given."""
    kb = load_knowledge_base(folder)
    whole = kb.diagnose(outdoor_temp_f=20)
    decimal = kb.diagnose(outdoor_temp_f=20.0)
    assert whole is not decimal
    assert repr(whole.observations["outdoor_temp_f"]) == "20"
    assert repr(decimal.observations["outdoor_temp_f"]) == "20.0"
    negative_zero, zero = kb.diagnose(outdoor_temp_f=-0.0), kb.diagnose(outdoor_temp_f=0.0)
    assert repr(negative_zero.observations["outdoor_temp_f"]) == "-0.0"
    assert repr(zero.observations["outdoor_temp_f"]) == "0.0"
    assert kb.diagnose(outdoor_temp_f=-0.0) is negative_zero


def test_the_order_an_input_is_given_in_is_part_of_its_key() -> None:
    """One fact under two names (°F and °C) that agree keeps the value given last: the same
    input in another order is another input, never answered with the first one's report."""
    kb = load_knowledge_base()
    fresh = load_knowledge_base(cache_size=0)
    first = {"outdoor_temp_f": 50.0, "outdoor_temp_c": 10.02}
    second = {"outdoor_temp_c": 10.02, "outdoor_temp_f": 50.0}
    assert kb.diagnose(first) == fresh.diagnose(first)
    assert kb.diagnose(second) == fresh.diagnose(second)
    assert kb.diagnose(second).observations["outdoor_temp_f"] == 50.0
    assert kb.diagnose(**second) == fresh.diagnose(**second)


def test_inputs_given_differently_get_the_report_of_what_they_mean(folder: Path) -> None:
    """A repeated call is answered by the input as given; inputs written differently (text
    spaced or cased otherwise, a JSON null) are checked and share the canonical entry."""
    kb = load_knowledge_base(folder)
    plain = kb.diagnose({"mode": "cool", "dirty": True})
    assert kb.diagnose({"mode": "cool", "dirty": True}) is plain
    for written in (
        {"mode": " Cool ", "dirty": True},
        {"mode": "cool", "dirty": True, "outdoor_temp_f": None},
    ):
        assert kb.diagnose(written) is plain
        assert kb.diagnose(dict(written)) is plain  # and again, now by the input as given


def test_the_cache_is_bounded_and_can_be_switched_off(folder: Path) -> None:
    """At most cache_size reports are kept, the least recently used go first; 0 keeps none."""
    kb = load_knowledge_base(folder, cache_size=2)
    first = kb.diagnose(outdoor_temp_f=1)
    kb.diagnose(outdoor_temp_f=2)
    kb.diagnose(outdoor_temp_f=3)
    assert len(kb._memo) == 2
    assert len(kb._given) == 2
    assert kb.diagnose(outdoor_temp_f=1) is not first
    off = load_knowledge_base(folder, cache_size=0)
    assert off.diagnose(dirty=True) is not off.diagnose(dirty=True)
    assert off.diagnose(dirty=True) == off.diagnose(dirty=True)


@pytest.mark.parametrize("size", [-1, 1.5, True, "10"])
def test_a_bad_cache_size_is_refused(folder: Path, size: object) -> None:
    """The size is a whole number, 0 or more."""
    with pytest.raises(InvalidValueError, match="cache_size is a whole number"):
        load_knowledge_base(folder, cache_size=size)  # type: ignore[arg-type]


def test_cached_and_fresh_reports_are_equal_under_threads(folder: Path) -> None:
    """Four threads through a warm cache give what a cache-less knowledge base gives."""
    cached = load_knowledge_base(folder)
    fresh = load_knowledge_base(folder, cache_size=0)
    cases: list[dict[str, object]] = [{"dirty": True}, {"dirty": False}, {"mode": "cool"}, {}] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda case: cached.diagnose(case).to_json(), cases))
    assert results == [fresh.diagnose(case).to_json() for case in cases]

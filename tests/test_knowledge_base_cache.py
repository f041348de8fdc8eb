"""A sound knowledge base is cached, reloads equal, and the cache is never trusted blindly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from heatpump_expert import check_knowledge_base, load_knowledge_base
from heatpump_expert._knowledge import cache, loading

from .kb_factory import rule, write_kb

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HEATPUMP_EXPERT_CACHE_DIR", str(folder))
    monkeypatch.delenv("HEATPUMP_EXPERT_CACHE", raising=False)
    return folder


def _kb(tmp_path: Path) -> Path:
    return write_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT)])


def test_a_sound_knowledge_base_is_cached_and_reloads_equal(
    tmp_path: Path, cache_dir: Path
) -> None:
    """The second load comes from the cache and holds exactly the same checked data."""
    folder = _kb(tmp_path)
    first, _ = loading.read_knowledge_base((folder,), include_builtin=False)
    assert len(list(cache_dir.glob("*.pickle"))) == 1
    second, problems = loading.read_knowledge_base((folder,), include_builtin=False)
    assert problems == [] and second == first and second is not first


def test_a_changed_file_is_a_new_key(tmp_path: Path, cache_dir: Path) -> None:
    """Editing a rule file gives a different key: the edit is read, not the old entry."""
    folder = _kb(tmp_path)
    load_knowledge_base(folder)
    rules = folder / "rules.yaml"
    rules.write_text(rules.read_text("utf-8").replace("0.6", "0.7"), encoding="utf-8")
    kb = load_knowledge_base(folder)
    assert kb.data.rules[0].diagnoses[0].certainty == 0.7
    assert len(list(cache_dir.glob("*.pickle"))) == 2


def test_another_library_version_never_reads_the_entry(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key includes the library's fingerprint (version, Python, its own reading code)."""
    folder = _kb(tmp_path)
    load_knowledge_base(folder)
    monkeypatch.setattr(cache, "library_fingerprint", lambda: "another version")
    names = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]
    assert cache.load_cached(cache.cache_key([(f"kb/{n}", b) for n, b in names])) is None


def test_a_corrupt_entry_is_ignored_and_rebuilt(tmp_path: Path, cache_dir: Path) -> None:
    """A truncated or foreign file under the right name is not trusted."""
    folder = _kb(tmp_path)
    load_knowledge_base(folder)
    [entry] = cache_dir.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert load_knowledge_base(folder).diagnose(dirty=True).diagnoses[0].code == "dirt"
    assert entry.read_bytes() != b"not a pickle"


def test_a_knowledge_base_with_problems_is_never_cached(tmp_path: Path, cache_dir: Path) -> None:
    """Problems are reported every time; nothing is stored for them."""
    folder = write_kb(tmp_path, [rule("t.a", [{"fact": "dirtyy", "equals": True}], DIRT)])
    assert len(check_knowledge_base(folder)) == 1
    assert len(check_knowledge_base(folder)) == 1
    assert not cache_dir.exists() or list(cache_dir.glob("*.pickle")) == []


def test_the_cache_can_be_switched_off(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HEATPUMP_EXPERT_CACHE=off reads the files every time and writes nothing."""
    monkeypatch.setenv("HEATPUMP_EXPERT_CACHE", "off")
    load_knowledge_base(_kb(tmp_path))
    assert not cache_dir.exists()


def test_an_unwritable_cache_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache directory that cannot be created does not stop a load."""
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("HEATPUMP_EXPERT_CACHE_DIR", str(blocker / "cache"))
    assert load_knowledge_base(_kb(tmp_path)).diagnose(dirty=True).diagnoses[0].code == "dirt"


def test_the_cache_keeps_only_the_newest_entries(tmp_path: Path, cache_dir: Path) -> None:
    """A tool trying many packs leaves at most a bounded number of entries."""
    folder = _kb(tmp_path)
    rules = folder / "rules.yaml"
    text = rules.read_text("utf-8")
    for step in range(20):
        rules.write_text(text.replace("0.6", f"0.{step + 30}"), encoding="utf-8")
        load_knowledge_base(folder)
    assert len(list(cache_dir.glob("*.pickle"))) == 16
    assert not list(cache_dir.glob("*.tmp"))
    assert os.access(cache_dir, os.W_OK)


def test_an_entry_others_could_have_written_is_not_trusted(tmp_path: Path, cache_dir: Path) -> None:
    """A group- or world-writable entry is ignored (and rebuilt), never unpickled."""
    folder = _kb(tmp_path)
    first, _ = loading.read_knowledge_base((folder,), include_builtin=False)
    [entry] = cache_dir.glob("*.pickle")
    key = entry.stem
    assert cache.load_cached(key) == first  # the positive control: the entry itself is sound
    entry.chmod(0o666)
    assert cache.load_cached(key) is None

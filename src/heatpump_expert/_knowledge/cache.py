"""A cache of checked knowledge bases: a sound knowledge base reloads in milliseconds.

Reading and checking the built-in rules takes most of a cold start. Once a knowledge base has
loaded with no problem, its checked form is pickled into a cache directory under a key made of
the content of every rule file (with its name), the library version, the version of the safety
checks (``safety_checks.CHECKS_VERSION``) and a fingerprint of the library's own knowledge-base
code and schema. A change to any of them is a different key, so a
cache entry is never trusted across versions or edits; an entry that cannot be read is ignored
and rebuilt. Nothing is cached for a knowledge base with problems.

Where: ``$HEATPUMP_EXPERT_CACHE_DIR``, else ``$XDG_CACHE_HOME/heatpump_expert``, else
``~/.cache/heatpump_expert``. ``HEATPUMP_EXPERT_CACHE=off`` switches the cache off. The cache
holds pickles: an entry is read only when it is a regular file of the same user that no one else
can write.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from .._version import __version__
from .model import KnowledgeBaseData

_FORMAT = 1
#: Entries kept: the newest ones, so a tool trying many rule packs cannot fill the disk.
_KEEP = 16


def cache_dir() -> Path | None:
    """Where checked knowledge bases are cached, or None when the cache is switched off."""
    if os.environ.get("HEATPUMP_EXPERT_CACHE", "").strip().lower() in {"0", "off", "no", "false"}:
        return None
    explicit = os.environ.get("HEATPUMP_EXPERT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "heatpump_expert"


@functools.cache
def library_fingerprint() -> str:
    """The library version, the Python version and a hash of the code that reads and checks rule
    files (a change to a check, the safety checks among them, is never answered from the cache)."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}|{__version__}|{sys.version_info[:2]}".encode())
    package = resources.files("heatpump_expert._knowledge")
    for entry in sorted(package.iterdir(), key=lambda item: item.name):
        if entry.name.endswith((".py", ".json")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_key(files: Sequence[tuple[str, bytes]]) -> str:
    """The key of a knowledge base made of these (display name, content) files."""
    digest = hashlib.sha256(library_fingerprint().encode())
    for name, content in files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(content).digest())
    return digest.hexdigest()


def load_cached(key: str) -> KnowledgeBaseData | None:
    """The cached knowledge base of ``key``, or None (missing, unreadable or another key)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    if not _own_file(path):
        return None
    try:
        os.utime(path)  # a hit keeps the entry among the newest, out of the pruning's reach
        with path.open("rb") as stream:
            stored_key, data = pickle.load(stream)  # the user's own cache (module docstring)
    except Exception:  # missing, truncated, or written by something else: rebuild
        return None
    return data if stored_key == key and isinstance(data, KnowledgeBaseData) else None


def _own_file(path: Path) -> bool:
    """Only a regular file of this user that nobody else can write is unpickled."""
    try:
        status = path.lstat()
    except OSError:
        return False
    if not stat.S_ISREG(status.st_mode) or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or status.st_uid == getuid()


def store(key: str, data: KnowledgeBaseData) -> None:
    """Cache a checked knowledge base; a cache that cannot be written is simply skipped."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, suffix=".tmp", delete=False) as out:
            temporary = Path(out.name)
            pickle.dump((key, data), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")  # readers see the whole entry or none
        _prune(folder)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        with contextlib.suppress(NameError, OSError):
            temporary.unlink()


def _prune(folder: Path) -> None:
    """Remove all but the newest ``_KEEP`` entries."""
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[_KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()

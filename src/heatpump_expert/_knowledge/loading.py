"""Reading a whole knowledge base from files and folders, collecting every problem at once."""

from __future__ import annotations

import os
from pathlib import Path

from .._errors import Problem
from .assemble import assemble
from .cache import cache_key, load_cached, store
from .files import builtin_rules_dir, display_name, parse_file, read_bytes, rule_files
from .model import KnowledgeBaseData

StrPath = str | os.PathLike[str]


def read_knowledge_base(
    paths: tuple[StrPath, ...], *, include_builtin: bool
) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """The checked knowledge base of ``paths`` (None when anything is wrong) and every problem.

    With no paths, the built-in knowledge base; ``include_builtin`` puts it first. A knowledge
    base that loaded soundly before, from the same files, comes from the cache (``cache``).
    """
    chosen = [Path(p) for p in paths]
    if include_builtin or not chosen:
        chosen.insert(0, builtin_rules_dir())
    files = rule_files(chosen)
    if not files:
        return None, [Problem(f"no YAML files found in {', '.join(map(str, chosen))}")]
    problems: list[Problem] = []
    raw_files: list[tuple[str, bytes]] = []
    for path in files:
        display = display_name(path, chosen)
        raw, found = read_bytes(path, display)
        problems += found
        if raw is not None:
            raw_files.append((display, raw))
    key = cache_key(raw_files) if not problems else None
    cached = load_cached(key) if key else None
    if cached is not None:
        return cached, []
    contents = []
    for display, raw in raw_files:
        content, found = parse_file(raw, display)
        problems += found
        if content is not None:
            contents.append(content)
    data, found = assemble(contents, all_files_read=not problems)
    problems += found
    if data is not None and not problems and key:
        store(key, data)
    return (None if problems else data), problems


def check_knowledge_base(*paths: StrPath, include_builtin: bool = False) -> tuple[Problem, ...]:
    """Every problem of a knowledge base, collected at once (empty when it is sound).

    With no paths, checks the built-in knowledge base.
    """
    _, problems = read_knowledge_base(paths, include_builtin=include_builtin)
    return tuple(problems)

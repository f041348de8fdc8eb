"""Reading a whole knowledge base from files and folders, collecting every problem at once.

Every failure becomes a located ``Problem`` (file, line, rule): nothing a rule file holds makes
the loader raise. Warnings (a pack's evidence against a built-in hazard) leave the knowledge
base usable unless ``strict=True``, which makes them errors.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import attrs

from .._errors import HeatpumpExpertWarning, Problem
from .cache import cache_key, load_cached, store
from .files import builtin_rules_dir, display_name, read_bytes, rule_files
from .model import KnowledgeBaseData

StrPath = str | os.PathLike[str]

#: What the checks of a knowledge base may raise on data they did not foresee: a bug, reported
#: as a problem rather than escaping.
_UNFORESEEN = (ArithmeticError, AttributeError, LookupError, RecursionError, TypeError, ValueError)


def read_knowledge_base(
    paths: tuple[StrPath, ...], *, include_builtin: bool, strict: bool = False
) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """The checked knowledge base of ``paths`` (None when anything is wrong) and every problem.

    With no paths, the built-in knowledge base; ``include_builtin`` puts it first. A knowledge
    base that loaded soundly before, from the same files, comes from the cache (``cache``).
    Warnings alone leave it usable (they are among the problems) unless ``strict``.
    """
    chosen = [Path(p) for p in paths]
    if include_builtin or not chosen:
        chosen.insert(0, builtin_rules_dir())
    files = rule_files(chosen)
    if not files:
        return None, [Problem(f"no YAML files found in {', '.join(map(str, chosen))}")]
    builtin_root = builtin_rules_dir()
    problems: list[Problem] = []
    raw_files: list[tuple[str, bytes]] = []
    builtin_names: set[str] = set()
    for path in files:
        display = display_name(path, chosen)
        if path.is_relative_to(builtin_root):
            builtin_names.add(display)
        raw, found = read_bytes(path, display)
        problems += found
        if raw is not None:
            raw_files.append((display, raw))
    key = cache_key(raw_files) if not problems else None
    cached = load_cached(key) if key else None
    if cached is not None:
        return cached, []
    # Parsing and checking need PyYAML, jsonschema and the checks: imported only now, so that a
    # start from the cache (every start but the first) does not pay for them.
    from .assemble import assemble  # noqa: PLC0415
    from .parsing import parse_file  # noqa: PLC0415

    contents = []
    for display, raw in raw_files:
        content, found = parse_file(raw, display)
        problems += found
        if content is not None:
            contents.append(content)
    try:
        data, found = assemble(
            contents, all_files_read=not problems, builtin_files=frozenset(builtin_names)
        )
    except _UNFORESEEN as error:  # pragma: no cover - a bug in the checks, not in the files
        data, found = None, [Problem(f"the knowledge base could not be checked: {error!r}")]
    problems += found
    if strict:
        problems = [attrs.evolve(p, severity="error") for p in problems]
    if data is not None and not problems and key:
        store(key, data)
    if any(p.severity == "error" for p in problems):
        return None, problems
    return data, problems


def warn_of(problems: list[Problem]) -> None:
    """Issue each warning of a knowledge base that loads as a ``HeatpumpExpertWarning``
    (at the caller of the function that calls this)."""
    for problem in problems:
        warnings.warn(HeatpumpExpertWarning(str(problem)), stacklevel=3)


def check_knowledge_base(
    *paths: StrPath, include_builtin: bool = False, strict: bool = False
) -> tuple[Problem, ...]:
    """Every problem of a knowledge base, collected at once (empty when it is sound).

    With no paths, checks the built-in knowledge base. Each problem has a ``severity``: an
    ``"error"`` refuses the knowledge base, a ``"warning"`` does not, unless ``strict`` (which
    reports every warning as an error).
    """
    _, problems = read_knowledge_base(paths, include_builtin=include_builtin, strict=strict)
    return tuple(problems)

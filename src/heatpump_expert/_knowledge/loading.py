"""Reading a whole knowledge base from files and folders, collecting every problem at once."""

from __future__ import annotations

import os
from pathlib import Path

from .._errors import Problem
from .assemble import assemble
from .files import builtin_rules_dir, display_name, read_file, rule_files
from .model import KnowledgeBaseData

StrPath = str | os.PathLike[str]


def read_knowledge_base(
    paths: tuple[StrPath, ...], *, include_builtin: bool
) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    """The checked knowledge base of ``paths`` (None when anything is wrong) and every problem.

    With no paths, the built-in knowledge base; ``include_builtin`` puts it first.
    """
    chosen = [Path(p) for p in paths]
    if include_builtin or not chosen:
        chosen.insert(0, builtin_rules_dir())
    files = rule_files(chosen)
    if not files:
        return None, [Problem(f"no YAML files found in {', '.join(map(str, chosen))}")]
    problems: list[Problem] = []
    contents = []
    for path in files:
        content, found = read_file(path, display_name(path, chosen))
        problems += found
        if content is not None:
            contents.append(content)
    data, found = assemble(contents, all_files_read=not problems)
    return (None if problems else data), problems + found


def check_knowledge_base(*paths: StrPath, include_builtin: bool = False) -> tuple[Problem, ...]:
    """Every problem of a knowledge base, collected at once (empty when it is sound).

    With no paths, checks the built-in knowledge base.
    """
    _, problems = read_knowledge_base(paths, include_builtin=include_builtin)
    return tuple(problems)

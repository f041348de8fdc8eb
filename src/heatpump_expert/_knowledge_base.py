"""A loaded, checked and compiled knowledge base, and the ``diagnose`` call on it."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._checks import assemble
from ._compiler import compile_engine
from ._errors import EngineError, KnowledgeBaseError, Problem
from ._loader import builtin_rules_dir, display_name, read_file, rule_files
from ._model import FactSpec, KnowledgeBaseData
from ._observations import normalise
from ._reasoning import build_report
from ._report import Report

StrPath = str | os.PathLike[str]


class KnowledgeBase:
    """A checked knowledge base compiled onto experta, ready to ``diagnose``.

    Safe to share between threads: each call borrows an engine from a pool, so no experta engine
    is ever used by two threads at once, and no engine is built per call once the pool is warm.
    """

    def __init__(self, data: KnowledgeBaseData) -> None:
        self._data = data
        self._engine_class = compile_engine(data)
        self._pool: queue.SimpleQueue[Any] = queue.SimpleQueue()

    @property
    def data(self) -> KnowledgeBaseData:
        """The checked contents (facts, catalogues, policy, rules)."""
        return self._data

    @property
    def facts(self) -> Mapping[str, FactSpec]:
        """The vocabulary: every fact the knowledge base accepts or derives."""
        return self._data.facts

    def normalise(self, observations: object = None, /, **more: object) -> dict[str, Any]:
        """Validate and convert observations exactly as ``diagnose`` does."""
        return normalise(self._data.facts, observations, more)

    def diagnose(
        self, observations: Mapping[str, object] | None = None, /, **more: object
    ) -> Report:
        """Diagnose from observations (fact name to value); see ``heatpump_expert.diagnose``."""
        observed = normalise(self._data.facts, observations, more)
        return self.reason(observed)

    def reason(
        self,
        observed: Mapping[str, Any],
        *,
        asked: frozenset[str] = frozenset(),
        with_questions: bool = True,
    ) -> Report:
        """Reason from already normalised observations.

        ``asked``: facts not to suggest again; ``with_questions=False`` skips ranking questions
        (for a consultation trying possible answers).
        """
        engine = self._acquire()
        try:
            engine.start(dict(observed))
            engine.run()
            facts = list(engine.facts.values())
            derived = dict(engine.observed)
        except Exception as error:
            # The engine's state is unknown after a failure: it is dropped, not pooled.
            raise EngineError(
                f"the inference engine failed ({type(error).__name__}: {error}); "
                "this is a bug in heatpump_expert or in the knowledge base"
            ) from error
        self._release(engine)
        return build_report(self._data, facts, derived, asked, with_questions=with_questions)

    def _acquire(self) -> Any:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            return self._engine_class()

    def _release(self, engine: Any) -> None:
        self._pool.put(engine)  # working memory is cleared when the engine is next started


def _read_all(paths: list[Path]) -> tuple[KnowledgeBaseData | None, list[Problem]]:
    problems: list[Problem] = []
    contents = []
    files = rule_files(paths)
    if not files:
        return None, [Problem(f"no YAML files found in {', '.join(map(str, paths))}")]
    for path in files:
        content, found = read_file(path, display_name(path, paths))
        problems += found
        if content is not None:
            contents.append(content)
    data, found = assemble(contents, all_files_read=not problems)
    return (None if problems else data), problems + found


def _paths(paths: tuple[StrPath, ...], include_builtin: bool) -> list[Path]:
    chosen = [Path(p) for p in paths]
    if include_builtin or not chosen:
        chosen.insert(0, builtin_rules_dir())
    return chosen


def check_knowledge_base(*paths: StrPath, include_builtin: bool = False) -> tuple[Problem, ...]:
    """Every problem of a knowledge base, collected at once (empty when it is sound).

    With no paths, checks the built-in knowledge base.
    """
    _, problems = _read_all(_paths(paths, include_builtin))
    return tuple(problems)


def load_knowledge_base(*paths: StrPath, include_builtin: bool = False) -> KnowledgeBase:
    """Load, check and compile a knowledge base from rule files or folders.

    With no paths, loads the built-in knowledge base. ``include_builtin=True`` loads the built-in
    files first and the given ones on top (to add facts, diagnoses and rules). Raises
    ``KnowledgeBaseError`` listing every problem (file, line, rule) when anything is wrong.
    """
    data, problems = _read_all(_paths(paths, include_builtin))
    if problems or data is None:
        raise KnowledgeBaseError(problems)
    return KnowledgeBase(data)


_default: KnowledgeBase | None = None
_default_lock = threading.Lock()


def default_knowledge_base() -> KnowledgeBase:
    """The built-in knowledge base, loaded and compiled once per process."""
    global _default  # noqa: PLW0603 - a process-wide cache, guarded by a lock
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = load_knowledge_base()
    return _default

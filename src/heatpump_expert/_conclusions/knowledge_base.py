"""A loaded, checked and compiled knowledge base, and ``diagnose`` on it: the pipeline assembled.

Observations are checked and converted (``_engine.observations``), reasoned on by an engine lent
by the pool (``_engine``), and the working memory becomes a ``Report`` (``build``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .._engine.compiler import EngineFactory
from .._engine.observations import normalise
from .._engine.pool import PartPools
from .._engine.reach import Reach
from .._errors import EngineError, KnowledgeBaseError
from .._knowledge.loading import StrPath, read_knowledge_base, warn_of
from .._knowledge.model import FactSpec, KnowledgeBaseData
from .build import build_report
from .memo import ReportMemo, given_key, report_key
from .report import Report

#: Reports remembered per knowledge base (a consultation tries the same answers again and again).
DEFAULT_CACHE_SIZE = 1024


class KnowledgeBase:
    """A checked knowledge base compiled onto experta, ready to ``diagnose``.

    Safe to share between threads: each call borrows an engine from a pool, so no experta engine
    is ever used by two threads at once. A call's engine holds only the rules its observations
    can fire (``_engine.reach``): one engine class per such part, compiled on first use and kept
    for the next call that needs the same part.
    """

    def __init__(self, data: KnowledgeBaseData, *, cache_size: int = DEFAULT_CACHE_SIZE) -> None:
        self._data = data
        self._reach = Reach(data)
        self._factory = EngineFactory(data)
        self._parts = PartPools(self._factory.engine_class)
        self._memo = ReportMemo(cache_size)
        #: The same reports by the input exactly as given: a repeated call skips checking it.
        self._given = ReportMemo(cache_size)

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
        given = given_key(observations, more) if self._memo.size else None
        if given is not None:
            remembered = self._given.get(given)
            if remembered is not None:
                return remembered
        report = self.reason(normalise(self._data.facts, observations, more))
        if given is not None:
            self._given.put(given, report)
        return report

    def reason(
        self,
        observed: Mapping[str, Any],
        *,
        asked: frozenset[str] = frozenset(),
        with_questions: bool = True,
        tried: frozenset[str] = frozenset(),
    ) -> Report:
        """Reason from already normalised observations.

        ``asked``: facts not to suggest again; ``with_questions=False`` skips ranking questions
        (for a consultation trying possible answers); ``tried``: facts whose value is one of
        several being tried, so that the tries share one engine (see ``Reach``; the report is
        the same). A repeated call is answered from the bounded report cache.
        """
        key = report_key(observed, asked, with_questions)
        remembered = self._memo.get(key)
        if remembered is not None:
            return remembered
        report, _ = self.reason_in_full(
            observed, asked=asked, with_questions=with_questions, tried=tried
        )
        self._memo.put(key, report)
        return report

    def reason_in_full(
        self,
        observed: Mapping[str, Any],
        *,
        asked: frozenset[str] = frozenset(),
        with_questions: bool = True,
        tried: frozenset[str] = frozenset(),
    ) -> tuple[Report, list[Any]]:
        """Reason afresh (no report cache) and return the report with the engine's conclusions:
        its working memory and the noted firings and advisories, at the end of the run."""
        pool = self._parts.pool(self._reach.rules_for_values(observed, any_value=tried))
        engine = pool.acquire()
        try:
            engine.start(dict(observed))
            engine.run()
            facts = engine.conclusions()
            derived = dict(engine.observed)
        except Exception as error:
            # The engine's state is unknown after a failure: it is dropped, not pooled.
            raise EngineError(
                f"the inference engine failed ({type(error).__name__}: {error}); "
                "this is a bug in heatpump_expert or in the knowledge base"
            ) from error
        pool.release(engine)
        report = build_report(self._data, facts, derived, asked, with_questions=with_questions)
        return report, facts


def load_knowledge_base(
    *paths: StrPath,
    include_builtin: bool = False,
    cache_size: int = DEFAULT_CACHE_SIZE,
    strict: bool = False,
) -> KnowledgeBase:
    """Load, check and compile a knowledge base from rule files or folders.

    With no paths, loads the built-in knowledge base. ``include_builtin=True`` loads the built-in
    files first and the given ones on top (to add facts, diagnoses and rules). Raises
    ``KnowledgeBaseError`` listing every problem (file, line, rule) when anything is wrong.
    ``cache_size``: how many reports to remember for repeated observations (0: none).
    A warning (a pack's evidence against a built-in hazard) is issued as a
    ``HeatpumpExpertWarning`` and kept in ``data.warnings``; ``strict=True`` refuses it instead.
    """
    data, problems = read_knowledge_base(paths, include_builtin=include_builtin, strict=strict)
    if data is None:
        raise KnowledgeBaseError(problems)
    warn_of(problems)
    return KnowledgeBase(data, cache_size=cache_size)


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


def diagnose(observations: Mapping[str, object] | None = None, /, **more: object) -> Report:
    """Diagnose a heat pump from what was observed.

    ``observations`` maps fact names to values (bool, number or text); keyword arguments add more.
    A fact left out is unknown, which is not the same as false. Temperatures are in °F (``*_f``)
    or °C (``*_c``); pressures in psi (``*_psi``) or bar (``*_bar``).

    Returns a ``Report``: safety advisories first, the escalation, ranked diagnoses, the questions
    worth asking next, the normalised observations and the trace of fired rules.

    Raises an ``InputError`` (also a ``ValueError``) naming the fact, the value and what is allowed
    when an observation is not acceptable. Prints nothing, keeps no state between calls and is
    safe to call from several threads at once.
    """
    return default_knowledge_base().diagnose(observations, **more)

"""A consultation: ask for what is missing, one question at a time (contract §5).

The session holds what was answered and skipped; the question itself is chosen by ``search``,
which also says why it stopped (``stopped_because``). Its saved form (``to_dict``) carries
``"format": FORMAT`` and is read back strictly (``from_dict``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._conclusions.report import Report
from .._conclusions.results import Question
from .._conclusions.serialize import FORMAT, check_format
from .._engine.observations import canonical_name
from .._errors import InvalidValueError, UnknownFactError
from .._knowledge.model import FactSpec, Value
from .search import QuestionSearch
from .stopping import StopReason


class Consultation:
    """Ask for the missing facts one at a time; see ``next_question``, ``answer`` and ``skip``.

    ``technician=True`` lets technician-only facts (gauges, meters) be asked. Facts that need the
    unit open are asked only once the report carries the power-off advisory. It stops by itself
    (``next_question()`` is None) and says why in ``stopped_because``.

    A consultation is one person's conversation: do not share one between threads (a server
    keeps one per request, from the saved state). It locks nonetheless, so threads that do share
    one lose no answer; which question comes next then depends on who answered first.
    """

    def __init__(
        self,
        observations: Mapping[str, object] | None = None,
        /,
        *,
        technician: bool = False,
        knowledge_base: KnowledgeBase | None = None,
    ) -> None:
        if not isinstance(technician, bool):
            raise InvalidValueError(
                f"technician is True or False, not {technician!r}", fact="technician"
            )
        self._lock = threading.RLock()
        self._kb = knowledge_base or default_knowledge_base()
        self._observed: dict[str, Value] = self._kb.normalise(observations)
        self._skipped: list[str] = []
        self._answered: list[str] = []
        self._technician = technician
        self._report: Report | None = None
        self._next: tuple[Question | None, StopReason | None] | None = None

    @property
    def technician(self) -> bool:
        return self._technician

    @property
    def observations(self) -> Mapping[str, Value]:
        """What has been observed or answered so far (normalised)."""
        return dict(self._observed)

    @property
    def skipped(self) -> tuple[str, ...]:
        """Facts the person did not know; they are not asked again."""
        return tuple(self._skipped)

    @property
    def questions_asked(self) -> int:
        """How many facts were answered or skipped since the start (the policy limits this)."""
        return len({*self._answered, *self._skipped})

    @property
    def stopped_because(self) -> StopReason | None:
        """Why ``next_question()`` is None (hazard, settled, nothing worth asking, limit
        reached); None while there is a question to ask."""
        with self._lock:
            self.next_question()
            assert self._next is not None
            return self._next[1]

    @property
    def report(self) -> Report:
        """The report for everything answered so far."""
        with self._lock:
            if self._report is None:
                self._report = self._kb.reason(self._observed, asked=frozenset(self._skipped))
            return self._report

    def answer(self, fact: str, value: object) -> None:
        """Record an answer, validated exactly like ``diagnose`` input (``_c``/``_bar`` too).

        An answer that means there is nothing to report ("none" for the error code) is recorded
        as that: the fact stays unknown and is not asked again."""
        given = self._kb.normalise({fact: value})
        if not given and value is not None:
            self.skip(fact)
            return
        if not given:
            raise InvalidValueError(f"no answer given for {fact!r}: use skip() instead", fact=fact)
        with self._lock:
            self._observed = dict(sorted({**self._observed, **given}.items()))
            self._answered.extend(f for f in given if f not in self._answered)
            self._changed()

    def skip(self, fact: str) -> None:
        """The person does not know ``fact``: it is not asked again (``_c``/``_bar`` names too)."""
        self._spec(fact)
        fact = canonical_name(self._kb.facts, fact)
        with self._lock:
            if fact not in self._skipped:
                self._skipped.append(fact)
            self._changed()

    def next_question(self) -> Question | None:
        """The single most useful unknown fact to ask now, or None once the consultation stops
        (see ``stopped_because``)."""
        with self._lock:
            if self._next is None:
                self._next = self._choose()
            return self._next[0]

    def to_dict(self) -> dict[str, Any]:
        """The consultation as JSON-compatible data, to save and resume."""
        with self._lock:
            return {
                "format": FORMAT,
                "observations": dict(self._observed),
                "skipped": list(self._skipped),
                "answered": list(self._answered),
                "technician": self._technician,
            }

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, knowledge_base: KnowledgeBase | None = None
    ) -> Consultation:
        """Resume a consultation saved with ``to_dict``: exactly what it writes (``format``
        may be left out: data saved before formats were numbered is format 1). Anything else,
        a missing or unknown key, a value of the wrong type, a skipped fact the knowledge base
        does not know, an answered fact not observed, raises ``InvalidValueError``."""
        fields = _saved_fields(data)
        consultation = cls(
            fields["observations"], technician=fields["technician"], knowledge_base=knowledge_base
        )
        for fact in fields["skipped"]:
            consultation.skip(fact)
        observed = consultation._observed
        answered = [canonical_name(consultation._kb.facts, fact) for fact in fields["answered"]]
        for fact in answered:
            if fact not in observed:
                raise _saved_error(f"answered names {fact!r}, which is not observed")
        consultation._answered = list(dict.fromkeys(answered))
        return consultation

    def _choose(self) -> tuple[Question | None, StopReason | None]:
        search = QuestionSearch(
            self._kb, self._observed, self._skipped, technician=self._technician
        )
        # The picture without suggested questions: the same report the search tried last time
        # for this answer, so it comes from the knowledge base's memory.
        now = self._kb.reason(self._observed, with_questions=False)
        return search.choose(now, self.questions_asked)

    def _changed(self) -> None:
        self._report = None
        self._next = None

    def _spec(self, fact: str) -> FactSpec:
        if not isinstance(fact, str):
            raise UnknownFactError(f"fact names are strings, not {fact!r}", fact=repr(fact))
        return self._kb.facts[canonical_name(self._kb.facts, fact)]


_SAVED_KEYS = ("observations", "skipped", "answered", "technician")


def _saved_fields(data: object) -> dict[str, Any]:
    """The fields of a saved consultation, each of the type ``to_dict`` writes."""
    if not isinstance(data, Mapping):
        raise _saved_error(f"it is a mapping, not {type(data).__name__}")
    check_format(data.get("format", FORMAT), "consultation")
    unknown = sorted(str(key) for key in data if key not in (*_SAVED_KEYS, "format"))
    if unknown:
        raise _saved_error(f"unknown key {unknown[0]!r}")
    missing = [key for key in _SAVED_KEYS if key not in data]
    if missing:
        raise _saved_error(f"{missing[0]!r} is missing")
    if not isinstance(data["observations"], Mapping):
        raise _saved_error("observations is a mapping of fact name to value")
    for key in ("skipped", "answered"):
        facts = data[key]
        if not isinstance(facts, list) or not all(isinstance(fact, str) for fact in facts):
            raise _saved_error(f"{key} is a list of fact names")
        if len(set(facts)) != len(facts):
            raise _saved_error(f"{key} names a fact twice")
    if not isinstance(data["technician"], bool):
        raise _saved_error(f"technician is true or false, not {data['technician']!r}")
    return dict(data)


def _saved_error(detail: str) -> InvalidValueError:
    return InvalidValueError(
        "not a saved consultation as to_dict writes it (observations, skipped, answered, "
        f"technician, format): {detail}",
        fact="consultation",
    )

"""The result of a diagnosis: a frozen ``Report``, its JSON form and its readable forms."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Literal, SupportsIndex

import attrs

from .._knowledge.model import Value
from .graph import render_graph
from .homeowner import render_homeowner
from .later import Later, fill_later
from .packing import pack_report, unpack_report
from .results import Advisory, Diagnosis, Escalation, Question, TraceStep, read_only
from .serialize import from_data, saved, to_data, unsaved
from .text import render_explanation, render_technician
from .wrap import DEFAULT_WIDTH


@attrs.frozen
class Report(Later):
    """Everything ``diagnose`` concluded. ``str(report)`` reads it out for a homeowner.

    A report from ``diagnose`` ranks its ``questions`` the first time they are read (by the
    attribute, equality, ``to_dict``, pickling or printing), not while diagnosing: a caller
    that never reads them (a fleet, a batch) never pays for them. A report a batch's worker
    process sent rebuilds its ``trace`` (and each diagnosis its ``evidence``) the same way. The
    values are the same either way, and a report stays frozen: nothing but that first read fills
    them in (see ``later``). Until then the report holds what that needs: its knowledge base's
    checked data and its own conclusions, or what the worker sent.
    """

    advisories: tuple[Advisory, ...]
    escalation: Escalation
    diagnoses: tuple[Diagnosis, ...]
    questions: tuple[Question, ...]
    observations: Mapping[str, Value] = attrs.field(converter=read_only)
    trace: tuple[TraceStep, ...]

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # Pickled as one tuple of plain values (see ``packing``): a batch's parent process
        # unpickles every report its workers send. A subclass, which may add fields, pickles
        # as attrs stores it.
        if type(self) is not Report:
            return super().__reduce_ex__(protocol)
        return (unpack_report, (Report, pack_report(self)))

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-compatible data, with the same names, and its format."""
        return saved(to_data(self))

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text: the same report always gives the same bytes."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Restore a report from ``to_dict()`` output (strictly: see ``serialize``)."""
        return from_data(unsaved(data, "report"), cls)

    def __str__(self) -> str:
        return self.render()

    def render(self, *, technician: bool = False, width: int | None = DEFAULT_WIDTH) -> str:
        """The readable report, wrapped to ``width`` characters (None: not wrapped).

        The homeowner's view (``str(report)``) opens with one plain sentence (what is most likely
        going on, what to do now), then the safety advice that matters, most relevant first and
        cut short, the findings and what to check next; no rule ids or codes. ``technician=True``
        keeps the detail: every advisory in full with its code, the level with its reasons, every
        finding with its code and actions, and the facts to check.
        """
        if technician:
            return render_technician(
                self.advisories, self.escalation, self.diagnoses, self.questions, width=width
            )
        return render_homeowner(
            self.advisories,
            self.escalation,
            self.diagnoses,
            self.questions,
            self.trace,
            width=width,
        )

    def explain(self) -> str:
        """HOW: each conclusion with the rules and the observed facts that led to it."""
        return render_explanation(self.diagnoses, self.trace, self.escalation)

    def graph(self, format: Literal["dot", "mermaid"] = "dot") -> str:
        """A picture of the reasoning, as Graphviz DOT or Mermaid text (ending with a newline).

        The observed facts point at the rules that fired on them, and each rule at what it
        concluded: diagnoses (evidence against drawn as a dashed red arrow), advisories, derived
        facts and the escalation level; the leading diagnoses point at the level. Conclusions
        that did not reach the report are drawn greyed. The same report always gives the same
        text. Any other format raises ``InvalidValueError``. For SVG, render the DOT text with
        Graphviz (``dot -Tsvg``), or run ``heatpump-expert diagnose ... --graph svg``.
        """
        return render_graph(self, format)


def with_later_questions(report: Report, rank: Callable[[], tuple[Question, ...]]) -> Report:
    """``report``, its questions to be ranked by ``rank()`` when first read (see ``Report``)."""
    fill_later(report, "questions", rank)
    return report

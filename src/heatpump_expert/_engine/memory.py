"""The kinds of fact in working memory.

* ``Obs(name, value)``: an observation, or a fact derived by a rule;
* ``Support(code, rule, certainty, layer)``: one rule's weighted evidence for or against a
  diagnosis;
* ``Held(code, certainty)``: a diagnosis whose combined certainty reached the floor (declared
  when a rule of the engine tests it, noted otherwise);
* ``Pending(layer)``: a layer with evidence to combine, declared once;
* ``Support``, ``Fired(rule, layer)`` and ``Advice(code, origin)``, which no rule matches: the
  engine notes them beside working memory instead of declaring them, so they are plain
  records (``Noted``), not experta facts: making an experta ``Fact`` freezes each value
  through a ``singledispatch`` call, for nothing when no rule will ever match it.
"""

from __future__ import annotations

from typing import Any

from .experta_shim import Fact


class Obs(Fact):  # type: ignore[misc]
    """An observation or derived fact."""


class Noted(dict[str, Any]):
    """A conclusion noted beside working memory: read like a fact (``noted["code"]``)."""

    def __init__(self, **fields: Any) -> None:
        super().__init__(fields)

    def as_dict(self) -> dict[str, Any]:
        """Its fields, as ``Fact.as_dict`` gives a fact's."""
        return dict(self)


class Support(Noted):
    """Evidence from one rule for (certainty > 0) or against (< 0) a diagnosis."""


class Held(Fact):  # type: ignore[misc]
    """A diagnosis whose combined certainty is at or above the floor."""


class Fired(Noted):
    """A knowledge-base rule that fired."""


class Advice(Noted):
    """An advisory, with what brought it (a rule id, a diagnosis code or the policy)."""


class Pending(Fact):  # type: ignore[misc]
    """A layer with evidence noted and not yet combined."""

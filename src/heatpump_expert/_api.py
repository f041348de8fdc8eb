"""The front door: ``diagnose`` on the built-in knowledge base."""

from __future__ import annotations

from collections.abc import Mapping

from ._knowledge_base import default_knowledge_base
from ._report import Report


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

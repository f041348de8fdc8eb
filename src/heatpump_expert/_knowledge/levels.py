"""The escalation levels of the contract, and the order of advisory severities.

``EscalationLevel`` is public (``heatpump_expert.EscalationLevel``): the knowledge base states a
level for every diagnosis and hazard, and every report carries one.
"""

from __future__ import annotations

import enum


class EscalationLevel(enum.StrEnum):
    """What to do now, ordered: ``none`` < ``diy`` < ``routine`` < ``prompt`` < ``emergency``."""

    NONE = "none"
    DIY = "diy"
    ROUTINE = "routine"
    PROMPT = "prompt"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        return _LEVEL_ORDER.index(self)

    @classmethod
    def _rank_of(cls, other: object) -> int | None:
        """Rank of a level or of its string ("routine"); None for anything else."""
        if isinstance(other, str):
            try:
                return cls(other).rank
            except ValueError:
                return None
        return None

    def __lt__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank < rank

    def __le__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank <= rank

    def __gt__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank > rank

    def __ge__(self, other: object) -> bool:
        rank = self._rank_of(other)
        return NotImplemented if rank is None else self.rank >= rank

    __hash__ = str.__hash__

    def __str__(self) -> str:
        return self.value


_LEVEL_ORDER = list(EscalationLevel)

SEVERITY_ORDER = ("danger", "warning", "caution", "info")

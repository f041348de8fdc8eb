"""The order of experta's agenda, without experta's shared memo of activation keys.

experta's ``DepthStrategy`` orders activations by salience, then by their facts, newest first;
it memoises each activation's key in an ``lru_cache`` shared by every engine of the process.
An activation hashes by its rule, facts and context, but compares equal only when its key is
equal too, and the key is set on it after it was memoised: the activations of a repeated call
(the same rule on equal facts) all land in one hash bucket and are never found again, so each
new one is compared with every earlier one still remembered, up to 128 per lookup. That made a
diagnosis repeated on the same engine several times slower than a new one, and left every
engine's activations reachable from the memo.

``DepthOrder`` works the same key out directly: the agenda holds the same activations in the
same order.
"""

from __future__ import annotations

from typing import Any

from .experta_shim import DepthStrategy


class DepthOrder(DepthStrategy):  # type: ignore[misc]
    """experta's depth strategy: salience first, then the newest facts first."""

    def get_key(self, activation: Any) -> tuple[int, list[int]]:
        facts = sorted((fact["__factid__"] for fact in activation.facts), reverse=True)
        return (activation.rule.salience, facts)

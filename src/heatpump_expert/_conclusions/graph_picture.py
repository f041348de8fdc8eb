"""The picture of a report's reasoning as data: nodes and edges, before any drawing format
(``graph`` builds it, ``graph_dot`` and ``graph_mermaid`` write it)."""

from __future__ import annotations

import attrs


@attrs.frozen
class Node:
    """A box of the picture. ``style`` says how to draw it: ``fact``, ``derived``, ``rule``,
    ``fault``, ``normal``, ``ruled_out``, ``not_reported``, an advisory's severity, ``level``."""

    id: str
    kind: str
    style: str
    lines: tuple[str, ...]


@attrs.frozen
class Edge:
    """An arrow. ``kind``: ``tested`` (a fact or diagnosis a rule matched), ``absent`` (a
    diagnosis a rule required to be absent), ``for`` and ``against`` (evidence), ``gives`` (an
    advisory), ``derives`` (a fact), ``escalates`` (a rule's level), ``leads`` (a diagnosis that
    set the level)."""

    source: str
    target: str
    kind: str
    label: str = ""


@attrs.frozen
class Picture:
    """The whole picture: nodes by kind (facts, rules, diagnoses, advisories, the level) and
    name, edges by their source's and target's place among the nodes."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

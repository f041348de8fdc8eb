"""Writing the picture of the reasoning (``graph.Picture``) as Graphviz DOT text.

Left to right: observed facts, the rules that fired, what they concluded, and in the last column
the advisories and the level (the outcomes). Evidence against
is a dashed red arrow ending in a bar; a diagnosis a rule needed absent, a dotted grey arrow.
"""

from __future__ import annotations

from .graph_picture import Edge, Node, Picture

_FONT = 'fontname="Helvetica"'
_SHAPES = {
    "fact": "ellipse",
    "rule": "box",
    "diagnosis": "box",
    "advisory": "hexagon",
    "level": "doubleoctagon",
}
_NODE_STYLES = {
    "fact": 'style=filled, fillcolor="#e8f0fe"',
    "derived": 'style="filled,dashed", fillcolor="#eef2f7"',
    "rule": 'style=filled, fillcolor="#f4f4f4"',
    "fault": 'style="rounded,filled", fillcolor="#fde2e1"',
    "normal": 'style="rounded,filled", fillcolor="#e3f4e1"',
    "ruled_out": 'style="rounded,dashed", color="#9a9a9a", fontcolor="#6b6b6b"',
    "not_reported": 'style="rounded,dotted", color="#9a9a9a", fontcolor="#6b6b6b"',
    "danger": 'style=filled, fillcolor="#f8b4b4"',
    "warning": 'style=filled, fillcolor="#fde68a"',
    "caution": 'style=filled, fillcolor="#fef3c7"',
    "info": 'style=filled, fillcolor="#e0f2fe"',
    "level": 'style=filled, fillcolor="#ffd7a8"',
}
_EDGE_STYLES = {
    "against": 'style=dashed, color="#c0392b", fontcolor="#c0392b", arrowhead=tee',
    "absent": 'style=dotted, color="#9a9a9a", fontcolor="#6b6b6b"',
    "escalates": 'color="#d35400", fontcolor="#d35400"',
    "leads": 'color="#d35400", fontcolor="#d35400"',
}
_LEGEND = "solid arrows: evidence for; dashed red arrows: evidence against"
_SECTIONS = {
    "fact": "observed facts",
    "rule": "rules that fired",
    "diagnosis": "diagnoses",
    "advisory": "safety advisories",
    "level": "escalation",
}


def write_dot(picture: Picture) -> str:
    """``picture`` as a DOT ``digraph``, one statement a line, ending with a newline."""
    lines = [
        "digraph reasoning {",
        f"  graph [rankdir=LR, {_FONT}, fontsize=10, labelloc=b, label={quoted(_LEGEND)}];",
        f"  node [{_FONT}, fontsize=10];",
        f"  edge [{_FONT}, fontsize=9];",
    ]
    section = None
    for node in picture.nodes:
        if node.kind != section:
            section = node.kind
            lines.append(f"  // {_SECTIONS[node.kind]}")
        lines.append(f"  {_node(node)}")
    outcomes = [node.id for node in picture.nodes if node.kind in ("advisory", "level")]
    lines.append(f"  {{ rank=sink; {'; '.join(outcomes)}; }}")  # the outcomes: last column
    if picture.edges:
        lines.append("  // how each led to the next")
    lines += [f"  {_edge(edge)}" for edge in picture.edges]
    lines.append("}")
    return "\n".join(lines) + "\n"


def _node(node: Node) -> str:
    label = quoted("\n".join(node.lines))
    return f"{node.id} [label={label}, shape={_SHAPES[node.kind]}, {_NODE_STYLES[node.style]}];"


def _edge(edge: Edge) -> str:
    attributes = [f"label={quoted(edge.label)}"] if edge.label else []
    if edge.kind in _EDGE_STYLES:
        attributes.append(_EDGE_STYLES[edge.kind])
    tail = f" [{', '.join(attributes)}]" if attributes else ""
    return f"{edge.source} -> {edge.target}{tail};"


def quoted(text: str) -> str:
    """``text`` as a DOT quoted string: backslashes and quotes escaped, line breaks as ``\\n``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'

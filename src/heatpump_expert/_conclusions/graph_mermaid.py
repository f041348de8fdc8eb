"""Writing the picture of the reasoning (``graph.Picture``) as a Mermaid flowchart.

The same picture as the DOT one: evidence against is a dotted red arrow, a diagnosis a rule
needed absent a dotted grey one (``linkStyle`` by the arrows' order, which is fixed). Labels are
quoted, with quotes and the characters Mermaid reads as markup written as entity codes.
"""

from __future__ import annotations

from .graph_picture import Edge, Node, Picture

_SHAPES = {  # opening and closing brackets of each kind's shape
    "fact": ("([", "])"),
    "rule": ("[", "]"),
    "diagnosis": ("(", ")"),
    "advisory": ("{{", "}}"),
    "level": ("[[", "]]"),
}
_CLASSES = {
    "fact": "fill:#e8f0fe,stroke:#5b7dbd",
    "derived": "fill:#eef2f7,stroke:#5b7dbd,stroke-dasharray:4 3",
    "rule": "fill:#f4f4f4,stroke:#555555",
    "fault": "fill:#fde2e1,stroke:#b03a2e",
    "normal": "fill:#e3f4e1,stroke:#2e7d32",
    "ruled_out": "fill:#ffffff,stroke:#9a9a9a,color:#6b6b6b,stroke-dasharray:6 3",
    "not_reported": "fill:#ffffff,stroke:#9a9a9a,color:#6b6b6b,stroke-dasharray:2 2",
    "danger": "fill:#f8b4b4,stroke:#b03a2e",
    "warning": "fill:#fde68a,stroke:#b7791f",
    "caution": "fill:#fef3c7,stroke:#b7791f",
    "info": "fill:#e0f2fe,stroke:#2b6cb0",
    "level": "fill:#ffd7a8,stroke:#d35400",
}
_LINK_STYLES = {
    "against": "stroke:#c0392b,color:#c0392b",
    "absent": "stroke:#9a9a9a,color:#6b6b6b",
    "escalates": "stroke:#d35400,color:#d35400",
    "leads": "stroke:#d35400,color:#d35400",
}
_DOTTED = frozenset({"against", "absent"})
_ENTITIES = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;"}
_ENTITIES |= {"|": "#124;", "\\": "#92;"}


def write_mermaid(picture: Picture) -> str:
    """``picture`` as a Mermaid ``flowchart LR``, ending with a newline."""
    lines = ["flowchart LR", "  %% solid arrows: evidence for; dotted red arrows: evidence against"]
    lines += [f"  {_node(node)}" for node in picture.nodes]
    lines += [f"  {_edge(edge)}" for edge in picture.edges]
    styles = sorted({node.style for node in picture.nodes})
    lines += [f"  classDef {style} {_CLASSES[style]}" for style in styles]
    links: dict[str, list[str]] = {}  # style: the indices of the arrows drawn so
    for index, edge in enumerate(picture.edges):
        if edge.kind in _LINK_STYLES:
            links.setdefault(_LINK_STYLES[edge.kind], []).append(str(index))
    lines += [f"  linkStyle {','.join(indices)} {style}" for style, indices in links.items()]
    return "\n".join(lines) + "\n"


def _node(node: Node) -> str:
    opening, closing = _SHAPES[node.kind]
    text = "<br>".join(escaped(line) for line in node.lines)
    return f'{node.id}{opening}"{text}"{closing}:::{node.style}'


def _edge(edge: Edge) -> str:
    arrow = "-.->" if edge.kind in _DOTTED else "-->"
    label = f'|"{escaped(edge.label)}"|' if edge.label else ""
    return f"{edge.source} {arrow}{label} {edge.target}"


def escaped(text: str) -> str:
    """``text`` safe inside a quoted Mermaid label: quotes and markup characters as entity codes."""
    return "".join(_ENTITIES.get(c, c) for c in text)

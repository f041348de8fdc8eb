"""The picture of the reasoning behind a report (``report.graph``), as nodes and edges.

Each observed fact points at the rules that tested it; each rule that fired points at what it
concluded: a diagnosis (evidence for, or evidence against), an advisory, a derived fact, an
escalation level; the diagnoses that lead point at the report's level. Conclusions a rule drew
that did not reach the report (a candidate ruled out, an advisory not in play) are drawn too,
marked as such. The picture is made from the report alone (its trace, diagnoses, advisories and
escalation), so a report restored with ``Report.from_dict`` draws the same one.

Everything is sorted and every id is made of letters, digits and ``_`` (and starts with a kind's
prefix, so no id is a keyword of DOT or Mermaid): the same report always gives the same text.
``graph_dot`` and ``graph_mermaid`` write the picture out.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Mapping
from typing import Protocol

import attrs

from .._errors import InvalidValueError
from .._knowledge.model import Value
from .graph_dot import write_dot
from .graph_mermaid import write_mermaid
from .graph_picture import Edge, Node, Picture
from .results import Advisory, Diagnosis, Escalation, TraceStep


class Reported(Protocol):
    """What a picture is drawn from: a report's parts (``Report`` has them all)."""

    @property
    def observations(self) -> Mapping[str, Value]: ...
    @property
    def diagnoses(self) -> tuple[Diagnosis, ...]: ...
    @property
    def advisories(self) -> tuple[Advisory, ...]: ...
    @property
    def trace(self) -> tuple[TraceStep, ...]: ...
    @property
    def escalation(self) -> Escalation: ...


#: The formats ``report.graph`` writes.
FORMATS = ("dot", "mermaid")
#: Kinds of node, in the order they are written (and their id prefixes).
KINDS = {"fact": "fact_", "rule": "rule_", "diagnosis": "dx_", "advisory": "adv_", "level": "level"}
_LABEL_WIDTH = 32
_NOT_REPORTED = "not in the report"
_UNSAFE = re.compile(r"[^A-Za-z0-9_]+")  # what an id may not hold (ASCII only)


def render_graph(report: Reported, format: str) -> str:
    """The picture of ``report`` as DOT or Mermaid text (see ``Report.graph``)."""
    if format not in FORMATS:
        raise InvalidValueError(
            f'the graph format is "dot" or "mermaid", not {format!r}', fact="format"
        )
    shown = picture(report)
    return write_dot(shown) if format == "dot" else write_mermaid(shown)


def picture(report: Reported) -> Picture:
    """The nodes and edges of ``report``'s reasoning, sorted."""
    builder = _Builder()
    for name, value in report.observations.items():
        builder.fact(name, value)
    for diagnosis in report.diagnoses:
        builder.diagnoses[diagnosis.code] = diagnosis
    for advisory in report.advisories:
        builder.advisories[advisory.code] = advisory
    for step in report.trace:
        builder.step(step)
    for diagnosis in report.diagnoses:
        for evidence in diagnosis.evidence:
            builder.rules.setdefault(evidence.rule, evidence.title)
            builder.tested(evidence.rule, evidence.facts)
            builder.evidence(evidence.rule, diagnosis.code, evidence.certainty)
        if _leads(diagnosis, report.escalation):
            builder.edges[("diagnosis", diagnosis.code), ("level", "")] = ("leads", "leads")
    return builder.build(report.escalation)


def _leads(diagnosis: Diagnosis, escalation: Escalation) -> bool:
    """Whether the level was decided on this diagnosis: ``escalation.decide`` gives each leading
    diagnosis a reason that opens with its title and its certainty in brackets."""
    return any(reason.startswith(f"{diagnosis.title} (") for reason in escalation.reasons)


_Key = tuple[str, str]  # (kind, name): a node before it has an id


@attrs.define
class _Builder:
    facts: dict[str, tuple[Value | None, bool]] = attrs.Factory(dict)  # value, derived
    rules: dict[str, str] = attrs.Factory(dict)  # id: title
    diagnoses: dict[str, Diagnosis | None] = attrs.Factory(dict)
    advisories: dict[str, Advisory | None] = attrs.Factory(dict)
    edges: dict[tuple[_Key, _Key], tuple[str, str]] = attrs.Factory(dict)  # kind, label

    def fact(self, name: str, value: Value | None, *, derived: bool = False) -> None:
        known, was_derived = self.facts.get(name, (None, False))
        self.facts[name] = (known if known is not None else value, derived or was_derived)

    def step(self, step: TraceStep) -> None:
        self.rules[step.rule] = step.title
        self.tested(step.rule, step.facts)
        for conclusion in step.conclusions:
            self.conclusion(step.rule, conclusion.split())

    def tested(self, rule: str, facts: Mapping[str, Value]) -> None:
        for name, value in facts.items():
            if name.startswith("diagnosis:"):
                code = name.removeprefix("diagnosis:")
                self.diagnoses.setdefault(code, None)
                kind = "tested" if value else "absent"
                self.edges[("diagnosis", code), ("rule", rule)] = (kind, "held" if value else kind)
            else:
                self.fact(name, value)
                self.edges[("fact", name), ("rule", rule)] = ("tested", "")

    def conclusion(self, rule: str, words: list[str]) -> None:
        """One of a trace step's conclusions (``diagnosis CODE +0.6``, ``advisory CODE``,
        ``derived FACT``, ``escalate LEVEL``); anything else is not drawn."""
        source = ("rule", rule)
        match words:
            case ["diagnosis", code, certainty]:
                self.diagnoses.setdefault(code, None)
                self.evidence(rule, code, float(certainty))
            case ["advisory", code]:
                self.advisories.setdefault(code, None)
                self.edges[source, ("advisory", code)] = ("gives", "")
            case ["derived", name]:
                self.fact(name, None, derived=True)
                self.edges[source, ("fact", name)] = ("derives", "derives")
            case ["escalate", level]:
                self.edges[source, ("level", "")] = ("escalates", f"escalate {level}")

    def evidence(self, rule: str, code: str, certainty: float) -> None:
        """A rule's evidence for (> 0) or against (< 0) a diagnosis. Given after the trace, the
        report's weighted certainty replaces the rule's own."""
        side = "for" if certainty >= 0 else "against"
        self.edges[("rule", rule), ("diagnosis", code)] = (side, f"{side} {abs(certainty):.2f}")

    def build(self, escalation: Escalation) -> Picture:
        labelled = {
            **{("fact", n): self._fact(n, *v) for n, v in self.facts.items()},
            **{("rule", r): ("rule", (r, *_wrap(t))) for r, t in self.rules.items()},
            **{("diagnosis", c): self._diagnosis(c, d) for c, d in self.diagnoses.items()},
            **{("advisory", c): _advisory(c, a) for c, a in self.advisories.items()},
            ("level", ""): ("level", _level(escalation)),
        }
        order = sorted(labelled, key=lambda key: (list(KINDS).index(key[0]), key[1]))
        ids = _ids(order)
        nodes = tuple(Node(ids[key], key[0], *labelled[key]) for key in order)
        rank = {key: index for index, key in enumerate(order)}
        edges = tuple(
            Edge(ids[source], ids[target], kind, label)
            for (source, target), (kind, label) in sorted(
                self.edges.items(), key=lambda item: (rank[item[0][0]], rank[item[0][1]])
            )
        )
        return Picture(nodes, edges)

    def _fact(self, name: str, value: Value | None, derived: bool) -> tuple[str, tuple[str, ...]]:
        head = name if value is None else f"{name} = {_shown(value)}"
        return ("derived", (*_wrap(head), "derived")) if derived else ("fact", _wrap(head))

    def _diagnosis(self, code: str, found: Diagnosis | None) -> tuple[str, tuple[str, ...]]:
        if found is not None:
            kind = "normal operation" if found.kind == "normal" else "fault"
            return found.kind, (*_wrap(found.title), code, f"{kind}, {found.certainty:.0%}")
        sides = {
            kind for (_, target), (kind, _) in self.edges.items() if target == ("diagnosis", code)
        }
        if sides == {"against"}:
            return "ruled_out", (code, "ruled out")
        return "not_reported", (code, _NOT_REPORTED)


def _advisory(code: str, found: Advisory | None) -> tuple[str, tuple[str, ...]]:
    if found is None:
        return "not_reported", ("safety: " + code, _NOT_REPORTED)
    return found.severity, (found.severity.upper(), code)


def _level(escalation: Escalation) -> tuple[str, ...]:
    lines = [f"What to do now: {escalation.level.value}"]
    if escalation.if_unresolved is not None:
        lines.append(f"if unresolved: {escalation.if_unresolved.value}")
    return tuple(lines)


def _shown(value: Value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return text.removesuffix(".0") if isinstance(value, float) else text


def _wrap(text: str) -> tuple[str, ...]:
    """``text`` on lines of about ``_LABEL_WIDTH`` characters, without control characters."""
    clean = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    lines = textwrap.wrap(clean, _LABEL_WIDTH, break_long_words=False, break_on_hyphens=False)
    return tuple(lines) or ("",)


def _ids(order: list[_Key]) -> dict[_Key, str]:
    """A stable id for each node: its kind's prefix and its name with anything but letters,
    digits and ``_`` replaced by ``_``; ``_2``, ``_3``... when two names come out the same."""
    ids: dict[_Key, str] = {}
    taken: set[str] = set()
    for kind, name in order:
        base = KINDS[kind] + _UNSAFE.sub("_", name)
        candidate, count = base, 1
        while candidate in taken:
            count += 1
            candidate = f"{base}_{count}"
        taken.add(candidate)
        ids[kind, name] = candidate
    return ids

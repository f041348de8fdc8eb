"""The picture of the reasoning: ``report.graph("dot" | "mermaid")`` and ``diagnose --graph``.

The golden pictures in ``tests/golden/graph/`` are drawn from reports stored beside them as JSON
(so a change to the rules does not change them). After changing how pictures are drawn,
``HEATPUMP_REGEN_GOLDEN=1 pytest tests/test_graph.py`` rewrites the pictures from the stored
reports; ``HEATPUMP_REGEN_GOLDEN=reports`` diagnoses the cases again and rewrites both.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Literal

import attrs
import pytest

from heatpump_expert import (
    Advisory,
    Diagnosis,
    Escalation,
    EscalationLevel,
    Evidence,
    HeatpumpExpertError,
    InvalidValueError,
    Report,
    TraceStep,
    diagnose,
)
from heatpump_expert._conclusions.graph_svg import render_svg
from heatpump_expert._interfaces.cli import main

GOLDEN = Path(__file__).parent / "golden" / "graph"
REGENERATE = os.environ.get("HEATPUMP_REGEN_GOLDEN", "") in ("1", "reports")
REDIAGNOSE = os.environ.get("HEATPUMP_REGEN_GOLDEN", "") == "reports"

#: The golden cases: evidence against, a hazard that escalates, a derived fact, absent conditions.
CASES: dict[str, dict[str, object]] = {
    "debris_in_cooling": {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"},
    "electrical_smell": {"smell": "electrical_burning"},
    "water_circuit_freeze": {
        "system_type": "air_to_water",
        "antifreeze": "none",
        "power_state": "off",
        "outdoor_temp_f": 20,
    },
    "aux_heat_outdoor_idle": {
        "aux_heat_on": True,
        "system_type": "ducted_split",
        "mode": "heat",
        "outdoor_unit_running": False,
    },
}
Form = Literal["dot", "mermaid"]
SUFFIXES = {"dot": ".dot", "mermaid": ".mmd"}


def stored_report(case: str) -> Report:
    """The case's report as stored (diagnosed again and stored with ``=reports``)."""
    path = GOLDEN / f"{case}.json"
    if REDIAGNOSE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(diagnose(CASES[case]).to_json() + "\n", encoding="utf-8")
    return Report.from_dict(json.loads(path.read_text(encoding="utf-8")))


def assert_golden(path: Path, text: str) -> None:
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run HEATPUMP_REGEN_GOLDEN=1 pytest {__file__}"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("form", sorted(SUFFIXES))
@pytest.mark.parametrize("case", sorted(CASES))
def test_graph_matches_the_golden_text(case: str, form: Form) -> None:
    """Each case's DOT and Mermaid text is exactly the golden one."""
    report = stored_report(case)
    assert_golden(GOLDEN / f"{case}{SUFFIXES[form]}", report.graph(form))


def test_stored_reports_are_of_their_observations() -> None:
    """Each stored report is a diagnosis of its case's observations (and the facts derived)."""
    for case, observations in CASES.items():
        stored = dict(stored_report(case).observations)
        assert {name: stored[name] for name in observations} == observations
    derived = set(stored_report("water_circuit_freeze").observations) - set(
        CASES["water_circuit_freeze"]
    )
    assert derived == {"water_circulation_lost"}


def test_a_live_report_draws_every_rule_diagnosis_and_advisory() -> None:
    """A report just diagnosed draws a node for each rule of its trace, each diagnosis, each
    advisory and its level, with ids made of its names."""
    report = diagnose(CASES["debris_in_cooling"])
    ids = set(re.findall(r"^  (\w+) \[label=", report.graph("dot"), re.MULTILINE))
    expected = {"level"}
    expected |= {"fact_" + name for name in report.observations}
    expected |= {"rule_" + step.rule.replace(".", "_") for step in report.trace}
    expected |= {"dx_" + d.code for d in report.diagnoses}
    expected |= {"adv_" + a.code for a in report.advisories}
    expected |= {"dx_normal_defrost_cycle", "dx_normal_frost"}  # ruled out by the trace
    assert ids == expected


def test_evidence_against_is_a_dashed_red_bar_in_dot() -> None:
    """A rule's evidence against a diagnosis is dashed, red and ends in a bar; evidence for is
    a plain arrow."""
    text = stored_report("debris_in_cooling").graph("dot")
    assert (
        '  rule_defrost_no_frost_in_cooling -> dx_normal_frost [label="against 1.00", '
        'style=dashed, color="#c0392b", fontcolor="#c0392b", arrowhead=tee];'
    ) in text.splitlines()
    assert (
        '  rule_airflow_debris_against_outdoor_unit -> dx_blocked_outdoor_airflow [label="for 0.60"];'
    ) in text.splitlines()


def test_evidence_against_is_a_dotted_red_link_in_mermaid() -> None:
    """In Mermaid, evidence against is a dotted arrow coloured red by its link's index."""
    lines = stored_report("debris_in_cooling").graph("mermaid").splitlines()
    edges = [line for line in lines if re.match(r"  \w+ (-->|-\.->)", line)]
    against = [
        index for index, line in enumerate(edges) if line.strip().split()[1].startswith("-.->")
    ]
    assert edges[against[0]] == (
        '  rule_defrost_no_defrost_outside_heating -.->|"against 1.00"| dx_normal_defrost_cycle'
    )
    assert against == [13, 14]
    assert "  linkStyle 13,14 stroke:#c0392b,color:#c0392b" in lines


def test_a_diagnosis_required_absent_is_a_dotted_grey_arrow() -> None:
    """A rule's condition that a diagnosis be absent is drawn dotted and grey, labelled."""
    text = stored_report("aux_heat_outdoor_idle").graph("dot")
    assert (
        "  dx_normal_restart_delay -> rule_controls_aux_carries_load_outdoor_unit_idle "
        '[label="absent", style=dotted, color="#9a9a9a", fontcolor="#6b6b6b"];'
    ) in text.splitlines()


def odd_report() -> Report:
    """A report whose names and texts hold every character DOT or Mermaid could trip over."""
    facts: dict[str, str | float] = {'fault "code"': 'E1 <b>"x"</b>\n#2 | \\', "a-b": 1.0}
    rule = 'my rules/"odd".id'
    return Report(
        advisories=(Advisory("keep_clear", "info", "Keep the unit clear"),),
        escalation=Escalation(EscalationLevel.ROUTINE, ('A "quoted" \\ title (50% certain): ok',)),
        diagnoses=(
            Diagnosis(
                code="odd_code",
                title='A "quoted" \\ title',
                kind="fault",
                certainty=0.5,
                actions=(),
                evidence=(Evidence(rule, 'Title with "quotes"', 0.5, facts),),
            ),
        ),
        questions=(),
        observations=facts,
        trace=(
            TraceStep(rule, 'Title with "quotes"', facts, ("diagnosis odd_code +0.5",)),
            TraceStep("a.b", "Same id as a-b", {"a-b": 1.0}, ("advisory gone", "noted x")),
            TraceStep("a-b", "Clashes with a.b", {}, ("diagnosis maybe +0.2", "derived a-b")),
        ),
    )


def test_dot_ids_are_sanitised_and_labels_escaped() -> None:
    """DOT ids hold only letters, digits and _, distinct for names that clash; quotes and
    backslashes in labels are escaped, line breaks are spaces."""
    text = odd_report().graph("dot")
    lines = text.splitlines()
    assert (
        '  fact_fault_code_ [label="fault \\"code\\" = E1 <b>\\"x\\"</b> #2\\n| \\\\", '
        'shape=ellipse, style=filled, fillcolor="#e8f0fe"];'
    ) in lines
    assert (
        '  adv_gone [label="safety: gone\\nnot in the report", shape=hexagon, '
        'style="rounded,dotted", color="#9a9a9a", fontcolor="#6b6b6b"];'
    ) in lines
    assert (
        '  dx_odd_code [label="A \\"quoted\\" \\\\ title\\nodd_code\\nfault, 50%", '
        'shape=box, style="rounded,filled", fillcolor="#fde2e1"];'
    ) in lines
    assert "  rule_a_b_2 -> adv_gone;" in lines
    assert '  rule_a_b -> fact_a_b [label="derives"];' in lines
    assert '  rule_my_rules_odd_id -> dx_odd_code [label="for 0.50"];' in lines
    ids = re.findall(r"^  (\S+) \[label=", text, re.MULTILINE)
    assert ids == [
        "fact_a_b",
        "fact_fault_code_",
        "rule_a_b",
        "rule_a_b_2",
        "rule_my_rules_odd_id",
        "dx_maybe",
        "dx_odd_code",
        "adv_gone",
        "adv_keep_clear",
        "level",
    ]


def test_mermaid_labels_use_entity_codes() -> None:
    """Mermaid labels write quotes, <, >, #, |, backslashes and & as entity codes."""
    lines = odd_report().graph("mermaid").splitlines()
    assert (
        '  fact_fault_code_(["fault #quot;code#quot; = E1 #lt;b#gt;#quot;x#quot;#lt;/b#gt; #35;2'
        '<br>#124; #92;"]):::fact'
    ) in lines
    assert '  fact_a_b(["a-b = 1<br>derived"]):::derived' in lines
    assert '  dx_maybe("maybe<br>not in the report"):::not_reported' in lines
    assert '  adv_gone{{"safety: gone<br>not in the report"}}:::not_reported' in lines
    assert '  dx_odd_code -->|"leads"| level' in lines


def test_a_report_of_nothing_is_its_level_alone() -> None:
    """With nothing observed and no rule fired, the picture is the level's node alone."""
    empty = Report(
        advisories=(),
        escalation=Escalation(EscalationLevel.NONE, ("No fault or hazard found",)),
        diagnoses=(),
        questions=(),
        observations={},
        trace=(),
    )
    assert empty.graph("dot").splitlines()[4:] == [
        "  // escalation",
        '  level [label="What to do now: none", shape=doubleoctagon, style=filled, '
        'fillcolor="#ffd7a8"];',
        "  { rank=sink; level; }",
        "}",
    ]
    assert empty.graph("mermaid").splitlines()[2:] == [
        '  level[["What to do now: none"]]:::level',
        "  classDef level fill:#ffd7a8,stroke:#d35400",
    ]


def test_a_bad_format_names_the_value_and_the_choices() -> None:
    """Any format but dot or mermaid raises InvalidValueError (a ValueError) saying both."""
    with pytest.raises(InvalidValueError) as caught:
        odd_report().graph("svg")  # type: ignore[arg-type]
    assert str(caught.value) == 'the graph format is "dot" or "mermaid", not \'svg\''
    assert caught.value.fact == "format"
    assert isinstance(caught.value, ValueError)


def test_the_same_report_always_gives_the_same_text() -> None:
    """Repeated calls, a JSON round trip and a reordered trace give the very same text."""
    report = stored_report("aux_heat_outdoor_idle")
    reordered = attrs.evolve(report, trace=tuple(reversed(report.trace)))
    for form in ("dot", "mermaid"):
        text = report.graph(form)
        assert report.graph(form) == text
        assert Report.from_dict(json.loads(report.to_json())).graph(form) == text
        assert reordered.graph(form) == text


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdin=io.StringIO(""), stdout=out)
    return status, out.getvalue()


@pytest.mark.parametrize("form", ["dot", "mermaid"])
def test_cli_graph_prints_the_reports_picture(form: Form) -> None:
    """diagnose --graph dot|mermaid prints exactly report.graph(...) instead of the report."""
    status, text = run("diagnose", "smell=electrical_burning", "--graph", form)
    assert status == 0
    assert text == diagnose(smell="electrical_burning").graph(form)


def test_cli_graph_svg_is_drawn_by_graphviz() -> None:
    """diagnose --graph svg prints an SVG drawn by the real dot (fails when it is missing)."""
    assert shutil.which("dot"), "Graphviz's dot is needed: apt install graphviz"
    status, text = run("diagnose", "smell=electrical_burning", "--graph", "svg")
    assert status == 0
    assert text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n')
    assert text.rstrip().endswith("</svg>")
    assert "<title>rule_electrical_electrical_burning_smell&#45;&gt;level</title>" in text


def test_cli_graph_svg_without_dot_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no dot on PATH, --graph svg exits 2, naming Graphviz and its Debian package."""
    monkeypatch.setenv("PATH", str(tmp_path))
    status, text = run("diagnose", "smell=electrical_burning", "--graph", "svg")
    assert (status, text) == (2, "")
    assert capsys.readouterr().err == (
        "heatpump-expert: --graph svg needs Graphviz's dot program, which is not on PATH: "
        "install Graphviz (Debian and Ubuntu: apt install graphviz), or print --graph dot and "
        "render it elsewhere\n"
    )


def test_cli_graph_refuses_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    """--graph png is refused by the argument parser (exit 2), listing the formats."""
    with pytest.raises(SystemExit) as caught:
        run("diagnose", "smell=electrical_burning", "--graph", "png")
    assert caught.value.code == 2
    assert "(choose from 'dot', 'mermaid', 'svg')" in capsys.readouterr().err


def test_dot_that_fails_is_reported_with_its_message() -> None:
    """When dot rejects its input, the library's error carries dot's exit status and message."""
    assert shutil.which("dot"), "Graphviz's dot is needed: apt install graphviz"
    with pytest.raises(HeatpumpExpertError, match=r"^Graphviz's dot failed \(exit 1\): .*syntax"):
        render_svg("digraph {")

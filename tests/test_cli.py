"""The heatpump-expert command line: reports, JSON, standard input, vocabulary, rule checks."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from heatpump_expert._interfaces.cli import main


def run(*argv: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdin=io.StringIO(stdin), stdout=out)
    return status, out.getvalue()


def test_diagnose_prints_the_readable_report() -> None:
    """fact=value pairs give the homeowner's report, its plain sentence first, exit 0."""
    status, text = run("diagnose", "mode=cool", "reduced_cooling=true", "visible_debris=leaves")
    assert status == 0
    assert text.startswith("You can fix this yourself: the most likely cause is airflow blocked")
    assert "\nSafety first:\n" in text and "power_off_before_opening" not in text


def test_diagnose_technician_keeps_the_detail() -> None:
    """--technician prints the technician's view: codes, levels and every advisory in full."""
    status, text = run("diagnose", "smell=electrical_burning", "--technician")
    assert status == 0
    assert "[DANGER electrical_hazard_shutdown]" in text
    assert "What to do now: emergency (Shut the system off now)" in text
    assert "(rule electrical.electrical_burning_smell)" in " ".join(text.split())


def test_diagnose_wraps_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """The report is wrapped to the terminal's width (COLUMNS, as shutil reads it)."""
    monkeypatch.setenv("COLUMNS", "50")
    status, text = run("diagnose", "mode=heat", "outdoor_ice=heavy_ice")
    assert status == 0
    assert max(len(line) for line in text.splitlines()) <= 50


def test_diagnose_json_is_the_reports_json() -> None:
    """--json prints exactly report.to_json()."""
    from heatpump_expert import diagnose

    status, text = run("diagnose", "mode=cool", "reduced_cooling=true", "--json")
    assert status == 0
    assert text == diagnose(mode="cool", reduced_cooling=True).to_json() + "\n"


def test_numbers_and_units_on_the_command_line() -> None:
    """Numbers are read as numbers, and °C is converted like in the library."""
    status, text = run("diagnose", "outdoor_temp_c=-10", "--json")
    assert status == 0
    assert json.loads(text)["observations"]["outdoor_temp_f"] == 14.0


def test_json_on_standard_input() -> None:
    """'-' reads a JSON object of observations from standard input."""
    status, text = run("diagnose", "-", "--json", stdin='{"mode": "cool", "reduced_cooling": true}')
    assert status == 0
    assert json.loads(text)["observations"] == {"mode": "cool", "reduced_cooling": True}


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["diagnose", "reduced_coolin=true"], "", 'Did you mean "reduced_cooling"'),
        (["diagnose", "visible_debris=leafs"], "", "allowed: none, leaves"),
        (["diagnose", "reduced_cooling=maybe"], "", "true or false"),
        (["diagnose", "mode"], "", "expected fact=value"),
        (["diagnose", "-"], "[1, 2]", "JSON object"),
        (["diagnose", "-"], "{oops", "not JSON"),
    ],
)
def test_bad_input_exits_2_with_the_librarys_message(
    argv: list[str], stdin: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input: exit status 2 and a clear message on standard error."""
    status, _ = run(*argv, stdin=stdin)
    assert status == 2
    assert message in capsys.readouterr().err


def test_facts_lists_the_vocabulary() -> None:
    """`facts` lists every fact with its type and question."""
    status, text = run("facts")
    assert status == 0
    assert "visible_debris: one of none, leaves, dirt, snow, vegetation" in text
    assert "temperature_split_f: number (°F difference) [derived]" in text
    assert "outdoor_temp_f: number (°F)" in text


def test_rules_check_reports_problems_with_location(tmp_path: Path) -> None:
    """`rules check PATH` prints each problem with file and line, and exits 1."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nfacts: {x: {type: bool}}\n", encoding="utf-8")
    status, text = run("rules", "check", str(bad))
    assert status == 1
    assert "bad.yaml:2" in text and "problem" in text


def test_rules_check_of_the_builtin_knowledge_base_is_clean() -> None:
    """`rules check` on the shipped knowledge base finds nothing."""
    assert run("rules", "check") == (0, "0 problems found\n")


def test_diagnose_how_explains_each_conclusion() -> None:
    """--how adds the HOW explanation: each conclusion with its rules and observed facts."""
    status, text = run("diagnose", "mode=cool", "visible_debris=leaves", "--how")
    assert status == 0
    assert "How these conclusions were reached:" in text
    assert "rule airflow.debris_against_outdoor_unit" in text and "visible_debris = leaves" in text


def test_consult_reads_answers_until_end_of_input() -> None:
    """consult takes numbered answers and skips from standard input, then prints the report."""
    status, text = run("consult", "reduced_cooling=true", stdin="s\ns\n1\n")
    assert status == 0
    assert text.count("answer (? why, s skip, q quit):") >= 3
    assert "\nWhat it most likely is (and what you can do):\n" in text


def test_consult_shows_a_command_line_hazard_at_once() -> None:
    """A gas smell given on the command line: its advisory comes first, then the report."""
    status, text = run("consult", "smell=rotten_egg", "dual_fuel=true", stdin="")
    assert status == 0
    advisory = text.index("! DANGER: A rotten-egg or gas smell")
    assert advisory < text.index("Shut the system off now: the most likely cause is possible gas")
    assert text.index("So far: Shut the system off now.") > advisory


def test_consult_reads_the_words_people_type() -> None:
    """Not knowing ("don't know", "not sure", "dunno") skips a question whatever its type: none is refused."""
    answers = "don't know\nnot sure\nDunno\n"
    status, text = run("consult", "mode=cool", "reduced_cooling=true", stdin=answers)
    assert status == 0
    assert "is not" not in text and text.count("answer (? why") == 4  # 3 skipped, then the end
    assert "What it most likely is" in text

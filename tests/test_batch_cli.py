"""heatpump-expert batch: a JSON line per input, keyed by line and id; exit 2 only if unreadable."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from heatpump_expert import diagnose
from heatpump_expert._interfaces.cli import main


def run(*argv: str, stdin: str = "") -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    status = main(["batch", *argv], stdin=io.StringIO(stdin), stdout=out)
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def test_jsonl_gives_one_line_per_input_keyed_by_line_number_and_id(tmp_path: Path) -> None:
    """Each JSON object is diagnosed; "id" is the key, not a fact; blank lines are skipped;
    a bad line is an error line with its number, and the run goes on (exit 0)."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "unit-1", "mode": "cool", "reduced_cooling": true}\n'
        "\n"
        '{"mode": "bogus"}\n'
        "not json\n"
        "[1, 2]\n"
        '{"id": 7, "smell": "electrical_burning"}\n',
        encoding="utf-8",
    )
    status, lines = run(str(source))
    assert status == 0
    assert [(line["line"], line["id"]) for line in lines] == [
        (1, "unit-1"), (3, None), (4, None), (5, None), (6, 7)
    ]  # fmt: skip
    assert lines[0]["report"] == diagnose(mode="cool", reduced_cooling=True).to_dict()
    assert lines[4]["report"] == diagnose(smell="electrical_burning").to_dict()
    assert [line["error"]["type"] for line in lines[1:4]] == [
        "InvalidValueError", "InputError", "InputError"
    ]  # fmt: skip
    assert lines[1]["error"]["fact"] == "mode"
    assert lines[2]["error"] == {
        "type": "InputError", "fact": None, "message": "line 4 is not JSON: Expecting value"
    }  # fmt: skip
    assert lines[3]["error"]["message"] == "line 5 must hold a JSON object of fact: value"


def test_csv_cells_are_read_by_the_facts_type_and_empty_cells_are_unknown(tmp_path: Path) -> None:
    """true/false and numbers become booleans and numbers, aliases convert, an empty cell is
    unknown; a cell that is not of its fact's type, or a row of the wrong width, is an error
    line naming the line (the header is line 1)."""
    source = tmp_path / "in.csv"
    source.write_text(
        "id,mode,reduced_cooling,outdoor_temp_c\n"
        "A,cool,true,30\n"
        "B,heat,maybe,\n"
        ",,,\n"
        "C,cool\n"
        ",off,FALSE,-5.5\n",
        encoding="utf-8",
    )
    status, lines = run(str(source))
    assert status == 0
    assert [(line["line"], line["id"]) for line in lines] == [
        (2, "A"), (3, "B"), (5, "C"), (6, None)
    ]  # fmt: skip
    expected = diagnose(mode="cool", reduced_cooling=True, outdoor_temp_c=30).to_dict()
    assert lines[0]["report"] == expected
    assert lines[1]["error"] == {
        "type": "InvalidValueError",
        "fact": "reduced_cooling",
        "message": "'reduced_cooling' is true or false, not 'maybe'",
    }
    assert lines[2]["error"]["message"] == "line 5 has 2 cells, the first line names 4"
    expected = diagnose(mode="off", reduced_cooling=False, outdoor_temp_c=-5.5).to_dict()
    assert lines[3]["report"] == expected


def test_output_goes_to_the_file_named_by_o(tmp_path: Path) -> None:
    """-o writes the JSON lines there and nothing to standard output."""
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text('{"mode": "cool"}\n', encoding="utf-8")
    status, printed = run(str(source), "-o", str(target))
    assert (status, printed) == (0, [])
    written = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert written == [{"line": 1, "id": None, "report": diagnose(mode="cool").to_dict()}]


def test_standard_input_is_read_as_jsonl_or_as_csv_with_format() -> None:
    """'-' reads standard input: JSON lines, or CSV with --format csv."""
    assert run("-", stdin='{"mode": "heat"}\n')[1][0]["report"] == diagnose(mode="heat").to_dict()
    lines = run("-", "--format", "csv", stdin="mode\nheat\n")[1]
    assert lines == [{"line": 2, "id": None, "report": diagnose(mode="heat").to_dict()}]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.csv", None, "cannot read {path}: No such file or directory"),
        ("in.txt", "", "{path}: cannot tell the format from its name"),
        ("in.jsonl", b'{"mode": "heat"}\n\xff\n', "{path} is not UTF-8 text: invalid start byte"),
        ("in.csv", "", "{path} is empty: its first line names the facts"),
        ("in.csv", "mode,mode\nheat,heat\n", "{path}: the column 'mode' is there twice"),
        (
            "in.csv",
            "mode,reduced_coolin\ncool,true\n",
            "{path}, first line: unknown fact 'reduced_coolin'. Did you mean \"reduced_cooling\"?",
        ),
    ],
)
def test_input_that_cannot_be_read_exits_2_with_a_clear_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes | None,
    message: str,
) -> None:
    """An unreadable file, an unknown format, text that is not UTF-8, or a CSV header that is
    empty, repeats a column or names an unknown fact: exit 2, the reason on standard error."""
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    status, _ = run(str(path))
    assert status == 2
    assert capsys.readouterr().err.startswith("heatpump-expert: " + message.format(path=path))


def test_a_progress_bar_is_drawn_on_standard_error_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not on a terminal: nothing on standard error. On one: the bar, with the line count."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"mode": "cool"}\n{"mode": "heat"}\n', encoding="utf-8")
    assert run(str(source))[0] == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    status, lines = run(str(source))
    assert (status, len(lines)) == (0, 2)
    assert capsys.readouterr().err.endswith("] 2/2 diagnosed\n")

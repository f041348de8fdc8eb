"""The strict YAML reader gives the same data and lines on libyaml as on pure Python."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from heatpump_expert._knowledge.files import builtin_rules_dir, rule_files
from heatpump_expert._knowledge.yaml_limits import MAX_DEPTH, RuleFileError
from heatpump_expert._knowledge.yaml_reader import LOADERS, LineDict, LineList, read_yaml

pytestmark = pytest.mark.skipif("libyaml" not in LOADERS, reason="PyYAML built without libyaml")


def _with_lines(node: Any) -> Any:
    """The data with every mapping's and sequence's lines, to compare two readings exactly."""
    if isinstance(node, LineDict):
        items = {k: _with_lines(v) for k, v in node.items()}
        return ("map", node.line, tuple(sorted(node.key_lines.items())), items)
    if isinstance(node, LineList):
        return ("seq", node.line, [_with_lines(v) for v in node])
    return (type(node).__name__, node)


def test_every_builtin_file_reads_the_same_on_both_parsers() -> None:
    """Same values, same types (on/off stay text), same line of every node and key."""
    for path in rule_files([builtin_rules_dir()]):
        text = path.read_text(encoding="utf-8")
        fast = read_yaml(text, path.name, parser="libyaml")
        slow = read_yaml(text, path.name, parser="python")
        assert _with_lines(fast) == _with_lines(slow), path.name


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", 3),  # a duplicate key is refused where it is repeated
        ("a:\n  - 1\n - 2\n", 3),  # bad indentation
        ("a: [1, 2\n", 2),  # an unclosed flow sequence
    ],
)
def test_errors_point_at_the_same_line_on_both_parsers(text: str, line: int) -> None:
    """A broken file is refused by both parsers, at the same line."""
    lines = []
    for parser in ("libyaml", "python"):
        with pytest.raises(yaml.MarkedYAMLError) as caught:
            read_yaml(text, "broken.yaml", parser=parser)
        mark = caught.value.problem_mark
        assert mark is not None
        lines.append(mark.line + 1)
    assert lines == [line, line]


def test_on_and_off_stay_text_and_only_true_false_are_booleans() -> None:
    """YAML 1.1 would read on/off/yes/no as booleans; rule files keep them as text."""
    data = read_yaml("a: on\nb: off\nc: yes\nd: true\ne: False\n", "x.yaml")
    assert dict(data) == {"a": "on", "b": "off", "c": "yes", "d": True, "e": False}


RULE = "rules:\n  - id: t.a\n    when: []\n    note: {value}\n"


@pytest.mark.parametrize(
    ("text", "line", "rule", "problem"),
    [
        (RULE.format(value=".nan"), 4, "t.a", "'.nan' is not a finite number"),
        (RULE.format(value="-.inf"), 4, "t.a", "'-.inf' is not a finite number"),
        (RULE.format(value="1" * 21), 4, "t.a", "an integer of 21 digits is too large (at most 20)"),
        (RULE.format(value="&a [1, *a]"), 4, "t.a",
         "a YAML alias that holds itself (a value inside its own anchor)"),
        (RULE.format(value="!!set {a, b}"), 4, "t.a", "the YAML type 'set' is not allowed"),
        ("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n", 1, None,
         f"nested more than {MAX_DEPTH} levels deep"),
        ("a: 1\n? [x, y]\n: 2\n", 2, None,
         "a mapping key must be text or a whole number, not a sequence"),
    ],
)  # fmt: skip
def test_both_parsers_refuse_what_rule_files_may_not_hold(
    text: str, line: int, rule: str | None, problem: str
) -> None:
    """The same refusal, line and rule on libyaml as on pure Python, before anything is built."""
    for parser in ("libyaml", "python"):
        with pytest.raises(RuleFileError) as caught:
            read_yaml(text, "hostile.yaml", parser=parser)
        mark = caught.value.problem_mark
        assert mark is not None
        assert (caught.value.problem, mark.line + 1, caught.value.rule) == (problem, line, rule)


def test_a_value_used_twice_through_an_alias_reads_as_written_out() -> None:
    data = read_yaml("a: &x [1, 2]\nb: *x\n", "shared.yaml")
    assert dict(data) == {"a": [1, 2], "b": [1, 2]}

"""Loading a knowledge base validates it, and every problem says file, line and rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from heatpump_expert import KnowledgeBaseError, Problem, check_knowledge_base, load_knowledge_base

from .kb_factory import make_kb, rule, write_kb

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}


def _problems(folder: Path) -> list[str]:
    return [str(p) for p in check_knowledge_base(folder)]


def test_builtin_knowledge_base_is_sound() -> None:
    """The shipped rules/ reports no problem."""
    assert [str(p) for p in check_knowledge_base()] == []


def test_unknown_fact_names_file_line_rule_and_suggestion(tmp_path: Path) -> None:
    """A misspelt fact in a condition is reported where it is, with the closest fact."""
    folder = write_kb(tmp_path, [rule("t.a", [{"fact": "dirtyy", "equals": True}], DIRT)])
    [problem] = check_knowledge_base(folder)
    assert (problem.file, problem.rule) == ("kb/rules.yaml", "t.a")
    assert problem.line == 8  # the condition's own line
    assert "unknown fact 'dirtyy'" in problem.message and 'Did you mean "dirty"' in problem.message


def test_value_outside_enum_is_reported(tmp_path: Path) -> None:
    """An enum value that the fact does not have lists the allowed values."""
    folder = write_kb(tmp_path, [rule("t.a", [{"fact": "mode", "equals": "cooling"}], DIRT)])
    assert _problems(folder) == [
        "kb/rules.yaml:8: rule t.a: 'cooling' is not a value of 'mode' (heat, cool, off). "
        'Did you mean "cool"?'
    ]


def test_conclusion_without_catalogue_entry(tmp_path: Path) -> None:
    """A diagnosis or advisory code missing from the catalogues is an error."""
    folder = write_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirtt", "certainty": 0.5}], "advisories": ["shok"]}),
    ])  # fmt: skip
    problems = _problems(folder)
    assert len(problems) == 2
    assert "unknown diagnosis 'dirtt'" in problems[0] and "unknown advisory 'shok'" in problems[1]


def test_duplicate_rule_id(tmp_path: Path) -> None:
    """Two rules with one id: the second is reported, naming the first's file."""
    folder = write_kb(
        tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], dict(DIRT)) for _ in "12"]
    )
    assert _problems(folder) == [
        "kb/rules.yaml:16: rule t.a: duplicate rule id (first defined in kb/rules.yaml)"
    ]


def test_condition_on_a_conclusion_no_rule_produces(tmp_path: Path) -> None:
    """Testing a diagnosis that nothing concludes can never hold: an error."""
    folder = write_kb(tmp_path, [rule("t.a", [{"diagnosis": "leak"}], DIRT)])
    assert "no active rule concludes diagnosis 'leak'" in _problems(folder)[0]


def test_cycle_of_conclusions_is_refused(tmp_path: Path) -> None:
    """Rules whose conclusions feed each other are reported."""
    folder = write_kb(tmp_path, [
        rule("t.a", [{"diagnosis": "leak"}], DIRT),
        rule("t.b", [{"diagnosis": "dirt"}], {"diagnoses": [{"code": "leak", "certainty": 0.5}]}),
    ])  # fmt: skip
    problems = _problems(folder)
    assert len(problems) == 2 and all("cycle" in p for p in problems)


def test_duplicate_yaml_key_is_refused_with_its_line(tmp_path: Path) -> None:
    """A mapping with the same key twice is a parse error at the second key."""
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "x.yaml").write_text("schema_version: 1\npolicy: {}\npolicy: {}\n", encoding="utf-8")
    [problem] = check_knowledge_base(folder)
    assert problem.line == 3 and "duplicate key 'policy'" in problem.message


def test_unknown_key_is_refused_by_the_schema(tmp_path: Path) -> None:
    """The schema is closed: an unexpected key in a rule names the rule and its line."""
    folder = write_kb(
        tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT, severity="high")]
    )
    [problem] = check_knowledge_base(folder)
    assert (problem.rule, problem.line) == ("t.a", 4)
    assert "'severity' was unexpected" in problem.message


def test_malformed_condition_explains_the_forms(tmp_path: Path) -> None:
    """A condition with two tests says what a condition looks like."""
    folder = write_kb(
        tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True, "in": [True]}], DIRT)]
    )
    [problem] = check_knowledge_base(folder)
    assert problem.rule == "t.a" and "exactly one of" in problem.message


def test_on_and_off_stay_strings_in_rule_files(tmp_path: Path) -> None:
    """`equals: off` in YAML means the string 'off', never False."""
    folder = write_kb(tmp_path, [])
    (folder / "rules.yaml").write_text(
        "schema_version: 1\nsubsystem: t\nrules:\n  - id: t.off\n    title: Off\n    status: active\n"
        "    when: [{fact: mode, equals: off}]\n    then: {advisories: [note]}\n    sources: [S1]\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(folder)
    assert [a.code for a in kb.diagnose(mode="off").advisories] == ["note"]


def test_collect_all_reports_every_problem_at_once(tmp_path: Path) -> None:
    """load_knowledge_base raises once, listing all problems of all files."""
    folder = write_kb(tmp_path, [
        rule("t.a", [{"fact": "dirtyy", "equals": True}], DIRT),
        rule("t.b", [{"fact": "mode", "equals": "cooling"}], DIRT),
        rule("t.c", [{"fact": "dirty", "equals": True}], DIRT, sources=["S99"]),
    ])  # fmt: skip
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(folder)
    assert [p.rule for p in caught.value.problems] == ["t.a", "t.b", "t.c"]
    assert str(caught.value).startswith("3 problems in the knowledge base:")


def test_refrigerant_diagnosis_must_escalate_to_the_policy_minimum(tmp_path: Path) -> None:
    """The safety policy is checked against the catalogue when loading."""
    folder = write_kb(tmp_path, [], diagnoses={"leak": {
        "title": "Leak", "kind": "fault", "subsystem": "refrigerant", "refrigerant_side": True,
        "description": "Leak.", "escalation": "diy", "actions": [{"text": "x", "who": "owner", "power_off": False}],
        "sources": ["S1"]}})  # fmt: skip
    assert any("refrigerant-side but escalates to diy" in p for p in _problems(folder))


def test_a_tool_can_add_its_own_rules_on_top_of_the_builtin_ones(tmp_path: Path) -> None:
    """include_builtin=True loads the shipped files first, then the tool's own."""
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "schema_version: 1\nsubsystem: mytool\nrules:\n  - id: mytool.squeak\n    title: Squeak\n"
        "    status: active\n    when: [{fact: noise, equals: squealing}, {fact: brand, matches_family: acme}]\n"
        "    then: {diagnoses: [{code: motor_bearing_wear, certainty: 0.9}]}\n    sources: [S43]\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base(extra, include_builtin=True)
    report = kb.diagnose(noise="squealing", brand="ACME Corp")
    assert report.diagnoses[0].code == "motor_bearing_wear"


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """An empty folder is reported as holding no rule files."""
    assert "no YAML files found" in _problems(tmp_path)[0]


def test_small_kb_factory_builds(tmp_path: Path) -> None:
    """The test factory's base knowledge base loads (guards the other tests' premise)."""
    assert make_kb(tmp_path, []).diagnose().diagnoses == ()


def test_two_rules_deriving_one_fact_must_exclude_each_other(tmp_path: Path) -> None:
    """A derived value must not depend on which rule happened to fire first."""
    derive = {
        "derive": [{"fact": "split_f", "difference": ["return_air_temp_f", "supply_air_temp_f"]}]
    }
    overlapping = write_kb(tmp_path, [
        rule("t.a", [{"fact": "mode", "in": ["cool", "heat"]}], derive),
        rule("t.b", [{"fact": "mode", "equals": "cool"}], derive),
    ])  # fmt: skip
    assert "both could fire" in _problems(overlapping)[0]
    exclusive = write_kb(tmp_path, [
        rule("t.a", [{"fact": "mode", "equals": "heat"}], derive),
        rule("t.b", [{"fact": "mode", "equals": "cool"}], derive),
    ])  # fmt: skip
    assert _problems(exclusive) == []


def test_derivations_excluded_by_number_ranges_are_accepted(tmp_path: Path) -> None:
    """Bands like below 12 / at least 12 exclude each other; overlapping ranges do not."""
    derive = {
        "derive": [{"fact": "split_f", "difference": ["return_air_temp_f", "supply_air_temp_f"]}]
    }
    banded = write_kb(tmp_path, [
        rule("t.a", [{"fact": "outdoor_temp_f", "below": 12}], derive),
        rule("t.b", [{"fact": "outdoor_temp_f", "at_least": 12}], derive),
        rule("t.c", [{"fact": "outdoor_temp_f", "between": [-40, -30]}, {"fact": "mode", "equals": "off"}], derive),
    ])  # fmt: skip
    assert [p for p in _problems(banded) if "t.c" in p] != []
    assert [p for p in _problems(banded) if "t.b" in p] == []


def test_a_problem_is_an_error_unless_it_says_it_is_a_warning() -> None:
    """Warnings (a pack's evidence against a built-in hazard) say so where they are printed."""
    assert Problem("m", "f.yaml", 3, "t.a").severity == "error"
    assert str(Problem("m", "f.yaml", 3, "t.a")) == "f.yaml:3: rule t.a: m"
    assert str(Problem("m", "f.yaml", 3, "t.a", "warning")) == "f.yaml:3: rule t.a: warning: m"

"""Every load-time check refuses what it is for, and says where (file, line, rule).

One case per check of the loader that the other loading tests do not reach: each writes a small
knowledge base with exactly one fault and expects exactly the problems that fault brings.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from heatpump_expert import check_knowledge_base

from .kb_factory import BASE, rule, write_kb

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}
WHEN_DIRTY = [{"fact": "dirty", "equals": True}]


def _problems(folder: Path) -> list[str]:
    return [str(p) for p in check_knowledge_base(folder)]


def _with_base(tmp_path: Path, edit: Any, rules: list[dict[str, Any]] | None = None) -> Path:
    """The factory's knowledge base with ``edit(base)`` applied to its base file."""
    folder = write_kb(tmp_path, rules if rules is not None else [rule("t.a", WHEN_DIRTY, DIRT)])
    import yaml

    base = copy.deepcopy(BASE)
    edit(base)
    (folder / "base.yaml").write_text(yaml.safe_dump(base, sort_keys=False), encoding="utf-8")
    return folder


def test_a_file_that_is_not_utf8_cannot_be_read(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [])
    (folder / "latin1.yaml").write_bytes("note: caf\xe9\n".encode("latin-1"))
    [problem] = _problems(folder)
    assert problem.startswith("kb/latin1.yaml: cannot read the file:")


def test_a_control_character_is_invalid_yaml(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [])
    (folder / "bell.yaml").write_text("schema_version: 1\nnote: \x07\n", encoding="utf-8")
    [problem] = _problems(folder)
    assert problem.startswith("kb/bell.yaml") and "invalid YAML" in problem


def test_a_file_must_hold_a_mapping(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [])
    (folder / "list.yaml").write_text("- 1\n- 2\n", encoding="utf-8")
    assert _problems(folder) == [
        "kb/list.yaml:1: the file must hold a mapping with schema_version: 1"
    ]


def test_a_second_policy_section_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [])
    text = (folder / "base.yaml").read_text(encoding="utf-8")
    policy = text[text.index("policy:") :]
    (folder / "more.yaml").write_text("schema_version: 1\n" + policy, encoding="utf-8")
    assert _problems(folder) == ["kb/more.yaml: a second `policy` section; only one is allowed"]


def test_a_knowledge_base_needs_a_policy(tmp_path: Path) -> None:
    folder = _with_base(tmp_path, lambda base: base.pop("policy"))
    assert _problems(folder) == [
        "<knowledge base>: no `policy` section in any file of the knowledge base"
    ]


def test_a_name_defined_in_two_files_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [])
    (folder / "more.yaml").write_text(
        "schema_version: 1\nsources:\n  S1: {tier: A, title: Again}\n", encoding="utf-8"
    )
    assert _problems(folder) == ["kb/more.yaml:3: source 'S1' is defined twice"]


def test_an_unknown_source_is_named_in_a_rule(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT, sources=["S9"])])
    assert _problems(folder) == ["kb/rules.yaml:4: rule t.a: unknown source 'S9'."]


def test_a_diagnosis_naming_an_unknown_advisory_is_refused(tmp_path: Path) -> None:
    folder = _with_base(tmp_path, lambda b: b["diagnoses"]["dirt"].update(advisories=["shok"]))
    [problem] = _problems(folder)
    assert (
        "diagnosis 'dirt': unknown advisory 'shok'." in problem
        and 'Did you mean "shock"' in problem
    )


def test_a_normal_finding_never_asks_for_the_power_off(tmp_path: Path) -> None:
    def edit(base: dict[str, Any]) -> None:
        base["diagnoses"]["fine"]["actions"][0]["power_off"] = True

    [problem] = _problems(_with_base(tmp_path, edit))
    assert problem.endswith("normal diagnosis 'fine' asks for the power off")


def test_a_fact_derived_from_an_unknown_fact_is_refused(tmp_path: Path) -> None:
    def edit(base: dict[str, Any]) -> None:
        base["facts"]["split_f"]["derived_from"] = ["return_air_temp_f", "supply_temp_f"]

    [problem] = _problems(_with_base(tmp_path, edit))
    assert problem.endswith("fact 'split_f' is derived from unknown fact 'supply_temp_f'")


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("power_off_advisory", "policy: unknown advisory 'power_of'."),
        ("refrigerant_advisory", "policy: unknown advisory 'power_of'."),
    ],
)
def test_the_policy_names_advisories_that_exist(tmp_path: Path, key: str, message: str) -> None:
    [problem] = _problems(_with_base(tmp_path, lambda b: b["policy"].update({key: "power_of"})))
    assert message in problem


def test_the_unsure_owner_policy_names_a_fact_that_exists(tmp_path: Path) -> None:
    folder = _with_base(tmp_path, lambda b: b["policy"]["unsure_owner"].update(fact="diy_ok"))
    [problem] = _problems(folder)
    assert "policy: unsure_owner: unknown fact 'diy_ok'" in problem


def test_a_rule_id_starts_with_its_files_subsystem(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("airflow.a", WHEN_DIRTY, DIRT)])
    assert _problems(folder) == [
        "kb/rules.yaml:4: rule airflow.a: rule id must start with its file's subsystem 't'"
    ]


def test_a_rule_naming_an_unknown_advisory_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, {"advisories": ["nte"]})])
    assert _problems(folder) == [
        "kb/rules.yaml:4: rule t.a: then: unknown advisory 'nte'. Did you mean \"note\"?"
    ]


def test_a_rule_must_conclude_something(tmp_path: Path) -> None:
    """The schema refuses an empty ``then`` (and empty lists in it), at the rule's line."""
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, {})])
    assert _problems(folder) == ["kb/rules.yaml:10: rule t.a: rules/0/then: {} should be non-empty"]


def test_a_condition_on_an_unknown_diagnosis_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("t.a", [{"diagnosis": "dirtt"}], {"advisories": ["note"]})])
    assert _problems(folder) == [
        "kb/rules.yaml:8: rule t.a: when: unknown diagnosis 'dirtt'. Did you mean \"dirt\"?"
    ]


def test_a_condition_on_a_derived_fact_nobody_derives_can_never_hold(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("t.a", [{"fact": "split_f", "above": 20}], DIRT)])
    assert _problems(folder) == [
        "kb/rules.yaml:8: rule t.a: when: no active rule derives fact 'split_f', "
        "so this can never hold"
    ]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"fact": "dirty", "below": 3}, "when: below needs a number fact; 'dirty' is bool"),
        ({"fact": "mode", "matches_text": ["x"]}, "when: matches_text needs a text fact; 'mode' is enum"),
        ({"fact": "outdoor_temp_f", "between": [40, 10]}, "when: between [40, 10] is empty: the low end comes first"),
        ({"fact": "outdoor_temp_f", "equals": "warm"}, "'outdoor_temp_f' is a number, not 'warm'"),
        ({"fact": "dirty", "equals": "yes"}, "'dirty' is true or false, not 'yes'"),
    ],
)  # fmt: skip
def test_an_operand_the_test_cannot_use_is_refused(
    tmp_path: Path, condition: dict[str, Any], message: str
) -> None:
    folder = write_kb(tmp_path, [rule("t.a", [condition], DIRT)])
    assert _problems(folder) == [f"kb/rules.yaml:8: rule t.a: {message}"]


def test_a_text_operand_must_be_quoted_text(tmp_path: Path) -> None:
    facts = {"brand": {"type": "text", "group": "context", "access": "anyone",
                       "question": "Brand?", "description": "Brand."}}  # fmt: skip
    folder = _with_base(
        tmp_path,
        lambda b: b["facts"].update(facts),
        [rule("t.a", [{"fact": "brand", "equals": 31}], DIRT)],
    )
    assert _problems(folder) == [
        "kb/rules.yaml:8: rule t.a: 'brand' is text, not 31: quote the value in YAML (\"31\")"
    ]


@pytest.mark.parametrize(
    ("derive", "message"),
    [
        ({"fact": "splitt", "value": 1}, "derive: unknown fact 'splitt'. Did you mean \"split_f\"?"),
        ({"fact": "dirty", "value": True}, "derive: fact 'dirty' is an observation; only facts marked derived can be derived"),
        ({"fact": "split_f", "difference": ["return_air_temp_f", "mode"]}, "derive: difference needs number facts; 'mode' is not one"),
        ({"fact": "split_f", "value": "big"}, "derive: 'split_f' is a number, not 'big'"),
    ],
)  # fmt: skip
def test_a_derivation_must_fit_its_fact(
    tmp_path: Path, derive: dict[str, Any], message: str
) -> None:
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, {"derive": [derive]})])
    assert _problems(folder)[0] == f"kb/rules.yaml:4: rule t.a: {message}"


def test_a_difference_must_derive_a_number_fact(tmp_path: Path) -> None:
    facts = {"flag": {"type": "bool", "derived": True, "derived_from": ["return_air_temp_f"],
                      "group": "derived", "access": "anyone", "question": "?", "description": "."}}  # fmt: skip
    derive = {"fact": "flag", "difference": ["return_air_temp_f", "supply_air_temp_f"]}
    folder = _with_base(
        tmp_path,
        lambda b: b["facts"].update(facts),
        [rule("t.a", WHEN_DIRTY, {"derive": [derive]})],
    )
    assert _problems(folder) == [
        "kb/rules.yaml:4: rule t.a: derive: difference gives a number; 'flag' is bool"
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"when": ["shock"], "withdraw_advisories": ["shock"], "reason": "r"},
         "hazard advisory 'shock' may not be withdrawn or replaced"),
        ({"when": ["shock"], "replace_advisories": {"power_off": "note"}, "reason": "r"},
         "'power_off' may not be replaced by the milder 'note'"),
        ({"when": ["shok"], "reason": "r"}, "hazard_dominance: unknown advisory 'shok'"),
        ({"when": ["shock"], "withdraw_owner_actions_of": ["dirtt"], "reason": "r"},
         "hazard_dominance: unknown diagnosis 'dirtt'"),
    ],
)  # fmt: skip
def test_hazard_dominance_can_only_make_safety_advice_firmer(
    tmp_path: Path, entry: dict[str, Any], message: str
) -> None:
    """A pack may not use dominance to withdraw a hazard or swap advice for milder advice."""
    folder = _with_base(tmp_path, lambda b: b["policy"].update(hazard_dominance=[entry]))
    [problem] = _problems(folder)
    assert message in problem


def test_an_action_is_withheld_only_on_observed_facts_with_valid_operands(tmp_path: Path) -> None:
    def edit(base: dict[str, Any]) -> None:
        base["diagnoses"]["dirt"]["actions"][0]["withheld_if"] = [
            {"fact": "outdoor_tmp_f", "below": 35},
            {"fact": "split_f", "above": 3},
            {"fact": "mode", "equals": "auto"},
        ]

    problems = _problems(_with_base(tmp_path, edit))
    where = "diagnosis 'dirt', action 1, withheld_if: "
    assert [p.split(where, 1)[1] for p in problems] == [
        "unknown fact 'outdoor_tmp_f'. Did you mean \"outdoor_temp_f\"?",
        "'split_f' is derived; test an observed fact",
        "'auto' is not a value of 'mode' (heat, cool, off).",
    ]


def test_only_a_text_fact_has_answers_that_mean_not_given(tmp_path: Path) -> None:
    def edit(base: dict[str, Any]) -> None:
        base["facts"]["mode"]["means_not_given"] = ["none"]

    [problem] = _problems(_with_base(tmp_path, edit))
    assert problem.endswith("fact 'mode' is enum: only a text fact takes means_not_given")

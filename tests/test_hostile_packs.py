"""Rule packs are data from strangers: whatever one holds gives located problems, never a crash,
a hang or a knowledge base that is less safe than its invariants.

One regression test per finding of the adversarial review (issue 12): the alias memory bomb,
deep nesting, complex keys, huge integers, ``.nan`` and ``.inf``, reversed ranges, a FIFO named
``*.yaml``, an owner step that opens the unit with the power on, and a pack's evidence against a
built-in hazard; then the other safety invariants the loader now checks, and property tests
over random malformed packs.
"""

from __future__ import annotations

import copy
import io
import os
import string
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heatpump_expert import (
    HeatpumpExpertWarning,
    KnowledgeBaseError,
    Problem,
    check_knowledge_base,
    load_knowledge_base,
)
from heatpump_expert._interfaces.cli import main
from heatpump_expert._knowledge import cache
from heatpump_expert._knowledge.files import MAX_FILE_BYTES
from heatpump_expert._knowledge.yaml_limits import MAX_DEPTH

from .kb_factory import BASE, rule, write_kb

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}
WHEN_DIRTY = [{"fact": "dirty", "equals": True}]


def _problems(*paths: Path, **options: Any) -> list[str]:
    return [str(p) for p in check_knowledge_base(*paths, **options)]


def _pack(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    """The factory's knowledge base with one more file, ``text``."""
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT)])
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def _rule_text(**fields: str) -> str:
    """A rule file of one rule ``t.b``, with ``fields`` as raw YAML lines of the rule."""
    lines = {
        "id": "t.b",
        "title": "B",
        "status": "active",
        "when": "[{fact: noisy, equals: true}]",
        "then": "{diagnoses: [{code: dirt, certainty: 0.5}]}",
        "sources": "[S1]",
        **fields,
    }
    body = "".join(f"    {key}: {value}\n" for key, value in lines.items())
    return "schema_version: 1\nsubsystem: t\nrules:\n  - " + body[4:]


def _with_base(tmp_path: Path, edit: Any) -> Path:
    """The factory's knowledge base with ``edit(base)`` applied to its base file."""
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT)])
    base = copy.deepcopy(BASE)
    edit(base)
    (folder / "base.yaml").write_text(yaml.safe_dump(base, sort_keys=False), encoding="utf-8")
    return folder


# --- the YAML a rule file may hold ---------------------------------------------------------------

BOMB = """\
schema_version: 1
subsystem: t
rules:
  - id: t.bomb
    title: bomb
    status: active
    when: [{fact: dirty, equals: true}]
    then: {advisories: [note]}
    sources: [S1]
    note:
      a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_the_alias_memory_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    """Nested aliases under a rule's note (a few hundred bytes, gigabytes once expanded) are
    refused where they first grow too large, naming the file, the line and the rule."""
    pack = tmp_path / "bomb.yaml"
    pack.write_text(BOMB, encoding="utf-8")
    assert _problems(pack, include_builtin=True) == [
        f"{pack}:16: rule t.bomb: YAML aliases here expand to over 100,000 more values than the "
        "file holds: write the values out"
    ]


def test_a_value_shared_by_aliases_reads_as_written_out(tmp_path: Path) -> None:
    """PyYAML writes a value shared between rules as an anchor and aliases: that loads."""
    shared = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}
    folder = write_kb(
        tmp_path,
        [rule("t.a", WHEN_DIRTY, shared), rule("t.b", [{"fact": "noisy", "equals": True}], shared)],
    )
    assert "*id" in (folder / "rules.yaml").read_text(encoding="utf-8")
    assert _problems(folder) == []


def test_an_alias_that_holds_itself_is_refused(tmp_path: Path) -> None:
    folder = _pack(tmp_path, _rule_text(note="&loop [1, *loop]"))
    assert _problems(folder) == [
        "kb/pack.yaml:10: rule t.b: a YAML alias that holds itself (a value inside its own anchor)"
    ]


def test_aliases_may_not_nest_deeper_than_the_limit(tmp_path: Path) -> None:
    levels = "".join(f"      l{n}: &l{n} [*l{n - 1}]\n" for n in range(1, 45))
    text = _rule_text(note="\n      l0: &l0 [x]\n" + levels)
    [problem] = _problems(_pack(tmp_path, text))
    assert problem.endswith(f"rule t.b: nested more than {MAX_DEPTH} levels deep (through aliases)")


def test_nesting_250_deep_is_refused_at_its_line(tmp_path: Path) -> None:
    deep = "[" * 250 + "]" * 250
    folder = _pack(tmp_path, _rule_text(note=deep))
    assert _problems(folder) == [
        f"kb/pack.yaml:10: rule t.b: nested more than {MAX_DEPTH} levels deep"
    ]


def test_block_nesting_is_refused_too(tmp_path: Path) -> None:
    deep = "".join(f"{'  ' * level}k{level}:\n" for level in range(60)) + "  " * 60 + "x: 1\n"
    [problem] = _problems(_pack(tmp_path, "schema_version: 1\n" + deep))
    assert problem.endswith(f"nested more than {MAX_DEPTH} levels deep")
    assert problem.startswith("kb/pack.yaml:")


@pytest.mark.parametrize(
    ("key", "kind"),
    [("? [a, b]\n: 1", "a sequence"), ("? {a: 1}\n: 1", "a mapping"), ("~: 1", "a null value"),
     ("1.5: x", "a float value")],
)  # fmt: skip
def test_a_key_that_is_not_text_or_a_whole_number_is_refused(
    tmp_path: Path, key: str, kind: str
) -> None:
    folder = _pack(tmp_path, f"schema_version: 1\n{key}\n")
    assert _problems(folder) == [
        f"kb/pack.yaml:2: a mapping key must be text or a whole number, not {kind}"
    ]


def test_a_5000_digit_integer_is_refused(tmp_path: Path) -> None:
    folder = _pack(
        tmp_path, _rule_text(then="{diagnoses: [{code: dirt, certainty: " + "9" * 5000 + "}]}")
    )
    assert _problems(folder) == [
        "kb/pack.yaml:8: rule t.b: an integer of 5000 digits is too large (at most 20)"
    ]


@pytest.mark.parametrize(
    ("tag", "name"),
    [("!!binary aGk=", "binary"), ("2024-01-01", "timestamp"), ("!!python/name:os.system", "python/name:os.system")],
)  # fmt: skip
def test_only_plain_yaml_types_are_read(tmp_path: Path, tag: str, name: str) -> None:
    folder = _pack(tmp_path, _rule_text(note=tag))
    assert _problems(folder) == [
        f"kb/pack.yaml:10: rule t.b: the YAML type {name!r} is not allowed"
    ]


def test_a_nan_certainty_is_refused_at_its_rule(tmp_path: Path) -> None:
    """`certainty: .nan` passed the schema and erased a hazard diagnosis with its advisories."""
    folder = _pack(tmp_path, _rule_text(then="{diagnoses: [{code: dirt, certainty: .nan}]}"))
    assert _problems(folder) == ["kb/pack.yaml:8: rule t.b: '.nan' is not a finite number"]


def test_a_nan_certainty_floor_is_refused(tmp_path: Path) -> None:
    """`certainty_floor: .nan` dropped every diagnosis."""
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT)])
    base = folder / "base.yaml"
    text = base.read_text(encoding="utf-8").replace("certainty_floor: 0.2", "certainty_floor: .nan")
    base.write_text(text, encoding="utf-8")
    [problem] = _problems(folder)
    assert problem.startswith("kb/base.yaml:") and problem.endswith("'.nan' is not a finite number")


@pytest.mark.parametrize("number", [".inf", "-.Inf", "1.0e+999"])
def test_an_infinite_operand_is_refused(tmp_path: Path, number: str) -> None:
    when = f"[{{fact: outdoor_temp_f, between: [0, {number}]}}]"
    folder = _pack(tmp_path, _rule_text(when=when))
    assert _problems(folder) == [f"kb/pack.yaml:7: rule t.b: {number!r} is not a finite number"]


def test_a_reversed_range_in_the_vocabulary_is_refused(tmp_path: Path) -> None:
    """`range: [10, 0]` loaded and then refused every value."""
    folder = _with_base(tmp_path, lambda b: b["facts"]["pressure_psi"].update(range=[10, 0]))
    [problem] = _problems(folder)
    assert problem.endswith("fact 'pressure_psi': range [10, 0] is empty: the low end comes first")


def test_a_reversed_between_is_refused(tmp_path: Path) -> None:
    folder = _pack(tmp_path, _rule_text(when="[{fact: outdoor_temp_f, between: [10, 0]}]"))
    assert _problems(folder) == [
        "kb/pack.yaml:7: rule t.b: when: between [10, 0] is empty: the low end comes first"
    ]


def test_a_fifo_named_yaml_is_refused_without_blocking(tmp_path: Path) -> None:
    """In a folder or given by name, a FIFO is never read (reading it hung the loader)."""
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT)])
    os.mkfifo(folder / "pipe.yaml")
    refusal = "cannot read the file: not a regular file (a folder, FIFO, socket or device)"
    assert _problems(folder) == [f"kb/pipe.yaml: {refusal}"]
    assert _problems(folder / "pipe.yaml") == [f"{folder / 'pipe.yaml'}: {refusal}"]


def test_a_folder_named_yaml_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, DIRT)])
    (folder / "odd.yaml").mkdir()
    assert _problems(folder) == [
        "kb/odd.yaml: cannot read the file: not a regular file (a folder, FIFO, socket or device)"
    ]


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "schema_version: 1\n# " + "x" * MAX_FILE_BYTES + "\n")
    assert _problems(folder) == [
        f"kb/pack.yaml: cannot read the file: larger than {MAX_FILE_BYTES:,} bytes"
    ]


def test_a_schema_message_never_repeats_a_huge_value(tmp_path: Path) -> None:
    """The offending value is cut to a short prefix and its length."""
    folder = _pack(tmp_path, _rule_text(status="x" * 100_000))
    [problem] = _problems(folder)
    assert problem.startswith("kb/pack.yaml:6: rule t.b: rules/0/status: 'xxxx")
    assert "… (100,002 characters) is not one of" in problem
    assert len(problem) < 400


def test_every_problem_of_every_file_is_reported_at_once(tmp_path: Path) -> None:
    """One check lists the problems of each broken file, not only the first."""
    folder = _pack(tmp_path, BOMB, name="bomb.yaml")
    (folder / "nan.yaml").write_text(
        _rule_text(id="t.c", then="{diagnoses: [{code: dirt, certainty: .nan}]}"), encoding="utf-8"
    )
    (folder / "key.yaml").write_text("schema_version: 1\n? [a]\n: 1\n", encoding="utf-8")
    assert [p.split(": ", 1)[0] for p in _problems(folder)] == [
        "kb/bomb.yaml:16",
        "kb/key.yaml:2",
        "kb/nan.yaml:8",
    ]


# --- safety invariants, checked at load ----------------------------------------------------------


def _edit_dirt_action(tmp_path: Path, text: str, power_off: bool = False) -> Path:
    def edit(base: dict[str, Any]) -> None:
        base["diagnoses"]["dirt"]["actions"] = [
            {"text": text, "who": "owner", "power_off": power_off}
        ]

    return _with_base(tmp_path, edit)


def test_an_owner_step_that_opens_the_unit_with_the_power_on_is_refused(tmp_path: Path) -> None:
    """The issue's pack: it loaded and reported `diy` with no power-off advisory."""
    folder = _edit_dirt_action(
        tmp_path, "Open the access panel and touch the capacitor terminals to check them."
    )
    assert _problems(folder) == [
        "kb/base.yaml:124: diagnosis 'dirt', action 1: an owner step that says 'open the access "
        "panel' must have power_off: true (concluded by rule t.a) "
        "(safety invariant: power off before opening)"
    ]
    with pytest.raises(KnowledgeBaseError, match="safety invariant: power off before opening"):
        load_knowledge_base(folder)


@pytest.mark.parametrize(
    ("text", "said"),
    [("Touch the capacitor terminals.", "touch the capacitor"),
     ("Remove the leaves from the fan.", "remove"),
     ("Unscrew the front cover.", "unscrew the front cover"),
     ("Rinse the coil with a hose.", "rinse")],
)  # fmt: skip
def test_each_way_of_opening_the_unit_needs_the_power_off(
    tmp_path: Path, text: str, said: str
) -> None:
    [problem] = _problems(_edit_dirt_action(tmp_path, text))
    assert f"an owner step that says {said!r} must have power_off: true" in problem


@pytest.mark.parametrize(
    "text",
    ["Do not open the panel; call a technician.", "Leave it off and never touch the wires.",
     "Open all supply registers."],
)  # fmt: skip
def test_a_step_that_keeps_hands_off_needs_no_power_off(tmp_path: Path, text: str) -> None:
    assert _problems(_edit_dirt_action(tmp_path, text)) == []


def test_the_same_step_with_the_power_off_loads(tmp_path: Path) -> None:
    folder = _edit_dirt_action(tmp_path, "Open the access panel.", power_off=True)
    assert _problems(folder) == []


def test_an_owner_step_may_not_handle_refrigerant(tmp_path: Path) -> None:
    [problem] = _problems(_edit_dirt_action(tmp_path, "Add refrigerant from a can."))
    assert problem.endswith(
        "diagnosis 'dirt', action 1: an owner step may not say 'add refrigerant'; only a certified "
        "technician handles refrigerant or attaches gauges (concluded by rule t.a) "
        "(safety invariant: refrigerant needs a certified technician)"
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda b: b["policy"].update(refrigerant_min_escalation="diy"),
         "policy: refrigerant_min_escalation is diy; a refrigerant-side finding needs at least "
         "routine (safety invariant: refrigerant needs a certified technician)"),
        (lambda b: b["advisories"]["certified"].update(severity="info"),
         "policy: refrigerant_advisory 'certified' is only info; it must be a warning or a danger "
         "(safety invariant: refrigerant needs a certified technician)"),
        (lambda b: b["policy"]["unsure_owner"].update(min_escalation="diy"),
         "policy: unsure_owner: min_escalation is diy; an unsure owner is sent at least to routine "
         "(safety invariant: unsure owner never at diy)"),
        (lambda b: b["policy"].pop("unsure_owner"),
         "policy: no unsure_owner; the policy must name the answer of an owner who is not "
         "comfortable doing checks (safety invariant: unsure owner never at diy)"),
        (lambda b: b["policy"]["unsure_owner"].update(fact="outdoor_temp_f"),
         "policy: unsure_owner: False is not an answer of the observed fact 'outdoor_temp_f'; it "
         "must be a true/false or enum fact that is asked (safety invariant: unsure owner never "
         "at diy)"),
        (lambda b: b["policy"].update(hazard_dominance=[{"when": ["power_off"], "reason": "r"}]),
         "policy: hazard_dominance: hazard advisory 'power_off' is warning; a hazard is a danger "
         "(safety invariant: hazard level)"),
        (lambda b: b["policy"].update(hazard_dominance=[
            {"when": ["shock"], "reason": "r", "min_escalation": "routine"}]),
         "policy: hazard_dominance: min_escalation routine for shock; a hazard asks at least "
         "prompt (safety invariant: hazard level)"),
    ],
)  # fmt: skip
def test_a_policy_that_weakens_safety_is_refused(tmp_path: Path, edit: Any, message: str) -> None:
    assert _problems(_with_base(tmp_path, edit)) == [f"<knowledge base>: {message}"]


def _hazard_base(base: dict[str, Any]) -> None:
    base["policy"]["hazard_dominance"] = [{"when": ["shock"], "reason": "r"}]


def test_a_finding_that_raises_a_hazard_asks_at_least_prompt(tmp_path: Path) -> None:
    def edit(base: dict[str, Any]) -> None:
        _hazard_base(base)
        base["diagnoses"]["leak"]["advisories"] = ["shock"]

    [problem] = _problems(_with_base(tmp_path, edit))
    assert problem.endswith(
        "diagnosis 'leak' raises hazard 'shock' but escalates to routine; a hazard asks at least "
        "prompt (safety invariant: hazard level)"
    )


def test_a_finding_that_raises_a_hazard_does_not_contradict_it(tmp_path: Path) -> None:
    """Not a normal finding, and no owner step with hands on the unit."""

    def edit(base: dict[str, Any]) -> None:
        _hazard_base(base)
        base["diagnoses"]["dirt"].update(advisories=["shock"], escalation="prompt")
        base["diagnoses"]["fine"]["advisories"] = ["shock"]

    problems = _problems(_with_base(tmp_path, edit))
    assert [p.split(": ", 1)[1] for p in problems] == [
        "diagnosis 'dirt' raises hazard 'shock': owner step 1 puts hands on the unit "
        "(power_off: true) while the hazard stands (concluded by rule t.a) "
        "(safety invariant: no advice against a hazard)",
        "diagnosis 'fine' raises hazard 'shock': a hazard is never a normal finding "
        "(safety invariant: no advice against a hazard)",
        "diagnosis 'fine' raises hazard 'shock' but escalates to none; a hazard asks at least "
        "prompt (safety invariant: hazard level)",
    ]


def test_a_rule_that_raises_a_hazard_neither_calms_nor_lowers_it(tmp_path: Path) -> None:
    then = {
        "diagnoses": [{"code": "fine", "certainty": 0.5}],
        "advisories": ["shock"],
        "escalate": {"level": "routine", "reason": "r"},
    }
    folder = write_kb(
        tmp_path,
        [rule("t.a", WHEN_DIRTY, then)],
        policy={"hazard_dominance": [{"when": ["shock"], "reason": "r"}]},
    )
    assert _problems(folder) == [
        "kb/rules.yaml:4: rule t.a: raises hazard 'shock' and concludes the normal finding 'fine' "
        "(safety invariant: no advice against a hazard)",
        "kb/rules.yaml:4: rule t.a: raises hazard 'shock' but escalates to routine; a hazard asks "
        "at least prompt (safety invariant: hazard level)",
    ]


def test_no_rule_reasons_on_the_owners_comfort(tmp_path: Path) -> None:
    """It changes a report only through the policy, which lifts an unsure owner above diy."""
    when = [{"fact": "diy_comfortable", "equals": False}]
    folder = write_kb(tmp_path, [rule("t.a", when, DIRT)])
    assert _problems(folder) == [
        "kb/rules.yaml:4: rule t.a: tests 'diy_comfortable'; the owner's comfort changes a report "
        "only through the policy (safety invariant: unsure owner never at diy)"
    ]


CALMING_PACK = """\
schema_version: 1
subsystem: refrigerant
rules:
  - id: refrigerant.pack_calm
    title: Calm
    status: active
    when: [{fact: mode, equals: cool}]
    then: {diagnoses: [{code: low_refrigerant_charge, certainty: -0.9}]}
    sources: [S1]
"""
CALMING_WARNING = (
    "calm/calm.yaml:4: rule refrigerant.pack_calm: warning: negative evidence (-0.9) against the "
    "built-in refrigerant-side finding 'low_refrigerant_charge': it can lower or remove a safety "
    "finding (safety invariant: a pack's evidence against built-in safety; refused with strict)"
)


@pytest.fixture
def calming_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "calm"
    folder.mkdir()
    (folder / "calm.yaml").write_text(CALMING_PACK, encoding="utf-8")
    return folder


def test_a_packs_evidence_against_a_builtin_refrigerant_finding_is_a_warning(
    calming_pack: Path,
) -> None:
    """It loads (reported, never silent), and ``strict=True`` refuses it."""
    [problem] = check_knowledge_base(calming_pack, include_builtin=True)
    assert (str(problem), problem.severity) == (CALMING_WARNING, "warning")
    with pytest.warns(HeatpumpExpertWarning) as warned:
        kb = load_knowledge_base(calming_pack, include_builtin=True)
    assert [str(w.message) for w in warned] == [CALMING_WARNING]
    assert kb.data.warnings == (problem,)
    with pytest.raises(KnowledgeBaseError) as refused:
        load_knowledge_base(calming_pack, include_builtin=True, strict=True)
    assert refused.value.problems == (Problem(**{**_fields(problem), "severity": "error"}),)


def _fields(problem: Problem) -> dict[str, Any]:
    return {k: getattr(problem, k) for k in ("message", "file", "line", "rule", "severity")}


def test_rules_check_reports_the_warning_and_strict_refuses_it(calming_pack: Path) -> None:
    out = io.StringIO()
    assert main(["rules", "check", "--include-builtin", str(calming_pack)], stdout=out) == 0
    assert out.getvalue() == f"{CALMING_WARNING}\n1 problem found (1 warning)\n"
    out = io.StringIO()
    status = main(
        ["rules", "check", "--include-builtin", "--strict", str(calming_pack)], stdout=out
    )
    assert status == 1
    assert out.getvalue() == CALMING_WARNING.replace(" warning:", "") + "\n1 problem found\n"


def test_a_standalone_pack_argues_only_with_itself(tmp_path: Path) -> None:
    """Without the built-in knowledge base, negative evidence in a pack is its own business."""
    then = {"diagnoses": [{"code": "leak", "certainty": -0.5}]}
    assert _problems(write_kb(tmp_path, [rule("t.a", WHEN_DIRTY, then)])) == []


class _Altered:
    """A module file of ``_knowledge`` as the fingerprint reads it, with other content."""

    def __init__(self, name: str) -> None:
        self.name = name

    def read_bytes(self) -> bytes:
        return b"# another version of the checks\n"


def test_the_cache_key_changes_with_the_safety_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprint hashes the checks' code: other safety checks, another cache key."""
    before = cache.library_fingerprint()
    real = resources.files("heatpump_expert._knowledge")
    entries = [_Altered(e.name) if e.name == "safety_checks.py" else e for e in real.iterdir()]
    package = type("Package", (), {"iterdir": lambda self: iter(entries)})()
    monkeypatch.setattr(resources, "files", lambda name: package)
    cache.library_fingerprint.cache_clear()
    try:
        assert cache.library_fingerprint() != before
    finally:
        cache.library_fingerprint.cache_clear()


# --- random malformed packs ----------------------------------------------------------------------

_TOKENS = st.sampled_from(
    [": ", "- ", "\n", "\n  ", "\n    ", "[", "]", "{", "}", ", ", "&a ", "*a", "!!str ", "!!set ",
     "? ", ".nan", ".inf", "1e5", "9" * 40, "true", "~", "'", '"', "#", "rules", "when", "then",
     "id", "t.x", "fact", "dirty", "equals", "between", "certainty", "schema_version", "1", "-0.5",
     "diagnoses", "code", "dirt", "note", "\t", "\x00", "é", "\ufeff", "<<", "|", ">", "%YAML 1.1"]
)  # fmt: skip
_YAMLISH = st.lists(st.one_of(_TOKENS, st.text(string.printable, max_size=5)), max_size=60).map(
    "".join
)
_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
)
_KEYS = st.one_of(st.text(max_size=6), st.integers(-3, 3), st.booleans())
_JSONISH = st.recursive(
    _LEAF,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=25,
)
_FIELDS = st.sampled_from(["id", "title", "status", "when", "then", "sources", "note", "subsystem"])


def _assert_located(problems: tuple[Problem, ...]) -> None:
    """Problems only, each short and naming a file (or the policy, which lives in none)."""
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.file or problem.message.startswith(("policy", "no `policy`"))
        assert len(str(problem)) < 2_000


_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(text=_YAMLISH)
def test_random_yamlish_text_gives_only_located_problems(tmp_path: Path, text: str) -> None:
    folder = _pack(tmp_path, "schema_version: 1\nsubsystem: t\n" + text)
    _assert_located(check_knowledge_base(folder))


@_SETTINGS
@given(field=_FIELDS, value=_JSONISH)
def test_a_random_value_in_a_rule_gives_only_located_problems(
    tmp_path: Path, field: str, value: object
) -> None:
    bad = {**rule("t.b", [{"fact": "noisy", "equals": True}], DIRT), field: value}
    doc = {"schema_version": 1, "subsystem": "t", "rules": [bad]}
    folder = _pack(tmp_path, yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
    _assert_located(check_knowledge_base(folder))

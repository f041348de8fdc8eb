"""How the engine reasons: certainty factors, unknown facts, chaining, escalation, determinism."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from heatpump_expert import EscalationLevel

from .kb_factory import BASE, make_kb, rule

DIRT = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}


def test_two_supporting_rules_combine(tmp_path: Path) -> None:
    """0.6 and 0.5 for one diagnosis combine to 0.6 + 0.5 * 0.4 = 0.8."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], DIRT),
        rule("t.b", [{"fact": "noisy", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.5}]}),
    ])  # fmt: skip
    report = kb.diagnose(dirty=True, noisy=True)
    assert [(d.code, d.certainty) for d in report.diagnoses] == [("dirt", 0.8)]


def test_evidence_against_lowers_certainty(tmp_path: Path) -> None:
    """Support 0.6 with 0.5 against gives 0.6 * (1 - 0.5) = 0.3."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], DIRT),
        rule("t.b", [{"fact": "noisy", "equals": False}], {"diagnoses": [{"code": "dirt", "certainty": -0.5}]}),
    ])  # fmt: skip
    assert kb.diagnose(dirty=True, noisy=False).diagnoses[0].certainty == 0.3


def test_conclusions_under_the_floor_are_dropped(tmp_path: Path) -> None:
    """A diagnosis whose certainty ends below the floor (0.2) is not reported."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], DIRT),
        rule("t.b", [{"fact": "noisy", "equals": False}], {"diagnoses": [{"code": "dirt", "certainty": -0.8}]}),
    ])  # fmt: skip
    assert kb.diagnose(dirty=True, noisy=False).diagnoses == ()


def test_source_tier_weighs_certainty(tmp_path: Path) -> None:
    """A rule citing only a tier-C source counts 0.8 of its certainty."""
    kb = make_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT, sources=["S2"])])
    assert kb.diagnose(dirty=True).diagnoses[0].certainty == 0.48


def test_unknown_is_not_false(tmp_path: Path) -> None:
    """A rule that needs noisy=false does not fire when noisy is simply not given."""
    kb = make_kb(tmp_path, [rule("t.a", [{"fact": "noisy", "equals": False}], DIRT)])
    assert kb.diagnose().diagnoses == ()
    assert [d.code for d in kb.diagnose(noisy=False).diagnoses] == ["dirt"]


def test_known_false_condition_fires_only_when_unknown(tmp_path: Path) -> None:
    """`known: false` holds exactly when the fact was not given."""
    kb = make_kb(
        tmp_path,
        [rule("t.a", [{"fact": "noisy", "known": False}, {"fact": "dirty", "equals": True}], DIRT)],
    )
    assert [d.code for d in kb.diagnose(dirty=True).diagnoses] == ["dirt"]
    assert kb.diagnose(dirty=True, noisy=True).diagnoses == ()


def test_rules_chain_on_conclusions(tmp_path: Path) -> None:
    """A rule conditioned on a diagnosis fires after the diagnosis is settled, and not otherwise."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], DIRT),
        rule("t.b", [{"diagnosis": "dirt"}], {"diagnoses": [{"code": "leak", "certainty": 0.4}]}),
        rule("t.c", [{"diagnosis": "dirt", "present": False}], {"advisories": ["note"]}),
    ])  # fmt: skip
    chained = kb.diagnose(dirty=True)
    assert [d.code for d in chained.diagnoses] == ["dirt", "leak"]
    assert "note" not in [a.code for a in chained.advisories]
    assert [s.rule for s in chained.trace] == ["t.a", "t.b"]
    quiet = kb.diagnose(dirty=False)
    assert [a.code for a in quiet.advisories] == ["note"]


def test_derived_difference_is_computed_and_tested(tmp_path: Path) -> None:
    """A derived fact (return minus supply) enters the observations and feeds later rules."""
    kb = make_kb(tmp_path, [
        rule("t.split", [{"fact": "mode", "equals": "cool"}],
             {"derive": [{"fact": "split_f", "difference": ["return_air_temp_f", "supply_air_temp_f"]}]}),
        rule("t.low", [{"fact": "split_f", "below": 12}], {"diagnoses": [{"code": "leak", "certainty": 0.5}]}),
    ])  # fmt: skip
    report = kb.diagnose(mode="cool", return_air_temp_f=75, supply_air_temp_f=68)
    assert report.observations["split_f"] == 7.0
    assert [d.code for d in report.diagnoses] == ["leak"]
    assert (
        "split_f"
        not in kb.diagnose(mode="heat", return_air_temp_f=75, supply_air_temp_f=68).observations
    )


def test_hazard_escalates_whatever_the_certainty(tmp_path: Path) -> None:
    """A rule's escalate counts even when no diagnosis is reported."""
    kb = make_kb(tmp_path, [
        rule("t.h", [{"fact": "noisy", "equals": True}],
             {"escalate": {"level": "emergency", "reason": "Sparks."}, "advisories": ["shock"]}),
    ])  # fmt: skip
    report = kb.diagnose(noisy=True)
    assert report.escalation.level is EscalationLevel.EMERGENCY
    assert report.escalation.reasons == ("Sparks. (rule t.h)",)
    assert [a.code for a in report.advisories] == ["shock"]


def test_weaker_candidate_sets_if_unresolved_not_the_level(tmp_path: Path) -> None:
    """Leaves first: a weaker refrigerant candidate only says where to go if that fails."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.8}]}),
        rule("t.b", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.3}]}),
    ])  # fmt: skip
    escalation = kb.diagnose(dirty=True).escalation
    assert (escalation.level, escalation.if_unresolved, escalation.who) == (
        "diy",
        "routine",
        "tech",
    )


def test_leading_candidates_decide_the_level(tmp_path: Path) -> None:
    """Two diagnoses within the margin both lead: the higher level wins."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}),
        rule("t.b", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.5}]}),
    ])  # fmt: skip
    escalation = kb.diagnose(dirty=True).escalation
    assert (escalation.level, escalation.who, escalation.if_unresolved) == (
        "routine",
        "certified tech",
        None,
    )


def test_unsure_owner_gets_a_professional(tmp_path: Path) -> None:
    """diy_comfortable=false turns a diy level into routine."""
    kb = make_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT)])
    escalation = kb.diagnose(dirty=True, diy_comfortable=False).escalation
    assert escalation.level == "routine"
    assert "Owner unsure." in escalation.reasons


def test_power_off_and_refrigerant_advisories_come_from_policy(tmp_path: Path) -> None:
    """A power-off action brings the power-off advisory; a refrigerant finding the certified one."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.6}, {"code": "leak", "certainty": 0.6}]}),
    ])  # fmt: skip
    assert [a.code for a in kb.diagnose(dirty=True).advisories] == ["power_off", "certified"]


def test_advisories_most_severe_first(tmp_path: Path) -> None:
    """danger before warning before info."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "noisy", "equals": True}], {"advisories": ["note", "power_off", "shock"]}),
    ])  # fmt: skip
    assert [a.severity for a in kb.diagnose(noisy=True).advisories] == ["danger", "warning", "info"]


def test_normal_finding_has_no_escalation(tmp_path: Path) -> None:
    """A normal finding leads to level none and is marked normal."""
    kb = make_kb(
        tmp_path,
        [
            rule(
                "t.n",
                [{"fact": "mode", "equals": "heat"}],
                {"diagnoses": [{"code": "fine", "certainty": 0.9}]},
            )
        ],
    )
    report = kb.diagnose(mode="heat")
    assert [(d.code, d.kind) for d in report.diagnoses] == [("fine", "normal")]
    assert report.escalation.level == "none"


def test_no_conclusion_gives_questions(tmp_path: Path) -> None:
    """With nothing concluded, the questions say what to check, best first."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}, {"fact": "mode", "equals": "cool"}], DIRT),
        rule("t.b", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.4}]}),
    ])  # fmt: skip
    report = kb.diagnose()
    assert report.diagnoses == ()
    assert [q.fact for q in report.questions] == ["dirty", "mode"]
    assert report.questions[0].choices == (True, False)
    assert "Dirt" in report.questions[0].why and "Leak" in report.questions[0].why


def test_open_unit_facts_are_asked_only_after_power_off_advice(tmp_path: Path) -> None:
    """A fact that needs the unit open is suggested only once the power-off advisory is given."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "capacitor_bulged", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.5}]}),
        rule("t.b", [{"fact": "dirty", "equals": True}], DIRT),
    ])  # fmt: skip
    assert "capacitor_bulged" not in [q.fact for q in kb.diagnose(noisy=True).questions]
    asked = kb.diagnose(dirty=True).questions
    assert [q.fact for q in asked] == ["capacitor_bulged"]
    assert "power off" in asked[0].why


def test_same_observations_give_byte_identical_json(tmp_path: Path) -> None:
    """Ordering is deterministic, whatever the order the observations were given in."""
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], DIRT),
        rule("t.b", [{"fact": "noisy", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.6}]}),
    ])  # fmt: skip
    first = kb.diagnose({"dirty": True, "noisy": True}).to_json()
    second = kb.diagnose({"noisy": True, "dirty": True}).to_json()
    assert first == second


def test_engine_failure_is_converted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No exception from inside experta escapes unconverted: it becomes an EngineError."""
    from heatpump_expert import EngineError
    from heatpump_expert._engine.compiler import ReasoningEngine

    kb = make_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT)])
    engine_class = ReasoningEngine

    def broken_run(self: object, steps: float = float("inf")) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(engine_class, "run", broken_run)
    with pytest.raises(EngineError, match="KeyError"):
        kb.diagnose(dirty=True)


def test_a_hazard_sets_aside_what_contradicts_it(tmp_path: Path) -> None:
    """With the policy's hazard advisory in the report, reset-once becomes leave-off, let-it-run
    advice and normal findings go, and owner steps with the power off are dropped."""
    rules = [
        rule("t.fire", [{"fact": "noisy", "equals": True}], {"advisories": ["shock"]}),
        rule("t.dirt", [{"fact": "dirty", "equals": True}],
             {"diagnoses": [{"code": "dirt", "certainty": 0.8}], "advisories": ["note"]}),
        rule("t.fine", [{"fact": "mode", "equals": "heat"}], {"diagnoses": [{"code": "fine", "certainty": 0.9}]}),
    ]  # fmt: skip
    dominance = {
        "when": ["shock"],
        "replace_advisories": {"note": "certified"},
        "reason": "Hazard first.",
    }
    kb = make_kb(tmp_path, rules, policy={"hazard_dominance": [dominance]})
    calm = kb.diagnose(dirty=True, mode="heat")
    alarmed = kb.diagnose(dirty=True, mode="heat", noisy=True)
    assert [d.code for d in calm.diagnoses] == ["fine", "dirt"]
    assert "note" in {a.code for a in calm.advisories}
    assert [d.code for d in alarmed.diagnoses] == ["dirt"]
    assert alarmed.diagnoses[0].actions == ()  # "Clean it." needs the power off: not now
    assert {a.code for a in alarmed.advisories} == {"shock", "certified", "power_off"}
    assert alarmed.escalation.reasons[-1] == "Hazard first."


def test_an_action_is_withheld_where_its_context_makes_it_unsafe(tmp_path: Path) -> None:
    """A step with ``withheld_if`` is left out when one of its conditions holds on what was
    observed, and with it the power-off advice it alone brought; unknown context keeps it."""
    dirt = copy.deepcopy(BASE["diagnoses"]["dirt"])
    dirt["actions"] = [
        {"text": "Hose it.", "who": "owner", "power_off": True,
         "withheld_if": [{"fact": "outdoor_temp_f", "below": 35}, {"fact": "mode", "known": False}]},
        {"text": "Call someone.", "who": "professional", "power_off": False},
    ]  # fmt: skip
    kb = make_kb(tmp_path, [rule("t.a", [{"fact": "dirty", "equals": True}], DIRT)],
                 diagnoses={"dirt": dirt})  # fmt: skip

    def steps(**seen: object) -> list[str]:
        report = kb.diagnose(dirty=True, **seen)
        assert ("power_off" in {a.code for a in report.advisories}) == (
            len(report.diagnoses[0].actions) == 2
        )
        return [a.text for a in report.diagnoses[0].actions]

    assert steps(mode="cool", outdoor_temp_f=80) == ["Hose it.", "Call someone."]
    assert steps(mode="cool", outdoor_temp_f=20) == ["Call someone."]
    assert steps(outdoor_temp_f=80) == ["Call someone."]  # `known: false` holds while unknown


def test_a_weaker_candidate_brings_only_the_advice_the_policy_keeps(tmp_path: Path) -> None:
    """A leading diagnosis brings its advisories; a weaker candidate only those of the
    severities in ``weaker_candidate_advisories`` (a danger is assumed until ruled out)."""
    diagnoses = copy.deepcopy(BASE["diagnoses"])
    diagnoses["dirt"]["advisories"] = ["note"]  # information
    diagnoses["fine"]["advisories"] = ["shock"]  # a danger
    policy = {**BASE["policy"], "weaker_candidate_advisories": ["danger"]}
    kb = make_kb(tmp_path, [
        rule("t.a", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.9}, {"code": "fine", "certainty": 0.3}]}),
        rule("t.b", [{"fact": "noisy", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.3}, {"code": "fine", "certainty": 0.9}]}),
    ], diagnoses=diagnoses, policy=policy)  # fmt: skip
    dirt_leads = {a.code for a in kb.diagnose(dirty=True).advisories}
    fine_leads = {a.code for a in kb.diagnose(noisy=True).advisories}
    assert {"note", "shock"} <= dirt_leads  # the weaker candidate's danger still shows
    assert "shock" in fine_leads and "note" not in fine_leads


def test_evidence_for_a_cause_from_a_general_complaint_weighs_less(tmp_path: Path) -> None:
    """Policy ``evidence``: support resting only on a general complaint (beside context) counts
    ``general_weight`` of itself; a deciding observation counts in full, and so does evidence
    against."""
    policy = {**BASE["policy"], "evidence": {"general_symptoms": ["noisy"], "general_weight": 0.5}}
    kb = make_kb(tmp_path, [
        rule("t.general", [{"fact": "noisy", "equals": True}, {"fact": "mode", "equals": "cool"}], {"diagnoses": [{"code": "dirt", "certainty": 0.8}]}),
        rule("t.seen", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.8}]}),
        rule("t.against", [{"fact": "noisy", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": -0.5}]}),
    ], policy=policy)  # fmt: skip
    certainty = {
        d.code: d.certainty for d in kb.diagnose(noisy=True, mode="cool", dirty=True).diagnoses
    }
    assert certainty == {"dirt": pytest.approx(0.4), "leak": pytest.approx(0.4)}

"""A consultation stops by itself, says why, and never asks what the context rules out (issue 10).

Stops: at once while a hazard stands; when no answer could change the leading diagnoses, the
level or the advisories (settled); when the best question is worth less than the policy's
threshold; at the policy's limit. Values weigh each answer by its likelihood in the knowledge base.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from heatpump_expert import Consultation, KnowledgeBaseError, StopReason, check_knowledge_base

from .kb_factory import BASE, make_kb, rule, write_kb

RULES = [
    rule("t.dirt", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.7}]}),
    rule("t.dirt_noise", [{"fact": "dirty", "equals": True}, {"fact": "noisy", "equals": True}],
         {"diagnoses": [{"code": "leak", "certainty": 0.9}]}),
]  # fmt: skip


def _kb(tmp_path: Path, consultation: dict[str, Any] | None = None, **facts: dict[str, Any]):
    tmp_path.mkdir(parents=True, exist_ok=True)
    policy = {**BASE["policy"], "consultation": consultation} if consultation else BASE["policy"]
    changed = {name: {**BASE["facts"][name], **extra} for name, extra in facts.items()}
    return make_kb(tmp_path, RULES, policy=policy, facts=changed)


def _run(consultation: Consultation, answers: dict[str, object]) -> list[str]:
    """Answer from ``answers``, skip the rest, until it stops; the facts asked."""
    asked = []
    while (question := consultation.next_question()) is not None:
        asked.append(question.fact)
        if question.fact in answers:
            consultation.answer(question.fact, answers[question.fact])
        else:
            consultation.skip(question.fact)
    return asked


def test_a_hazard_stops_the_consultation_at_once() -> None:
    """After a burning smell the safety advice is the answer: no filter question follows."""
    consultation = Consultation({"smell": "electrical_burning"})
    assert consultation.next_question() is None
    assert consultation.stopped_because is StopReason.HAZARD
    assert consultation.report.escalation.level == "emergency"


def test_settled_when_no_answer_could_change_anything(tmp_path: Path) -> None:
    """With the stronger candidate confirmed, nothing left could move the picture."""
    consultation = Consultation({"dirty": True, "noisy": True}, knowledge_base=_kb(tmp_path))
    assert consultation.next_question() is None
    assert consultation.stopped_because is StopReason.SETTLED


def test_an_unlikely_answer_is_not_worth_asking(tmp_path: Path) -> None:
    """The same question, with its deciding answer stated as rare, is below the threshold."""
    likely = Consultation({"dirty": True}, knowledge_base=_kb(tmp_path / "a"))
    question = likely.next_question()
    assert question is not None and question.fact == "noisy" and likely.stopped_because is None
    rare = {"answer_likelihoods": {True: 0.02, False: 0.98}}
    unlikely = Consultation({"dirty": True}, knowledge_base=_kb(tmp_path / "b", noisy=rare))
    assert unlikely.next_question() is None
    assert unlikely.stopped_because is StopReason.NOTHING_WORTH_ASKING


def test_the_policy_limit_stops_it(tmp_path: Path) -> None:
    """max_questions: 0 asks nothing; the limit is the reason."""
    kb = _kb(tmp_path, consultation={"max_questions": 0})
    consultation = Consultation({"dirty": True}, knowledge_base=kb)
    assert consultation.next_question() is None
    assert consultation.stopped_because is StopReason.LIMIT_REACHED


def test_the_built_in_consultation_ends_within_twelve_questions() -> None:
    """From a bare complaint, skipping everything, it stops by itself within the limit."""
    consultation = Consultation({"reduced_heating": True})
    asked = _run(consultation, {})
    assert len(asked) <= 12
    assert consultation.stopped_because in set(StopReason)
    assert consultation.questions_asked == len(asked)


def test_a_resumed_consultation_asks_the_same_question_and_keeps_the_count() -> None:
    """to_dict / from_dict keeps answers, skips and the count against the limit."""
    consultation = Consultation({"reduced_cooling": True})
    for _ in range(3):
        question = consultation.next_question()
        assert question is not None
        consultation.skip(question.fact) if question.fact != "mode" else consultation.answer(
            "mode", "cool"
        )
    resumed = Consultation.from_dict(consultation.to_dict())
    assert resumed.to_dict() == consultation.to_dict()
    assert resumed.questions_asked == consultation.questions_asked == 3
    assert resumed.next_question() == consultation.next_question()
    assert resumed.stopped_because == consultation.stopped_because


def test_context_comes_first() -> None:
    """From a complaint, mode and the kind of system come before anything else."""
    consultation = Consultation({"reduced_heating": True})
    first = consultation.next_question()
    assert first is not None and first.fact == "mode"
    consultation.answer("mode", "heat")
    second = consultation.next_question()
    assert second is not None and second.fact == "system_type"


@pytest.mark.parametrize(
    ("start", "never"),
    [
        ({"mode": "cool", "reduced_cooling": True, "system_type": "ducted_split"},
         {"no_heating", "reduced_heating", "aux_heat_on", "cold_air_in_heat_mode",
          "defrost_seen_recently", "first_heat_use_of_season"}),
        ({"mode": "heat", "reduced_heating": True, "system_type": "ducted_split"},
         {"antifreeze", "relief_valve_dripping", "loop_flow", "system_pressure_cold_psi"}),
        ({"mode": "heat", "reduced_heating": True, "system_type": "ground_source"},
         {"outdoor_fan_running", "visible_debris", "outdoor_ice", "outdoor_coil_dirty"}),
        ({"no_heating": True, "mode": "heat", "system_type": "air_to_water"},
         {"power_cut_hours", "breaker_tripped_again"}),
    ],
)  # fmt: skip
def test_never_asks_what_the_context_rules_out(start: dict[str, object], never: set[str]) -> None:
    """Heating questions in cool mode, water circuits on a split, the outdoor fan of a ground
    loop, how long the power was off when no power problem was mentioned."""
    asked = _run(Consultation(start, technician=True), {})
    assert not set(asked) & never, asked


def test_why_names_the_candidates_the_answer_separates(tmp_path: Path) -> None:
    """The question's why names, in plain words, the diagnoses its answers move."""
    question = Consultation({"dirty": True}, knowledge_base=_kb(tmp_path)).next_question()
    assert question is not None
    assert question.why == "The answer would confirm or rule out: Dirt, Leak."


def test_likelihoods_and_not_asked_if_are_checked_when_loading(tmp_path: Path) -> None:
    """A likelihood for an answer the fact does not have, on a number, or a not_asked_if on an
    unknown fact, is a load-time problem naming the fact."""
    facts = {
        "mode": {**BASE["facts"]["mode"], "answer_likelihoods": {"heat": 0.5, "dry": 0.5}},
        "outdoor_temp_f": {**BASE["facts"]["outdoor_temp_f"], "answer_likelihoods": {"x": 1}},
        "noisy": {**BASE["facts"]["noisy"], "not_asked_if": [{"fact": "moode", "equals": "x"}]},
    }
    problems = [p.message for p in check_knowledge_base(write_kb(tmp_path, RULES, facts=facts))]
    assert problems == [
        "fact 'mode': answer_likelihoods: 'dry' is not one of its answers ['heat', 'cool', 'off']",
        "fact 'outdoor_temp_f': answer_likelihoods: only for a true/false or enum fact that is "
        "asked, not a number fact",
        "fact 'noisy', not_asked_if: unknown fact 'moode'. Did you mean \"mode\"?",
    ]
    with pytest.raises(KnowledgeBaseError):
        make_kb(tmp_path, RULES, facts=facts)


PAIR_RULES = [
    rule("t.cold_dirt_noise",
         [{"fact": "outdoor_temp_f", "below": 32}, {"fact": "dirty", "equals": True},
          {"fact": "noisy", "equals": True}],
         {"diagnoses": [{"code": "leak", "certainty": 0.9}]}),
]  # fmt: skip


def test_a_rule_two_answers_away_is_followed_one_question_at_a_time(tmp_path: Path) -> None:
    """Neither answer alone moves the picture, both together do (the brand and the product line
    of a code shown): the first is asked, then the second, then it is settled."""
    kb = make_kb(tmp_path, PAIR_RULES, policy={**BASE["policy"], "consultation": {
        "min_question_value": 0.1}})  # fmt: skip
    consultation = Consultation({"outdoor_temp_f": 20}, knowledge_base=kb)
    assert _run(consultation, {"dirty": True, "noisy": True}) == ["dirty", "noisy"]
    assert [d.code for d in consultation.report.diagnoses] == ["leak"]
    assert consultation.stopped_because is StopReason.SETTLED


def test_a_code_shown_is_asked_for_then_its_brand_and_product_line() -> None:
    """No heat from an air-to-water unit: after the context, whether a code is shown; with the
    code, the brand and the product line that read it, and the code's meaning leads."""
    consultation = Consultation({"no_heating": True})
    answers: dict[str, object] = {"mode": "heat", "system_type": "air_to_water", "error_code": "H62",
               "brand": "Panasonic", "product_family": "Aquarea WH-UD07CE5-A"}  # fmt: skip
    asked = _run(consultation, answers)
    assert asked[:6] == ["mode", "system_type", "power_state", "error_code", "brand",
                         "product_family"]  # fmt: skip
    assert consultation.report.diagnoses[0].code == "sensor_failure"


def test_the_power_is_not_asked_of_a_system_that_runs() -> None:
    """Lukewarm heat, or a noise, shows the system has power: the power question never comes."""
    for start in ({"reduced_heating": True}, {"noise": "rattling"}):
        asked = _run(Consultation(start), {"mode": "heat", "system_type": "ducted_split"})
        assert "power_state" not in asked, asked


def test_no_code_is_asked_for_once_a_finding_already_explains_it() -> None:
    """A frozen indoor coil with a filled filter leads with certainty: no code question."""
    consultation = Consultation({"indoor_coil_frozen": True, "filter_dirty": True})
    asked = _run(consultation, {"mode": "cool", "system_type": "ducted_split"})
    assert consultation.report.diagnoses[0].certainty >= 0.6
    assert "error_code" not in asked, asked

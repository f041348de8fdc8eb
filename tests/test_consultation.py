"""A consultation asks for what is missing, one useful question at a time (contract §5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from heatpump_expert import Consultation, InvalidValueError, UnknownFactError

from .kb_factory import make_kb, rule

RULES = [
    rule("t.dirt", [{"fact": "dirty", "equals": True}], {"diagnoses": [{"code": "dirt", "certainty": 0.7}]}),
    rule("t.dirt_noise", [{"fact": "dirty", "equals": True}, {"fact": "noisy", "equals": True}],
         {"diagnoses": [{"code": "leak", "certainty": 0.9}]}),
    rule("t.cap", [{"fact": "capacitor_bulged", "equals": True}], {"diagnoses": [{"code": "leak", "certainty": 0.5}]}),
    rule("t.cold", [{"fact": "outdoor_temp_f", "below": 20}, {"fact": "mode", "equals": "heat"}],
         {"diagnoses": [{"code": "fine", "certainty": 0.8}]}),
]  # fmt: skip


@pytest.fixture
def kb(tmp_path: Path):
    return make_kb(tmp_path, RULES)


def test_never_asks_a_known_or_skipped_fact(kb) -> None:
    """Answered and skipped facts are not asked again."""
    consultation = Consultation({"dirty": True}, knowledge_base=kb)
    asked = []
    while (question := consultation.next_question()) is not None:
        asked.append(question.fact)
        consultation.skip(question.fact)
    assert "dirty" not in asked
    assert len(asked) == len(set(asked))


def test_answers_move_the_report(kb) -> None:
    """An answer is validated like diagnose input and changes the report."""
    consultation = Consultation(knowledge_base=kb)
    consultation.answer("dirty", True)
    assert [d.code for d in consultation.report.diagnoses] == ["dirt"]
    consultation.answer("noisy", True)
    assert consultation.report.diagnoses[0].code == "leak"


def test_next_question_follows_the_candidates(kb) -> None:
    """With dirt suspected, the question that would confirm the stronger candidate comes next."""
    consultation = Consultation({"dirty": True}, knowledge_base=kb)
    question = consultation.next_question()
    assert question is not None and question.fact == "noisy"
    assert question.choices == (True, False)
    assert "Leak" in question.why


def test_open_unit_facts_wait_for_the_power_off_advisory(kb) -> None:
    """capacitor_bulged is asked only once the report says to switch the power off."""
    fresh = Consultation({"mode": "cool"}, knowledge_base=kb)
    asked = []
    while (question := fresh.next_question()) is not None:
        asked.append(question.fact)
        fresh.skip(question.fact)
    assert "capacitor_bulged" not in asked


def test_none_when_no_answer_could_change_anything(kb) -> None:
    """Once the picture cannot move, there is no question left."""
    consultation = Consultation({"dirty": True, "noisy": True, "mode": "cool"}, knowledge_base=kb)
    while (question := consultation.next_question()) is not None:
        consultation.skip(question.fact)
    assert consultation.next_question() is None


def test_saved_consultation_resumes_to_the_same_question(kb) -> None:
    """to_dict / from_dict keeps observations, skips and role: the same next question."""
    consultation = Consultation({"dirty": True}, knowledge_base=kb, technician=True)
    consultation.skip("mode")
    resumed = Consultation.from_dict(consultation.to_dict(), knowledge_base=kb)
    assert resumed.to_dict() == consultation.to_dict()
    assert resumed.next_question() == consultation.next_question()


def test_bad_answers_and_unknown_skips_are_input_errors(kb) -> None:
    """answer() and skip() report bad input like diagnose does."""
    consultation = Consultation(knowledge_base=kb)
    with pytest.raises(InvalidValueError):
        consultation.answer("mode", "cooling")
    with pytest.raises(UnknownFactError, match='Did you mean "dirty"'):
        consultation.skip("dirtyy")


def test_builtin_consultation_from_a_symptom_asks_a_relevant_question() -> None:
    """On the real knowledge base, reduced cooling leads to a question naming real candidates."""
    consultation = Consultation({"reduced_cooling": True})
    question = consultation.next_question()
    assert question is not None
    assert question.fact not in consultation.observations
    assert question.why.startswith("The answer would confirm or rule out:")


def test_odd_skips_and_saved_states_are_input_errors(kb) -> None:
    """A non-string fact or a malformed saved consultation raises the library's error."""
    with pytest.raises(UnknownFactError):
        Consultation(knowledge_base=kb).skip(5)  # type: ignore[arg-type]
    for bad in ({"observations": {}, "skipped": 5}, {"observations": {}, "skipped": "mode"},
                {"observations": {}, "technician": "false"}, ["mode"]):  # fmt: skip
        with pytest.raises(InvalidValueError, match="a saved consultation"):
            Consultation.from_dict(bad, knowledge_base=kb)  # type: ignore[arg-type]


def test_from_nothing_the_first_question_splits_the_big_branches() -> None:
    """With nothing known, the first question is the one that rules out most of the rules."""
    question = Consultation().next_question()
    assert question is not None and question.fact == "mode"
    assert question.choices == ("heat", "cool", "auto", "em_heat", "fan", "off")


@pytest.mark.parametrize(
    "start",
    [
        {},
        {"mode": "cool"},
        {"reduced_heating": True},
        {"system_type": "air_to_water"},
        {"error_code": "E5"},
    ],
)
def test_every_question_says_what_it_would_confirm_or_rule_out(start: dict[str, object]) -> None:
    """WHY: each question names the candidates (or the hazard) its answer bears on."""
    consultation = Consultation(start, technician=True)
    asked = 0
    for _ in range(5):
        question = consultation.next_question()
        if question is None:
            break
        asked += 1
        assert question.why.startswith("The answer would confirm or rule out: "), question
        assert question.fact not in consultation.observations
        consultation.skip(question.fact)
    assert asked >= 1  # every start leaves something worth asking


def test_skip_accepts_unit_aliases(kb) -> None:
    """Skipping outdoor_temp_c skips outdoor_temp_f, as answer() accepts both names."""
    consultation = Consultation(knowledge_base=kb)
    consultation.skip("outdoor_temp_c")
    assert consultation.skipped == ("outdoor_temp_f",)


def test_an_answer_of_none_for_the_error_code_is_not_asked_again() -> None:
    """ "none" typed for the error code means no code: it is recorded, not refused."""
    consultation = Consultation({"reduced_cooling": True, "brand": "Carrier"})
    consultation.answer("error_code", "none")
    assert "error_code" in consultation.skipped
    assert "error_code" not in consultation.report.observations
    question = consultation.next_question()
    assert question is None or question.fact != "error_code"

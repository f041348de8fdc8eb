"""The readable report: a homeowner's view by default, a technician's view on request."""

from __future__ import annotations

import re

import pytest

from heatpump_expert import diagnose

LEAVES = {"mode": "cool", "reduced_cooling": True, "visible_debris": "leaves"}
ICED = {"mode": "heat", "outdoor_ice": "heavy_ice"}
BURNING = {"smell": "electrical_burning"}
CASES = [LEAVES, ICED, BURNING, {}, {"smell": "rotten_egg", "dual_fuel": True}]


@pytest.mark.parametrize(
    ("observations", "opening"),
    [
        (LEAVES, "You can fix this yourself: the most likely cause is airflow blocked around the"),
        (ICED, "Call a technician soon: the most likely cause is defrost control or sensor"),
        (BURNING, "Shut the system off now: the most likely cause is electrical overheating or"),
        ({"mode": "heat", "outdoor_steam": True, "defrost_seen_recently": True},
         "Nothing to do: this is normal (most likely normal defrost cycle, "),
        ({}, "Nothing to do for now: nothing points to a fault yet;"),
    ],
)  # fmt: skip
def test_str_opens_with_one_plain_sentence(observations: dict[str, object], opening: str) -> None:
    """What is most likely going on and what to do now, the level in words, in one sentence."""
    text = str(diagnose(observations))
    assert text.startswith(opening)
    first_paragraph = text.split("\n\n", maxsplit=1)[0].split("\nWho to call:", maxsplit=1)[0]
    assert first_paragraph.count(".") == 1 and first_paragraph.endswith(".")


@pytest.mark.parametrize("observations", CASES)
def test_homeowner_text_has_no_rule_ids_or_codes(observations: dict[str, object]) -> None:
    """Rule ids, advisory and diagnosis codes and level names stay out of str(report)."""
    report = diagnose(observations)
    text = str(report)
    codes = {a.code for a in report.advisories} | {d.code for d in report.diagnoses}
    codes |= {step.rule for step in report.trace} | {q.fact for q in report.questions}
    assert [code for code in codes if ("_" in code or "." in code) and code in text] == []
    assert "(rule " not in text and not re.search(r"\b[a-z]+_[a-z_]+\b", text)
    assert "What to do now: " not in text


def test_the_advisory_that_matters_comes_first() -> None:
    """Iced unit: the advice on what was seen (don't chip the ice) before the general ones."""
    text = str(diagnose(ICED))
    safety = text.split("Safety first:\n")[1].split("\n\n", maxsplit=1)[0]
    assert safety.startswith("  - Never chip or pry ice off a coil")
    assert safety.index("Never chip") < safety.index("Capacitors") < safety.index("Before opening")


def test_a_hazards_own_advisory_comes_first_and_in_full() -> None:
    """A burning smell: the shutdown advisory first, with all of its text."""
    report = diagnose(BURNING)
    safety = " ".join(str(report).split("Safety first:\n")[1].split("\n\n")[0].split())
    shutdown = next(a for a in report.advisories if a.code == "electrical_hazard_shutdown")
    assert safety.startswith("- DANGER: " + shutdown.text)


def test_general_advice_is_cut_short_and_not_repeated() -> None:
    """General advisories show their opening only; no sentence appears twice."""
    report = diagnose(ICED)
    text = " ".join(str(report).split())
    power_off = next(a for a in report.advisories if a.code == "power_off_before_opening")
    assert power_off.text.split(". ")[0] in text and power_off.text not in text
    sentences = re.split(r"(?<=\.) ", text.split("Safety first: ")[1].split(" What it most")[0])
    assert len(sentences) == len(set(sentences))
    assert len(str(report).split()) < len(report.render(technician=True).split()) / 2


@pytest.mark.parametrize("width", [40, 60, 100])
@pytest.mark.parametrize("observations", CASES)
def test_the_report_is_wrapped_to_the_width(observations: dict[str, object], width: int) -> None:
    """Every line of either view fits in ``width`` characters; width=None leaves lines whole."""
    report = diagnose(observations)
    for technician in (False, True):
        text = report.render(technician=technician, width=width)
        assert max(len(line) for line in text.splitlines()) <= width
    assert max(len(line) for line in report.render(width=None).splitlines()) > 100 or not (
        report.advisories
    )


def test_str_is_the_homeowner_view_at_80_columns() -> None:
    """str(report) is render() with its defaults: the homeowner's view, 80 columns."""
    report = diagnose(LEAVES)
    assert str(report) == report.render() == report.render(technician=False, width=80)


def test_the_technician_view_keeps_the_detail() -> None:
    """Codes, the level's name and reasons, every advisory in full, every finding, the facts."""
    report = diagnose(ICED)
    text = " ".join(report.render(technician=True, width=None).split())
    for advisory in report.advisories:
        assert f"{advisory.code}] {advisory.text}" in text
    for diagnosis in report.diagnoses:
        assert f"{diagnosis.title} ({diagnosis.code})" in text
    assert "What to do now: prompt (Call a technician soon)" in text
    assert all(reason in text for reason in report.escalation.reasons)
    assert all(f"({q.fact})" in text for q in report.questions)

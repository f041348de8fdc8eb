"""Reading what a person types as the answer to a question, by the fact's type.

``parse_answer("outdoor_temp_f", "about -5 C")`` is ``23.0``; ``"yes"`` is ``True`` for a yes/no
fact; ``"Light frost"`` is ``"light_frost"``; ``"none"`` for the error code, and ``"don't know"``
for any fact, are ``None``: no value to record (skip the question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._engine.observations import MAX_TEXT_LENGTH, PSI_PER_BAR, canonical_name, shown
from .._errors import InvalidValueError, did_you_mean
from .._knowledge.conditions import normalise_text
from .._knowledge.model import FactSpec, Value

#: What people type when they do not know: the fact stays unknown.
DONT_KNOW = frozenset(
    normalise_text(word) or word
    for word in (
        *("?", "??", "don't know", "dont know", "do not know", "i don't know", "no clue"),
        *("not sure", "unsure", "unknown", "no idea", "idk", "dunno", "skip"),
        *("can't tell", "cannot tell", "can't see"),
    )
)
_YES = frozenset({"y", "yes", "yeah", "yep", "true", "t", "1", "on", "correct"})
_NO = frozenset({"n", "no", "nope", "false", "f", "0", "off"})
#: Said of an enumerated fact that has a ``none`` value ("any smell?" "no").
_NOTHING = frozenset({"no", "nothing", "n/a", "na", "nil", "neither", "not any"})
_HEDGES = (
    *("about", "around", "approximately", "approx", "roughly", "maybe", "nearly", "almost"),
    *("circa", "ca", "like", "~", "\u2248"),
)
#: The minus sign some keyboards and phones type instead of a hyphen.
_MINUS = "\u2212"
_NUMBER = re.compile("^(?P<number>[-+" + _MINUS + r"]?(?:\d+(?:[.,]\d+)?|[.,]\d+))\s*(?P<unit>.*)$")


def _celsius(value: float) -> float:
    return value * 9 / 5 + 32


def _per(factor: float) -> Callable[[float], float]:
    return lambda value: value * factor


def _same(value: float) -> float:
    return value


_F = (
    *("°F", "f", "°f", "ºf", "degf", "deg f", "degrees f", "degree f", "fahrenheit"),
    *("degrees fahrenheit", "°", "deg", "degree", "degrees"),
)
_C = ("°C", "c", "°c", "ºc", "degc", "deg c", "degrees c", "degree c", "celsius", "degrees celsius")
_MINUTES = ("min", "mins", "minute", "minutes", "m")
_HOURS = ("h", "hr", "hrs", "hour", "hours")
_MONTHS = ("month", "months", "mo", "mos")
_YEARS = ("y", "yr", "yrs", "year", "years")
_WEEKS = ("week", "weeks", "wk", "wks")
_DAYS = ("day", "days", "d")

#: For each unit of the vocabulary: the unit words accepted, each with its conversion.
_UNITS: dict[str, tuple[tuple[tuple[str, ...], Callable[[float], float]], ...]] = {
    "degF": ((_F, _same), (_C, _celsius)),
    "degF_difference": ((_F, _same), ((*_C, "k", "kelvin"), _per(9 / 5))),
    "psi": (
        (("psi", "psig", "lb", "lbs", "pound", "pounds"), _same),
        (("bar",), _per(PSI_PER_BAR)),
        (("kpa",), _per(PSI_PER_BAR / 100)),
    ),
    "minutes": (
        (_MINUTES, _same),
        (_HOURS, _per(60)),
        (("s", "sec", "secs", "seconds"), _per(1 / 60)),
    ),
    "hours": ((_HOURS, _same), (_MINUTES, _per(1 / 60)), (_DAYS, _per(24))),
    "months": ((_MONTHS, _same), (_YEARS, _per(12)), (_WEEKS, _per(12 / 52))),
    "years": ((_YEARS, _same), (_MONTHS, _per(1 / 12))),
}
#: The unit a bare number is in, when the question was asked under another name (``*_c``).
_ALIAS_UNITS = (("_c", _C), ("_bar", ("bar",)))


def parse_answer(fact: str, text: str, knowledge_base: KnowledgeBase | None = None) -> Value | None:
    """Read what a person typed as a value for ``fact``, ready for ``Consultation.answer``.

    - yes/no facts: ``y``, ``yes``, ``true``, ``n``, ``no``, ``false`` (any case).
    - numbers: ``20``, ``about 20``, ``20F``, ``20 °F``, ``-5 C``, ``1.2 bar``, ``2 hours``:
      converted to the fact's unit and checked against its plausible range. A bare number is
      in the fact's unit (in °C for a name ending in ``_c``, bar for ``_bar``).
    - enumerated facts: the value in any case, with spaces or hyphens (``Light frost``), or
      ``no``/``nothing`` for a fact whose values include ``none``.
    - text facts: the text itself; ``none``, ``no``, ``n/a`` (the fact's own list of words
      meaning "nothing to report") give ``None``.

    Returns ``None`` when the answer gives no value: the person does not know (``don't know``,
    ``not sure``, ``?``, ``skip``), or said there is nothing for a text fact such as the error
    code. Either way the fact stays unknown: call ``Consultation.skip(fact)``. Raises an
    ``InvalidValueError`` (or ``UnknownFactError`` for a fact the knowledge base does not know)
    naming the fact, what was typed and what is allowed, with the closest match.
    """
    kb = knowledge_base or default_knowledge_base()
    name = canonical_name(kb.facts, fact)
    spec = kb.facts[name]
    if not isinstance(text, str):
        raise InvalidValueError(f"an answer for {fact!r} is text, not {shown(text)}", fact=name)
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidValueError(
            f"an answer for {fact!r} of {len(text)} characters is too long "
            f"(at most {MAX_TEXT_LENGTH})",
            fact=name,
        )
    said = " ".join(text.strip().casefold().split())
    if not said or said in DONT_KNOW or normalise_text(said) in DONT_KNOW:
        return None
    if spec.type == "bool":
        value: Value | None = _yes_no(spec, text, said)
    elif spec.type == "enum":
        value = _choice(spec, text, said)
    elif spec.type == "number":
        value = _number(spec, fact, text, said)
    else:
        value = text.strip()
    if value is None:
        return None
    try:
        checked = kb.normalise({name: value})  # the range, and "none" for a text fact
    except InvalidValueError as error:
        raise InvalidValueError(f"{shown(text)}: {error}", fact=name) from None
    return checked.get(name)


def _yes_no(spec: FactSpec, text: str, said: str) -> bool:
    bare = said.rstrip(".!").replace("'", "")
    if bare in _YES:
        return True
    if bare in _NO:
        return False
    hint = did_you_mean(bare, ("yes", "no", "true", "false"))
    raise InvalidValueError(
        f"{text!r} is not an answer to {spec.name!r}: answer yes or no (y/n, true/false), "
        'or "don\'t know".' + hint,
        fact=spec.name,
    )


def _choice(spec: FactSpec, text: str, said: str) -> str:
    wanted = said.replace("-", "_").replace(" ", "_")
    if wanted in spec.values:
        return wanted
    by_letters = {normalise_text(value): value for value in spec.values}
    if normalise_text(said) in by_letters:
        return by_letters[normalise_text(said)]
    if said in _NOTHING and "none" in spec.values:
        return "none"
    hint = did_you_mean(wanted, spec.values)
    raise InvalidValueError(
        f"{text!r} is not a value of {spec.name!r}; allowed: {', '.join(spec.values)}.{hint}",
        fact=spec.name,
    )


def _number(spec: FactSpec, fact: str, text: str, said: str) -> float | int:
    words = said
    for hedge in _HEDGES:
        if words.startswith(hedge + " ") or (not hedge.isalpha() and words.startswith(hedge)):
            words = words[len(hedge) :].strip()
            break
    match = _NUMBER.match(words)
    if match is None:
        raise InvalidValueError(
            f"{text!r} is not a number for {spec.name!r}; give a number{_in_unit(spec)}, "
            'such as "20" or "about 20", or "don\'t know"',
            fact=spec.name,
        )
    number = float(match["number"].replace(_MINUS, "-").replace(",", "."))
    convert = _conversion(spec, fact, match["unit"].strip().rstrip("."), text)
    if convert is not _same:
        return round(convert(number), 2)
    return int(number) if re.fullmatch("[-+" + _MINUS + r"]?\d+", match["number"]) else number


def _conversion(spec: FactSpec, fact: str, unit: str, text: str) -> Callable[[float], float]:
    units = _UNITS.get(spec.unit or "", ())
    if not unit:
        for suffix, words in _ALIAS_UNITS:
            if fact != spec.name and fact.endswith(suffix):
                return _lookup(units, words[0]) or _same
        return _same
    unit = unit.replace("º", "°")
    found = _lookup(units, unit) or _lookup(units, unit.replace(" ", ""))
    if found is not None:
        return found
    accepted = [words[0] for words, _ in units]
    allowed = f"accepted units: {', '.join(accepted)}" if accepted else "give a plain number"
    raise InvalidValueError(
        f"{text!r}: {unit!r} is not a unit for {spec.name!r}{_in_unit(spec)}; {allowed}."
        + did_you_mean(unit, [word for words, _ in units for word in words]),
        fact=spec.name,
    )


def _lookup(
    units: tuple[tuple[tuple[str, ...], Callable[[float], float]], ...], unit: str
) -> Callable[[float], float] | None:
    for words, convert in units:
        if unit in words:
            return convert
    return None


_UNIT_NAMES: Mapping[str, str] = {"degF": "°F", "degF_difference": "°F", "psi": "psi"}


def _in_unit(spec: FactSpec) -> str:
    if not spec.unit:
        return ""
    return f" (in {_UNIT_NAMES.get(spec.unit, spec.unit)})"

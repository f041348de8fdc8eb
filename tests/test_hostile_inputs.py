"""Inputs that cannot escape: whatever a caller, a sensor or a shell passes, the library answers
with a report or its own clear error, never a bare ValueError or a traceback (issue 12, item 3)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import pickle
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heatpump_expert import (
    ConflictingObservationError,
    HeatpumpExpertError,
    InputError,
    InvalidValueError,
    Report,
    UnknownFactError,
    diagnose,
    parse_answer,
)
from heatpump_expert._conclusions.knowledge_base import default_knowledge_base
from heatpump_expert._engine.observations import MAX_TEXT_LENGTH
from heatpump_expert._interfaces.cli import main
from heatpump_expert._interfaces.values import argument_observations

T = TypeVar("T")
KB = default_knowledge_base()
#: Any code point, lone surrogates and controls included (what argv and sensors can carry).
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=()), max_size=40)
FACTS = sorted(KB.facts)
TEXT_FACTS = sorted(name for name, spec in KB.facts.items() if spec.type == "text")
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@contextlib.contextmanager
def captured_stderr() -> Iterator[io.StringIO]:
    with contextlib.redirect_stderr(io.StringIO()) as stream:
        yield stream


def attempt(call: Callable[[], T]) -> T | InputError:
    """What ``call()`` returns, or the library's input error it raised (anything else escapes)."""
    try:
        return call()
    except InputError as error:
        return error


def run(argv: list[str], stdin: str = "", stdin_stream: Any = ...) -> tuple[int, str, str]:
    """main(argv) in-process: (status, stdout, stderr)."""
    out = io.StringIO()
    given_stdin = io.StringIO(stdin) if stdin_stream is ... else stdin_stream
    with captured_stderr() as err:
        try:
            status = main(argv, stdin=given_stdin, stdout=out)
        except SystemExit as exit_:  # argparse's own usage errors
            status = int(exit_.code or 0)
    return status, out.getvalue(), err.getvalue()


# --- the API ---------------------------------------------------------------------------------


def test_a_huge_integer_error_code_is_the_librarys_error() -> None:
    """diagnose({"error_code": 10**5000}) is an InvalidValueError naming the fact, not a bare
    ValueError from int-to-text conversion."""
    with pytest.raises(InvalidValueError) as caught:
        diagnose({"error_code": 10**5000})
    assert caught.value.fact == "error_code"
    assert str(caught.value) == (
        "'error_code' is an integer of about 5001 digits; text facts hold at most 200 characters"
    )


def test_a_huge_integer_reading_is_the_librarys_error() -> None:
    """A 5,000-digit number for a temperature is refused as not finite, shown in short."""
    with pytest.raises(InvalidValueError) as caught:
        diagnose({"outdoor_temp_f": -(10**5000)})
    assert (
        str(caught.value)
        == "'outdoor_temp_f' is a finite number, not an integer of about 5001 digits"
    )


def test_text_facts_are_capped_at_200_characters() -> None:
    """200 characters are a model; 201 are refused naming the fact, the length and the cap."""
    assert MAX_TEXT_LENGTH == 200
    assert diagnose(model="M" * 200).observations["model"] == "M" * 200
    with pytest.raises(InvalidValueError) as caught:
        diagnose(model="M" * 201)
    assert caught.value.fact == "model"
    assert str(caught.value) == (
        "'model' is a text of 201 characters; text facts hold at most 200 characters"
    )


def test_a_megabyte_of_brand_is_refused_before_any_work() -> None:
    """A 3 MB brand is refused at once with the same clear message (the cheap length check)."""
    with pytest.raises(InvalidValueError, match="'brand' is a text of 3000000 characters"):
        diagnose(brand="x" * 3_000_000)


def test_text_is_normalised_once_at_the_boundary() -> None:
    """NFKC (full-width letters become ASCII), stripped, runs of space made one."""
    report = diagnose(brand="  \uff23arrier\u3000 Infinity  ", error_code="\uff25\uff11")
    assert report.observations["brand"] == "Carrier Infinity"
    assert report.observations["error_code"] == "E1"


def test_a_lone_surrogate_is_refused() -> None:
    """Text that cannot be encoded (a lone surrogate) is refused, not accepted to fail later in
    to_json().encode()."""
    with pytest.raises(InvalidValueError) as caught:
        diagnose(model="ab\ud800")
    assert caught.value.fact == "model"
    assert str(caught.value) == (
        "'model' holds text that is not valid Unicode (a lone surrogate, as from bytes that are "
        "not UTF-8): 'ab\\ud800'"
    )


def test_a_control_character_is_refused() -> None:
    """A NUL in a model number is refused, naming the fact."""
    with pytest.raises(InvalidValueError) as caught:
        diagnose(model="A\x00B")
    assert str(caught.value) == "'model' holds a control character: 'A\\x00B'"


def test_a_huge_fact_name_is_refused_in_short() -> None:
    """A 10,000-character fact name: an UnknownFactError whose message stays short."""
    with pytest.raises(UnknownFactError) as caught:
        diagnose({"m" * 10_000: True})
    assert len(str(caught.value)) < 200
    assert str(caught.value).endswith("a fact name of 10000 characters (names are at most 200)")


def test_a_deeply_nested_value_is_refused_in_short() -> None:
    """A nested list 100,000 deep for a mode is refused with a short message, no RecursionError."""
    value: list[Any] = []
    for _ in range(100_000):
        value = [value]
    with pytest.raises(InvalidValueError) as caught:
        diagnose(mode=value)
    assert len(str(caught.value)) < 200


def test_an_enum_given_a_huge_text_is_refused_as_too_long() -> None:
    """A 1 MB mode is refused by length, before any "did you mean" search."""
    with pytest.raises(InvalidValueError, match="'mode' is a text of 1000000 characters"):
        diagnose(mode="c" * 1_000_000)


# --- property tests over observations --------------------------------------------------------

_names = st.one_of(
    st.sampled_from(FACTS),
    st.sampled_from(["outdoor_temp_c", "system_pressure_cold_bar", "superheat_c"]),
    st.text(max_size=30),
)
_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=300),
    ANY_TEXT,
    st.sampled_from(["on", "off", "cool", "heat", "light_frost", "none", "E5", "  ", "\ud800"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@PROPERTY
@given(st.dictionaries(_names, _values, max_size=6))
def test_any_observations_give_a_report_or_the_librarys_error(observations: dict[str, Any]) -> None:
    """Random observations: a report that encodes as UTF-8 JSON, or an InputError (which is a
    HeatpumpExpertError and a ValueError) naming a fact; nothing else escapes."""
    report = attempt(lambda: diagnose(observations))
    if isinstance(report, InputError):
        assert isinstance(report, HeatpumpExpertError) and isinstance(report, ValueError)
        assert isinstance(report.fact, str)
        assert len(str(report)) < 2_000
        return
    text = report.to_json()
    text.encode("utf-8")
    assert Report.from_dict(json.loads(text)) == report


@PROPERTY
@given(st.sampled_from(TEXT_FACTS), st.one_of(ANY_TEXT, st.text(max_size=400)))
def test_any_text_is_refused_or_stored_normalised(fact: str, text: str) -> None:
    """A text fact's value is refused naming the fact, or stored NFKC, stripped, single-spaced,
    at most 200 characters and encodable."""
    observed = attempt(lambda: KB.normalise({fact: text}))
    if isinstance(observed, InputError):
        assert isinstance(observed, InvalidValueError) and observed.fact == fact
        return
    if fact not in observed:  # "none", "n/a" ...: nothing to report
        return
    value = observed[fact]
    assert isinstance(value, str)
    assert value == " ".join(unicodedata.normalize("NFKC", text).split())
    assert 0 < len(value) <= MAX_TEXT_LENGTH
    value.encode("utf-8")


@PROPERTY
@given(st.integers())
def test_any_integer_error_code_is_text_or_refused(number: int) -> None:
    """An error code typed as a number is its digits as text, or refused as too long."""
    observed = attempt(lambda: KB.normalise({"error_code": number}))
    if isinstance(observed, InputError):
        assert observed.fact == "error_code" and "at most 200 characters" in str(observed)
        assert abs(number) >= 10**199
        return
    assert observed == {"error_code": str(number)}


# --- the command line ------------------------------------------------------------------------


def test_a_lone_surrogate_in_argv_exits_2_with_the_librarys_message() -> None:
    """model=<byte 0xff> arrives as a lone surrogate (surrogateescape): exit 2, the message."""
    status, out, err = run(["diagnose", "model=\udcff"])
    assert (status, out) == (2, "")
    assert err == (
        "heatpump-expert: 'model' holds text that is not valid Unicode (a lone surrogate, as "
        "from bytes that are not UTF-8): '\\udcff'\n"
    )


def test_a_huge_json_integer_on_stdin_exits_2() -> None:
    """{"error_code": <5,000 digits>} on standard input: exit 2, not Python's digit limit."""
    status, _, err = run(["diagnose", "-"], stdin='{"error_code": ' + "1" * 5000 + "}")
    assert status == 2
    assert err == "heatpump-expert: standard input holds an integer of 5000 digits (at most 400)\n"


def test_deep_json_on_stdin_exits_2() -> None:
    """JSON nested 100,000 deep: exit 2 with the reason, no RecursionError."""
    status, _, err = run(["diagnose", "-"], stdin="[" * 100_000)
    assert (status, err) == (
        2,
        "heatpump-expert: standard input is JSON nested too deeply to read\n",
    )


def test_a_json_key_given_twice_on_stdin_exits_2() -> None:
    """{"mode": "cool", "mode": "heat"} is refused, not silently the last."""
    status, _, err = run(["diagnose", "-"], stdin='{"mode": "cool", "mode": "heat"}')
    assert (status, err) == (
        2,
        "heatpump-expert: standard input gives 'mode' twice: give each fact once\n",
    )


def test_too_much_stdin_exits_2() -> None:
    """More than a million characters of standard input are refused unread."""
    status, _, err = run(["diagnose", "-"], stdin=" " * 1_000_001)
    assert status == 2 and "more than 1,000,000 characters" in err


def test_closed_stdin_exits_2() -> None:
    """``diagnose -`` with standard input closed (sys.stdin is None): exit 2."""
    original = sys.stdin
    try:
        sys.stdin = None
        status, _, err = run(["diagnose", "-"], stdin_stream=None)
    finally:
        sys.stdin = original
    assert (status, err) == (
        2,
        "heatpump-expert: standard input is closed: give a JSON object of fact: value\n",
    )


def test_a_fact_given_twice_on_the_command_line_is_an_error_naming_it() -> None:
    """mode=cool mode=heat exits 2 naming mode; outdoor_temp_f and _c are one fact too."""
    assert run(["diagnose", "mode=cool", "mode=heat"])[::2] == (
        2,
        "heatpump-expert: 'mode' was given twice ('mode=cool' and 'mode=heat'): give it once\n",
    )
    assert run(["diagnose", "outdoor_temp_f=70", "outdoor_temp_c=21"])[::2] == (
        2,
        "heatpump-expert: 'outdoor_temp_f' was given twice ('outdoor_temp_f=70' and "
        "'outdoor_temp_c=21'): give it once\n",
    )


def test_the_same_fact_twice_is_a_conflicting_observation_error() -> None:
    """The error behind it is a ConflictingObservationError naming both spellings."""
    with pytest.raises(ConflictingObservationError) as caught:
        argument_observations(KB.facts, ["outdoor_temp_f=70", "outdoor_temp_c=21"])
    assert (caught.value.fact, caught.value.facts) == (
        "outdoor_temp_f",
        ("outdoor_temp_f", "outdoor_temp_c"),
    )


def test_a_huge_number_argument_exits_2() -> None:
    """outdoor_temp_f=<5,000 digits> reads as infinity and is refused: exit 2."""
    status, _, err = run(["diagnose", "outdoor_temp_f=" + "9" * 5000])
    assert (status, err) == (2, "heatpump-expert: 'outdoor_temp_f' is a finite number, not inf\n")


def test_a_batch_line_with_a_surrogate_id_or_deep_json_is_an_error_line() -> None:
    """In a batch, an id with a lone surrogate, deep JSON and a huge integer are error lines;
    the batch goes on and exits 0."""
    lines = '{"id": "\\ud800", "mode": "cool"}\n' + "[" * 50_000 + "\n"
    lines += '{"model": ' + "1" * 5000 + "}\n" + '{"mode": "cool"}\n'
    status, out, err = run(["batch", "-"], stdin=lines)
    assert (status, err) == (0, "")
    results = [json.loads(line) for line in out.splitlines()]
    assert [r.get("error", {}).get("message") for r in results] == [
        "line 1: the id '\\ud800' is not text that can be written",
        "line 2 is JSON nested too deeply to read",
        "line 3 holds an integer of 5000 digits (at most 400)",
        None,
    ]


@PROPERTY
@given(
    st.lists(
        st.tuples(st.one_of(st.sampled_from(FACTS), st.text(max_size=12)), ANY_TEXT), max_size=4
    )
)
def test_any_arguments_exit_0_or_2_without_a_traceback(pairs: list[tuple[str, str]]) -> None:
    """Random fact=value arguments (surrogates, controls, huge numbers included): status 0 with
    a report, or 2 with one line of the library's message; never a traceback."""
    argv = ["diagnose", "--json", *(f"{name}={value}" for name, value in pairs)]
    status, out, err = run(argv)
    assert status in (0, 2)
    assert "Traceback" not in err
    if status == 0:
        json.loads(out).get("escalation")
        out.encode("utf-8")
    else:
        assert err.startswith("heatpump-expert: ") or err.startswith("usage:")


_json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20)
)


@PROPERTY
@given(
    st.one_of(
        st.dictionaries(st.one_of(st.sampled_from(FACTS), st.text(max_size=10)), _json_scalars),
        st.recursive(
            _json_scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)
        ),
    ),
    st.booleans(),
)
def test_any_json_on_stdin_exits_0_or_2(data: object, garble: bool) -> None:
    """Random JSON documents (and their first half, cut) on standard input: 0 or 2, no
    traceback."""
    text = json.dumps(data)
    if garble:
        text = text[: len(text) // 2]
    status, _, err = run(["diagnose", "-"], stdin=text)
    assert status in (0, 2)
    assert "Traceback" not in err


# --- real processes: pipes, full disks, strict encodings --------------------------------------

_MAIN = "import sys; from heatpump_expert._interfaces.cli import main; sys.exit(main())"


def _process(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    env = {**os.environ, **kwargs.pop("env", {})}
    return subprocess.Popen([sys.executable, "-c", _MAIN, *args], env=env, **kwargs)


def test_a_pipe_closed_by_the_reader_ends_quietly_with_status_1() -> None:
    """``heatpump-expert facts | <reader that left>``: exit 1, nothing on standard error."""
    process = _process("facts", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader leaves before the first line is written
    err = process.stderr.read()
    assert (process.wait(timeout=120), err) == (1, b"")


def test_a_full_disk_ends_with_one_line_and_status_1() -> None:
    """``heatpump-expert facts > /dev/full``: exit 1 with one line saying why, no traceback."""
    with open("/dev/full", "wb") as full:
        process = _process("facts", stdout=full, stderr=subprocess.PIPE)
        _, err = process.communicate(timeout=120)
    assert (process.returncode, err) == (
        1,
        b"heatpump-expert: cannot write the output: No space left on device\n",
    )


def test_non_utf8_stdin_under_a_strict_encoding_exits_2() -> None:
    """Latin-1 bytes on standard input with a strict UTF-8 encoding: exit 2, the reason."""
    process = _process(
        "diagnose",
        "-",
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={"PYTHONIOENCODING": "utf-8:strict"},
    )
    out, err = process.communicate(b'{"brand": "Caf\xe9"}', timeout=120)
    assert (process.returncode, out, err) == (
        2,
        b"",
        b"heatpump-expert: standard input is not UTF-8 text: invalid continuation byte\n",
    )


def test_consult_with_non_utf8_answers_exits_2() -> None:
    """An answer typed in bytes that are not UTF-8 (strict decoding): exit 2 with the reason."""
    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\n"), encoding="utf-8", errors="strict")
    status, _, err = run(["consult", "reduced_cooling=true"], stdin_stream=stdin)
    assert (status, err) == (
        2,
        "heatpump-expert: standard input is not UTF-8 text: invalid start byte\n",
    )


def test_a_huge_typed_answer_is_refused_in_short() -> None:
    """parse_answer of a megabyte of digits: an InvalidValueError with a short message."""
    with pytest.raises(InvalidValueError) as caught:
        parse_answer("outdoor_temp_f", "1" * 1_000_000)
    assert str(caught.value) == (
        "an answer for 'outdoor_temp_f' of 1000000 characters is too long (at most 200)"
    )


@PROPERTY
@given(st.dictionaries(_names, _values, max_size=6))
def test_checking_checked_observations_changes_nothing(observations: dict[str, Any]) -> None:
    """What ``normalise`` accepted, it accepts again unchanged, value types included (a batch's
    worker checks what the parent may already have checked); what it refuses pickles whole, as
    the same error (a worker sends the error of a bad item)."""
    observed = attempt(lambda: KB.normalise(observations))
    if isinstance(observed, InputError):
        back = pickle.loads(pickle.dumps(observed))
        assert type(back) is type(observed)
        assert (back.args, vars(back)) == (observed.args, vars(observed))
        return
    again = KB.normalise(observed)
    assert again == observed
    assert [type(value) for value in again.values()] == [type(v) for v in observed.values()]

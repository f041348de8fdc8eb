"""The exception tree of heatpump_expert.

::

    HeatpumpExpertError                      every error the library raises on purpose
    ├── InputError (ValueError)              an observation the caller gave is not acceptable
    │   ├── UnknownFactError                 no fact of that name (with a "did you mean")
    │   ├── InvalidValueError                wrong type, value outside the enum or the range
    │   └── ConflictingObservationError      observations that cannot both be true (``facts``)
    ├── KnowledgeBaseError (ValueError)      a rule file is broken; carries every Problem found
    ├── EngineError (RuntimeError)           the inference engine failed while reasoning
    └── MissingExtraError (ImportError)      an optional part needs an extra that is not installed

Input errors are also ``ValueError`` so callers that only know the builtin can catch them.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs


class HeatpumpExpertWarning(UserWarning):
    """A warning issued by heatpump_expert (for example a deprecated alias)."""


class HeatpumpExpertError(Exception):
    """Root of every error heatpump_expert raises on purpose.

    Every one pickles whole, whatever its ``__init__`` takes (a batch's worker process sends
    the error of a bad item): rebuilt with its message and its attributes.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(vars(self))
        if isinstance(self, ImportError):  # its name and path are not in its __dict__
            state.update(name=self.name, path=self.path)
        return (_rebuilt, (type(self), self.args, state))


def _rebuilt(cls: type[HeatpumpExpertError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """The error of class ``cls`` with these ``args`` and attributes (``__reduce__``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    for name, value in state.items():
        setattr(error, name, value)
    return error


class InputError(HeatpumpExpertError, ValueError):
    """An observation given to ``diagnose`` (or a consultation) is not acceptable."""

    def __init__(self, message: str, *, fact: str) -> None:
        super().__init__(message)
        self.fact = fact


class UnknownFactError(InputError):
    """The observation names a fact the knowledge base does not know."""


class InvalidValueError(InputError):
    """The observation's value has the wrong type, or lies outside what the fact allows."""


class ConflictingObservationError(InputError):
    """Observations that cannot both be true: one fact given twice (in °F and °C, or twice on
    the command line) with different values. ``facts`` names both as they were given."""

    def __init__(self, message: str, *, fact: str, facts: Sequence[str] = ()) -> None:
        super().__init__(message, fact=fact)
        self.facts = tuple(facts) or (fact,)


@attrs.frozen
class Problem:
    """One problem found in a knowledge base, with where it was found.

    ``severity`` is ``"error"`` (the knowledge base is refused) or ``"warning"`` (it loads, the
    warning is reported; ``strict=True`` refuses it too).
    """

    message: str
    file: str = ""
    line: int | None = None
    rule: str | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.file or "<knowledge base>"
        if self.line is not None:
            where += f":{self.line}"
        if self.rule:
            where += f": rule {self.rule}"
        if self.severity == "warning":
            where += ": warning"
        return f"{where}: {self.message}"


class KnowledgeBaseError(HeatpumpExpertError, ValueError):
    """A knowledge base failed to load; ``problems`` lists everything that was found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the knowledge base"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))


class EngineError(HeatpumpExpertError, RuntimeError):
    """The inference engine failed while reasoning (a bug, reported with the rule involved)."""


class MissingExtraError(HeatpumpExpertError, ImportError):
    """An optional module needs packages of an extra (``pip install 'heatpump-expert[dask]'``)."""

    def __init__(self, module: str, extra: str, missing: str) -> None:
        super().__init__(
            f"{module} needs {missing}, which is not installed: "
            f"pip install 'heatpump-expert[{extra}]'",
            name=missing,
        )
        self.extra = extra


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """Return ' Did you mean "x"?' for the closest candidate, or '' when nothing is close."""
    close = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return f' Did you mean "{close[0]}"?' if close else ""

"""Every error of the library pickles whole: a batch's worker process sends the error of a bad
item, a Dask task its failure, and the caller gets the same error as ``diagnose`` raises."""

from __future__ import annotations

import pickle

import pytest

from heatpump_expert import (
    ConflictingObservationError,
    EngineError,
    HeatpumpExpertError,
    InputError,
    InvalidValueError,
    KnowledgeBaseError,
    MissingExtraError,
    UnknownFactError,
)
from heatpump_expert._errors import Problem

ERRORS = [
    HeatpumpExpertError("plain"),
    InputError("not acceptable", fact="mode"),
    UnknownFactError('no fact "modee". Did you mean "mode"?', fact="modee"),
    InvalidValueError("'bogus' is not a value of 'mode'", fact="mode"),
    ConflictingObservationError(
        "given twice", fact="outdoor_temp_f", facts=("outdoor_temp_f", "outdoor_temp_c")
    ),
    KnowledgeBaseError([Problem("broken", "rules/x.yaml", 3, "r-1")]),
    EngineError("the engine failed"),
    MissingExtraError("heatpump_expert.dask", "dask", "dask"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_an_error_comes_back_from_a_pickle_as_the_same_error(error: Exception) -> None:
    back = pickle.loads(pickle.dumps(error, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(back) is type(error)
    assert str(back) == str(error) and back.args == error.args
    assert vars(back) == vars(error)
    if isinstance(error, ImportError):
        assert (back.name, back.path) == (error.name, error.path)  # type: ignore[attr-defined]


def _tree(root: type[Exception]) -> set[type[Exception]]:
    return {root}.union(*(_tree(sub) for sub in root.__subclasses__()))


def test_every_class_of_the_tree_is_among_the_errors_pickled() -> None:
    assert {type(error) for error in ERRORS} == _tree(HeatpumpExpertError)

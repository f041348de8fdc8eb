"""diagnose_frame and the Dask path: the serial results, in a fixed schema, on any scheduler."""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from heatpump_expert import MissingExtraError, Report, diagnose
from heatpump_expert.dask import diagnose_dataframe
from heatpump_expert.frame import COLUMNS, diagnose_frame, empty_result

from .batch_cases import BAD, CASES, serial
from .kb_factory import make_kb, rule

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "fleet_parquet.py"


def _frame(cases: list[dict[str, object]]) -> pd.DataFrame:
    """One row per case, one column per fact; a fact a case does not give is missing (NaN)."""
    return pd.DataFrame(cases, index=pd.RangeIndex(10, 10 + len(cases)))


def _expected(cases: list[dict[str, object]], keys: list[str]) -> pd.DataFrame:
    """The schema's row of each case, built from the serial reports."""
    rows = []
    for key, outcome in zip(keys, serial(cases), strict=True):
        if not isinstance(outcome, Report):
            error = f"{type(outcome).__name__}: {outcome}"
            rows.append([key, None, None, math.nan, None, None, None, error])
            continue
        top = outcome.diagnoses[0] if outcome.diagnoses else None
        unresolved = outcome.escalation.if_unresolved
        rows.append([
            key,
            top.code if top else None,
            top.kind if top else None,
            top.certainty if top else math.nan,
            str(outcome.escalation.level),
            str(unresolved) if unresolved else None,
            " ".join(a.code for a in outcome.advisories),
            None,
        ])  # fmt: skip
    index = pd.RangeIndex(10, 10 + len(cases))
    return pd.DataFrame(rows, columns=list(COLUMNS), index=index).astype(COLUMNS)


ALL = [*CASES, BAD]
#: The schema as pandas dtypes (a string[pyarrow] dtype prints as plain "string").
SCHEMA = {name: pd.api.types.pandas_dtype(dtype) for name, dtype in COLUMNS.items()}
KEYS = [str(i) for i in range(10, 10 + len(ALL))]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """One local cluster of two worker processes for the module (started once: it is slow)."""
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_diagnose_frame_gives_each_rows_serial_conclusions_in_the_fixed_schema() -> None:
    """Every row is summarised from the report diagnose() gives it (the bad row: its error),
    with the input's index, the columns of COLUMNS in order and their dtypes."""
    result = diagnose_frame(_frame(ALL))
    pd.testing.assert_frame_equal(result, _expected(ALL, KEYS))
    assert result.dtypes.to_dict() == SCHEMA
    assert result.loc[12, "diagnosis"] == "electrical_overheating"
    assert result.loc[12, "escalation"] == "emergency"


def test_the_schema_is_documented_and_empty_results_keep_it() -> None:
    """COLUMNS is the schema; an empty input gives an empty result of the same schema."""
    assert list(COLUMNS) == [
        "key", "diagnosis", "kind", "certainty", "escalation", "if_unresolved", "advisories",
        "error",
    ]  # fmt: skip
    empty = diagnose_frame(pd.DataFrame({"mode": pd.Series([], dtype=object)}))
    pd.testing.assert_frame_equal(empty, empty_result(), check_index_type=False)
    assert empty.dtypes.to_dict() == SCHEMA


def test_none_nan_and_na_cells_are_unknown_and_an_id_column_is_the_key() -> None:
    """None, NaN and pd.NA mean the fact is unknown (the same as leaving it out); the id column
    is the key and not a fact; text cells of true/false and number facts are read by type."""
    frame = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "mode": ["cool", None, "heat"],
            "reduced_cooling": pd.array([True, pd.NA, None], dtype=object),
            "outdoor_temp_f": [math.nan, 20.0, math.nan],
            "outdoor_steam": ["", None, "true"],
        }
    ).replace({"": None})
    cases: list[dict[str, object]] = [
        {"mode": "cool", "reduced_cooling": True},
        {"outdoor_temp_f": 20.0},
        {"mode": "heat", "outdoor_steam": True},
    ]
    expected = _expected(cases, ["a", "b", "c"]).set_axis(frame.index)
    pd.testing.assert_frame_equal(diagnose_frame(frame), expected)


def test_a_cell_that_is_not_of_its_facts_type_is_that_rows_error() -> None:
    """A text cell that cannot be read by its fact's type fills the error column of its row."""
    frame = pd.DataFrame({"reduced_cooling": ["true", "maybe"], "mode": ["cool", "cool"]})
    result = diagnose_frame(frame)
    assert result["error"].tolist() == [
        pd.NA, "InvalidValueError: 'reduced_cooling' is true or false, not 'maybe'"
    ]  # fmt: skip
    assert (
        result.loc[0, "diagnosis"] == diagnose(reduced_cooling=True, mode="cool").diagnoses[0].code
    )


def test_dask_on_the_synchronous_scheduler_gives_diagnose_frames_result() -> None:
    """Mapped over three partitions and computed in this thread: the same frame as pandas."""
    frame = _frame(ALL)
    lazy = diagnose_dataframe(dd.from_pandas(frame, npartitions=3))
    assert lazy.dtypes.to_dict() == SCHEMA  # the meta, known before computing
    with dask.config.set(scheduler="synchronous"):
        pd.testing.assert_frame_equal(lazy.compute(), diagnose_frame(frame))


def test_dask_on_a_two_process_cluster_gives_diagnose_frames_result(client: Client) -> None:
    """Partitions diagnosed in two worker processes: the same frame, each worker having
    loaded the built-in knowledge base."""
    frame = _frame(ALL * 3)
    result = diagnose_dataframe(dd.from_pandas(frame, npartitions=4)).compute()
    pd.testing.assert_frame_equal(result, diagnose_frame(frame))

    def knowledge_base_loaded() -> bool:  # local: sent by value, the workers cannot import tests
        from heatpump_expert._conclusions import knowledge_base

        return knowledge_base._default is not None

    assert list(client.run(knowledge_base_loaded).values()) == [True, True]


def test_dask_with_a_callers_knowledge_base_gives_its_diagnose_frame(
    client: Client, tmp_path: Path
) -> None:
    """A knowledge base of the caller's own rules travels to the workers as data, is compiled
    once per worker, and gives what ``diagnose_frame`` gives with it in this process."""
    dirt = {"diagnoses": [{"code": "dirt", "certainty": 0.6}]}
    kb = make_kb(tmp_path, [rule("t.dirt", [{"fact": "dirty", "equals": True}], dirt)])
    frame = pd.DataFrame({"dirty": [True, False, None, True]})
    expected = diagnose_frame(frame, knowledge_base=kb)
    assert expected["diagnosis"].tolist()[:2] == ["dirt", pd.NA]
    result = diagnose_dataframe(dd.from_pandas(frame, npartitions=2), knowledge_base=kb)
    pd.testing.assert_frame_equal(result.compute(), expected)
    with dask.config.set(scheduler="synchronous"):
        pd.testing.assert_frame_equal(result.compute(), expected)


def test_the_parquet_example_runs_on_the_cluster(client: Client, tmp_path: Path) -> None:
    """examples/fleet_parquet.py: Parquet in, diagnosed on the cluster, Parquet out."""
    spec = importlib.util.spec_from_file_location("fleet_parquet", EXAMPLE)
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    source = example.write_sample(tmp_path)
    example.diagnose_parquet(source, tmp_path / "out.parquet")
    written = pd.read_parquet(tmp_path / "out.parquet")
    expected = diagnose_frame(example.SAMPLE).reset_index(drop=True)
    pd.testing.assert_frame_equal(written, expected, check_dtype=False)
    assert written["key"].tolist() == example.SAMPLE["id"].tolist()


def test_importing_heatpump_expert_imports_neither_pandas_nor_dask() -> None:
    """The import path stays light: the package, its batch and its command line need no
    pandas, numpy or Dask."""
    code = (
        "import sys, json, heatpump_expert, heatpump_expert._interfaces.cli\n"
        "print(json.dumps(sorted(m for m in ('pandas', 'numpy', 'dask', 'pyarrow', 'distributed')"
        " if m in sys.modules)))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) == []


@pytest.mark.parametrize(
    ("module", "blocked", "missing"),
    [
        ("heatpump_expert.frame", "pandas", "pandas"),
        ("heatpump_expert.frame", "pyarrow", "pyarrow"),
        ("heatpump_expert.dask", "dask", "dask"),
    ],
)
def test_a_missing_extra_is_named_in_the_error(
    monkeypatch: pytest.MonkeyPatch, module: str, blocked: str, missing: str
) -> None:
    """Without the dask extra's packages, importing the module raises MissingExtraError (an
    ImportError) saying what to install."""
    for name in [*sys.modules]:
        if name.startswith(("heatpump_expert.frame", "heatpump_expert.dask", "heatpump_expert._i")):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, blocked, None)
    with pytest.raises(MissingExtraError) as raised:
        importlib.import_module(module)
    assert isinstance(raised.value, ImportError)
    assert str(raised.value) == (
        f"{module} needs {missing}, which is not installed: pip install 'heatpump-expert[dask]'"
    )
    assert raised.value.extra == "dask"

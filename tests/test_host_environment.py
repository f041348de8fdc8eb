"""Importing and calling the library leaves the host alone: no output, no logging changes."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True
    )


def test_import_and_diagnose_print_nothing() -> None:
    """Neither importing nor diagnosing writes to standard output or standard error."""
    result = _run(
        """
        import heatpump_expert
        heatpump_expert.diagnose(mode="cool", reduced_cooling=True, visible_debris="leaves")
        heatpump_expert.diagnose({})
        """
    )
    assert (result.stdout, result.stderr) == ("", "")


def test_root_logger_is_untouched_by_import() -> None:
    """experta calls logging.basicConfig() on import; the host's root logger must not change."""
    result = _run(
        """
        import logging
        root = logging.getLogger()
        before = (list(root.handlers), root.level)
        import heatpump_expert
        heatpump_expert.diagnose(mode="cool", reduced_cooling=True)
        after = (list(root.handlers), root.level)
        print(before == after, len(after[0]), after[1])
        """
    )
    assert result.stdout.split() == ["True", "0", "30"]


def test_host_logging_configuration_survives_import() -> None:
    """A host that configured logging first keeps exactly its handler and level."""
    result = _run(
        """
        import logging, io
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.ERROR)
        import heatpump_expert
        heatpump_expert.diagnose(mode="cool")
        print(root.handlers == [handler], root.level == logging.ERROR)
        """
    )
    assert result.stdout.split() == ["True", "True"]


def test_old_collections_aliases_are_not_left_behind() -> None:
    """The frozendict workaround lends collections.Mapping only during experta's import."""
    result = _run(
        """
        import collections
        import heatpump_expert._experta
        print(hasattr(collections, "Mapping"), hasattr(collections, "MutableMapping"))
        """
    )
    assert result.stdout.split() == ["False", "False"]


def test_experta_is_imported_only_through_the_shim() -> None:
    """Every experta import in the package goes through heatpump_expert._experta."""
    from pathlib import Path

    import heatpump_expert

    package = Path(heatpump_expert.__file__).parent
    offenders = [
        path.name
        for path in package.glob("*.py")
        if (path.name != "_experta.py" and "import experta" in path.read_text(encoding="utf-8"))
        or (path.name != "_experta.py" and "from experta" in path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_log_records_reach_the_host_even_at_debug() -> None:
    """experta's watchers are silenced: a host logging at DEBUG receives no records from us."""
    result = _run(
        """
        import logging
        records = []
        class Keep(logging.Handler):
            def emit(self, record):
                records.append(record)
        root = logging.getLogger()
        root.addHandler(Keep())
        root.setLevel(logging.DEBUG)
        import heatpump_expert
        heatpump_expert.diagnose(mode="cool", reduced_cooling=True, visible_debris="leaves")
        print(len(records))
        """
    )
    assert result.stdout.split() == ["0"]

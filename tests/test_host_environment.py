"""Importing and calling the library leaves the host alone: no output, no logging changes.

Each property needs a fresh interpreter (experta's import is what could change the host), so two
child processes cover them: one host that configured nothing, one that configured logging first.
Each child redirects its own file descriptors 1 and 2 around the import and the calls, so even
output written below Python's ``sys.stdout`` would be seen.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

_CAPTURE = """
import json, os, sys, tempfile
captured = tempfile.TemporaryFile()
saved = os.dup(1), os.dup(2)
os.dup2(captured.fileno(), 1)
os.dup2(captured.fileno(), 2)
try:
{body}
finally:
    sys.stdout.flush()
    sys.stderr.flush()
    os.dup2(saved[0], 1)
    os.dup2(saved[1], 2)
captured.seek(0)
result["output"] = captured.read().decode()
print(json.dumps(result))
"""


def _child(setup: str, body: str) -> dict[str, Any]:
    """Run ``setup``, then ``body`` with all output captured; return the ``result`` dict."""
    code = textwrap.dedent(setup) + _CAPTURE.format(
        body=textwrap.indent(textwrap.dedent(body), "    ")
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


_CALLS = """
import heatpump_expert
heatpump_expert.diagnose(mode="cool", reduced_cooling=True, visible_debris="leaves")
heatpump_expert.diagnose({})
"""


def test_a_host_that_configured_nothing_sees_no_output_no_handler_and_no_old_aliases() -> None:
    """With no logging configured, import and diagnose print nothing, add no root handler
    (experta calls logging.basicConfig()), keep the root level, and take back the
    collections.Mapping aliases lent for frozendict==1.2."""
    result = _child(
        """
        import collections, logging
        result = {}
        """,
        _CALLS
        + textwrap.dedent("""
        root = logging.getLogger()
        result["handlers"] = len(root.handlers)
        result["level"] = root.level
        result["aliases"] = [hasattr(collections, n) for n in ("Mapping", "MutableMapping")]
        """),
    )
    assert result == {"handlers": 0, "level": 30, "aliases": [False, False], "output": ""}


def test_a_host_logging_at_debug_keeps_its_configuration_and_receives_no_records() -> None:
    """A host that configured logging first keeps exactly its handler and level, and even at
    DEBUG no record from experta's watchers (or from us) reaches it."""
    result = _child(
        """
        import logging
        records = []
        class Keep(logging.Handler):
            def emit(self, record):
                records.append(record.getMessage())
        handler = Keep()
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        result = {}
        """,
        _CALLS
        + textwrap.dedent("""
        result["same_handlers"] = root.handlers == [handler]
        result["level"] = root.level
        result["records"] = records
        """),
    )
    assert result == {"same_handlers": True, "level": 10, "records": [], "output": ""}


def test_experta_is_imported_only_through_the_shim() -> None:
    """Every experta import in the package goes through heatpump_expert._engine.experta_shim."""
    import heatpump_expert

    package = Path(heatpump_expert.__file__).parent
    shim = package / "_engine" / "experta_shim.py"
    offenders = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if path != shim
        and any(
            line.lstrip().startswith(("import experta", "from experta"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
    assert "import experta" in shim.read_text(encoding="utf-8")

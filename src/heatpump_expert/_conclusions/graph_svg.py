"""The picture of the reasoning in the command line's formats: DOT, Mermaid, or SVG drawn by
Graphviz's ``dot`` program (run as a subprocess; Debian's package ``graphviz``).

No Python package is needed: ``dot`` is found on ``PATH``, and its absence is the caller's
problem to fix, reported as an ``InputError`` (the command line exits 2 with the message).
"""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING, Literal

from .._errors import HeatpumpExpertError, InputError

if TYPE_CHECKING:
    from .report import Report

#: What ``heatpump-expert diagnose --graph`` accepts.
CLI_FORMATS = ("dot", "mermaid", "svg")
#: Longest a render may take (a report's picture takes well under a second).
_TIMEOUT_SECONDS = 60

_MISSING_DOT = (
    "--graph svg needs Graphviz's dot program, which is not on PATH: install Graphviz "
    "(Debian and Ubuntu: apt install graphviz), or print --graph dot and render it elsewhere"
)


def graph_output(report: Report, form: Literal["dot", "mermaid", "svg"]) -> str:
    """``report``'s picture as DOT, Mermaid or SVG text."""
    if form == "svg":
        return render_svg(report.graph("dot"))
    return report.graph(form)


def render_svg(dot_text: str) -> str:
    """``dot_text`` drawn as SVG by Graphviz's ``dot -Tsvg``."""
    program = shutil.which("dot")
    if program is None:
        raise InputError(_MISSING_DOT, fact="--graph")
    try:
        done = subprocess.run(
            [program, "-Tsvg"],
            input=dot_text.encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise HeatpumpExpertError(f"Graphviz's dot could not draw the graph: {error}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()
        raise HeatpumpExpertError(f"Graphviz's dot failed (exit {done.returncode}): {reason}")
    return done.stdout.decode("utf-8")

"""The ``heatpump-expert`` command line.

    heatpump-expert diagnose mode=cool reduced_cooling=true [--json]
    heatpump-expert diagnose - [--json]          (a JSON object of observations on standard input)
    heatpump-expert diagnose ... --how           (also explain how each conclusion was reached)
    heatpump-expert diagnose ... --technician    (the technician's report: codes, every detail)
    heatpump-expert diagnose ... --graph dot|mermaid|svg   (a picture of the reasoning instead)
    heatpump-expert consult [fact=value ...] [--technician]   (interactive questions)
    heatpump-expert batch IN.jsonl|IN.csv [-o OUT.jsonl] [--workers N]   (one JSON line each)
    heatpump-expert facts                        (the vocabulary)
    heatpump-expert serve [--host 127.0.0.1] [--port 8000] [--workers N]   (HTTP; server extra)
    heatpump-expert rules check [PATH ...] [--include-builtin] [--strict]   (every problem)
    heatpump-expert rules docs [--check]         (write docs/knowledge-base.md from the rules)
    heatpump-expert --version

Exit status: 0 on a report (or a sound knowledge base, or a batch whose input could be read:
bad items are error lines of the output), 1 when ``rules check`` finds problems (warnings only
with ``--strict``), 2 on bad input, with the library's message on standard error (standard
input that is not UTF-8, too large or too deep included), 1 when the output cannot be written:
silently for a pipe the reader closed, with one line for a full disk (``streams``).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .. import __version__
from .._conclusions.graph_svg import CLI_FORMATS, graph_output
from .._conclusions.knowledge_base import KnowledgeBase, default_knowledge_base
from .._consultation.session import Consultation
from .._errors import HeatpumpExpertError, InputError
from .._knowledge.loading import check_knowledge_base
from .batch_files import FORMATS, run_batch
from .consult_terminal import run_consultation
from .kb_docs import render
from .streams import guarded
from .values import argument_observations, json_observations

_UNIT_NAMES = {"degF": "°F", "degF_difference": "°F difference", "psi": "psi"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heatpump-expert", description="Troubleshoot a residential heat pump, safety first."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    diagnose = commands.add_parser("diagnose", help="diagnose from fact=value observations")
    diagnose.add_argument(
        "observations", nargs="*", help='fact=value pairs, or "-" for JSON on stdin'
    )
    diagnose.add_argument("--json", action="store_true", help="print the report as JSON")
    diagnose.add_argument("--how", action="store_true", help="also explain how it was concluded")
    diagnose.add_argument(
        "--technician", action="store_true", help="the technician's report: codes, full detail"
    )
    diagnose.add_argument(
        "--graph",
        choices=CLI_FORMATS,
        help="print a picture of the reasoning instead (svg: drawn by Graphviz's dot)",
    )
    consult = commands.add_parser("consult", help="answer questions one at a time, interactively")
    consult.add_argument("observations", nargs="*", help="fact=value pairs already known")
    consult.add_argument(
        "--technician", action="store_true", help="ask for gauge readings too; technician's report"
    )
    batch = commands.add_parser("batch", help="diagnose every case of a .jsonl or .csv file")
    batch.add_argument("input", help='a .jsonl or .csv file of observations, or "-" for stdin')
    batch.add_argument("-o", "--output", help="where to write the JSON lines (default: stdout)")
    batch.add_argument("--workers", type=_positive, help="worker processes (default: none)")
    batch.add_argument("--format", choices=FORMATS, help="the input's format (default: by name)")
    commands.add_parser("facts", help="list the facts the library accepts")
    serve = commands.add_parser("serve", help="serve the HTTP API and the consultation page")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument("--workers", type=_positive, default=1, help="server processes (default: 1)")
    rules = commands.add_parser("rules", help="work with a knowledge base")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_commands.add_parser("check", help="report every problem of a knowledge base")
    check.add_argument(
        "paths", nargs="*", help="rule files or folders (default: the built-in ones)"
    )
    check.add_argument(
        "--include-builtin", action="store_true", help="check them on top of the built-in rules"
    )
    check.add_argument("--strict", action="store_true", help="treat warnings as problems too")
    docs = rules_commands.add_parser("docs", help="write the knowledge-base reference (Markdown)")
    docs.add_argument("--output", default="docs/knowledge-base.md", help="where to write it")
    docs.add_argument(
        "--check", action="store_true", help="only check the file is current (exit 1 if stale)"
    )
    return parser


def _serve(host: str, port: int, workers: int) -> int:
    """``serve``: imported only here, so the rest of the command line never needs the extra
    (without it, the import raises ``MissingExtraError``: exit 1 with what to install)."""
    from .server.run import serve  # noqa: PLC0415 - lazily: the server extra's packages

    return serve(host, port, workers)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a number of processes, 1 or more, not {text!r}")
    return int(text)


def _observations(kb: KnowledgeBase, items: Sequence[str], stdin: TextIO) -> dict[str, object]:
    if list(items) == ["-"]:
        return json_observations(stdin)
    return argument_observations(kb.facts, items)


def _width() -> int:
    """The terminal's width (80 when it cannot be told, as for a pipe)."""
    return shutil.get_terminal_size().columns


def _list_facts(kb: KnowledgeBase, out: TextIO) -> None:
    for spec in kb.facts.values():
        if spec.type == "enum":
            kind = "one of " + ", ".join(spec.values)
        elif spec.type == "number":
            kind = f"number ({_UNIT_NAMES.get(spec.unit or '', spec.unit)})"
        else:
            kind = {"bool": "true or false", "text": "text"}[spec.type]
        derived = " [derived]" if spec.derived else ""
        out.write(f"{spec.name}: {kind}{derived}\n    {spec.question}\n")


def _docs(output: str, *, check: bool, out: TextIO) -> int:
    text = render(default_knowledge_base().data)
    path = Path(output)
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if check:
        if current != text:
            out.write(f"{output} is stale: run `heatpump-expert rules docs` and commit it\n")
            return 1
        out.write(f"{output} is current\n")
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    out.write(f"wrote {output}\n")
    return 0


def main(
    argv: Sequence[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    given_stdin = stdin or sys.stdin
    return guarded(lambda out: _run(args, given_stdin, out), stdout or sys.stdout)


def _run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    try:
        if args.command == "serve":
            return _serve(args.host, args.port, args.workers)
        if args.command == "rules" and args.rules_command == "docs":
            return _docs(args.output, check=args.check, out=out)
        if args.command == "rules":
            problems = check_knowledge_base(
                *args.paths, include_builtin=args.include_builtin, strict=args.strict
            )
            for problem in problems:
                out.write(f"{problem}\n")
            warned = sum(p.severity == "warning" for p in problems)
            out.write(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")
            out.write(f" ({warned} warning{'s' if warned != 1 else ''})\n" if warned else "\n")
            return 1 if len(problems) > warned else 0
        kb = default_knowledge_base()
        if args.command == "batch":
            return run_batch(
                kb,
                args.input,
                output=args.output,
                workers=args.workers,
                form=args.format,
                stdin=stdin,
                stdout=out,
            )
        if args.command == "facts":
            _list_facts(kb, out)
            return 0
        observed = _observations(kb, args.observations, stdin)
        if args.command == "consult":
            consultation = Consultation(observed, technician=args.technician, knowledge_base=kb)
            return run_consultation(
                consultation,
                stdin,
                out,
                width=_width(),
                technician_view=args.technician,
                knowledge_base=kb,
            )
        report = kb.diagnose(observed)
        if args.graph:
            out.write(graph_output(report, args.graph))
            return 0
        text = report.render(technician=args.technician, width=_width())
        out.write((report.to_json() if args.json else text) + "\n")
        if args.how:
            out.write("\n" + report.explain() + "\n")
        return 0
    except InputError as error:
        sys.stderr.write(f"heatpump-expert: {error}\n")
        return 2
    except HeatpumpExpertError as error:
        sys.stderr.write(f"heatpump-expert: {error}\n")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

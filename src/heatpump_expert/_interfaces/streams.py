"""The command line's standard streams when they misbehave: closed, broken, full, not UTF-8.

``guarded`` runs a command and turns what the streams do into exit statuses, never a traceback:

- standard output closed early (a pipe into ``head``): status 1, silently (the reader left);
- standard output that cannot be written (``/dev/full``, an encoding that cannot hold the
  report): status 1, with one line on standard error;
- standard input that is not UTF-8 (a strict locale): status 2, as for any bad input.

After a failed write to the process's own standard output, that descriptor is pointed at the
null device, so the interpreter's last flush at exit fails no more.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from typing import TextIO

PROGRAM = "heatpump-expert"


def guarded(command: Callable[[TextIO], int], out: TextIO | None) -> int:
    """Run ``command(out)``, flush ``out``, and map stream failures to exit statuses."""
    sink = out if out is not None else open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    try:
        status = command(sink)
        sink.flush()
    except BrokenPipeError:
        _silence(sink)
        return 1
    except UnicodeDecodeError as error:
        _say(f"standard input is not UTF-8 text: {error.reason}")
        return 2
    except UnicodeEncodeError as error:
        _silence(sink)
        encoding = getattr(sink, "encoding", None) or "its encoding"
        _say(f"cannot write the output in {encoding} ({error.reason}): set PYTHONIOENCODING=utf-8")
        return 1
    except OSError as error:
        if error.filename is not None:  # a file the command itself opened: not the output
            raise
        _silence(sink)
        _say(f"cannot write the output: {error.strerror or error}")
        return 1
    finally:
        if out is None:
            sink.close()
    return status


def _silence(out: TextIO) -> None:
    """Point the process's standard output at the null device, if ``out`` is it."""
    if out is not sys.stdout and out is not sys.__stdout__:
        return
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, out.fileno())
        os.close(null)


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"{PROGRAM}: {message}\n")
        sys.stderr.flush()

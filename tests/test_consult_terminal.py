"""`heatpump-expert consult` works in a real terminal, driven through a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

SCRIPT = shutil.which("heatpump-expert") or str(Path(sys.executable).with_name("heatpump-expert"))


class Terminal:
    def __init__(self, *argv: str) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [SCRIPT, *argv], stdin=slave, stdout=slave, stderr=slave, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def read_until(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{text!r} never appeared; screen so far:\n{self.seen}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096).decode("utf-8", "replace")
                except OSError:  # the program closed the terminal
                    break
                self.seen += chunk
        found = self.seen
        self.seen = ""
        return found

    def type(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def close(self) -> int:
        try:
            return self.proc.wait(timeout=60)
        finally:
            os.close(self.master)


def test_consult_end_to_end_in_a_terminal() -> None:
    """The installed console script, in a real terminal: numbered choices; a bad answer gets
    the library's message and the question stays; ? says why; s skips; q prints the report."""
    terminal = Terminal("consult", "reduced_cooling=true", "mode=cool")
    screen = terminal.read_until("answer (? why, s skip, q quit):")
    assert "1) " in screen
    terminal.type("99")
    assert "'99'" in terminal.read_until("answer (? why, s skip, q quit):")  # the library's message
    terminal.type("?")
    assert "The answer would confirm or rule out:" in terminal.read_until("answer (")
    terminal.type("s")
    terminal.read_until("answer (? why, s skip, q quit):")
    terminal.type("q")
    final = terminal.read_until("What it most likely is")
    assert terminal.close() == 0
    assert "Safety first:" in final


def test_a_gas_smell_on_the_command_line_is_shown_before_anything_else() -> None:
    """The advisory a command-line fact triggers appears at once, before any question, and the
    report follows when the consultation stops (or on q)."""
    terminal = Terminal("consult", "smell=rotten_egg", "dual_fuel=true")
    screen = terminal.read_until("DANGER: A rotten-egg or gas smell")
    assert "answer (" not in screen
    terminal.type("q")
    final = terminal.read_until("Shut the system off now: the most likely cause is possible gas")
    assert terminal.close() == 0
    assert "Safety first:" in terminal.seen + final


def test_ctrl_c_ends_cleanly_with_the_report_so_far() -> None:
    """Ctrl-C (SIGINT) while a question waits: no traceback, the report so far, exit 0."""
    terminal = Terminal("consult", "mode=cool", "reduced_cooling=true", "visible_debris=leaves")
    terminal.read_until("answer (? why, s skip, q quit):")
    terminal.proc.send_signal(signal.SIGINT)
    final = terminal.read_until("What it most likely is")
    assert terminal.close() == 0
    assert "Stopped: the report so far." in final and "Traceback" not in final
    assert "You can fix this yourself:" in final

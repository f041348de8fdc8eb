"""`heatpump-expert consult` works in a real terminal, driven through a pseudo-terminal."""

from __future__ import annotations

import os
import pty
import select
import shutil
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
    final = terminal.read_until("What to do now:")
    assert terminal.close() == 0
    assert "What to do now:" in final

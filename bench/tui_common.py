"""What the TUI benchmarks share: the typed queries, where the minimal app is, and an app run
under a pseudo-terminal (`spawn`, `Terminal`) against a scratch index of the bundle (`Scratch`).

`bench.tui_startup` and `bench.tui_traffic` drive the apps through `spawn` and `Terminal`;
`bench.tui_bench` describes the measurements and runs them.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
MINIMAL_APP = Path(__file__).resolve().with_name("tui_minimal.py")
TERMINAL_SIZE = (80, 24)  # columns, rows of the pseudo-terminal
TYPED = ("Nagamine", "intelligence sharing", "Han Min-koo", "nuclear minister")
FIRST_FRAME_PRINTABLE = 20

_ESCAPE = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P^_][^\x1b]*\x1b\\"
                     rb"|\x1b[ -/]*[0-~]")
_ALT_SCREEN = b"\x1b[?1049h"
_READY = re.compile(rb"\d[\d,]* articles?\b")


# --- pseudo-terminal processes ------------------------------------------------------------------
@dataclass
class Terminal:
    """A process on a pseudo-terminal and everything it wrote: (perf_counter, bytes) reads."""

    pid: int
    fd: int
    spawned: float
    reads: list[tuple[float, bytes]] = field(default_factory=list)
    closed: bool = False

    @property
    def output(self) -> bytes:
        return b"".join(data for _, data in self.reads)

    def read(self, timeout: float) -> bool:
        """One read (waiting up to `timeout`); False when nothing came or the process ended."""
        if self.closed:
            return False
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed its side
            data = b""
        if not data:
            self.closed = True
            return False
        self.reads.append((time.perf_counter(), data))
        return True

    def read_until(self, done, timeout: float) -> float | None:
        """Read until `done(self)` is true; the time of the read that made it so, else None."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if done(self):
                return self.reads[-1][0] if self.reads else time.perf_counter()
            if not self.read(deadline - time.perf_counter()) and self.closed:
                break
        return self.reads[-1][0] if done(self) and self.reads else None

    def read_quiet(self, quiet: float, timeout: float = 30.0, first_within: float = 0.0
                   ) -> list[tuple[float, bytes]]:
        """Read until nothing has come for `quiet` seconds; the reads of this call. With
        `first_within`, the quiet time starts only after a first read (or that long): for
        what surely writes something, such as a typed character's echo on a loaded machine."""
        first = len(self.reads)
        deadline = time.perf_counter() + timeout
        if first_within:
            self.read(first_within)
        while time.perf_counter() < deadline and self.read(quiet):
            pass
        return self.reads[first:]

    def write(self, data: bytes) -> float:
        os.write(self.fd, data)
        return time.perf_counter()

    def stop(self) -> None:
        """Ask the app to quit (ctrl+q), then make sure; always reaps the child."""
        try:
            if not self.closed:
                self.write(b"\x11")
                deadline = time.perf_counter() + 3.0
                while not self.closed and time.perf_counter() < deadline:
                    self.read(deadline - time.perf_counter())
        except OSError:
            pass
        finally:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            os.close(self.fd)


def spawn(argv: list[str], env: dict[str, str], size: tuple[int, int] = TERMINAL_SIZE) -> Terminal:
    columns, rows = size
    spawned = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: the slave side is its stdin/stdout/stderr and controlling tty
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.chdir(PROJECT)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    return Terminal(pid, fd, spawned)


def visible(data: bytes) -> bytes:
    """The printable text of terminal output (escape sequences and controls removed)."""
    return bytes(b for b in _ESCAPE.sub(b"", data) if b >= 0x20)


def first_frame(terminal: Terminal) -> bool:
    output = terminal.output
    start = output.find(_ALT_SCREEN)
    if start < 0:
        return False
    return len(visible(output[start:]).replace(b" ", b"")) >= FIRST_FRAME_PRINTABLE


_MOVE = re.compile(rb"\x1b\[(\d+);\d+H")


def rows_touched(data: bytes) -> list[int]:
    """The screen rows an update moved the cursor to (1-based): which lines were redrawn."""
    return sorted({int(row) for row in _MOVE.findall(data)})


def explorer_ready(terminal: Terminal) -> bool:
    return bool(_READY.search(visible(terminal.output)))


def terminal_env(index_dir: Path, data_dir: Path) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE (set on some build machines) would make every run compile our
    # modules again: an installed package has its byte-code, so a user's runs do not.
    # GSOMIA_TUI_REGEX_CACHE passes through: a caller that keeps the compiled patterns away from
    # the user's cache (the tests do) keeps them away from the measured runs too
    env = {key: value for key, value in os.environ.items()
           if (key == "GSOMIA_TUI_REGEX_CACHE" or not key.startswith(("TEXTUAL", "GSOMIA_TUI", "PYTEST")))
           and key != "PYTHONDONTWRITEBYTECODE"}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               GSOMIA_TUI_INDEX=str(index_dir), GSOMIA_TUI_DATA=str(data_dir),
               COLUMNS=str(TERMINAL_SIZE[0]), LINES=str(TERMINAL_SIZE[1]))
    return env


def installed_script() -> str | None:
    """The installed `gsomia-tui` console script: beside this Python, else on PATH."""
    script = Path(sys.executable).with_name("gsomia-tui")
    return str(script) if script.exists() else shutil.which("gsomia-tui")


def explorer_command() -> list[str]:
    script = installed_script()
    return [script] if script else [sys.executable, "-m", "explorer.cli"]


class Scratch:
    """A temporary index of the bundled corpus (built before any timing) and an empty data dir."""

    def __enter__(self) -> "Scratch":
        from corpus.loader import load_bundled
        from index.search import SearchEngine

        self.root = Path(tempfile.mkdtemp(prefix="gsomia-bench-tui-"))
        self.index_dir, self.data_dir = self.root / "index", self.root / "data"
        self.data_dir.mkdir()
        SearchEngine.open(load_bundled(), self.index_dir).close()
        self.env = terminal_env(self.index_dir, self.data_dir)
        return self

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


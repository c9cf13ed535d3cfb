"""Real terminals for tests: the installed `gsomia-tui` in a tmux window of its own,
driven and read as a person would (used by test_terminal, test_terminals and test_ssh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from bench.tui_common import installed_script

TMUX = shutil.which("tmux")
TIMEOUT = 30.0


def installed_command() -> list[str]:
    script = installed_script()
    if script is None:
        pytest.skip("the gsomia-tui console script is not installed (pip install -e .)")
    return [script]


class Terminal:
    """One tmux server of our own (its own socket), one window running the app in a UTF-8
    client. The exit status is what the pane's shell writes to a file: tmux 3.3a now and then
    marks the pane dead with no status and leaves the app a zombie it never reaps (`pane_dead`
    1, `pane_dead_status` empty for good; cf. tmux/tmux#4841)."""

    def __init__(self, socket: str, status_file: Path) -> None:
        self.socket = socket
        self.status_file = status_file

    def tmux(self, *args: str) -> str:
        result = subprocess.run([TMUX, "-u", "-L", self.socket, *args], capture_output=True,
                                text=True, timeout=10, env={**os.environ, "LANG": "C.UTF-8"})
        return result.stdout

    def start(self, command: list[str], env: dict[str, str], unset: tuple[str, ...] = (),
              size: tuple[int, int] = (80, 24)) -> None:
        arguments = [f"-u {name}" for name in unset] + [f"{k}={v}" for k, v in env.items()]
        shell = f"env {' '.join(arguments)} {' '.join(command)}; echo $? > {self.status_file}"
        self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "app", "-x", str(size[0]),
                  "-y", str(size[1]), shell)
        self.tmux("set-option", "-t", "app", "remain-on-exit", "on")

    def keys(self, *keys: str) -> None:
        self.tmux("send-keys", "-t", "app", *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", "app", "-l", text)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "app")

    def colours(self) -> str:
        return self.tmux("capture-pane", "-p", "-e", "-t", "app")

    def wait_for(self, text: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}\n"
                             f"{self.diagnosis()}")

    def diagnosis(self) -> str:
        """What a wait that timed out needs to be told apart: did tmux resize the pane, did
        the pty get the size, and what is each of the app's threads doing (state, kernel wait,
        signals pending and blocked)?"""
        pane = self.tmux("display-message", "-p", "-t", "app",
                         "#{pane_width}x#{pane_height} pid=#{pane_pid} tty=#{pane_tty}").strip()
        lines = [f"tmux pane: {pane}"]
        tty = pane.rpartition("tty=")[2]
        if tty:
            size = subprocess.run(["stty", "-F", tty, "size"], capture_output=True, text=True)
            lines.append(f"pty rows cols: {size.stdout.strip() or size.stderr.strip()}")
        pid = pane.partition("pid=")[2].split(" ")[0]
        for process in _descendants(pid) if pid.isdigit() else ():
            lines.extend(_threads_of(process))
        return "\n".join(lines)

    def exit_status(self, timeout: float = TIMEOUT) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return int(self.status_file.read_text())
            time.sleep(0.05)
        raise AssertionError(f"the app did not exit; the screen was:\n{self.screen()}")

    def close(self) -> None:
        self.tmux("kill-server")


def _descendants(pid: str) -> list[str]:
    found, queue = [], [pid]
    while queue:
        parent = queue.pop()
        children = Path(f"/proc/{parent}/task/{parent}/children")
        kids = children.read_text().split() if children.exists() else []
        found.extend(kids)
        queue.extend(kids)
    return found


def _threads_of(pid: str) -> list[str]:
    """One line a thread: name, state, kernel wait channel, pending/blocked signal masks."""
    lines = []
    for task in sorted(Path(f"/proc/{pid}/task").glob("*")):
        try:
            status = dict(line.split(":\t", 1) for line in (task / "status").read_text().splitlines()
                          if ":\t" in line)
            wchan = (task / "wchan").read_text()
        except OSError:
            continue
        lines.append(f"  {pid}/{task.name} {status.get('Name', '?').strip()} "
                     f"{status.get('State', '?').strip()} wchan={wchan} "
                     f"SigPnd={status.get('SigPnd', '?').strip()} "
                     f"ShdPnd={status.get('ShdPnd', '?').strip()} "
                     f"SigBlk={status.get('SigBlk', '?').strip()}")
    return lines

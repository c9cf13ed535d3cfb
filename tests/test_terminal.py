"""The installed `gsomia-tui` in a real terminal (tmux), driven and read as a person would."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.terminal

TMUX = shutil.which("tmux")
TIMEOUT = 30.0


def installed_command() -> list[str]:
    script = Path(sys.executable).with_name("gsomia-tui")
    if script.exists():
        return [str(script)]
    found = shutil.which("gsomia-tui")
    if found:
        return [found]
    pytest.skip("the gsomia-tui console script is not installed (pip install -e .)")


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
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def exit_status(self, timeout: float = TIMEOUT) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.status_file.exists() and self.status_file.read_text().strip():
                return int(self.status_file.read_text())
            time.sleep(0.05)
        raise AssertionError(f"the app did not exit; the screen was:\n{self.screen()}")

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal(tmp_path):
    if TMUX is None:
        pytest.skip("tmux is not installed: the real-terminal test needs it")
    term = Terminal(f"gsomia-test-{os.getpid()}-{tmp_path.name}", tmp_path / "status")
    yield term
    term.close()


def first_multi_outlet_event(index_root: Path):
    """Which row of the real event list to choose, and its stops (None without a timeline)."""
    from corpus.loader import load_bundled
    from index.search import SearchEngine

    try:
        from index.timeline import build_timeline
    except ImportError:
        return None
    engine = SearchEngine.open(load_bundled(), index_root)
    try:
        timeline = build_timeline(engine)
    finally:
        engine.close()
    for row, event in enumerate(timeline.events):
        if len(event.outlet_ids) >= 2:
            return row, event.first_by_outlet()
    return None


def test_search_step_through_outlets_and_quit(terminal, tmp_path):
    index_root = tmp_path / "index"
    env = {"GSOMIA_TUI_INDEX": str(index_root), "TERM": "xterm-256color", "LANG": "C.UTF-8",
           "PATH": os.environ.get("PATH", "")}
    terminal.start(installed_command(), env)
    terminal.wait_for("5 articles")
    terminal.keys("/")
    terminal.wait_for("esc Back to results")  # the input has the focus
    terminal.type("Nagamine")
    terminal.wait_for("2 articles")
    screen = terminal.wait_for("hit 1/1")  # the first result, previewed with its hit
    assert "“Nagamine”" in screen
    terminal.keys("Escape")
    terminal.wait_for("⏎ Open")  # back on the results: the footer shows their keys

    target = first_multi_outlet_event(index_root)
    if target is not None:
        row, stops = target
        terminal.keys("Tab", *["Down"] * (row + 1), "Enter")
        # (the status line may wrap after the outlet's first word)
        terminal.wait_for(f"outlet 1/{len(stops)}: {stops[0].outlet_label.split()[0]}")
        terminal.keys("]")
        terminal.wait_for(f"outlet 2/{len(stops)}: {stops[1].outlet_label.split()[0]}")
        terminal.keys("[")
        terminal.wait_for(f"outlet 1/{len(stops)}")
    terminal.keys("q")
    assert terminal.exit_status() == 0
    if target is None:
        pytest.skip("index.timeline is not there yet: searched and quit, but no event to step")

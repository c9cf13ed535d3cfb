"""The explorer as a user meets it: start-up, keystroke latency, terminal traffic.

    python -m bench.tui_bench [--runs 9] [--sizes 10k] [--parts startup,keys,traffic]
                              [--json] [--smoke]

* start-up: the whole process, from spawn to the first painted frame, of the installed
  `gsomia-tui` beside `bench/tui_minimal.py` (a Textual app with an Input, an OptionList and a
  Static, nothing else), each under its own pseudo-terminal (80x24, TERM=xterm-256color,
  COLORTERM=truecolor), interleaved, after one unmeasured warm-up run of each. The first frame
  is the first read from the terminal that, after the alternate-screen switch
  (``ESC[?1049h``), holds at least 20 printable characters. For `gsomia-tui` the time until
  the status line says "N articles" (engine open, first listing painted) is reported too.
  GSOMIA_TUI_INDEX is a temporary index built before timing, GSOMIA_TUI_DATA an empty
  temporary directory.
* keystrokes: `GsomiaApp` under Textual's Pilot (headless, 100x30) on the bundled corpus and
  on generated corpora (`--sizes`, indexes reused from `bench.index_bench` /
  `bench.search_bench`), the queries of `TYPED` typed a key at a time. For each key: the time
  from the key press to the last frame painted once the search for that text has come back
  and nothing moved for `QUIET_S` (so results list, status line and source pane are all in),
  with Textual's own 60 fps frame pacing; "painted" is timed where the app hands a frame to
  the driver, after the frame's escape sequences are generated (the headless driver would
  skip that). Also per key: the time until the search result reached the screen (the worker
  and the thread hop) and until the typed character was echoed.
* traffic: the installed `gsomia-tui` under a pseudo-terminal, on the bundled corpus: the
  queries of `TYPED` typed a character at a time, each followed by a pause until the
  terminal has been quiet for `QUIET_PTY_S`; bytes read from the terminal per character
  (median, p95, max) and, as a cross-check of the Pilot figure, the time from writing the key
  to the last byte of its update.

Targets (README): start-up ≤ 1.3× the minimal app; keystroke → painted p95 ≤ 16 ms on the
bundle, ≤ 50 ms at 10k; ≤ 2 KB per typed character. Nothing here asserts them.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import fcntl
import os
import pstats
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

from bench.common import (default_workdir, emit, index_location, index_root, ms, p50, p95,
                          parse_sizes, size_label, table)
from bench.generate import DEFAULT_SEED

PROJECT = Path(__file__).resolve().parents[1]
MINIMAL_APP = Path(__file__).resolve().with_name("tui_minimal.py")
TERMINAL_SIZE = (80, 24)  # columns, rows of the pseudo-terminal
PILOT_SIZE = (100, 30)
TYPED = ("Nagamine", "intelligence sharing", "Han Min-koo", "nuclear minister")
QUIET_S = 0.06  # Pilot: no new frame for this long (several 60 fps frames) = settled
QUIET_PTY_S = 0.3  # pseudo-terminal: no output for this long = the update is complete
FIRST_FRAME_PRINTABLE = 20
STARTUP_TARGET = 1.3
KEY_TARGET_MS = {"bundle": 16.0, "10k": 50.0}
BYTES_TARGET = 2048

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

    def read_quiet(self, quiet: float, timeout: float = 30.0) -> list[tuple[float, bytes]]:
        """Read until nothing has come for `quiet` seconds; the reads of this call."""
        first = len(self.reads)
        deadline = time.perf_counter() + timeout
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
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TEXTUAL", "GSOMIA_TUI", "PYTEST"))}
    env.update(TERM="xterm-256color", COLORTERM="truecolor", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               GSOMIA_TUI_INDEX=str(index_dir), GSOMIA_TUI_DATA=str(data_dir),
               COLUMNS=str(TERMINAL_SIZE[0]), LINES=str(TERMINAL_SIZE[1]))
    return env


def explorer_command() -> list[str]:
    script = Path(sys.executable).with_name("gsomia-tui")
    if script.exists():
        return [str(script)]
    found = shutil.which("gsomia-tui")
    if found:
        return [found]
    return [sys.executable, "-m", "explorer.cli"]


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


# --- start-up -------------------------------------------------------------------------------------
def startup_once(argv: list[str], env: dict[str, str], wait_ready: bool) -> dict:
    terminal = spawn(argv, env)
    try:
        painted = terminal.read_until(first_frame, timeout=60.0)
        if painted is None:
            raise RuntimeError(f"{argv} painted no frame in 60 s; it wrote:\n"
                               f"{terminal.output[-2000:]!r}")
        out = {"first_frame_s": painted - terminal.spawned}
        if wait_ready:
            ready = terminal.read_until(explorer_ready, timeout=60.0)
            out["ready_s"] = None if ready is None else ready - terminal.spawned
        return out
    finally:
        terminal.stop()


def measure_startup(runs: int, env: dict[str, str]) -> dict:
    commands = {"minimal": [sys.executable, str(MINIMAL_APP)], "gsomia-tui": explorer_command()}
    samples: dict[str, list[dict]] = {name: [] for name in commands}
    for name, argv in commands.items():  # warm-up: byte-code caches, page cache
        startup_once(argv, env, wait_ready=False)
    for number in range(runs):
        order = list(commands) if number % 2 == 0 else list(reversed(commands))
        for name in order:
            samples[name].append(startup_once(commands[name], env, name == "gsomia-tui"))
    out: dict = {"runs": runs, "terminal": f"{TERMINAL_SIZE[0]}x{TERMINAL_SIZE[1]}"}
    for name, runs_of in samples.items():
        frames = [s["first_frame_s"] for s in runs_of]
        out[name] = {"first_frame_ms_best": ms(min(frames)), "first_frame_ms_p50": ms(p50(frames)),
                     "first_frame_ms_max": ms(max(frames))}
        ready = [s["ready_s"] for s in runs_of if s.get("ready_s") is not None]
        if ready:
            out[name]["ready_ms_p50"] = ms(p50(ready))
            out[name]["ready_ms_max"] = ms(max(ready))
    mine, base = out["gsomia-tui"], out["minimal"]
    out["ratio_p50"] = round(mine["first_frame_ms_p50"] / base["first_frame_ms_p50"], 2)
    out["ratio_best"] = round(mine["first_frame_ms_best"] / base["first_frame_ms_best"], 2)
    out["target_ratio"] = STARTUP_TARGET
    out["met"] = out["ratio_p50"] <= STARTUP_TARGET
    return out


# --- keystroke latency (Pilot) ---------------------------------------------------------------------
def keys_of(text: str) -> list[str]:
    return list(text)  # Pilot maps " ", "-", '"' ... to their key names itself


async def _keystrokes(make_app, queries, size, ready_timeout: float, profile: bool = False) -> dict:
    from textual.app import App

    from explorer.screens.main import MainScreen

    app = make_app()
    frames: list[tuple[float, int]] = []
    done: list[tuple[float, str]] = []
    display = App._display

    def timed_display(screen, renderable) -> None:
        if renderable is not None:
            # The headless driver skips turning the frame into escape sequences; do it here, as a
            # terminal would need it, so that "painted" includes it (and count its bytes).
            render = getattr(renderable, "render_segments", None)
            count = len(render(app.console).encode("utf-8")) if render else 0
            frames.append((time.perf_counter(), count))
        display(app, screen, renderable)

    def hook(message) -> None:
        if isinstance(message, MainScreen.SearchDone):
            done.append((time.perf_counter(), message.outcome.request.query))

    app._display = timed_display
    started = time.perf_counter()
    async with app.run_test(size=size, message_hook=hook) as pilot:
        screen = await _wait_ready(app, ready_timeout)
        ready_s = time.perf_counter() - started
        await pilot.press("slash")
        await _wait_quiet(frames, QUIET_S * 3, 10.0)
        keys = []
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        for query in queries:
            for position, key in enumerate(keys_of(query)):
                value = query[:position + 1]
                first_frame, first_done = len(frames), len(done)
                pressed = time.perf_counter()
                await pilot.press(key)
                arrived = await _wait_search(done, first_done, value, frames, 120.0)
                after = [t for t, _ in frames[first_frame:]]
                painted = max(after) if after else arrived
                keys.append({
                    "query": value,
                    "painted_ms": ms(max(painted, arrived) - pressed),
                    "result_ms": ms(arrived - pressed),
                    "echo_ms": ms(after[0] - pressed) if after else None,
                    "frames": len(after),
                    "frame_bytes": sum(n for _, n in frames[first_frame:]),
                    "rows": screen.results.option_count,
                })
            first_done = len(done)
            screen.search_box.set_query("")  # back to the listing: not measured
            await _wait_search(done, first_done, "", frames, 120.0)
        if profiler:
            profiler.disable()
        await app.workers.wait_for_complete()
    out = {"ready_s": round(ready_s, 2), "keys": keys}
    if profiler:
        out["profile"] = owner_profile(profiler, len(keys))
    return out


def owner_profile(profiler, keys: int, top: int = 12) -> dict:
    """The event loop thread's time while typing (the search worker thread is not in it; see
    `bench.search_bench --profile`), self time by owner, and our heaviest functions."""
    stats = pstats.Stats(profiler)
    owners: dict[str, float] = {}
    ours, everyone = [], []
    for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
        if "/textual/" in filename:
            owner = "textual"
        elif "/rich/" in filename:
            owner = "rich"
        elif "/whoosh/" in filename:
            owner = "whoosh"
        elif filename.startswith(str(PROJECT)) and "/.venv/" not in filename:
            owner = "bench" if "/bench/" in filename else "ours"
        elif "selectors.py" in filename or (filename == "~" and ("poll" in name or "select" in name)):
            owner = "idle (select)"
        else:
            owner = "other (asyncio, stdlib)"
        owners[owner] = owners.get(owner, 0.0) + tottime
        short = filename.split("/site-packages/")[-1].replace(str(PROJECT) + "/", "")
        row = (cumtime, f"{short}:{line}({name})", calls, tottime)
        everyone.append(row)
        if owner == "ours":
            ours.append(row)
    busy = sum(v for k, v in owners.items() if k not in ("idle (select)", "bench")) or 1.0
    ours.sort(reverse=True)
    everyone.sort(key=lambda r: -r[3])

    def rows(found):
        return [{"function": f, "cum_ms_per_key": ms(c / keys), "self_ms_per_key": ms(t / keys),
                 "calls_per_key": round(n / keys, 1)} for c, f, n, t in found[:top]]

    return {
        "busy_ms_per_key": ms(busy / keys),
        "self_share": {k: round(v / busy, 3) for k, v in sorted(owners.items())
                       if k not in ("idle (select)", "bench")},
        "ours_cumulative": rows(ours),
        "top_self": rows(everyone),
    }


async def _minimal_keystrokes(documents, queries, size) -> dict:
    """The same typing against `bench/tui_minimal.py`'s app: Textual's own cost of the update."""
    sys.path.insert(0, str(MINIMAL_APP.parent))
    try:
        from tui_minimal import MinimalApp
    finally:
        sys.path.pop(0)
    from textual.app import App

    app = MinimalApp(documents)
    frames: list[tuple[float, int]] = []
    display = App._display

    def timed_display(screen, renderable) -> None:
        if renderable is not None:
            render = getattr(renderable, "render_segments", None)
            count = len(render(app.console).encode("utf-8")) if render else 0
            frames.append((time.perf_counter(), count))
        display(app, screen, renderable)

    app._display = timed_display
    keys = []
    async with app.run_test(size=size) as pilot:
        app.query_one("Input").focus()
        await _wait_quiet(frames, QUIET_S * 3, 10.0)
        for query in queries:
            for position, key in enumerate(keys_of(query)):
                value = query[:position + 1]
                first_frame, first_update = len(frames), len(app.updates)
                pressed = time.perf_counter()
                await pilot.press(key)
                deadline = time.perf_counter() + 60.0
                while value not in app.updates[first_update:]:
                    if time.perf_counter() > deadline:
                        raise RuntimeError(f"the minimal app never showed {value!r}")
                    await asyncio.sleep(0.001)
                await _wait_quiet(frames, QUIET_S, 10.0)
                after = [t for t, _ in frames[first_frame:]]
                keys.append({"query": value, "painted_ms": ms(max(after) - pressed) if after else 0.0,
                             "frame_bytes": sum(n for _, n in frames[first_frame:])})
            app.query_one("Input").value = ""
            await _wait_quiet(frames, QUIET_S, 10.0)
    painted = [k["painted_ms"] for k in keys]
    return {"keystrokes": len(keys), "painted_ms_p50": round(p50(painted), 2),
            "painted_ms_p95": round(p95(painted), 2), "painted_ms_max": max(painted),
            "frame_bytes_per_key_p50": int(p50([k["frame_bytes"] for k in keys]))}


async def _wait_ready(app, timeout: float):
    from explorer.screens.main import MainScreen

    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        screen = app.screen
        if (isinstance(screen, MainScreen) and screen.engine is not None
                and screen.outcome is not None and not screen.events.loading):
            await app.workers.wait_for_complete()
            await asyncio.sleep(QUIET_S * 3)
            return screen
        await asyncio.sleep(0.01)
    raise RuntimeError(f"the explorer was not ready after {timeout} s")


async def _wait_quiet(frames, quiet: float, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    seen = len(frames)
    last = time.perf_counter()
    while time.perf_counter() < deadline:
        await asyncio.sleep(0.002)
        if len(frames) != seen:
            seen, last = len(frames), time.perf_counter()
        elif time.perf_counter() - last >= quiet:
            return


async def _wait_search(done, first: int, value: str, frames, timeout: float) -> float:
    """When the search for `value` reached the screen; returns after the frames settle."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        arrived = [t for t, query in done[first:] if query == value]
        if arrived:
            await _wait_quiet(frames, QUIET_S, timeout)
            return arrived[0]
        await asyncio.sleep(0.001)
    raise RuntimeError(f"no search result for {value!r} after {timeout} s")


def summarise_keys(run: dict, target_ms: float | None) -> dict:
    keys = run["keys"]
    extra = {"profile": run["profile"]} if "profile" in run else {}
    painted = [k["painted_ms"] for k in keys]
    result = [k["result_ms"] for k in keys]
    echo = [k["echo_ms"] for k in keys if k["echo_ms"] is not None]
    slowest = sorted(keys, key=lambda k: -k["painted_ms"])[:3]
    out = {
        "keystrokes": len(keys),
        "ready_s": run["ready_s"],
        "painted_ms_p50": round(p50(painted), 2), "painted_ms_p95": round(p95(painted), 2),
        "painted_ms_max": max(painted),
        "result_ms_p50": round(p50(result), 2), "result_ms_p95": round(p95(result), 2),
        "echo_ms_p50": round(p50(echo), 2) if echo else None,
        "ui_after_result_ms_p50": round(p50([k["painted_ms"] - k["result_ms"] for k in keys]), 2),
        "frame_bytes_per_key_p50": int(p50([k["frame_bytes"] for k in keys])),
        "slowest": [{"query": k["query"], "painted_ms": k["painted_ms"],
                     "result_ms": k["result_ms"], "rows": k["rows"]} for k in slowest],
        "per_key": keys,
        **extra,
    }
    if target_ms is not None:
        out["target_p95_ms"] = target_ms
        out["met"] = out["painted_ms_p95"] <= target_ms
    return out


def measure_keys(sizes: list[int], seed: int, workdir: Path, queries=TYPED,
                 ready_timeout: float = 600.0, profile: bool = False) -> dict:
    from corpus.loader import load_bundled
    from explorer.app import GsomiaApp

    out = {}
    scratch = Path(tempfile.mkdtemp(prefix="gsomia-bench-keys-"))
    try:
        bundle = load_bundled()
        from index.search import SearchEngine

        SearchEngine.open(bundle, scratch / "index").close()
        run = asyncio.run(_keystrokes(
            lambda: GsomiaApp(scratch / "index", load_corpus=lambda: bundle),
            queries, PILOT_SIZE, ready_timeout, profile))
        out["bundle"] = {"articles": len(bundle), **summarise_keys(run, KEY_TARGET_MS["bundle"])}
        documents = [(a.headline, a.clean_text) for a in bundle]
        out["minimal app (bundle texts)"] = {
            "articles": len(bundle),
            **asyncio.run(_minimal_keystrokes(documents, queries, PILOT_SIZE))}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for count in sizes:
        from bench.generate import generate_corpus

        corpus = generate_corpus(count, seed)
        root = index_root(workdir, count, seed)
        label = size_label(count)
        if not index_location(root, corpus).is_dir():
            out[label] = {"articles": count, "skipped": "index not built: run "
                          f"python -m bench.index_bench --sizes {label}"}
            continue
        run = asyncio.run(_keystrokes(lambda: GsomiaApp(root, load_corpus=lambda: corpus),
                                      queries, PILOT_SIZE, ready_timeout, profile))
        out[label] = {"articles": count, **summarise_keys(run, KEY_TARGET_MS.get(label))}
    return out


# --- terminal traffic -------------------------------------------------------------------------------
def measure_traffic(env: dict[str, str], queries=TYPED) -> dict:
    terminal = spawn(explorer_command(), env)
    try:
        if terminal.read_until(explorer_ready, timeout=60.0) is None:
            raise RuntimeError(f"gsomia-tui never listed its articles:\n{terminal.output[-2000:]!r}")
        terminal.read_quiet(0.5)
        idle = terminal.read_quiet(1.0, timeout=1.0)
        written = terminal.write(b"/")
        focus = terminal.read_quiet(QUIET_PTY_S)
        chars = []
        for query in queries:
            for position, char in enumerate(query):
                written = terminal.write(char.encode("utf-8"))
                reads = terminal.read_quiet(QUIET_PTY_S)
                chars.append({"query": query[:position + 1],
                              "bytes": sum(len(d) for _, d in reads),
                              "rows": rows_touched(b"".join(d for _, d in reads)),
                              "writes": len(reads),
                              "last_byte_ms": ms(reads[-1][0] - written) if reads else None})
            terminal.write(b"\x15")  # ctrl+u: clear the input (not counted)
            terminal.read_quiet(QUIET_PTY_S)
    finally:
        terminal.stop()
    sizes = [c["bytes"] for c in chars]
    latency = [c["last_byte_ms"] for c in chars if c["last_byte_ms"] is not None]
    heaviest = sorted(chars, key=lambda c: -c["bytes"])[:3]
    return {
        "terminal": f"{TERMINAL_SIZE[0]}x{TERMINAL_SIZE[1]}",
        "characters": len(chars),
        "bytes_per_char_p50": int(p50(sizes)), "bytes_per_char_p95": int(p95(sizes)),
        "bytes_per_char_max": max(sizes), "bytes_total": sum(sizes),
        "focus_search_bytes": sum(len(d) for _, d in focus),
        "idle_bytes_per_s": sum(len(d) for _, d in idle),
        "key_to_last_byte_ms_p50": round(p50(latency), 2) if latency else None,
        "key_to_last_byte_ms_p95": round(p95(latency), 2) if latency else None,
        "target_bytes": BYTES_TARGET,
        "bytes_per_char_mean": int(sum(sizes) / len(sizes)),
        # the figures are medians: the typical key; p95, max and mean say the rest
        "met": p50(sizes) <= BYTES_TARGET,
        "rows_touched_p50": p50([len(c["rows"]) for c in chars]),
        "heaviest": [{"query": c["query"], "bytes": c["bytes"], "rows": c["rows"]}
                     for c in heaviest],
        "per_char": chars,
    }


# --- driver -------------------------------------------------------------------------------------
PARTS = ("startup", "keys", "traffic")


def run(runs: int = 9, sizes: list[int] | None = None, seed: int = DEFAULT_SEED,
        workdir: Path | None = None, parts=PARTS, queries=TYPED, profile: bool = False) -> dict:
    workdir = workdir or default_workdir()
    report: dict = {"seed": seed, "queries": list(queries)}
    with Scratch() as scratch:
        if "startup" in parts:
            report["startup"] = measure_startup(runs, scratch.env)
        if "traffic" in parts:
            report["traffic"] = measure_traffic(scratch.env, queries)
    if "keys" in parts:
        report["keys"] = measure_keys(sizes or [], seed, workdir, queries, profile=profile)
    return report


def render(report: dict) -> str:
    parts = []
    if "startup" in report:
        s = report["startup"]
        rows = [[name, s[name]["first_frame_ms_best"], s[name]["first_frame_ms_p50"],
                 s[name]["first_frame_ms_max"], s[name].get("ready_ms_p50")]
                for name in ("minimal", "gsomia-tui")]
        parts.append(table(["app", "first frame best ms", "p50 ms", "max ms",
                            "listing ready p50 ms"], rows,
                           f"Start-up to the first painted frame ({s['runs']} runs each, "
                           f"interleaved, {s['terminal']} pty)"))
        parts.append(f"gsomia-tui / minimal: p50 {s['ratio_p50']}×, best {s['ratio_best']}× "
                     f"(target ≤ {s['target_ratio']}×: {'met' if s['met'] else 'MISSED'})")
        parts.append("")
    if "keys" in report:
        rows = []
        for name, k in report["keys"].items():
            if "skipped" in k:
                rows.append([name, k["articles"], k["skipped"]] + [None] * 10)
                continue
            met = "-" if "met" not in k else ("yes" if k["met"] else "NO")
            rows.append([name, k["articles"], k["keystrokes"], k["painted_ms_p50"],
                         k["painted_ms_p95"], k["painted_ms_max"], k.get("result_ms_p50"),
                         k.get("result_ms_p95"), k.get("echo_ms_p50"),
                         k.get("ui_after_result_ms_p50"), k["frame_bytes_per_key_p50"],
                         k.get("target_p95_ms"), met])
        parts.append(table(["corpus", "articles", "keys", "painted p50", "painted p95",
                            "painted max", "result p50", "result p95", "echo p50",
                            "UI after result p50", "frame B/key p50", "target p95", "met"], rows,
                           f"Keystroke → results and source painted, ms (Pilot, headless "
                           f"{PILOT_SIZE[0]}x{PILOT_SIZE[1]}; queries {report['queries']})"))
        for name, k in report["keys"].items():
            if "profile" in k:
                prof = k["profile"]
                shares = ", ".join(f"{o} {v:.0%}" for o, v in prof["self_share"].items())
                parts.append(f"  {name} profiled: event loop busy {prof['busy_ms_per_key']} "
                             f"ms/key (self time: {shares})")
                parts.append(table(["our function", "cum ms/key", "self ms/key", "calls/key"],
                                   [[r["function"], r["cum_ms_per_key"], r["self_ms_per_key"],
                                     r["calls_per_key"]] for r in prof["ours_cumulative"]]))
                parts.append(table(["function (by self time)", "self ms/key", "cum ms/key",
                                    "calls/key"],
                                   [[r["function"], r["self_ms_per_key"], r["cum_ms_per_key"],
                                     r["calls_per_key"]] for r in prof["top_self"]]))
            if "slowest" in k:
                parts.append(f"  {name} slowest: " + "; ".join(
                    f"{s['query']!r} {s['painted_ms']} ms ({s['rows']} rows)" for s in k["slowest"]))
        parts.append("")
    if "traffic" in report:
        t = report["traffic"]
        parts.append(table(
            ["chars", "bytes/char p50", "p95", "max", "mean", "total", "focus '/' bytes",
             "idle B/s", "key→last byte p50 ms", "p95 ms", "target", "met (p50)"],
            [[t["characters"], t["bytes_per_char_p50"], t["bytes_per_char_p95"],
              t["bytes_per_char_max"], t["bytes_per_char_mean"], t["bytes_total"], t["focus_search_bytes"],
              t["idle_bytes_per_s"], t["key_to_last_byte_ms_p50"], t["key_to_last_byte_ms_p95"],
              t["target_bytes"], "yes" if t["met"] else "NO"]],
            f"Terminal traffic while typing in gsomia-tui ({t['terminal']} pty, bundled corpus)"))
        parts.append(f"  rows redrawn per char p50: {t['rows_touched_p50']} of "
                     f"{TERMINAL_SIZE[1]}; heaviest: " + "; ".join(
                         f"{h['query']!r} {h['bytes']} B ({len(h['rows'])} rows)"
                         for h in t["heaviest"]))
    return "\n".join(parts)


def smoke() -> dict:
    return run(runs=1, sizes=[], queries=("Nag",))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tui_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each app")
    parser.add_argument("--sizes", default="10k",
                        help="generated corpora for the keystroke figure (indexes must exist); "
                             "'' for the bundle only")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the event loop while typing (a separate, slower run: "
                             "the keystroke figures of a profiled run are inflated)")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        report = smoke()
    else:
        report = run(args.runs, parse_sizes(args.sizes), args.seed, args.workdir,
                     tuple(p for p in args.parts.split(",") if p), profile=args.profile)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    sys.exit(main())

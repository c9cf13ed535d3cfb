"""Keystroke latency as a user meets it: an app under a pseudo-terminal, the typed queries a
key at a time, each key timed to the frames that show it (how: `bench.tui_bench`).

Per key, from the moment the character is written to the terminal:
* echo: the end of the first frame that shows the input holding the new value, with the
  cursor after it (`tui_frames.shows_typed`);
* results: the end of the first frame whose status line says what the app says of that
  value's search (the explorer: the count and the query as understood, computed beforehand
  from the same library with the app's own functions; the minimal app: `“VALUE”: N
  matches`). A key whose status line would not change (the same results as the key before,
  e.g. the one-letter word of `nuclear m`) has no results figure.
Between keys the benchmark waits until the terminal has been quiet for `SETTLE_S`: that is
only the pace of typing, never part of a figure.

Then, in the same session, the queries are typed again at a person's pace (a key every
`PACE_S`, whatever the screen shows): the echo of each key, now while the searches of the
keys before may still run, and, after the last key, when the query's results are painted.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

from bench.common import ms, p50, p95
from bench.tui_common import Terminal, spawn
from bench.tui_frames import (SYNC_QUERY, SYNC_SUPPORTED, Frame, FrameReader, shows_line,
                              shows_typed)

INPUT_ROW, INPUT_COLUMN, STATUS_ROW = 1, 2, 2  # both apps: input text from column 2 of row 1
SETTLE_S = 0.3
PACE_S = 0.15  # about 7 keys a second: a quick typist
KEY_TIMEOUT_S = 30.0
CLEAR = b"\x15"  # ctrl+u: empty the input


@dataclass
class TypingRun:
    """What to start and how to read it: `status(value)` is the status line that shows the
    results of `value` (None: this app shows none)."""

    name: str
    argv: list[str]
    env: dict[str, str]
    ready: Callable[[Terminal], bool]
    status: Callable[[str], str | None]
    focus: bytes = b""


class _Reader:
    """The terminal's reads, fed to a `FrameReader` as they come."""

    def __init__(self, terminal: Terminal) -> None:
        self.terminal, self.frames = terminal, FrameReader()

    def read(self, timeout: float) -> bool:
        got = self.terminal.read(timeout)
        if got:
            self.frames.feed(*self.terminal.reads[-1])
        return got

    def until(self, found: Callable[[], bool], timeout: float) -> bool:
        deadline = time.perf_counter() + timeout
        while not found():
            left = deadline - time.perf_counter()
            if left <= 0 or (not self.read(left) and self.terminal.closed):
                return False
        return True

    def settle(self, quiet: float = SETTLE_S, timeout: float = 10.0) -> None:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline and self.read(quiet):
            pass


def start(run: TypingRun, timeout: float = 120.0) -> tuple[Terminal, _Reader]:
    """Spawn the app, answer its synchronized-output query, wait until it is ready."""
    terminal = spawn(run.argv, run.env)
    reader = _Reader(terminal)
    try:
        if not reader.until(lambda: SYNC_QUERY in terminal.output, 30.0):
            raise RuntimeError(f"{run.name} never asked for synchronized output")
        terminal.write(SYNC_SUPPORTED)
        if not reader.until(lambda: run.ready(terminal), timeout):
            raise RuntimeError(f"{run.name} was not ready in {timeout} s: "
                               f"{terminal.output[-1500:]!r}")
        reader.settle(0.5, timeout)  # the rest of the loading (the event list) ends first
        if run.focus:
            terminal.write(run.focus)
            reader.settle()
    except BaseException:
        terminal.stop()
        raise
    return terminal, reader


def type_key(terminal: Terminal, reader: _Reader, char: str, value: str,
             status: str | None) -> dict:
    """Write one character; time its echo and (when `status` is given) its results."""
    first = len(reader.frames.frames)
    echo: list = []
    results: list = []

    def seen() -> bool:
        for frame in reader.frames.frames[first:]:
            if not echo and shows_typed(frame, value, INPUT_ROW, INPUT_COLUMN):
                echo.append(frame)
            if status is not None and not results and shows_line(frame, status, STATUS_ROW):
                results.append(frame)
        return bool(echo) and (status is None or bool(results))

    written = terminal.write(char.encode("utf-8"))
    complete = reader.until(seen, KEY_TIMEOUT_S)
    reader.settle()
    after = reader.frames.frames[first:]
    return {"value": value,
            "echo_ms": ms(echo[0].ended - written) if echo else None,
            "results_ms": ms(results[0].ended - written) if results else None,
            "results_expected": status is not None, "complete": complete,
            "frames": len(after), "bytes": sum(len(f.data) for f in after),
            "last_frame_ms": ms(after[-1].ended - written) if after else None}


def type_paced(terminal: Terminal, reader: _Reader, query: str, status: str | None,
               pace: float = PACE_S) -> dict:
    """Type `query` a key every `pace` seconds; each key's echo, and when the results of
    the whole query are painted after the last key."""
    echoes = []
    first = len(reader.frames.frames)
    for position, char in enumerate(query):
        value, key_first = query[:position + 1], len(reader.frames.frames)
        written = terminal.write(char.encode("utf-8"))

        def echoed() -> Frame | None:
            return next((f for f in reader.frames.frames[key_first:]
                         if shows_typed(f, value, INPUT_ROW, INPUT_COLUMN)), None)

        reader.until(lambda: echoed() is not None, KEY_TIMEOUT_S)
        frame = echoed()
        echoes.append(ms(frame.ended - written) if frame else None)
        while time.perf_counter() < written + pace and reader.read(written + pace
                                                                   - time.perf_counter()):
            pass
    last = written

    def painted() -> Frame | None:
        return next((f for f in reader.frames.frames[first:]
                     if f.ended >= last and shows_line(f, status or "", STATUS_ROW)), None)

    reader.until(lambda: status is None or painted() is not None, KEY_TIMEOUT_S)
    frame = painted() if status else None
    reader.settle()
    return {"query": query, "echo_ms": echoes,
            "results_after_last_key_ms": ms(frame.ended - last) if frame else None}


def type_interleaved(runs: list[TypingRun], queries, paced: bool = False) -> dict[str, dict]:
    """`runs` started side by side, each key typed into each app in turn (the order
    alternating from key to key), so that the machine's load falls on all alike; name ->
    summary."""
    started = []
    try:
        for run in runs:
            started.append((run, *start(run)))
        keys: dict[str, list] = {run.name: [] for run in runs}
        typed: dict[str, list] = {run.name: [] for run in runs}
        turn = 0
        for query in queries:
            shown = {run.name: run.status("") for run in runs}
            for position, char in enumerate(query):
                value, turn = query[:position + 1], turn + 1
                for run, terminal, reader in started[::1 if turn % 2 else -1]:
                    status = run.status(value)
                    changed = status if status is not None and status != shown[run.name] else None
                    keys[run.name].append(type_key(terminal, reader, char, value, changed))
                    shown[run.name] = status
            for _, terminal, reader in started:
                terminal.write(CLEAR)
                reader.settle()
        for number, query in enumerate(queries if paced else ()):
            for run, terminal, reader in started[::1 if number % 2 else -1]:
                typed[run.name].append(type_paced(terminal, reader, query, run.status(query)))
                terminal.write(CLEAR)
                reader.settle()
    finally:
        for _, terminal, _ in started:
            terminal.stop()
    return {run.name: {**summarise(run.name, keys[run.name]), **summarise_paced(typed[run.name])}
            for run in runs}


def summarise_paced(typed: list[dict]) -> dict:
    if not typed:
        return {}
    echo = [e for t in typed for e in t["echo_ms"] if e is not None]
    return {"paced_pace_ms": ms(PACE_S), "paced_echo_ms_p50": round(p50(echo), 2),
            "paced_echo_ms_p95": round(p95(echo), 2), "paced_echo_ms_max": max(echo),
            "paced_results_after_last_key_ms": [t["results_after_last_key_ms"] for t in typed],
            "paced": typed}


def summarise(name: str, keys: list[dict]) -> dict:
    echo = [k["echo_ms"] for k in keys if k["echo_ms"] is not None]
    results = [k["results_ms"] for k in keys if k["results_ms"] is not None]
    missed = [k["value"] for k in keys if not k["complete"]]
    slowest = sorted((k for k in keys if k["results_ms"] is not None),
                     key=lambda k: -k["results_ms"])[:3]
    return {
        "app": name, "keys": len(keys),
        "echo_ms_p50": round(p50(echo), 2) if echo else None,
        "echo_ms_p95": round(p95(echo), 2) if echo else None,
        "echo_ms_max": max(echo) if echo else None,
        "results_keys": len(results),
        "results_ms_p50": round(p50(results), 2) if results else None,
        "results_ms_p95": round(p95(results), 2) if results else None,
        "results_ms_max": max(results) if results else None,
        "bytes_per_key_p50": int(p50([k["bytes"] for k in keys])),
        "missed": missed,
        "slowest": [{"value": k["value"], "results_ms": k["results_ms"]} for k in slowest],
        "per_key": keys,
    }

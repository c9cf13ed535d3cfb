"""Start-up to the first painted frame: `gsomia-tui` beside `bench/tui_minimal.py`, each
under its own pseudo-terminal (how it is measured: `bench.tui_bench`)."""

from __future__ import annotations

import sys

from bench.common import ms, p50
from bench.tui_common import (MINIMAL_APP, TERMINAL_SIZE, explorer_command, explorer_ready,
                              first_frame, spawn)

STARTUP_TARGET = 1.3


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

"""The explorer's event loop while typing, in process: `GsomiaApp` under Textual's Pilot
(headless), the typed queries a key at a time, for `--parts pilot --profile` (where the time
of a key goes, by owner and function).

Its timings are not the keystroke figures: Pilot's `press` waits for the app to be idle,
the headless driver writes nothing, and "painted" here is the last frame once no frame has
followed for `QUIET_S`, so it includes every follow-up frame. The keystroke figures are
`bench.tui_pty_keys`'s, on a pseudo-terminal."""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import shutil
import tempfile
import time
from pathlib import Path

from bench.common import index_location, index_root, ms, p50, p95, size_label
from bench.tui_common import PROJECT, TYPED

PILOT_SIZE = (100, 30)
QUIET_S = 0.06  # Pilot: no new frame for this long (several 60 fps frames) = settled


def keys_of(text: str) -> list[str]:
    return list(text)  # Pilot maps " ", "-", '"' ... to their key names itself


async def _keystrokes(make_app, queries, size, ready_timeout: float, profile: bool = False) -> dict:

    from explorer.tui.screens.main import MainScreen

    app = make_app()
    frames = record_frames(app)
    done: list[tuple[float, str]] = []

    def hook(message) -> None:
        if isinstance(message, MainScreen.SearchDone):
            done.append((time.perf_counter(), message.outcome.request.query))

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


async def _wait_ready(app, timeout: float):
    from explorer.tui.screens.main import MainScreen

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


def record_frames(app) -> list[tuple[float, int]]:
    """(time, bytes) of every frame `app` hands to its driver from now on.

    The headless driver skips turning a frame into escape sequences; this does it, as a
    terminal would need it, so that "painted" includes it (and its bytes are counted)."""
    from textual.app import App

    frames: list[tuple[float, int]] = []
    display = App._display

    def timed_display(screen, renderable) -> None:
        if renderable is not None:
            render = getattr(renderable, "render_segments", None)
            count = len(render(app.console).encode("utf-8")) if render else 0
            frames.append((time.perf_counter(), count))
        display(app, screen, renderable)

    app._display = timed_display
    return frames


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
    from explorer.tui.app import GsomiaApp

    out = {}
    scratch = Path(tempfile.mkdtemp(prefix="gsomia-bench-keys-"))
    try:
        bundle = load_bundled()
        from index.search import SearchEngine

        SearchEngine.open(bundle, scratch / "index").close()
        run = asyncio.run(_keystrokes(
            lambda: GsomiaApp(scratch / "index", load_corpus=lambda: bundle),
            queries, PILOT_SIZE, ready_timeout, profile))
        out["bundle"] = {"articles": len(bundle), **summarise_keys(run, None)}
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
        out[label] = {"articles": count, **summarise_keys(run, None)}
    return out

"""Monkey test: random keys, clicks and resizes thrown at the explorer in bursts.

    python -m bench.monkey --keys 20000 --seed 7      # the long run (not in CI)
    python -m bench.monkey --keys 2000 --seed 1 --json

Events reach the app the way a terminal driver delivers them (`Driver.process_message`),
many per read, with a pause only between reads: Pilot's `press` waits for idle after each
key, which takes ~40 ms a key and hides the crashes that need events to arrive together
(ctrl+p and PageDown in one read killed Textual 8.2.8's command palette). `q` is only sent
where it does not quit (typed into the search input, after `/` on the main screen, or to
close a dialog); if the app quits all the same (a click on the footer's "q Quit", the
palette's Quit command) that must be a clean exit, and a new app takes over. The keys,
clicks and resizes drawn depend on the seed alone; which screen each lands on depends on how
fast the app keeps up. `tests/test_monkey.py` runs 2,000 keys in CI.

A failure names the seed and prints the last reads in the form `send_burst` replays
("key ctrl+p | resize 60x20 | click 70,20"), to turn into a regression test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import deque
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from bench.common import exit_with

KEYS = (
    # (key as Pilot names it, weight); `q` is added separately, where it cannot quit
    *((letter, 1) for letter in "abdefghilptuvwxzABDEGHKLST"),
    ("space", 2), ("slash", 6), ("escape", 8), ("enter", 6), ("tab", 6), ("shift+tab", 3),
    ("up", 4), ("down", 6), ("left", 2), ("right", 2), ("j", 5), ("k", 4), ("n", 4), ("N", 3),
    ("left_square_bracket", 3), ("right_square_bracket", 4), ("c", 3), ("m", 3), ("y", 3),
    ("s", 3), ("o", 3), ("r", 1), ("question_mark", 2), ("f1", 1), ("ctrl+p", 4),
    ("pageup", 4), ("pagedown", 4), ("home", 2), ("end", 2), ("backspace", 4),
)
MIN_SIZE, MAX_SIZE, START_SIZE = (20, 5), (200, 60), (80, 24)


@dataclass
class Report:
    seed: int
    keys: int = 0
    quit_keys: int = 0
    clicks: int = 0
    scrolls: int = 0
    resizes: int = 0
    bursts: int = 0
    restarts: int = 0  # clean quits (a click on "q Quit", the palette's Quit) and a new app
    ended_running: bool = False  # the last app still running, no exit code, no exception
    seconds: float = 0.0
    peak_rss_mb: int = 0  # of the whole process (Linux: ru_maxrss is in KiB)
    screens: dict[str, int] = field(default_factory=dict)  # the screen on top between reads


class MonkeyFailure(AssertionError):
    """The app died: the seed and the last reads, to replay it."""


# --- events, as a terminal driver makes them ---------------------------------------------

def key_event(key: str):
    """A `Key` event (the same mapping of names to characters as `Pilot.press`)."""
    from textual import events
    from textual.keys import (
        REPLACED_KEYS,
        _character_to_key,
        _get_unicode_name_from_key,
    )

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


def events_for(item: str) -> list:
    """The events of one item of a read: "key ctrl+p", "click 3,4", "scroll_up 3,4",
    "scroll_down 3,4" or "resize 60x20" (a click is a press and a release: the app makes
    the Click)."""
    from textual import events
    from textual.geometry import Size

    kind, _, argument = item.strip().partition(" ")
    if kind == "key":
        return [key_event(argument)]
    if kind == "resize":
        size = Size(*map(int, argument.split("x")))
        return [events.Resize(size, size)]
    x, y = map(int, argument.split(","))

    def mouse(cls, button):
        return cls(None, x, y, 0, 0, button, False, False, False, screen_x=x, screen_y=y)

    if kind == "click":
        return [mouse(events.MouseDown, 1), mouse(events.MouseUp, 1)]
    if kind in ("scroll_up", "scroll_down"):
        return [mouse(events.MouseScrollUp if kind == "scroll_up" else events.MouseScrollDown, 0)]
    raise ValueError(f"unknown item {item!r}")


def send_burst(app, burst: str | list[str]) -> None:
    """Deliver a read ("key escape | key ctrl+p | key K") all at once, as the driver would."""
    from textual import events

    items = burst.split("|") if isinstance(burst, str) else burst
    driver = app._driver
    for item in items:
        for event in events_for(item):
            if isinstance(event, events.Resize):
                driver._size = event.size  # what the headless driver reports as the size
            driver.process_message(event)


# --- the monkey ------------------------------------------------------------------------

class Monkey:
    def __init__(self, seed: int, keys: int, *, burst: int = 40, click_rate: float = 0.05,
                 scroll_rate: float = 0.02, resize_rate: float = 0.015,
                 min_size: tuple[int, int] = MIN_SIZE, max_size: tuple[int, int] = MAX_SIZE,
                 max_restarts: int = 50) -> None:
        self.rng = random.Random(seed)
        self.report = Report(seed)
        self.target = keys
        self.burst = burst
        self.click_rate, self.scroll_rate, self.resize_rate = click_rate, scroll_rate, resize_rate
        self.min_size, self.max_size = min_size, max_size
        self.max_restarts = max_restarts
        self.trail: deque[list[str]] = deque(maxlen=6)  # the last reads, for a failure
        # The stream depends on the seed alone, not on how fast the app keeps up: the keys
        # drawn (the `q`s added where they cannot quit do not count) and the terminal size
        # the monkey itself set are what it goes by.
        self.drawn = 0
        self.size = START_SIZE
        self._keys, self._weights = zip(*KEYS)

    @staticmethod
    def quit_keys_for(app) -> list[str]:
        """Keys that send a `q` which is typed or closes a dialog rather than quits the app;
        none where no such keys exist. On the main screen `/` first focuses the search box
        (a priority binding: what follows it in the same read is typed there)."""
        from textual.widgets import Input

        from explorer.tui.screens.main import MainScreen
        from explorer.tui.screens.too_small import TooSmallScreen

        if isinstance(app.screen, TooSmallScreen):
            return []  # q quits there
        if isinstance(app.screen, MainScreen) and not isinstance(app.focused, Input):
            return ["key slash", "key q"]
        return ["key q"]

    def next_burst(self, app) -> list[str]:
        """One read of 1 to 2 × `burst` items; `q` only first, and only where it cannot quit
        (later in the read the state may have changed)."""
        rng, items = self.rng, []
        length = rng.randint(1, 2 * self.burst - 1)
        quit_keys = self.quit_keys_for(app) if rng.random() < 0.3 else []
        width, height = self.size
        while len(items) < length and self.drawn < self.target:
            roll = rng.random()
            if roll < self.resize_rate:
                width = rng.randint(self.min_size[0], self.max_size[0])
                height = rng.randint(self.min_size[1], self.max_size[1])
                items.append(f"resize {width}x{height}")
            elif roll < self.resize_rate + self.click_rate + self.scroll_rate:
                kind = ("click" if roll < self.resize_rate + self.click_rate
                        else rng.choice(("scroll_up", "scroll_down")))
                items.append(f"{kind} {rng.randrange(width)},{rng.randrange(height)}")
            else:
                items.append(f"key {rng.choices(self._keys, self._weights)[0]}")
                self.drawn += 1
        self.size = (width, height)
        return quit_keys + items

    def _count(self, items: list[str]) -> None:
        for item in items:
            kind = item.split()[0]
            if kind == "key":
                self.report.keys += 1
                self.report.quit_keys += item == "key q"
            elif kind == "resize":
                self.report.resizes += 1
            elif kind == "click":
                self.report.clicks += 1
            else:
                self.report.scrolls += 1

    def _fail(self, app, why: str) -> MonkeyFailure:
        trail = "\n".join(f"  {' | '.join(burst)}" for burst in self.trail)
        error = app._exception
        if error is not None:
            cause = getattr(error, "error", None)  # a WorkerFailed carries the worker's error
            cause = cause if isinstance(cause, BaseException) else error
            why += f": {type(cause).__name__}: {cause}"
            trail += "\n" + "".join(traceback.format_exception(cause))[-4000:]
        return MonkeyFailure(f"{why} (seed {self.report.seed}, after {self.report.keys} keys, "
                             f"{self.report.bursts} reads)\nthe last reads:\n{trail}")

    async def run(self, make_app: Callable[[], object], size: tuple[int, int] = START_SIZE
                  ) -> Report:
        started = time.perf_counter()
        self.size = size
        while True:
            app = make_app()
            try:
                async with app.run_test(size=size) as pilot:
                    await self._drive(app, pilot)
            except Exception:  # run_test re-raises what killed the app
                if app._exception is None:
                    raise
            if app._exception is not None:
                raise self._fail(app, "the app raised")
            if self.report.ended_running:
                self.report.seconds = round(time.perf_counter() - started, 2)
                self.report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
                return self.report
            # the app quit: only a clean exit is acceptable, then a new app carries on
            if app.return_code != 0:
                raise self._fail(app, f"the app exited with status {app.return_code}")
            self.report.restarts += 1
            if self.report.restarts > self.max_restarts:
                raise self._fail(app, f"the app quit {self.report.restarts} times")
            size = self.size  # the new app gets the terminal as the monkey left it

    async def _settle(self, app, pilot) -> None:
        """`pilot.pause()`, but a screen that stops taking its messages fails with the trail (to
        replay it) and the widgets whose messages are still waiting, not a bare timeout."""
        from textual.pilot import WaitForScreenTimeout

        try:
            await pilot.pause()
        except WaitForScreenTimeout:
            stuck = [f"{node!r} ({node._message_queue.qsize()} waiting)"
                     for node in (app, *app.screen.walk_children(with_self=True))
                     if node._message_queue.qsize()]
            raise self._fail(app, "messages not taken within 30 s by " + ", ".join(stuck or ["?"])) from None

    async def _drive(self, app, pilot) -> None:
        """Reads until every key is sent or the app stops; then let it all settle."""
        await app.workers.wait_for_complete()
        await self._settle(app, pilot)
        while self.drawn < self.target and app.return_code is None:
            screen = type(app.screen).__name__
            self.report.screens[screen] = self.report.screens.get(screen, 0) + 1
            items = self.next_burst(app)
            self.trail.append(items)
            send_burst(app, items)
            self._count(items)
            self.report.bursts += 1
            await self._settle(app, pilot)
            if app._exception is not None:
                return
        if app.return_code is None:
            await app.workers.wait_for_complete()
            await self._settle(app, pilot)
            await self._settle(app, pilot)
            self.report.ended_running = (app.is_running and app.return_code is None
                                         and app._exception is None)


def bundled_app_factory(index_root: Path) -> Callable[[], object]:
    """GsomiaApp on the bundled corpus (loaded once), an index under `index_root`."""
    from corpus.loader import load_bundled
    from explorer.tui.app import GsomiaApp
    from explorer.tui.screens.background import build_timeline

    corpus = load_bundled()
    built: dict[str, object] = {}

    def timeline(engine):  # built once: every restart reuses it
        if "timeline" not in built:
            built["timeline"], problem = build_timeline(engine, None)
            if problem:
                raise RuntimeError(problem)
        return built["timeline"]

    return lambda: GsomiaApp(index_root, load_corpus=lambda: corpus, build_timeline=timeline)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.monkey",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--burst", type=int, default=40,
                        help="items per read on average (default 40)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        # the palette's "Screenshot" command saves to the downloads folder: keep it in here,
        # and the user's own library out of it
        os.environ["XDG_DOWNLOAD_DIR"] = scratch
        os.environ["GSOMIA_TUI_DATA"] = str(Path(scratch) / "data")
        previous = os.getcwd()
        os.chdir(scratch)
        monkey = Monkey(args.seed, args.keys, burst=args.burst)
        try:
            report = asyncio.run(monkey.run(bundled_app_factory(Path(scratch) / "index")))
        except MonkeyFailure as failure:
            print(failure, file=sys.stderr)
            return 1
        finally:
            os.chdir(previous)
    if args.json:
        print(json.dumps(asdict(report)))
    else:
        rate = report.keys / report.seconds if report.seconds else 0
        print(f"seed {report.seed}: {report.keys} keys ({report.quit_keys} q), {report.clicks} "
              f"clicks, {report.scrolls} scrolls, {report.resizes} resizes in {report.bursts} "
              f"reads; {report.restarts} clean quits, each followed by a new app; "
              f"{report.seconds} s ({rate:.0f} keys/s), peak memory {report.peak_rss_mb} MB; "
              f"screens on top: {report.screens}")
    return 0


if __name__ == "__main__":
    exit_with(main)

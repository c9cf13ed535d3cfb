"""The hostile-text check the word-list rounds share: each new wording reads a ~100 KB hostile text in under 0.1 s
of CPU (`time.process_time`, not wall time) on a quiet machine.

A loaded machine (two test workers on two cores, a shared host) runs the same reading up to twice as slowly, steal
and caches counting as CPU: a try over its limit is measured again against a yardstick read beside it, a fixed ~400 KB
reading of the same kind whose CPU time on a quiet machine is known, and passes if it is within the limit scaled by
how much slower the yardstick ran then (never by more than `MOST_SLOWDOWN`: a reading that backtracks is slower by
far more, and a fast machine never tightens the limit)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

TRIES = 3  # a slow pattern is slow every time; one slow try on a loaded machine is not a defect
MOST_SLOWDOWN = 2.0
_YARDSTICK_TEXT = "the ministers signed the pact on wednesday and talks resumed " * 6_400
_YARDSTICK = re.compile(r"\b(?=[a-z])(?<!\bthe\s)(?:[a-z]{3,}ed|signed)\b")
_YARDSTICK_QUIET_SECONDS = 0.012  # its CPU time on a quiet machine (2 cores, Python 3.11), best of twelve


def assert_each_reads_quickly(wordings: list[re.Pattern], text: str, limit: float = 0.1) -> None:
    """Fail, naming the pattern, if any of `wordings` takes `limit` seconds of CPU or more over `text` on each of
    `TRIES` tries."""
    for wording in wordings:
        assert any(_within(_cpu_seconds(wording, text), limit) for _ in range(TRIES)), wording.pattern


def _cpu_seconds(wording: re.Pattern, text: str) -> float:
    started = time.process_time()
    for _ in wording.finditer(text):
        pass
    return time.process_time() - started


def assert_runs_quickly(read: Callable[[], object], limit: float = 0.1, what: object = "",
                        forget: Callable[[], object] = lambda: None) -> None:
    """Fail, naming `what`, if `read()` takes `limit` seconds of CPU or more on each of `TRIES` tries. `forget()` is
    called off the clock before each try: a reader that keeps what it read of a text would answer a second try from
    what it kept, and pass however slowly it reads."""
    assert any(_within(_cpu_seconds_of(read, forget), limit) for _ in range(TRIES)), what


def _cpu_seconds_of(read: Callable[[], object], forget: Callable[[], object]) -> float:
    forget()
    started = time.process_time()
    read()
    return time.process_time() - started


def _within(seconds: float, limit: float) -> bool:
    """Whether a try's `seconds` are within `limit`, scaled by the machine's slowdown when they are over it."""
    return seconds < limit or seconds < limit * slowdown()


def slowdown() -> float:
    """How many times slower than a quiet machine this one reads now (1 to `MOST_SLOWDOWN`): the yardstick's CPU
    time, best of three, over its quiet one."""
    seconds = min(_cpu_seconds(_YARDSTICK, _YARDSTICK_TEXT) for _ in range(TRIES))
    return min(max(seconds / _YARDSTICK_QUIET_SECONDS, 1.0), MOST_SLOWDOWN)

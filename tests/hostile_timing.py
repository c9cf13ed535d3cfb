"""The hostile-text check the word-list rounds share: each new wording reads a ~100 KB hostile text in under 0.1 s
of CPU (`time.process_time`, not wall time)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

TRIES = 3  # a slow pattern is slow every time; one slow try on a loaded machine is not a defect


def assert_each_reads_quickly(wordings: list[re.Pattern], text: str, limit: float = 0.1) -> None:
    """Fail, naming the pattern, if any of `wordings` takes `limit` seconds of CPU or more over `text` on each of
    `TRIES` tries."""
    for wording in wordings:
        assert any(_cpu_seconds(wording, text) < limit for _ in range(TRIES)), wording.pattern


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
    assert any(_cpu_seconds_of(read, forget) < limit for _ in range(TRIES)), what


def _cpu_seconds_of(read: Callable[[], object], forget: Callable[[], object]) -> float:
    forget()
    started = time.process_time()
    read()
    return time.process_time() - started

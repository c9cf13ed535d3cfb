"""The shared hostile-text check (`tests.hostile_timing`): a read passes when one of its tries is under the limit, and
what a reader keeps of a text is forgotten before each try, so a reader that is slow only on its first reading of a
text still fails."""

from __future__ import annotations

import re
import time
from functools import lru_cache

import pytest

from tests import hostile_timing
from tests.hostile_timing import MOST_SLOWDOWN, TRIES, assert_runs_quickly

_LIMIT = 0.02
_OVER = (MOST_SLOWDOWN + 1) * _LIMIT  # over the limit however slow the machine is found


def _spin(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


@lru_cache(maxsize=1)
def _slowly_read_and_kept(text: str) -> int:
    _spin(_OVER)
    return len(text)


def test_a_quick_read_passes_on_its_first_try():
    calls = []
    assert_runs_quickly(lambda: calls.append(1), limit=_LIMIT, forget=lambda: calls.append(0))
    assert calls == [0, 1]


def test_a_read_slow_on_every_try_fails_naming_what_was_read():
    forgotten = []
    with pytest.raises(AssertionError, match="the hostile text"):
        assert_runs_quickly(lambda: _spin(_OVER), limit=_LIMIT, what="the hostile text",
                            forget=lambda: forgotten.append(1))
    assert len(forgotten) == TRIES


def test_one_slow_try_is_not_a_failure():
    tries = []

    def slow_once() -> None:
        tries.append(1)
        if len(tries) == 1:
            _spin(_OVER)
    assert_runs_quickly(slow_once, limit=_LIMIT)
    assert len(tries) == 2


def test_a_reader_slow_on_its_first_reading_fails_when_what_it_kept_is_forgotten():
    _slowly_read_and_kept.cache_clear()
    assert_runs_quickly(lambda: _slowly_read_and_kept("text"), limit=_LIMIT)  # (the hazard: kept after the first)
    with pytest.raises(AssertionError):
        assert_runs_quickly(lambda: _slowly_read_and_kept("text"), limit=_LIMIT,
                            forget=_slowly_read_and_kept.cache_clear)


def test_nothing_is_forgotten_unless_asked():
    _slowly_read_and_kept.cache_clear()
    _slowly_read_and_kept("text")
    assert_runs_quickly(lambda: _slowly_read_and_kept("text"), limit=_LIMIT)
    assert _slowly_read_and_kept.cache_info().hits == 1



def test_a_try_over_its_limit_passes_within_the_machines_slowdown(monkeypatch):
    monkeypatch.setattr(hostile_timing, "slowdown", lambda: 2.0)
    assert_runs_quickly(lambda: _spin(1.5 * _LIMIT), limit=_LIMIT)
    with pytest.raises(AssertionError):
        assert_runs_quickly(lambda: _spin(2.5 * _LIMIT), limit=_LIMIT)


def test_the_slowdown_is_not_measured_for_a_try_within_its_limit(monkeypatch):
    def measured() -> float:
        raise AssertionError("measured")
    monkeypatch.setattr(hostile_timing, "slowdown", measured)
    assert_runs_quickly(lambda: None, limit=_LIMIT)


def test_the_slowdown_is_never_under_one_nor_over_the_most(monkeypatch):
    monkeypatch.setattr(hostile_timing, "_YARDSTICK_QUIET_SECONDS", 1e-9)  # as if the machine were very slow
    assert hostile_timing.slowdown() == MOST_SLOWDOWN
    monkeypatch.setattr(hostile_timing, "_YARDSTICK_QUIET_SECONDS", 1e9)  # as if it were very fast
    assert hostile_timing.slowdown() == 1.0


def test_a_reading_that_backtracks_fails_on_a_slow_machine(monkeypatch):
    monkeypatch.setattr(hostile_timing, "_YARDSTICK_QUIET_SECONDS", 1e-9)
    with pytest.raises(AssertionError, match=re.escape("(?:a+)+b")):  # (2**20 ways to read 20 letters: ~0.1 s)
        hostile_timing.assert_each_reads_quickly([re.compile(r"(?:a+)+b")], "a" * 20, limit=0.01)

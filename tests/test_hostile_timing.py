"""The shared hostile-text check (`tests.hostile_timing`): a read passes when one of its tries is under the limit, and
what a reader keeps of a text is forgotten before each try, so a reader that is slow only on its first reading of a
text still fails."""

from __future__ import annotations

import time
from functools import lru_cache

import pytest

from tests.hostile_timing import TRIES, assert_runs_quickly

_LIMIT = 0.02


def _spin(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


@lru_cache(maxsize=1)
def _slowly_read_and_kept(text: str) -> int:
    _spin(2 * _LIMIT)
    return len(text)


def test_a_quick_read_passes_on_its_first_try():
    calls = []
    assert_runs_quickly(lambda: calls.append(1), limit=_LIMIT, forget=lambda: calls.append(0))
    assert calls == [0, 1]


def test_a_read_slow_on_every_try_fails_naming_what_was_read():
    forgotten = []
    with pytest.raises(AssertionError, match="the hostile text"):
        assert_runs_quickly(lambda: _spin(2 * _LIMIT), limit=_LIMIT, what="the hostile text",
                            forget=lambda: forgotten.append(1))
    assert len(forgotten) == TRIES


def test_one_slow_try_is_not_a_failure():
    tries = []

    def slow_once() -> None:
        tries.append(1)
        if len(tries) == 1:
            _spin(2 * _LIMIT)
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

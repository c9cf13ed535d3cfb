"""The loaded articles are kept out of full garbage collections, and a reload frees the old."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from conftest import settle, wait_for

from explorer.tui.screens import background
from explorer.tui.screens import main as main_screen
from explorer.tui.screens.heap import COLLECTIONS_BEFORE_GIVING_UP, LongLivedHeap
from explorer.tui.screens.main import FREEZE_RETRY_SECONDS


class Engine:
    """Stands for a SearchEngine: something a load retires."""


@pytest.fixture
def heap():
    heap = LongLivedHeap()
    yield heap
    heap.thaw()
    assert gc.get_freeze_count() == 0


def test_an_idle_heap_freezes_and_thaws(heap):
    assert heap.freeze() is True and heap.frozen
    assert gc.get_freeze_count() > 0
    heap.thaw()
    assert not heap.frozen and gc.get_freeze_count() == 0


def test_no_freeze_while_a_worker_body_runs(heap):
    with heap.working():
        assert heap.freeze() is None
        assert gc.get_freeze_count() == 0
    assert heap.freeze() is True


def test_a_retired_engine_still_held_is_waited_for_then_given_up(heap):
    held = Engine()
    heap.thaw(retiring=held)
    for _ in range(COLLECTIONS_BEFORE_GIVING_UP):
        assert heap.freeze() is None
    assert heap.freeze() is False
    assert gc.get_freeze_count() == 0
    heap.thaw(retiring=None)  # the next load tries again, and the engine is still not frozen
    assert heap.freeze() is None
    del held
    assert heap.freeze() is True


def test_a_retired_engine_in_a_cycle_is_collected_first(heap):
    retired = Engine()
    retired.itself = retired  # freed only by a collection
    gone = weakref.ref(retired)
    heap.thaw(retiring=retired)
    del retired
    assert heap.freeze() is True
    assert gone() is None


async def test_the_explorer_freezes_its_load_and_a_reload_frees_the_old_engine(make_app,
                                                                              monkeypatch):
    """A search of the old engine still runs (cancelled, in its thread) when the reload comes
    in: the freeze waits for it, then the old engine is collected, not frozen. (Before the
    workers stopped taking the engine as an argument, Textual's pool thread kept it alive.)"""
    release = threading.Event()
    real_search = background.search

    def search(engine, request):
        if request.query == "held":
            release.wait(20)
        return real_search(engine, request)

    monkeypatch.setattr(background, "search", search)
    monkeypatch.setattr(main_screen, "FREEZE_FROM_ARTICLES", 5)  # the bundle's five
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        await wait_for(pilot, lambda: screen.heap.frozen)
        assert gc.get_freeze_count() > 0
        old = weakref.ref(screen.engine)

        screen.search_box.set_query("held")
        await wait_for(pilot, lambda: screen.heap._running == 1)
        screen.search_box.set_query("")
        await pilot.press("escape", "r")
        await wait_for(pilot, lambda: screen.engine is not old())
        await pilot.pause(3 * FREEZE_RETRY_SECONDS)  # the load is done; freezing is tried
        assert not screen.heap.frozen and gc.get_freeze_count() == 0
        assert old() is not None  # held by the search thread

        release.set()
        await wait_for(pilot, lambda: screen.heap.frozen)
        assert old() is None
        assert screen.results.option_count == 5
    assert gc.get_freeze_count() == 0  # thawed as the screen went


async def test_a_small_corpus_is_not_frozen(make_app):
    """Five articles: full collections are quick, nothing to gain from pinning cycles."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.pause(2 * FREEZE_RETRY_SECONDS)
        assert app.screen.timeline is not None
        assert not app.screen.heap.frozen and gc.get_freeze_count() == 0

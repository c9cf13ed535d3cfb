"""Searches in a process of their own (`index.search_service`) and the explorer using it."""

from __future__ import annotations

import os
import queue
import subprocess
import time
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest

from conftest import settle

from corpus.library import load_corpus
from explorer.tui.screens import background
from explorer.tui.screens.background import SearchRequest
from index.search_service import Reply, SearchProcess, SearchProcessError

TESTS = Path(__file__).parent


@pytest.fixture
def helpers_importable(monkeypatch):
    """The child process imports the helpers by name."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(
        filter(None, [str(TESTS), os.environ.get("PYTHONPATH")])))


def started(open_engine, answer) -> tuple[SearchProcess, "queue.Queue[Reply]"]:
    replies: queue.Queue[Reply] = queue.Queue()
    process = SearchProcess(open_engine, answer, replies.put)
    process.start()
    return process, replies


@contextmanager
def serving(open_engine, answer):
    """A started process that said it is ready; stopped afterwards."""
    process, replies = started(open_engine, answer)
    try:
        next_reply(replies, "ready")
        yield process, replies
    finally:
        process.stop()


def next_reply(replies, kind: str | None = None, timeout: float = 60.0) -> Reply:
    reply = replies.get(timeout=timeout)
    assert kind is None or reply.kind == kind, reply
    return reply


def gone(pid: int) -> bool:
    """No such process (reaped: not even a zombie)."""
    return not Path(f"/proc/{pid}").exists()


def test_answers_are_the_in_process_search(tmp_path):
    data, index = tmp_path / "data", tmp_path / "index"
    opener = partial(background.open_engine, index, partial(load_corpus, data))
    with serving(opener, background.search) as (process, replies):
        here = opener()
        for query in ("Nagamine", "outlet:kbs", '"intelligence sharing"', ""):
            request = SearchRequest(query)
            process.ask(request)
            answer = next_reply(replies, "answer").value
            expected = background.search(here, request)
            assert answer.request == request
            assert answer.total == expected.total > 0
            assert [a.id for _, a in answer.rows] == [a.id for _, a in expected.rows]
            assert answer.result == expected.result


def test_requests_asked_during_a_search_are_dropped_but_the_last(helpers_importable):
    from search_process_helpers import open_engine, slow_answer

    with serving(open_engine, slow_answer) as (process, replies):
        for query in ("N", "Na", "Nag", "Naga"):
            process.ask(query)
            time.sleep(0.05)
        answer = next_reply(replies, "answer").value
        # "N" was answered first (the caller dropped it), "Na" and "Nag" never ran
        assert answer == ("Naga", ["N", "Naga"])
        with pytest.raises(queue.Empty):
            replies.get(timeout=0.6)


def test_a_failed_search_is_one_line_and_the_process_goes_on(helpers_importable):
    from search_process_helpers import failing_answer, open_engine

    with serving(open_engine, failing_answer) as (process, replies):
        process.ask("word[")
        assert next_reply(replies, "error").value == "ValueError: cannot read 'word[' second line"
        process.ask("again")
        assert next_reply(replies, "error").number == 2


def test_a_process_that_cannot_open_says_why_and_exits(helpers_importable):
    from search_process_helpers import open_nothing, slow_answer

    process, replies = started(open_nothing, slow_answer)
    pid = process.pid
    ended = next_reply(replies, "ended")
    assert "could not open the articles: FileNotFoundError: no index at /nowhere" in ended.value
    process.stop()
    assert gone(pid)


def test_functions_that_cannot_be_handed_over_are_refused():
    with pytest.raises(SearchProcessError, match="cannot hand the search to a process"):
        SearchProcess(lambda: None, background.search, print).start()


def test_stop_does_not_wait_for_a_running_search(helpers_importable, tmp_path):
    from search_process_helpers import answer_after_a_while, open_engine

    process, replies = started(open_engine, answer_after_a_while)
    next_reply(replies, "ready")
    pid, marker = process.pid, tmp_path / "answered"
    process.ask(str(marker))
    time.sleep(0.2)  # the search has begun
    process.stop()
    assert gone(pid) and not marker.exists()
    with pytest.raises(queue.Empty):  # stopping on purpose is not reported as an end
        replies.get(timeout=0.2)


# --- the explorer -------------------------------------------------------------------------------
def process_app(tmp_path, **kwargs):
    from explorer.tui.app import GsomiaApp

    # the articles as `gsomia-tui` opens them: the bundle and the library of GSOMIA_TUI_DATA
    return GsomiaApp(tmp_path / "index", search_process=True, **kwargs)


async def until(pilot, condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


async def search_for(app, pilot, query: str):
    app.screen.search_box.set_query(query)
    await until(pilot, lambda: app.screen.outcome is not None
                and app.screen.outcome.request.query == query)
    return app.screen.outcome


def toasts(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_the_explorer_searches_in_its_process_and_ends_it_on_quit(tmp_path):
    app = process_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen._process_ready)
        pid = screen.search_process.pid
        asked = []
        ask = screen.search_process.ask
        screen.search_process.ask = lambda request: (asked.append(request.query), ask(request))
        await pilot.press("slash", *"Nagamine")
        await until(pilot, lambda: screen.outcome.request.query == "Nagamine")
        assert screen.outcome.total == 2 and asked[-1] == "Nagamine"
        assert "2 articles" in str(screen.search_box.query_one("#search-status").render())
        assert not any("Searching inside" in t for t in toasts(app))
    assert gone(pid)


async def test_without_a_process_the_explorer_searches_itself_and_says_so(tmp_path, monkeypatch):
    def cannot_start(*args, **kwargs):
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(subprocess, "Popen", cannot_start)
    app = process_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.screen.search_process is None
        note = [t for t in toasts(app) if "Searching inside the explorer" in t]
        assert note == ["Searching inside the explorer (cannot start the search process: "
                        "[Errno 24] Too many open files): typing may lag while a search runs."]
        assert (await search_for(app, pilot, "Nagamine")).total == 2


async def test_a_search_process_that_dies_is_replaced_by_the_thread(tmp_path):
    app = process_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen._process_ready)
        os.kill(screen.search_process.pid, 9)
        await until(pilot, lambda: screen.search_process is None)
        assert any("the search process stopped: it exited (status -9)" in t
                   for t in toasts(app))
        assert (await search_for(app, pilot, "Nagamine")).total == 2


async def test_reload_reopens_the_process_articles(tmp_path):
    from corpus.library import add_paths

    app = process_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await until(pilot, lambda: screen._process_ready)
        assert (await search_for(app, pilot, "outlet:times")).total == 0
        times = TESTS / "fixtures" / "ingest" / "times.md"
        assert [o.status for o in add_paths([times], {}, load_corpus())] == ["added"]
        await pilot.press("escape", "r")
        await until(pilot, lambda: len(screen.loaded) == 6)
        screen.search_box.set_query("")
        assert (await search_for(app, pilot, "outlet:times")).total == 1
        assert screen.search_process is not None


def test_the_process_runs_below_the_callers_priority(helpers_importable):
    from search_process_helpers import open_engine, slow_answer

    from index.search_service import NICENESS

    with serving(open_engine, slow_answer) as (process, _):
        child = os.getpriority(os.PRIO_PROCESS, process.pid)
        assert child == min(os.getpriority(os.PRIO_PROCESS, 0) + NICENESS, 19)


def test_the_processs_niceness_may_be_given_for_measuring(helpers_importable, monkeypatch):
    from search_process_helpers import open_engine, slow_answer

    from index.search_service import NICENESS_ENV, niceness

    monkeypatch.setenv(NICENESS_ENV, "not a number")
    assert niceness() == 10
    monkeypatch.setenv(NICENESS_ENV, "3")
    with serving(open_engine, slow_answer) as (process, _):
        child = os.getpriority(os.PRIO_PROCESS, process.pid)
        assert child == min(os.getpriority(os.PRIO_PROCESS, 0) + 3, 19)


def test_the_engine_is_warmed_once_ready_unless_a_search_waits():
    from index.search_service import _Inbox, _warm

    class Warmed:
        warmed = 0

        def warm(self):
            self.warmed += 1

    class Failing:
        def warm(self):
            raise OSError("disk gone")

    engine, inbox = Warmed(), _Inbox()
    _warm(engine, inbox)
    assert engine.warmed == 1
    inbox.put("search", 1, "Nagamine")
    _warm(engine, inbox)
    assert engine.warmed == 1  # the search goes first, and reads what it needs
    _warm(Failing(), _Inbox())  # only an optimisation: never an error
    _warm(object(), _Inbox())  # an engine without `warm`

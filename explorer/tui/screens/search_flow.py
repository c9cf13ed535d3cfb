"""Searching for the main screen (a mixin of MainScreen): where each search runs, and showing
what it found.

With `search_process`, searches run in a process of their own (`index.search_service`), so
that Whoosh never holds the interpreter lock the drawing needs: the echo of a typed key does not
wait behind a search. The process starts once the articles are open; until it is ready, and if
it cannot start or stops, searches run in a thread worker as before, and a one-line note says
so. Quitting ends the process at once, even in the middle of a search.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from explorer.tui.screens import background
from explorer.tui.screens.background import SORT_LABELS, SearchOutcome, SearchRequest
from explorer.tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from index.search_service import Reply, SearchProcess

FALLBACK_NOTE = "Searching inside the explorer ({why}): typing may lag while a search runs."


@dataclass
class SearchDone(Message):
    outcome: SearchOutcome


@dataclass
class SearchProcessReplied(Message):
    reply: Reply


class SearchFlow:
    """Needs the screen's `engine`, `heap`, `search_box`, `index_root`, `load_corpus`,
    `use_search_process`, `current_request` and `show_outcome`."""

    search_process: SearchProcess | None = None
    _process_ready = False
    _search_after_frame = False  # a search of the typed query waits for the echo
    _asked: SearchRequest | None = None  # the last request the process was asked

    def request_search(self) -> None:
        if self.engine is None:
            return
        request = self.current_request()
        if self.search_process is not None and self._process_ready:
            self._asked = request
            self.search_process.ask(request)
        else:
            self.run_search(request)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, request: SearchRequest) -> None:
        try:
            with self.heap.working():
                outcome = background.search(self.engine, request)
        except Exception as error:  # noqa: BLE001 - shown to the user
            outcome = SearchOutcome(request, error=f"search failed: {background.describe(error)}")
        if not get_current_worker().is_cancelled:
            self.post_message(SearchDone(outcome))

    def on_search_box_query_changed(self, message: SearchBox.QueryChanged) -> None:
        """Search once the typed character is on the screen: started at once, a search in
        a thread would delay the echo (the interpreter lock). Keys typed before that frame
        share one search, of the box's value then."""
        if not self._search_after_frame:
            self._search_after_frame = True
            self.call_after_refresh(self._search_typed)

    def _search_typed(self) -> None:
        self._search_after_frame = False
        self.request_search()

    def on_search_done(self, message: SearchDone) -> None:
        outcome = message.outcome
        if outcome.request != self.current_request():
            return  # a newer request is on its way
        # One frame for all of it: each frame repaints its regions whole (bytes over SSH).
        with self.app.batch_update():
            self.search_box.show_outcome(outcome, self.outlet_label() or "all outlets",
                                         SORT_LABELS[self.sort])
            if not (outcome.error or outcome.hint):
                self.show_results(outcome)

    # --- the search process ------------------------------------------------------------

    def start_search_process(self) -> None:
        """Once the articles are open (they and the index are up to date by then)."""
        if not self.use_search_process or self.search_process is not None:
            return
        from index.search_service import SearchProcess, SearchProcessError

        process = SearchProcess(partial(background.open_engine, self.index_root, self.load_corpus),
                                background.search, self._reply_from_process)
        try:
            process.start()
        except SearchProcessError as error:
            self._search_here(str(error))
        else:
            self.search_process = process

    def library_changed(self) -> None:
        """The articles were opened again (a reload): so must the process's."""
        if self.search_process is not None:
            self.search_process.reopen()

    def stop_search_process(self) -> None:
        process, self.search_process, self._process_ready = self.search_process, None, False
        if process is not None:
            process.stop()

    def _reply_from_process(self, reply: Reply) -> None:
        """On the process's listening thread: hand the reply to the event loop."""
        self.post_message(SearchProcessReplied(reply))

    def on_search_process_replied(self, message: SearchProcessReplied) -> None:
        reply = message.reply
        if self.search_process is None:
            return  # stopped since
        if reply.kind == "ready":
            self._process_ready = True
        elif reply.kind == "answer":
            self.post_message(SearchDone(reply.value))
        elif reply.kind == "error" and self._asked is not None:
            self.post_message(SearchDone(SearchOutcome(self._asked,
                                                       error=f"search failed: {reply.value}")))
        elif reply.kind == "notice":
            self.notify(reply.value, markup=False, timeout=8)
        elif reply.kind == "ended":
            self._search_here(f"the search process stopped: {reply.value}")
            self.request_search()  # what was asked of it, here

    def _search_here(self, why: str) -> None:
        self.stop_search_process()
        self.notify(FALLBACK_NOTE.format(why=why), markup=False, severity="warning", timeout=10)

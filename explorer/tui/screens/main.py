"""The main screen owns the flows: it routes every message between search, results, events
and the source pane, and runs the blocking work in thread workers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.worker import get_current_worker

from explorer.tui.screens import background
from explorer.tui.render import literal
from explorer.tui.screens.background import (SORT_LABELS, SORTS, SearchOutcome, SearchRequest,
                                              describe)
from explorer.tui.screens.dialog_actions import DialogActions
from explorer.tui.screens.heap import LongLivedHeap
from explorer.tui.screens.outlet_stops import OutletStops, find_for_biggest_events
from explorer.tui.screens.search_flow import SearchDone, SearchFlow
from explorer.tui.screens.shared_flow import SharedTextFlow
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from explorer.tui.widgets.event_list import EventList
from explorer.tui.widgets.facet_bar import FacetBar
from explorer.tui.widgets.footer import FittingFooter
from explorer.tui.widgets.results_list import ResultsList
from explorer.tui.widgets.results_pane import ResultsPane
from explorer.tui.widgets.search_box import ACCEPT_KEY, SearchBox
from explorer.tui.widgets.source_pane import SourcePane, SourceView

if TYPE_CHECKING:
    from index.results import Timeline
    from index.search import SearchEngine


FREEZE_RETRY_SECONDS = 0.5
# Below this many articles a full collection is a few milliseconds: freezing would only keep
# the cycles it pins (see LongLivedHeap) for nothing.
FREEZE_FROM_ARTICLES = 1000


class MainScreen(DialogActions, SharedTextFlow, SearchFlow, IgnoresStaleResize, Screen):
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (50, "-narrow"), (80, "-normal"), (120, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    BINDINGS = [
        # priority: checked as the key arrives, so that what is typed right after `/` in the
        # same read (laggy SSH, a fast typist) already goes to the input; off while the input
        # has the focus, where `/` is typed like any other character
        Binding("slash", "focus_search", "Search", id="search", priority=True),
        Binding("tab", "app.focus_next", "Panes", id="next_pane"),
        Binding("right_square_bracket", "step_outlet(1)", "Next outlet", id="next_outlet"),
        Binding("left_square_bracket", "step_outlet(-1)", "Previous outlet", show=False,
                id="previous_outlet"),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("m", "matrix", "Matrix", id="matrix"),
        Binding("y", "copy_passage", "Copy", id="copy"),
        Binding(ACCEPT_KEY, "accept_suggestion", "Did you mean", id="accept_suggestion"),
        Binding("r", "reload", "Reload", show=False, id="reload"),
    ]

    @dataclass
    class EngineReady(Message):
        engine: SearchEngine
        articles: dict[str, str]  # id -> fingerprint of what was loaded (for the next reload)
        notices: tuple[str, ...] = ()  # what opening the library had to say (`library_notices`)

    @dataclass
    class TimelineReady(Message):
        timeline: Timeline | None
        problem: str | None

    SearchDone = SearchDone

    @dataclass
    class LoadFailed(Message):
        problem: str

    @dataclass
    class IndexProgress(Message):
        """The index is being built again (after an upgrade): how far it is."""
        done: int
        total: int

    def __init__(self, index_root: Path | None = None, load_corpus=None,
                 build_timeline=None, search_process: bool = False) -> None:
        super().__init__()
        self.index_root = index_root
        self.load_corpus = load_corpus
        self.use_search_process = search_process  # search in a process (index.search_service)
        self.timeline_builder = build_timeline
        self.engine: SearchEngine | None = None
        self.loaded: dict[str, str] = {}  # what the engine's articles were when loaded
        self.timeline: Timeline | None = None
        self.sort = "relevance"
        self.outlet_id: str | None = None
        self.outcome: SearchOutcome | None = None
        self.stops: OutletStops | None = None  # the chosen event and its outlet: `[` / `]`
        self._last_available: dict[str, bool] = {}
        self.heap = LongLivedHeap()

    def compose(self) -> ComposeResult:
        yield SearchBox(id="search-box")
        with Horizontal(id="panes"):
            with Container(id="lists"):
                yield ResultsPane(id="results-pane", classes="pane")
                with Vertical(id="events-pane", classes="pane"):
                    yield EventList(id="events")
            yield SourcePane(id="source")
        yield FittingFooter()

    search_box = getters.query_one(SearchBox)
    results = getters.query_one(ResultsList)
    events = getters.query_one(EventList)
    source = getters.query_one(SourcePane)
    results_pane = getters.query_one(ResultsPane)

    def on_mount(self) -> None:
        self.results_pane.border_title = "Results"
        self.query_one("#events-pane").border_title = "Events"
        self.source.border_title = "Source"
        self.results.focus()
        self.open_engine()

    # --- workers: they post messages and never touch widgets ---------------------------
    # A worker's failure becomes a visible state (a message), never a crash.

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def open_engine(self) -> None:
        try:
            with self.heap.working():
                engine = background.open_engine(self.index_root, self.load_corpus,
                                                self._index_progress_from_thread)
                articles = engine.corpus.fingerprints()
                notices = background.library_notices(engine.corpus)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.post_message(self.LoadFailed(f"Could not open the articles: {describe(error)}"))
        else:
            self.post_message(self.EngineReady(engine, articles, notices))

    # The two below read the screen's engine rather than take it as an argument: Textual keeps
    # each pool thread's last worker, arguments and all, until that thread runs another, and
    # an engine held there would outlive a reload (see LongLivedHeap).

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def load_timeline(self) -> None:
        worker = get_current_worker()
        try:
            with self.heap.working():
                timeline, problem = background.build_timeline(
                    self.engine, self.timeline_builder, lambda: worker.is_cancelled,
                    self.events.progress_from_thread)
                if timeline is not None:
                    find_for_biggest_events(timeline)
        except background.TimelineStopped:
            return  # quitting or reloading: `q` must not wait for every article's events
        except Exception as error:  # noqa: BLE001 - shown to the user
            timeline, problem = None, f"event list unavailable: {describe(error)}"
        self.post_message(self.TimelineReady(timeline, problem))

    def _index_progress_from_thread(self, done: int, total: int) -> None:
        self.post_message(self.IndexProgress(done, total))  # (post_message is thread-safe)

    def on_main_screen_index_progress(self, message: IndexProgress) -> None:
        if self.engine is None:  # a reload's rebuild leaves the open engine's results shown
            self.search_box.show_status(literal(
                f"Indexing the articles: {message.done:,} of {message.total:,}…"))

    def on_main_screen_load_failed(self, message: LoadFailed) -> None:
        self.source.show_message(message.problem)
        self.search_box.show_error("search unavailable: the articles could not be opened")

    # --- loading ---------------------------------------------------------------------

    def action_reload(self) -> None:
        """Read the articles again, e.g. after `gsomia-tui add` in another terminal."""
        self.notify("Reloading the articles…", markup=False)
        self.open_engine()

    def on_main_screen_engine_ready(self, message: EngineReady) -> None:
        if self.engine is not None:
            self.notify(background.reload_summary(self.loaded, message.articles), markup=False)
        self.loaded = message.articles
        self.heap.thaw(retiring=self.engine)
        self.engine = message.engine
        message.engine.on_notice = self._notice_from_worker  # a damaged read forced a rebuild
        if message.engine.notice:
            self.notify(message.engine.notice, markup=False, timeout=8)
        for problem in (*message.notices, *map(str, message.engine.corpus.problems)):
            self.notify(problem, markup=False, severity="warning", timeout=8)
        self.events.loading = True
        self.load_timeline()
        self.start_shared_text()
        self.library_changed()
        self.start_search_process()
        self.request_search()

    def _notice_from_worker(self, notice: str) -> None:
        self.app.call_from_thread(self.notify, notice, markup=False, timeout=8)

    def on_main_screen_timeline_ready(self, message: TimelineReady) -> None:
        self.events.loading = False
        self.timeline = message.timeline
        if message.timeline is None:
            self.events.show_problem(message.problem or "event list unavailable")
        else:
            self.events.show_timeline(message.timeline)
            self._update_bindings()
        if self.engine is not None and len(self.engine.corpus) >= FREEZE_FROM_ARTICLES:
            self._freeze_when_idle()

    def _freeze_when_idle(self) -> None:
        """The load is done: keep its objects out of full collections, once no worker runs."""
        if self.heap.freeze() is None:
            self.set_timer(FREEZE_RETRY_SECONDS, self._freeze_when_idle)

    def on_unmount(self) -> None:
        self.stop_search_process()
        self.heap.thaw()

    # --- search ----------------------------------------------------------------------

    def current_request(self) -> SearchRequest:
        return SearchRequest(self.search_box.value, self.sort, self.outlet_id)

    @on(SearchBox.Leave)
    def _leave_search(self) -> None:
        self.set_focus(self.results)

    @on(SearchBox.MoveResults)
    def _move_results(self, message: SearchBox.MoveResults) -> None:
        if message.step > 0:
            self.results.action_cursor_down()
        else:
            self.results.action_cursor_up()

    def outlet_label(self) -> str:
        """The filtered outlet's name ("" without a filter)."""
        if self.outlet_id is None:
            return ""
        if self.engine is not None:
            return dict(self.engine.corpus.outlets()).get(self.outlet_id, self.outlet_id)
        return self.outlet_id

    def show_results(self, outcome: SearchOutcome) -> None:
        self.outcome = outcome
        self.results_pane.show(outcome, self.outlet_label(), SORT_LABELS[self.sort])
        if not outcome.rows:
            self.source.show_message("No article matches this search.")
        elif self.results.highlighted_id:  # now, not a message later, in another frame
            self.show_article(self.results.highlighted_id, new_search=True)
        self._update_bindings()

    @on(ResultsList.ToggleSort)
    def _toggle_sort(self) -> None:
        """Best match, newest first, oldest first, and round again."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.request_search()

    @on(FacetBar.OutletClicked)
    def _outlet_clicked(self, message: FacetBar.OutletClicked) -> None:
        self.filter_outlet(message.outlet_id)

    @on(ResultsList.CycleOutlet)
    def _cycle_outlet(self) -> None:
        ids = [None] + [oid for oid, _, _ in (self.outcome.facets if self.outcome else ())]
        position = ids.index(self.outlet_id) if self.outlet_id in ids else 0
        self.filter_outlet(ids[(position + 1) % len(ids)])

    def filter_outlet(self, outlet_id: str | None) -> None:
        self.outlet_id = outlet_id
        self.request_search()

    def go_to_article(self, article_id: str) -> None:
        self.show_article(article_id)
        self.set_focus(self.source)

    def go_to_event(self, event_id: str, outlet_id: str | None = None) -> None:
        self.show_event(event_id, outlet_id)
        self.set_focus(self.source)

    def action_accept_suggestion(self) -> None:
        suggestion = self.outcome and self.outcome.result and self.outcome.result.suggestion
        if suggestion:
            self.search_box.set_query(suggestion)

    def action_focus_search(self) -> None:
        self.search_box.focus_and_select()

    # --- what the source pane shows ----------------------------------------------------

    @on(ResultsList.ArticleHighlighted)
    def _article_highlighted(self, message: ResultsList.ArticleHighlighted) -> None:
        self.show_article(message.article_id)

    @on(ResultsList.ArticleChosen)
    def _article_chosen(self, message: ResultsList.ArticleChosen) -> None:
        self.go_to_article(message.article_id)

    def show_article(self, article_id: str, new_search: bool = False) -> None:
        if self.engine is None:
            return
        hit = self.results_pane.hit(article_id)
        article = self.engine.corpus.get(article_id)
        shown = self.results_pane.outcome
        estimate = shown.estimates.get(article_id) if shown is not None else None
        self.source.show(SourceView(article, hit.spans if hit else (), estimate=estimate), restart=new_search)
        self._update_bindings()

    @on(EventList.EventHighlighted)
    def _event_highlighted(self, message: EventList.EventHighlighted) -> None:
        if message.event_id != self.events.highlighted_id:
            return  # stale: keys in one read moved on, and showing it would move the list back
        self.show_event(message.event_id)

    @on(EventList.EventChosen)
    def _event_chosen(self, message: EventList.EventChosen) -> None:
        self.go_to_event(message.event_id)

    def show_event(self, event_id: str, outlet_id: str | None = None) -> None:
        if self.timeline is not None:
            self.stops = OutletStops.at(self.timeline.event(event_id), outlet_id)
            self.events.select_event(event_id)
            self._show_stop()

    def _show_stop(self) -> None:
        assert self.engine is not None and self.stops is not None
        event, item = self.stops.event, self.stops.current
        if item is None:
            self.source.show_message(f"No passage covers “{event.title}” yet.")
        else:
            article = self.engine.corpus.get(item.article_id)
            self.source.show(SourceView(article, item.spans, item.passage, self.stops.where,
                                        f"{event.date_label} {event.title}"))
        self._update_bindings()

    def action_step_outlet(self, direction: int) -> None:
        if self.stops is not None:
            if len(self.stops.stops) == 1:
                where = self.stops.where
                self.notify(where[:1].upper() + where[1:], markup=False)
            self.stops = self.stops.step(direction)
            self._show_stop()

    def _available(self) -> dict[str, bool]:
        """Which of the screen's actions make sense now (the footer hides the others)."""
        return {
            "step_outlet": self.stops is not None,
            "compare": self.stops is not None,
            "matrix": self.timeline is not None,
            "copy_passage": self.source.view is not None,
            "accept_suggestion": bool(self.outcome and self.outcome.result
                                      and self.outcome.result.suggestion),
        }

    def _update_bindings(self) -> None:
        """Refresh the footer only when availability changed: it rebuilds all its keys."""
        available = self._available()
        if available != self._last_available:
            self._last_available = available
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        if action == "focus_search":
            return self.focused is not self.search_box.input  # (set at once; has_focus lags)
        return self._available().get(action, True)

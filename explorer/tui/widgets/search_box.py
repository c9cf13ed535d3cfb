"""The query input and the one line under it: count, outlets, parsed query, error or "did you mean"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from explorer.tui.render import DIM_STYLE, LABEL_STYLE, literal
from explorer.tui.widgets.in_order_input import InOrderInput

if TYPE_CHECKING:
    from explorer.tui.screens.background import SearchOutcome

# The hint in the empty box, longest first: the longest that fits is shown whole (a 60-column
# terminal cut the first after "date:2016-11,").
PLACEHOLDERS = ('/ to search: words, "a phrase", outlet:kbs, date:2016-11, headline:signed',
                '/ search: words "a phrase" outlet:kbs date:2016-11 headline:signed',
                '/ to search: words, "a phrase", outlet:kbs, date:2016-11',
                '/ to search: words, "a phrase", outlet:kbs',
                '/ search: words "a phrase" outlet:kbs',
                '/ to search')
PLACEHOLDER = PLACEHOLDERS[0]
ACCEPT_KEY = "ctrl+y"


class SearchBox(Vertical):
    """Posts `QueryChanged` as the user types and `Leave` when they are done."""

    _status_shown: tuple | None = None  # what the status line shows now

    DEFAULT_CSS = """
    SearchBox { height: auto; }
    SearchBox > Input, SearchBox > Input:focus { border: none; height: 1; padding: 0 1; }
    SearchBox > Input:focus { background: $boost; }
    SearchBox > #search-status {
        height: 1; padding: 0 1; color: $text-muted; text-wrap: nowrap; text-overflow: ellipsis;
    }
    SearchBox > #search-status.-error { color: $text-error; }
    """

    BINDINGS = [
        Binding("escape", "leave", "Back to results", id="leave_search"),
        # priority: the Input itself binds ↑ / ↓ to scrolling, which a one-line box never needs
        Binding("down", "move_results(1)", "Next result", show=False, priority=True,
                id="search_next_result"),
        Binding("up", "move_results(-1)", "Previous result", show=False, priority=True,
                id="search_previous_result"),
    ]

    @dataclass
    class QueryChanged(Message):
        query: str

    @dataclass
    class MoveResults(Message):
        """↑ / ↓ in the box: move the results' highlight without leaving the box."""

        step: int

    @dataclass
    class Leave(Message):
        """The user pressed enter or escape: focus should go back to the panes."""

    def compose(self) -> ComposeResult:
        query = InOrderInput(placeholder=PLACEHOLDER, id="query", select_on_focus=False)
        query.cursor_blink = False  # a blinking cursor costs ~2 KB/s over SSH while idle
        yield query
        yield Static(literal("Loading the articles…"), id="search-status")

    def on_resize(self, event: events.Resize) -> None:
        room = event.size.width - self.input.styles.padding.width
        self.input.placeholder = placeholder_for(room)

    @property
    def input(self) -> Input:
        return self.query_one("#query", Input)

    @property
    def value(self) -> str:
        return self.input.value

    def set_query(self, text: str) -> None:
        """Replace the query (e.g. an accepted suggestion); `Input.Changed` runs the search."""
        self.input.value = text
        self.input.cursor_position = len(text)

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Leave())

    def action_leave(self) -> None:
        self.post_message(self.Leave())

    def action_move_results(self, step: int) -> None:
        self.post_message(self.MoveResults(step))

    def focus_and_select(self) -> None:
        """Focus the box with the old query selected: typing replaces it, → keeps it.

        At once (`Screen.set_focus`, not the deferred `Widget.focus`): the keys typed right
        after `/` in the same read must reach the box (tests/test_monkey.py)."""
        self.screen.set_focus(self.input)
        self.input.select_all()

    def show_status(self, content: Content, error: bool = False) -> None:
        # Unchanged lines are not redrawn (bytes over SSH); one line tall, so no layout.
        shown = (content.plain, tuple(content.spans), error)
        if shown == self._status_shown:
            return
        self._status_shown = shown
        status = self.query_one("#search-status", Static)
        status.update(content, layout=False)
        status.set_class(error, "-error")

    def show_error(self, message: str) -> None:
        self.show_status(Content.assemble(literal("⚠ ", "bold"), literal(message)), error=True)

    def show_outcome(self, outcome: SearchOutcome, where: str, order: str) -> None:
        """One line: the count, a "did you mean", the parsed query, the outlet filter (`where`)
        and the sort (`order`)."""
        if outcome.error:
            self.show_error(outcome.error)
        else:
            self.show_status(status_line(outcome, where, order))


def status_line(outcome: SearchOutcome, where: str, order: str) -> Content:
    """What the status line says of a search that did not fail (also what a benchmark waits
    for on the terminal to know that a key's results are painted)."""
    if outcome.hint:
        return literal(outcome.hint, DIM_STYLE)
    result = outcome.result
    noun = "article" if outcome.total == 1 else "articles"
    parts = [literal(f"{outcome.total:,} {noun}", LABEL_STYLE)]
    if len(outcome.rows) < outcome.total:
        parts.append(literal(f" (showing {len(outcome.rows):,})", DIM_STYLE))
    if result and result.suggestion:
        parts += [literal(" · did you mean ", DIM_STYLE), literal(result.suggestion, "bold"),
                  literal(f"? {ACCEPT_KEY} accepts", DIM_STYLE)]
    if result and result.description:
        parts += [literal(" · ", DIM_STYLE), literal(result.description)]
    parts += [literal(" · ", DIM_STYLE), literal(where),
              literal(" · ", DIM_STYLE), literal(order)]
    return Content.assemble(*parts)


def placeholder_for(room: int) -> str:
    """The longest hint that fits `room` cells (the shortest when none does)."""
    return next((hint for hint in PLACEHOLDERS if cell_len(hint) <= room), PLACEHOLDERS[-1])

"""One row per matching article: outlet, date, headline and a snippet with hits emphasised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from textual import events, on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from explorer.tui.widgets.option_list import PagedOptionList, is_stale_click

FOLD_MARK_CELLS = 2  # "▸ " before a row with copies: a click there shows or hides them


class ResultsList(PagedOptionList):
    """Rows are `(article id, prompt)`; highlighting previews, enter opens; `space` (or a
    click on the ▸ / ▾ mark) shows or hides the copies folded under a row."""

    _rows_shown: list | None = None  # the rows the list holds now
    folded: frozenset[str] = frozenset()  # rows (heads and copies) of a fold with copies
    _copies_key_shown = False  # whether the footer offers `space` (the row is in a fold)

    BINDINGS = [
        Binding("enter", "select", "Open", id="open_article"),
        Binding("space", "toggle_copies", "Copies", id="toggle_copies"),
        Binding("s", "toggle_sort", "Sort", id="toggle_sort"),
        Binding("o", "cycle_outlet", "Outlet", id="cycle_outlet"),
    ]

    @dataclass
    class ArticleHighlighted(Message):
        article_id: str

    @dataclass
    class ArticleChosen(Message):
        article_id: str

    @dataclass
    class ToggleCopies(Message):
        """Show or hide the copies folded with the highlighted row."""

    @dataclass
    class ToggleSort(Message):
        """Relevance <-> date."""

    @dataclass
    class CycleOutlet(Message):
        """Next outlet of the facet counts, then all outlets again."""

    def show_rows(self, rows: Sequence[tuple[str, Content]], keep: str | None = None,
                  folded: frozenset[str] = frozenset()) -> None:
        """Replace the rows; highlight `keep` if it is still there, else the first row.

        The same rows again are left as they are: rebuilding a list costs kilobytes a key."""
        shown = [(article_id, prompt.plain, tuple(prompt.spans)) for article_id, prompt in rows]
        if folded != self.folded:
            self.folded = folded
            self._offer_copies_key()
        if shown == self._rows_shown:
            if keep in self.folded and keep != self.highlighted_id:
                self.highlighted = [row[0] for row in shown].index(keep)
            return
        self._rows_shown = shown
        self.clear_options()
        self.add_options([Option(prompt, id=article_id) for article_id, prompt in rows])
        ids = [article_id for article_id, _ in rows]
        if ids:
            self.highlighted = ids.index(keep) if keep in ids else 0

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option else None

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self._offer_copies_key()
            self.post_message(self.ArticleHighlighted(event.option.id))

    def _offer_copies_key(self) -> None:
        """`space` is in the footer for rows with copies only: refreshed when that changes,
        not on every row (the footer rebuilds all its keys: milliseconds a search at 10k)."""
        offered = self.highlighted_id in self.folded
        if offered != self._copies_key_shown:
            self._copies_key_shown = offered
            self.refresh_bindings()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(event.option.id))

    def action_toggle_copies(self) -> None:
        if self.highlighted_id in self.folded:
            self.post_message(self.ToggleCopies())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_copies":
            return self.highlighted_id in self.folded
        return super().check_action(action, parameters)

    async def _on_click(self, event: events.Click) -> None:  # type: ignore[override]
        """A click on a row's ▸ / ▾ mark shows or hides its copies instead of opening it
        (Textual then runs the base classes' own `_on_click` unless this prevents it)."""
        clicked = event.style.meta.get("option")
        if (clicked is None or is_stale_click(self, event)
                or event.x - self.gutter.left >= FOLD_MARK_CELLS):
            return
        option = self.get_option_at_index(clicked)
        if option.id in self.folded and str(option.prompt).startswith(("▸", "▾")):
            event.prevent_default()
            self.highlighted = clicked
            self.post_message(self.ToggleCopies())

    def action_toggle_sort(self) -> None:
        self.post_message(self.ToggleSort())

    def action_cycle_outlet(self) -> None:
        self.post_message(self.CycleOutlet())

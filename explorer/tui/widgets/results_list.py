"""One row per matching article: outlet, date, headline and a snippet with hits emphasised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from explorer.tui.widgets.option_list import PagedOptionList


class ResultsList(PagedOptionList):
    """Rows are `(article id, prompt)`; highlighting previews, enter opens."""

    _rows_shown: list | None = None  # the rows the list holds now

    BINDINGS = [
        Binding("enter", "select", "Open", id="open_article"),
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
    class ToggleSort(Message):
        """Relevance <-> date."""

    @dataclass
    class CycleOutlet(Message):
        """Next outlet of the facet counts, then all outlets again."""

    def show_rows(self, rows: Sequence[tuple[str, Content]], keep: str | None = None) -> None:
        """Replace the rows; highlight `keep` if it is still there, else the first row.

        The same rows again are left as they are: rebuilding a list costs kilobytes a key."""
        shown = [(article_id, prompt.plain, tuple(prompt.spans)) for article_id, prompt in rows]
        if shown == self._rows_shown:
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
            self.post_message(self.ArticleHighlighted(event.option.id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.ArticleChosen(event.option.id))

    def action_toggle_sort(self) -> None:
        self.post_message(self.ToggleSort())

    def action_cycle_outlet(self) -> None:
        self.post_message(self.CycleOutlet())

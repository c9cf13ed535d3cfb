"""Compare: the chosen event's passages from every covering outlet, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import coverage_caption, literal, with_hits
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from index.results import lag_label

if TYPE_CHECKING:
    from textual.events import Resize

    from corpus.loader import Corpus
    from index.results import Coverage, TimelineEvent


NARROWEST_CARD = 20  # columns: below it, cards keep the width `#cards.-crowded` gives them


class CompareScreen(DismissOnlyOnTop, IgnoresStaleResize, Screen):
    """One card per outlet (stacked when the terminal is narrow); cards keep a readable width
    and scroll sideways when more outlets cover the event than the terminal holds."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-normal")]
    BINDINGS = [
        Binding("escape,c,q", "close", "Close", id="close_compare"),
    ]

    def __init__(self, event: TimelineEvent, corpus: Corpus) -> None:
        super().__init__()
        self.event = event
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        count = len(self.event.outlet_ids)
        noun = "outlet covers" if count == 1 else "outlets cover"
        yield Static(Content.assemble(
            literal(self.event.date_label, "bold $text-accent"), "  ", literal(self.event.title, "bold"),
            literal(f"  ({count} {noun} it)", "dim"),
        ), id="compare-title")
        lags = {report.outlet_id: lag_label(report) for report in self.event.reports()}
        with HorizontalScroll(id="cards", can_focus=False):  # (crowded: tab scrolls to the next card)
            for outlet_id in self.event.outlet_ids:
                items = [c for c in self.event.coverage if c.outlet_id == outlet_id]
                card = VerticalScroll(classes="card")
                card.border_title = coverage_caption(items[0], lags[outlet_id])
                with card:
                    for item in items:
                        yield Static(self._passage(item), classes="card-passage")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._fit_cards(self.app.size.width)

    def on_resize(self, event: Resize) -> None:
        self._fit_cards(event.size.width)

    def _fit_cards(self, width: int) -> None:
        """Cards of a readable width that scroll sideways when they do not all fit (eleven
        outlets at 80 columns were cards of five columns, a letter a line)."""
        crowded = len(self.event.outlet_ids) * NARROWEST_CARD > width
        self.query_one("#cards").set_class(crowded, "-crowded")

    def _passage(self, item: Coverage) -> Content:
        text = self.corpus.get(item.article_id).clean_text[item.start:item.end]
        return Content.assemble(literal(f"¶{item.passage} ", "dim"),
                                with_hits(text, item.spans, item.start))

    def action_close(self) -> None:
        self.dismiss()

"""Compare: the chosen event's passages from every covering outlet, side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import coverage_caption, literal, with_hits
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from index.results import lag_label

if TYPE_CHECKING:
    from corpus.loader import Corpus
    from index.results import Coverage, TimelineEvent


class CompareScreen(DismissOnlyOnTop, IgnoresStaleResize, Screen):
    """One card per outlet (stacked when the terminal is narrow)."""

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
        with Horizontal(id="cards"):
            for outlet_id in self.event.outlet_ids:
                items = [c for c in self.event.coverage if c.outlet_id == outlet_id]
                card = VerticalScroll(classes="card")
                card.border_title = coverage_caption(items[0], lags[outlet_id])
                with card:
                    for item in items:
                        yield Static(self._passage(item), classes="card-passage")
        yield Footer(compact=True)

    def _passage(self, item: Coverage) -> Content:
        text = self.corpus.get(item.article_id).clean_text[item.start:item.end]
        return Content.assemble(literal(f"¶{item.passage} ", "dim"),
                                with_hits(text, item.spans, item.start))

    def action_close(self) -> None:
        self.dismiss()

"""`"`: who said what, each quote once with the outlets that carried it; enter reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import DIM_STYLE, LABEL_STYLE, literal

if TYPE_CHECKING:
    from corpus.loader import Corpus
    from index.quote_groups import QuoteCopy, QuoteGroup
    from index.results import TimelineEvent

QUOTE_CHARS = 140
ORDERS = ("outlets", "speaker")


class QuotesScreen(DismissOnlyOnTop, Screen["QuoteCopy | None"]):
    """Dismisses with the chosen quote's first copy (its article and passage), or None."""

    DEFAULT_CSS = """
    QuotesScreen #quotes-title { padding: 0 1; }
    QuotesScreen OptionList { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close_quotes"),
        Binding("s", "next_order", "By speaker / outlets", id="quotes_order"),
        Binding("v", "toggle_event", "This event / all", id="quotes_event"),
    ]

    class Grouped(Message):
        def __init__(self, groups: tuple[QuoteGroup, ...]) -> None:
            super().__init__()
            self.groups = groups

    def __init__(self, corpus: Corpus, event: TimelineEvent | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.event = event
        self.event_only = event is not None
        self.order = ORDERS[0]
        self.groups: tuple[QuoteGroup, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="quotes-title")
        yield OptionList(id="quotes-list")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.find_quotes()

    @work(thread=True, exclusive=True, group="quotes", exit_on_error=False)
    def find_quotes(self) -> None:
        from index.quote_groups import corpus_quotes, group_quotes

        self.post_message(self.Grouped(group_quotes(corpus_quotes(self.corpus), self.corpus)))

    def on_quotes_screen_grouped(self, message: Grouped) -> None:
        self.groups = message.groups
        self._fill()

    def shown(self) -> list[QuoteGroup]:
        """The groups listed, in the chosen order, of the event when it is chosen."""
        groups = list(self.groups)
        if self.event_only and self.event is not None:
            covering = {(c.article_id, c.passage) for c in self.event.coverage}
            groups = [g for g in groups if any((c.quote.article_id, c.quote.passage) in covering
                                               for c in g.copies)]
        if self.order == "speaker":
            groups.sort(key=lambda g: (g.speaker is None, (g.speaker or "").casefold()))
        return groups

    def _fill(self) -> None:
        listed = self.query_one(OptionList)
        listed.clear_options()
        listed.add_options([Option(quote_row(g), id=str(i)) for i, g in enumerate(self.shown())])
        if listed.option_count:
            listed.highlighted = 0
        self.query_one("#quotes-title", Static).update(self._title())

    def _title(self) -> Content:
        scope = f"reporting “{self.event.title}”" if self.event_only and self.event else "all"
        return Content.assemble(literal(f"Quotes · {scope} · by {self.order}", "bold"),
                                literal("   enter: read it  s: order"
                                        + ("  v: event / all" if self.event else ""), DIM_STYLE))

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self.dismiss(self.shown()[int(message.option.id)].copies[0])

    def action_next_order(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self._fill()

    def action_toggle_event(self) -> None:
        if self.event is not None:
            self.event_only = not self.event_only
            self._fill()

    def action_close(self) -> None:
        self.dismiss(None)


def quote_row(group: QuoteGroup) -> Content:
    text = group.text if len(group.text) <= QUOTE_CHARS else group.text[:QUOTE_CHARS - 1] + "…"
    outlets = ", ".join(group.outlets)
    return Content.assemble(literal(group.speaker or "unattributed", LABEL_STYLE), ": “",
                            literal(text), "”\n", literal(f"  {outlets}", DIM_STYLE))

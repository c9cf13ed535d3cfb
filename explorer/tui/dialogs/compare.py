"""Compare: the chosen event's passages from every covering outlet, side by side.

An event of a big library may have thousands of passages: they are read and assembled in a
thread worker (the view says it is reading at once, and closes at once), and each card wraps
its own text in a worker too (`PassageCard`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import HorizontalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from explorer.tui.dialogs.on_top import DismissOnlyOnTop
from explorer.tui.render import coverage_captions, literal, with_hits
from explorer.tui.screens.background import describe
from explorer.tui.screens.stale_resize import IgnoresStaleResize
from explorer.tui.widgets.passage_card import PassageCard

if TYPE_CHECKING:
    from textual.events import Resize

    from corpus.loader import Corpus
    from index.results import Coverage, TimelineEvent


NARROWEST_CARD = 20  # columns: below it, cards keep the width `#cards.-crowded` gives them


@dataclass(frozen=True)
class Card:
    captions: tuple[Content, ...]  # longest first (`coverage_captions`)
    text: Content  # every passage of the outlet, a blank line between two


class CompareStopped(Exception):
    """The view was closed while its cards were being read."""


def build_cards(event: TimelineEvent, corpus: Corpus, cancelled=lambda: False) -> tuple[Card, ...]:
    """One card per covering outlet, in coverage order (plain work, for a thread)."""
    from index.results import lags_by_outlet  # lazily: the app's first frame needs no index code

    lags = lags_by_outlet(event)
    by_outlet: dict[str, list[Coverage]] = {}
    for item in event.coverage:
        by_outlet.setdefault(item.outlet_id, []).append(item)
    cards = []
    for outlet_id, items in by_outlet.items():
        passages = []
        for item in items:
            if cancelled():
                raise CompareStopped
            passages.append(passage_content(item, corpus))
        cards.append(Card(coverage_captions(items[0], lags[outlet_id]), Content("\n\n").join(passages)))
    return tuple(cards)


def passage_content(item: Coverage, corpus: Corpus) -> Content:
    text = corpus.get(item.article_id).clean_text[item.start:item.end]
    return Content.assemble(literal(f"¶{item.passage} ", "dim"), with_hits(text, item.spans, item.start))


class CompareScreen(DismissOnlyOnTop, IgnoresStaleResize, Screen):
    """One card per outlet (stacked when the terminal is narrow); cards keep a readable width
    and scroll sideways when more outlets cover the event than the terminal holds."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-normal")]
    BINDINGS = [
        Binding("escape,c,q", "close", "Close", id="close_compare"),
        Binding("y", "copy_card", "Copy", id="copy_compare"),
    ]

    @dataclass
    class CardsBuilt(Message):
        cards: tuple[Card, ...]
        problem: str | None = None

    def __init__(self, event: TimelineEvent, corpus: Corpus) -> None:
        super().__init__()
        self.event = event
        self.corpus = corpus
        self.cards: tuple[Card, ...] | None = None  # None while they are being read

    def compose(self) -> ComposeResult:
        yield Static(self._title("…"), id="compare-title")
        with HorizontalScroll(id="cards", can_focus=False):  # (crowded: tab scrolls to the next card)
            yield Static(literal(f"Reading {len(self.event.coverage):,} passages…", "dim"),
                         id="compare-reading")
        yield Footer(compact=True)

    def _title(self, count: int | str) -> Content:
        noun = "outlet covers" if count == 1 else "outlets cover"
        return Content.assemble(
            literal(self.event.date_label, "bold $text-accent"), "  ", literal(self.event.title, "bold"),
            literal(f"  ({count} {noun} it)", "dim"))

    def on_mount(self) -> None:
        self._build()

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _build(self) -> None:
        worker = get_current_worker()
        try:
            cards = build_cards(self.event, self.corpus, lambda: worker.is_cancelled)
        except CompareStopped:
            return
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.post_message(self.CardsBuilt((), f"Could not read the passages: {describe(error)}"))
        else:
            self.post_message(self.CardsBuilt(cards))

    async def on_compare_screen_cards_built(self, message: CardsBuilt) -> None:
        if message.problem:
            self.query_one("#compare-reading", Static).update(literal(message.problem))
            return
        self.cards = message.cards
        self.query_one("#compare-title", Static).update(self._title(len(message.cards)))
        holder = self.query_one("#cards")
        await self.query_one("#compare-reading").remove()
        cards = [PassageCard(card.captions, card.text, classes="card") for card in message.cards]
        await holder.mount_all(cards)
        self._fit_cards(self.app.size.width)
        if cards and self.focused is None:
            cards[0].focus()  # (as a screen focuses its first card when the cards are composed)

    def on_resize(self, event: Resize) -> None:
        self._fit_cards(event.size.width)

    def _fit_cards(self, width: int) -> None:
        """Cards of a readable width that scroll sideways when they do not all fit (eleven
        outlets at 80 columns were cards of five columns, a letter a line)."""
        crowded = self.cards is not None and len(self.cards) * NARROWEST_CARD > width
        self.query_one("#cards").set_class(crowded, "-crowded")

    def action_copy_card(self) -> None:
        """The text selected with the mouse (as written), else the focused card's passages."""
        selected = self.get_selected_text()
        card = self.focused if isinstance(self.focused, PassageCard) else None
        if selected:
            self._copy(selected, "The selected text")
        elif card is not None:
            self._copy(f"{card.captions[0].plain}\n\n{card.text.plain}", "The card's passages")

    def action_copy_text(self) -> None:
        """ctrl+c on a selection (Textual's own copy) says what it did, as `y` does."""
        selected = self.get_selected_text()
        if not selected:
            raise SkipAction()  # nothing selected: ctrl+c is the app's (it says how to quit)
        self._copy(selected, "The selected text")

    def _copy(self, text: str, what: str) -> None:
        from explorer.tui.clipboard import copy_or_say_why

        copy_or_say_why(self, text, what, f"`gsomia-tui events {self.event.id}` prints the passages.")

    def action_close(self) -> None:
        self.workers.cancel_group(self, "compare")  # a thread is not interrupted: it stops itself
        self.dismiss()

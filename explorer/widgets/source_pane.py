"""The clean article: a header, numbered passages in a dim gutter, every hit highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Static

from explorer.render import DIM_STYLE, LABEL_STYLE, article_header, literal, with_hits

if TYPE_CHECKING:
    from corpus.model import Article, Passage
    from index.results import Span


@dataclass(frozen=True)
class SourceView:
    """What the pane shows: an article, the hits `n` / `N` step through, and why it is shown."""

    article: Article
    spans: tuple[Span, ...] = ()
    focus_passage: int | None = None  # the event's passage: marked, and the first stop
    context: str | None = None  # e.g. "outlet 2/3: KBS World Radio"
    title: str | None = None  # e.g. the event's title, shown on the pane's border


class PassageView(Horizontal):
    """One passage: its number in the gutter, its text beside it."""

    def __init__(self, passage: Passage, text: Content, focused: bool) -> None:
        super().__init__(classes="-focus" if focused else "")
        self.passage = passage
        self._text = text
        self._focused = focused

    def compose(self) -> ComposeResult:
        mark = "▶" if self._focused else " "
        yield Static(literal(f"{mark}{self.passage.number:>2}", DIM_STYLE), classes="gutter")
        yield Static(self._text, classes="passage-text")

    def restyle(self, text: Content) -> None:
        self.query_one(".passage-text", Static).update(text)


class SourcePane(VerticalScroll):
    """Shows a `SourceView`; `n` / `N` move between its hits with a "hit 3/7" counter."""

    BINDINGS = [
        Binding("n", "next_hit", "Next hit", id="next_hit"),
        Binding("N", "previous_hit", "Prev hit", id="previous_hit"),
        Binding("j", "scroll_down", "Down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Up", show=False, id="scroll_up"),
    ]

    @dataclass
    class HitChanged(Message):
        index: int  # 0-based
        total: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: SourceView | None = None
        self.current_hit: int | None = None
        self._passages: dict[int, PassageView] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="source-status")
        yield Static(literal("Loading the articles and the search index…"), id="source-header")

    @property
    def status_text(self) -> str:
        return str(self.query_one("#source-status", Static).render())

    @property
    def plain_text(self) -> str:
        """What the pane says, as plain text (for tests and the clipboard)."""
        parts = [str(self.query_one("#source-header", Static).render())]
        parts += [p.passage.text for p in self._passages.values()]
        return "\n".join(parts)

    async def show_message(self, message: str) -> None:
        self.view, self.current_hit = None, None
        self.border_title = "Source"
        await self._clear()
        self.query_one("#source-header", Static).update(literal(message))
        self._update_status()

    async def show(self, view: SourceView) -> None:
        self.view = view
        self.current_hit = self._first_stop(view)
        self.border_title = Content.assemble("Source", *(
            (" · ", literal(view.title)) if view.title else ()))
        await self._clear()
        article = view.article
        self.query_one("#source-header", Static).update(article_header(article))
        for passage in article.passages:
            widget = PassageView(passage, self._passage_content(passage),
                                 passage.number == view.focus_passage)
            self._passages[passage.number] = widget
        await self.mount_all(self._passages.values())
        self._update_status()
        self.call_after_refresh(self._scroll_to_stop)

    def current_passage(self) -> Passage | None:
        """The passage the reader is at: the current hit's, else the event's, else the first."""
        if self.view is None or not self.view.article.passages:
            return None
        article = self.view.article
        if self.current_hit is not None:
            found = article.passage_at(self.view.spans[self.current_hit].start)
            if found:
                return found
        if self.view.focus_passage:
            return article.passage(self.view.focus_passage)
        return article.passages[0]

    def action_next_hit(self) -> None:
        self._step(1)

    def action_previous_hit(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.view is None or not self.view.spans:
            self.notify("No hits to step through here", severity="warning", markup=False)
            return
        before = self._current_span()
        total = len(self.view.spans)
        start = self.current_hit if self.current_hit is not None else -direction % total
        self.current_hit = (start + direction) % total
        self._restyle(before, self._current_span())
        self._update_status()
        self._scroll_to_stop()
        self.post_message(self.HitChanged(self.current_hit, total))

    def _first_stop(self, view: SourceView) -> int | None:
        if not view.spans:
            return None
        if view.focus_passage:
            passage = view.article.passage(view.focus_passage)
            for index, span in enumerate(view.spans):
                if passage.start <= span.start < passage.end:
                    return index
        return 0

    def _current_span(self) -> Span | None:
        if self.view is None or self.current_hit is None:
            return None
        return self.view.spans[self.current_hit]

    def _passage_content(self, passage: Passage) -> Content:
        assert self.view is not None
        inside = [s for s in self.view.spans if passage.start <= s.start < passage.end]
        return with_hits(passage.text, inside, passage.start, self._current_span())

    def _restyle(self, *spans: Span | None) -> None:
        assert self.view is not None
        for span in spans:
            passage = self.view.article.passage_at(span.start) if span else None
            if passage and passage.number in self._passages:
                self._passages[passage.number].restyle(self._passage_content(passage))

    async def _clear(self) -> None:
        self._passages = {}
        await self.remove_children(PassageView)
        self.scroll_home(animate=False)

    def _update_status(self) -> None:
        parts: list[Content] = []
        if self.view and self.view.spans:
            current = (self.current_hit or 0) + 1
            parts.append(literal(f"hit {current}/{len(self.view.spans)}", "bold"))
        elif self.view:
            parts.append(literal("no hits", DIM_STYLE))
        if self.view and self.view.context:
            parts.append(literal(self.view.context, LABEL_STYLE))
        self.query_one("#source-status", Static).update(Content(" · ").join(parts))

    def _scroll_to_stop(self) -> None:
        """Bring the current hit (or the event's passage) into the middle of the view."""
        if self.view is None:
            return
        span = self._current_span()
        passage = (self.view.article.passage_at(span.start) if span
                   else self.view.article.passage(self.view.focus_passage)
                   if self.view.focus_passage else None)
        widget = self._passages.get(passage.number) if passage else None
        if widget is None or not widget.region:
            return
        text = widget.query_one(".passage-text", Static)
        line = (span.start - passage.start) // max(1, text.content_region.width) if span else 0
        y = text.region.y - self.scrollable_content_region.y + int(self.scroll_y) + line
        self.scroll_to_region(Region(0, y, 1, 1), animate=False, center=True, force=True)

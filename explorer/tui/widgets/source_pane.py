"""The clean article: a header, numbered passages in a dim gutter, every hit highlighted,
the sentences other outlets carry marked (once the screen's worker has found them)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Static

from explorer.tui.render import (
    DIM_STYLE, LABEL_STYLE, article_date, article_header, literal, with_hits, wrap_offsets,
)
from explorer.tui.widgets.shared_marks import also_in, mark_shared, own_only_empty, shared_summary
from explorer.tui.widgets.titles import set_border_title

if TYPE_CHECKING:
    from corpus.model import Article, Passage
    from index.estimated_dates import EstimatedDate
    from index.overlap import ArticleOverlap
    from index.results import Span

OverlapFinder = Callable[["Article"], "ArticleOverlap"]


GUTTER_WIDTH = 4
BLANK_GUTTER = Content(" " * GUTTER_WIDTH)
FOCUS_STYLE = "on $accent-muted"


@dataclass(frozen=True)
class SourceView:
    """What the pane shows: an article, the hits `n` / `N` step through, and why it is shown."""

    article: Article
    spans: tuple[Span, ...] = ()
    focus_passage: int | None = None  # the event's passage: marked, and the first stop
    context: str | None = None  # e.g. "outlet 2/3: KBS World Radio"
    title: str | None = None  # on the pane's border: the event, else the outlet and date
    estimate: "EstimatedDate | None" = None  # an undated article's estimated date, marked


class SourcePane(VerticalScroll):
    """Shows a `SourceView`; `n` / `N` move between its hits with a "hit 3/7" counter."""

    BINDINGS = [
        Binding("n", "next_hit", "Next hit", id="next_hit"),
        Binding("N", "previous_hit", "Previous hit", show=False, id="previous_hit"),
        Binding("j", "scroll_down", "Down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Up", show=False, id="scroll_up"),
        Binding("g", "scroll_home", "Top", show=False, id="source_top"),
        Binding("G", "scroll_end", "End", show=False, id="source_end"),
        Binding("o", "toggle_own", "Own only", id="own_only"),
    ]

    @dataclass
    class HitChanged(Message):
        index: int  # 0-based
        total: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view: SourceView | None = None
        self._message: str | None = None  # shown instead of an article
        self.current_hit: int | None = None
        self._first_line: dict[int, int] = {}  # passage number -> its first body line
        self._breaks: dict[int, list[int]] = {}  # passage number -> offsets where lines start
        self._width = 0
        self._status_shown: tuple | None = None
        self.overlap_of: OverlapFinder | None = None  # None until the shared text is found
        self.shared_state: str | None = None  # why there is no finder: computing, unavailable
        self.overlap: ArticleOverlap | None = None  # the shown article's
        self.own_only = False  # only the passages no other article carries

    def compose(self) -> ComposeResult:
        yield Static(id="source-status")
        yield Static(literal("Loading the articles and the search index…"), id="source-header")
        yield Static(id="source-body")

    @property
    def status_text(self) -> str:
        return str(self.query_one("#source-status", Static).render())

    @property
    def plain_text(self) -> str:
        """What the pane says, as plain text (for tests)."""
        return "\n".join(str(self.query_one(f"#source-{part}", Static).render())
                         for part in ("header", "body"))

    def show_message(self, message: str) -> None:
        if self.view is None and message == self._message:
            return  # already shown: not repainted (bytes over SSH for every key typed)
        self.view, self.current_hit, self._message = None, None, message
        set_border_title(self, "Source")
        self.query_one("#source-header", Static).update(literal(message))
        self.query_one("#source-body", Static).update("")
        self._update_status()
        self.scroll_home(animate=False)

    def show(self, view: SourceView, restart: bool = False) -> None:
        """Show `view` from its first stop; shown already, it stays where the reader moved
        it unless `restart` (a new search that shows the same article again)."""
        if view == self.view:
            if restart:
                self._restart()
            return
        same_article = self.view is not None and self.view.article.id == view.article.id
        self.view, self._message = view, None
        self._first_line, self._breaks = {}, {}  # the old article's lines are gone
        self.current_hit = self._first_stop(view)
        # the border keeps saying what is shown when the header has scrolled away; the date
        # first, as a border title is cut at its end
        title = view.title or f"{article_date(view.article, view.estimate)} · {view.article.outlet_label}"
        set_border_title(self, Content.assemble("Source · ", literal(title)))
        if not same_article:
            self.own_only = False  # each article opens whole
            self.overlap = self.overlap_of(view.article) if self.overlap_of else None
            self._show_header()
        # a new search or event starts at the top, then moves to its first stop (if any)
        self.scroll_home(animate=False, immediate=True)
        self._render_body()
        self._update_status()
        self.call_after_refresh(self._scroll_to_stop)

    def set_shared(self, overlap_of: OverlapFinder | None, state: str | None = None) -> None:
        """Mark shared text with `overlap_of` (None while it is being found: `state` says so)."""
        self.overlap_of, self.shared_state = overlap_of, state
        if self.view is not None:
            self.overlap = overlap_of(self.view.article) if overlap_of else None
            self._show_header()
            self._render_body()
            self.call_after_refresh(self._scroll_to_stop)

    def _show_header(self) -> None:
        assert self.view is not None
        header = article_header(self.view.article, self.view.estimate)
        summary = shared_summary(self.overlap, self.shared_state, self.own_only)
        self.query_one("#source-header", Static).update(Content("\n").join([header, summary]))

    def action_toggle_own(self) -> None:
        """Only what this outlet alone reported (its own passages), and back."""
        if self.view is None:
            return
        if self.overlap is None:
            self.notify(self.shared_state or "shared text: computing…", markup=False)
            return
        self.own_only = not self.own_only
        self._show_header()
        self._render_body()
        self.scroll_home(animate=False, immediate=True)
        self._update_status()

    def _shown(self, passage: Passage) -> bool:
        return not (self.own_only and self.overlap is not None
                    and self.overlap.passages[passage.number - 1].shared)

    def _restart(self) -> None:
        """Back to the first stop. The same stop as now is not scrolled home and back: two
        scrolls after a layout repaint the whole screen, kilobytes for every key typed."""
        assert self.view is not None
        first = self._first_stop(self.view)
        if first != self.current_hit:
            self.current_hit = first
            self._render_body()
            self._update_status()
            self.call_after_refresh(self._scroll_to_stop_or_home)
        else:
            self._scroll_to_stop_or_home()

    def _scroll_to_stop_or_home(self) -> None:
        if not self._scroll_to_stop():
            self.scroll_home(animate=False)

    def current_passage(self) -> Passage | None:
        """The passage on screen: the current hit's or the event's if seen, else the first
        passage that starts in the view, else the one the view is inside."""
        if self.view is None or not self.view.article.passages:
            return None
        article = self.view.article
        candidates = []
        if self.current_hit is not None:
            candidates.append(article.passage_at(self.view.spans[self.current_hit].start))
        if self.view.focus_passage:
            candidates.append(article.passage(self.view.focus_passage))
        top, bottom = self._visible_lines()
        if bottom <= top or not self._first_line:  # not laid out yet
            return next((p for p in candidates if p), article.passages[0])
        for passage in candidates:
            if passage and top <= self._first_line.get(passage.number, -1) < bottom:
                return passage
        first_line = self._first_line
        starting = [p for p in article.passages if top <= first_line.get(p.number, -1) < bottom]
        if starting:
            return starting[0]
        inside = [p for p in article.passages if first_line.get(p.number, top) < top]
        return inside[-1] if inside else article.passages[0]

    def _visible_lines(self) -> tuple[int, int]:
        """The body lines in view: [top, bottom)."""
        body = self.query_one("#source-body", Static)
        docked = body.dock_gutter.height
        top = int(self.scroll_y) + docked - body.virtual_region.y
        return top, top + self.scrollable_content_region.height - docked

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.view is not None and int(old) != int(new):
            self._update_status()

    def action_next_hit(self) -> None:
        self._step(1)

    def action_previous_hit(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self.view is None or not self.view.spans:
            self.notify("No hits to step through here", severity="warning", markup=False)
            return
        total = len(self.view.spans)
        start = self.current_hit if self.current_hit is not None else -direction % total
        for _ in range(total):  # the next hit in a passage on screen (own passages only)
            start = (start + direction) % total
            passage = self.view.article.passage_at(self.view.spans[start].start)
            if passage is None or self._shown(passage):
                break
        self.current_hit = start
        self._render_body()
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

    def on_resize(self) -> None:
        if self.view is not None and self._text_width() != self._width:
            self._render_body()
            self.call_after_refresh(self._scroll_to_stop)

    def _text_width(self) -> int:
        return max(10, self.scrollable_content_region.width - GUTTER_WIDTH) if self.size.width else 60

    def _render_body(self) -> None:
        """Wrap every passage ourselves so that each hit's line is known exactly."""
        assert self.view is not None
        self._width = width = self._text_width()
        current = self._current_span()
        lines: list[Content] = []
        self._first_line, self._breaks = {}, {}
        overlaps = self.overlap.passages if self.overlap else ()
        for passage in self.view.article.passages:
            if not self._shown(passage):
                continue
            inside = [s for s in self.view.spans if passage.start <= s.start < passage.end]
            shared = overlaps[passage.number - 1] if overlaps else None
            text = mark_shared(with_hits(passage.text, inside, passage.start, current), shared)
            breaks = wrap_offsets(passage.text, width)
            focused = passage.number == self.view.focus_passage
            gutter = literal(f"{'▶' if focused else ' '}{passage.number:>2} ", DIM_STYLE)
            self._first_line[passage.number] = len(lines)
            self._breaks[passage.number] = [passage.start + b for b in breaks]
            for number, piece in enumerate(text.divide(breaks)):
                piece = piece.rstrip().rstrip("\n")
                if focused:
                    piece = piece.stylize_before(FOCUS_STYLE)
                lines.append(Content.assemble(gutter if number == 0 else BLANK_GUTTER, piece))
            if shared is not None and shared.shared:  # "≈ also in …", wrapped as the text
                also = also_in(shared)
                lines += [Content.assemble(BLANK_GUTTER, piece.rstrip())
                          for piece in also.divide(wrap_offsets(also.plain, width))]
            lines.append(Content(""))
        if not lines:
            lines = [own_only_empty(), Content("")]
        self.query_one("#source-body", Static).update(Content("\n").join(lines[:-1]))

    def _update_status(self) -> None:
        """"passage 3/9 · hit 2/7 · outlet 1/3: KBS World Radio", redrawn only if it changed."""
        parts: list[Content] = []
        passage = self.current_passage() if self.view else None
        if passage is not None:
            parts.append(literal(f"passage {passage.number}/{len(self.view.article.passages)}"))
        if self.view and self.view.spans:
            current = (self.current_hit or 0) + 1
            parts.append(literal(f"hit {current}/{len(self.view.spans)}", "bold"))
        elif self.view:
            parts.append(literal("no hits", DIM_STYLE))
        if self.view and self.view.context:
            parts.append(literal(self.view.context, LABEL_STYLE))
        if self.view and self.own_only:
            parts.append(literal("its own passages only", LABEL_STYLE))
        content = Content(" · ").join(parts)
        status = self.query_one("#source-status", Static)
        if self._status_shown != (content.plain, tuple(content.spans)):
            self._status_shown = (content.plain, tuple(content.spans))
            status.update(content)

    def line_of(self, offset: int) -> int | None:
        """The body line that shows character `offset` of the clean text."""
        passage = self.view.article.passage_at(offset) if self.view else None
        if passage is None or passage.number not in self._first_line:
            return None
        return self._first_line[passage.number] + bisect_right(self._breaks[passage.number], offset)

    def _scroll_to_stop(self) -> bool:
        """Bring the current hit (or the event's passage) into the middle of the view; False
        when there is none."""
        if self.view is None:
            return False
        span = self._current_span()
        passage = (self.view.article.passage_at(span.start) if span else
                   self.view.article.passage(self.view.focus_passage)
                   if self.view.focus_passage else None)
        if passage is None or passage.number not in self._first_line:
            return False  # none, or not on screen (own passages only)
        top = self._first_line[passage.number]
        line = self.line_of(span.start) if span else top
        body = self.query_one("#source-body", Static)
        docked = body.dock_gutter  # the status line covers the top of the view
        visible = self.scrollable_content_region.height - docked.height
        if line - top < visible - 1:
            # the passage's start and the hit both fit: show the passage from its start
            region, top_aligned = Region(0, body.virtual_region.y + top, 1, line - top + 1), True
        else:
            region, top_aligned = Region(0, body.virtual_region.y + line, 1, 1), False
        self.scroll_to_region(region, spacing=docked, animate=False, top=top_aligned,
                              center=not top_aligned, force=True)
        return True

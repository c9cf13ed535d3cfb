"""`w`: what the article on screen shares with other outlets, and what it alone reported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.content import Content
from textual.message import Message

from explorer.tui.dialogs.report_screen import ReportScreen
from explorer.tui.render import DIM_STYLE, LABEL_STYLE, article_date, literal

if TYPE_CHECKING:
    from corpus.model import Article
    from index.overlap import ArticleOverlap
    from index.search import SearchEngine


class SharedScreen(ReportScreen):
    """The article's shared sentences with the outlets carrying them; its own passages."""

    WAITING = "Comparing with every other article…"
    BINDINGS = [
        Binding("escape,q,w", "close", "Close", id="close_shared"),
        Binding("o", "toggle_own", "Own reporting / shared", id="shared_own"),
    ]

    class Found(Message):
        def __init__(self, overlap: ArticleOverlap) -> None:
            super().__init__()
            self.overlap = overlap

    def __init__(self, engine: SearchEngine, article: Article) -> None:
        super().__init__()
        self.engine = engine
        self.article = article
        self.overlap: ArticleOverlap | None = None
        self.own_only = False  # show the passages no other article carries, instead

    def title_content(self) -> Content:
        return Content.assemble(literal(self.article.outlet_label, LABEL_STYLE), " · ",
                                literal(article_date(self.article)), "\n",
                                literal(self.article.headline, "bold"))

    def start(self) -> None:
        self.compare()

    @work(thread=True, exclusive=True, group="shared", exit_on_error=False)
    def compare(self) -> None:
        from index.overlap import article_overlap, shared_sentences

        corpus = self.engine.corpus
        shared = shared_sentences(corpus, self.engine.opened.location)
        self.post_message(self.Found(article_overlap(self.article, shared, corpus)))

    def on_shared_screen_found(self, message: Found) -> None:
        self.overlap = message.overlap
        self._show()

    def action_toggle_own(self) -> None:
        self.own_only = not self.own_only
        self._show()

    def _show(self) -> None:
        if self.overlap is not None:
            render = render_own if self.own_only else render_overlap
            self.show_body(render(self.overlap))


def render_own(overlap: ArticleOverlap) -> Content:
    """Only what this outlet alone reported: the passages no other article carries."""
    own = [p for p in overlap.passages if not p.shared]
    lines = [literal(f"Its own reporting: {len(own)} of {len(overlap.passages)} passages "
                     "(o: what it shares)", "bold")]
    for passage in own:
        lines += [Content(""), Content.assemble(literal(f"¶{passage.number} ", DIM_STYLE),
                                                literal(passage.text))]
    return Content("\n").join(lines)


def render_overlap(overlap: ArticleOverlap) -> Content:
    if not overlap.by_outlet:
        return Content("No other article carries any of its sentences: all its own reporting.")
    with_whom = ", ".join(f"{label} {share:.0%}" for label, share in overlap.by_outlet)
    own = ", ".join(map(str, overlap.own_passages)) or "none"
    lines = [Content(f"{overlap.shared_share:.0%} of its text is carried by others: {with_whom}"),
             Content(f"Its own reporting: passages {own} (o: show them)")]
    for passage in overlap.passages:
        for part in passage.shared:
            lines += [Content(""), Content.assemble(
                literal(f"¶{passage.number} also in ", "bold"),
                literal(", ".join(f"{c.outlet_label} ¶{c.passage} ({c.overlap:.0%})"
                                  for c in part.carriers), LABEL_STYLE))]
            lines.append(literal(passage.text[part.start:part.end]))
            lines += [literal(f"≈ {c.outlet_label}: {c.text}", DIM_STYLE) for c in part.carriers]
    return Content("\n").join(lines)

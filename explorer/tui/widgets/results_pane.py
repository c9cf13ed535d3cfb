"""The results pane: outlet chips, one line per result, the highlighted result's headline and
snippet, and a
title that says where the reader is ("Results 3/19 · KBS World Radio · newest first")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from explorer.tui.render import (
    DIM_STYLE, LABEL_STYLE, ROOMY_ROW, copy_row, literal, result_detail, result_row,
)
from explorer.tui.widgets.facet_bar import FacetBar
from explorer.tui.widgets.results_list import ResultsList
from explorer.tui.widgets.titles import set_border_title

if TYPE_CHECKING:
    from corpus.model import Article
    from explorer.tui.screens.background import SearchOutcome
    from index.copies import Fold
    from index.results import ArticleHit

Folder = Callable[["Sequence[Article]"], "list[Fold]"]


class ResultsPane(Vertical):
    """Shown a `SearchOutcome`; its list's messages go on up to the screen."""

    DEFAULT_CSS = """
    ResultsPane > #result-snippet {
        height: auto; max-height: 3; padding: 0 1; background: $boost;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.outcome: SearchOutcome | None = None
        self._filter_label = ""  # "" or the filtered outlet's name
        self._order = ""
        self._detail_shown: tuple | None = None
        self.folder: Folder | None = None  # None until the shared text is known: no folds
        self.expanded: set[str] = set()  # heads of folds whose copies are shown
        self._fold_of: dict[str, Fold] = {}  # article id -> the fold it is in
        self._position: dict[str, int] = {}  # article id -> its place among the hits
        # article id -> its row: (its hit, text highlighted once shown; the article)
        self._rows: dict[str, tuple[ArticleHit, Article]] = {}

    def compose(self) -> ComposeResult:
        yield FacetBar(id="facets")
        yield ResultsList(id="results")
        yield Static(id="result-snippet")

    @property
    def results(self) -> ResultsList:
        return self.query_one(ResultsList)

    def show(self, outcome: SearchOutcome, filter_label: str, order: str) -> None:
        """The rows of `outcome`, filtered to `filter_label`'s outlet ("" for all), in `order`."""
        self.outcome, self._filter_label, self._order = outcome, filter_label, order
        self._rows = {article.id: (hit, article) for hit, article in outcome.rows if hit}
        facets = outcome.facets
        self.query_one(FacetBar).show(facets, sum(n for *_, n in facets),
                                      outcome.request.outlet_id)
        self._show_rows()
        self._update_detail()

    def hit(self, article_id: str) -> ArticleHit | None:
        """The shown search's hit of `article_id` (None: browsing, or not a row), its text
        highlighted now if the search left it pending (one article: a few milliseconds)."""
        from index.search import highlight_text

        if article_id not in self._rows:
            return None
        hit, article = self._rows[article_id]
        highlighted = highlight_text(hit, article)
        self._rows[article_id] = highlighted, article
        return highlighted

    def highlighted_rows(self) -> tuple[tuple[ArticleHit | None, Article], ...]:
        """Every row of the shown search, each hit's text highlighted (what a citation of
        the rows needs)."""
        if self.outcome is None:
            return ()
        return tuple((self.hit(article.id), article) for _, article in self.outcome.rows)

    def set_folder(self, folder: Folder | None) -> None:
        """Fold copies with `folder` from now on (None: every hit its own row)."""
        self.folder = folder
        if self.outcome is not None:
            self._show_rows()

    def _show_rows(self, keep: str | None = None) -> None:
        """One row per fold (its copies under it when expanded), in the hits' order."""
        from index.copies import Fold

        assert self.outcome is not None
        roomy = (self.results.scrollable_content_region.width or ROOMY_ROW) >= ROOMY_ROW
        hits = {article.id: hit for hit, article in self.outcome.rows}
        estimates = self.outcome.estimates
        articles = [article for _, article in self.outcome.rows]
        self._position = {article.id: n for n, article in enumerate(articles)}
        folds = self.folder(articles) if self.folder else [Fold(a) for a in articles]
        self._fold_of = {member.id: fold for fold in folds
                         for member in (fold.original, *fold.copies)}
        rows = []
        for fold in folds:
            head, shown = fold.original, fold.original.id in self.expanded
            rows.append((head.id, result_row(hits[head.id], head, roomy, estimates.get(head.id),
                                             len(fold.copies), shown)))
            if shown:
                rows += [(copy.id, copy_row(hits[copy.id], copy, roomy, estimates.get(copy.id)))
                         for copy in fold.copies]
        folded = frozenset(aid for aid, fold in self._fold_of.items() if fold.copies)
        self.results.show_rows(rows, keep=keep or self.results.highlighted_id, folded=folded)

    @on(ResultsList.ToggleCopies)
    def _toggle_copies(self, message: ResultsList.ToggleCopies) -> None:
        message.stop()
        fold = self._fold_of.get(self.results.highlighted_id or "")
        if fold is None or not fold.copies:
            return
        self.expanded ^= {fold.original.id}
        self._show_rows(keep=fold.original.id)  # hidden copies leave the cursor on the head
        self._update_detail()

    def on_resize(self) -> None:
        if self.outcome is not None:
            self._show_rows()

    @on(ResultsList.ArticleHighlighted)
    def _highlighted(self) -> None:
        self._update_detail()  # the message goes on to the screen, which shows the article

    def _update_detail(self) -> None:
        """The title's position and the highlighted row's snippet."""
        outcome, highlighted = self.outcome, self.results.highlighted_id
        if outcome is None:
            return
        index = self._position.get(highlighted) if highlighted else None
        position = f"{index + 1:,}/{outcome.total:,}" if index is not None else f"{outcome.total:,}"
        where = f" · {self._filter_label}" if self._filter_label else ""
        set_border_title(self, f"Results {position}{where} · {self._order}")
        if index is None or index >= len(outcome.rows):
            text = "No article matches this search." if not outcome.rows else ""
            self._show_detail(literal(text, DIM_STYLE))
        else:
            article = outcome.rows[index][1]
            detail = result_detail(self.hit(article.id), article)
            fold = self._fold_of.get(highlighted or "")
            if fold is not None and fold.copies:
                detail = Content.assemble(fold_note(fold, highlighted), "\n", detail)
            self._show_detail(detail)

    def _show_detail(self, content: Content) -> None:
        """Redrawn only when it changed (bytes over SSH for every key typed)."""
        shown = (content.plain, tuple(content.spans))
        if shown != self._detail_shown:
            self._detail_shown = shown
            self.query_one("#result-snippet", Static).update(content)


def fold_note(fold: Fold, article_id: str | None) -> Content:
    """Over the snippet: a head's copies by outlet, or which article a copy copies."""
    if article_id != fold.original.id:
        return literal(f"a copy of {fold.original.outlet_label}'s article", LABEL_STYLE)
    outlets = ", ".join(dict.fromkeys(copy.outlet_label for copy in fold.copies))
    count = len(fold.copies)
    return Content.assemble(
        literal(f"+{count} cop{'ies' if count > 1 else 'y'}: ", LABEL_STYLE), literal(outlets),
        literal(" · space shows them", DIM_STYLE))

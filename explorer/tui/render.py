"""Turn corpus data into `Content`: text is always literal, never markup.

Every string here may come from an article, a query or a file name, so it is wrapped
with `Content(...)` (or passed as a `$variable` to a fixed markup template) and hits
are styled by span. Nothing in this module touches a widget.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from rich.cells import cell_len
from textual.content import Content

if TYPE_CHECKING:
    from corpus.model import Article, Passage
    from index.results import ArticleHit, Coverage, Span, TimelineEvent

# Hits stay visible without colour (NO_COLOR): bold and underline carry them.
HIT_STYLE = "bold underline $text-warning"
CURRENT_HIT_STYLE = "bold reverse"
DIM_STYLE = "dim"
LABEL_STYLE = "bold $text-accent"
SNIPPET_CHARS = 110


def literal(text: str | None, style: str = "") -> Content:
    """Untrusted text as plain content, optionally styled as a whole."""
    content = Content(text or "")
    return content.stylize(style) if style else content


def with_hits(text: str, spans: Iterable[Span], offset: int = 0,
              current: Span | None = None) -> Content:
    """`text` with every span (offsets relative to `offset`) emphasised."""
    content = Content(text)
    for span in spans:
        style = CURRENT_HIT_STYLE if span == current else HIT_STYLE
        content = content.stylize(style, span.start - offset, span.end - offset)
    return content


_WORD = re.compile(r"\S+\s*|\s+")


def wrap_offsets(text: str, width: int) -> list[int]:
    """Where each line after the first starts when `text` is word-wrapped to `width` cells.

    Newlines are hard breaks (the newline ends its line); a word wider than a line is folded.
    """
    width = max(2, width)
    starts: list[int] = []
    used = 0
    for match in _WORD.finditer(text):
        word, start = match.group(), match.start()
        if used and used + cell_len(word.rstrip()) > width:
            starts.append(start)
            used = 0
        while cell_len(word.rstrip()) > width and not used:
            starts.append(start + width)
            word, start = word[width:], start + width
        used += cell_len(word)
        if "\n" in word:
            starts.append(start + word.index("\n") + 1)
            used = 0
    return [offset for offset in starts if 0 < offset < len(text)]


def date_label(date: str | None) -> str:
    """"24 Nov 2016", "Nov 2016" or "2016": an ISO date at its own precision (the core's words)."""
    from index.citations import date_label as core_date_label  # lazily: not for the first frame

    return core_date_label(date)


def article_date(article: Article) -> str:
    from index.citations import article_date_label

    return article_date_label(article)


def article_header(article: Article) -> Content:
    """Outlet, date, headline and byline: the top of the source pane."""
    lines = [
        Content.assemble(literal(article.outlet_label, LABEL_STYLE), " · ",
                         literal(article_date(article))),
        literal(article.headline, "bold"),
    ]
    if article.byline:
        lines.append(Content.assemble(literal("By ", DIM_STYLE), literal(article.byline)))
    return Content("\n").join(lines)


def trimmed_snippet(text: str, spans: Sequence[Span], prefix: str, suffix: str,
                    limit: int = SNIPPET_CHARS) -> Content:
    """A snippet cut to about `limit` characters around its first hit, hits emphasised."""
    start = 0
    if len(text) > limit:
        first = spans[0].start if spans else 0
        start = max(0, min(first - limit // 3, len(text) - limit))
        if start:
            prefix = "…"
        if start + limit < len(text):
            suffix = "…"
        text = text[start:start + limit]
    inside = [s for s in spans if s.start >= start and s.end <= start + len(text)]
    return Content.assemble(prefix, with_hits(text, inside, start), suffix)


def result_row(hit: ArticleHit | None, article: Article) -> Content:
    """One results row: outlet and date, headline, snippet with hits emphasised."""
    top = Content.assemble(literal(article.outlet_label, LABEL_STYLE), " · ",
                           literal(date_label(article.date), DIM_STYLE))
    if hit is None:
        first = article.passages[0].text if article.passages else ""
        headline = literal(article.headline, "bold")
        snippet = trimmed_snippet(first, (), "", "")
    else:
        headline = with_hits(hit.headline, hit.headline_spans).stylize_before("bold")
        snip = hit.snippet
        snippet = trimmed_snippet(snip.text, snip.spans, snip.prefix, snip.suffix)
    return Content("\n").join([top, headline, snippet.stylize_before(DIM_STYLE)])


def coverage_marks(event: TimelineEvent, outlets: Sequence[tuple[str, str]]) -> Content:
    """One mark per outlet column: its number where it covers the event, "·" where not."""
    covered = set(event.outlet_ids)
    marks = [literal(str(n), "bold $text-success") if oid in covered else literal("·", DIM_STYLE)
             for n, (oid, _label) in enumerate(outlets, start=1)]
    return Content(" ").join(marks)


def event_row(event: TimelineEvent, outlets: Sequence[tuple[str, str]]) -> Content:
    top = Content.assemble(literal(event.date_label, LABEL_STYLE), "  ",
                           coverage_marks(event, outlets))
    title = literal(event.title)
    if event.proposed:
        title = Content.assemble(title, literal(" (proposed)", DIM_STYLE))
    return Content("\n").join([top, title])


def outlet_legend(outlets: Sequence[tuple[str, str]]) -> Content:
    return Content("  ").join(
        Content.assemble(literal(str(n), "bold"), " ", literal(label))
        for n, (_oid, label) in enumerate(outlets, start=1)
    )


def coverage_caption(item: Coverage, lag: str = "") -> Content:
    """"KBS World Radio +4 d · 27 Nov 2016": the label of an outlet's compared passages, with
    how long after the earliest report it came (before the date, which a narrow card cuts)."""
    date = date_label(item.article_date) + (" (estimated)" if item.date_estimated else "")
    return Content.assemble(literal(item.outlet_label, LABEL_STYLE), *((" ", literal(lag, "dim")) if lag else ()),
                            " · ", literal(date))


def citation(article: Article, passage: Passage) -> str:
    """The passage with its citation, as plain text for the clipboard (as `export` cites it)."""
    from index.citations import cite, quotable

    return quotable(cite(article, passage))

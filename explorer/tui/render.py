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
    from index.estimated_dates import EstimatedDate
    from index.results import ArticleHit, Coverage, Span, TimelineEvent

# Hits stay visible without colour (NO_COLOR): bold and underline carry them.
HIT_STYLE = "bold underline $text-warning"
CURRENT_HIT_STYLE = "bold reverse"
DIM_STYLE = "dim"
LABEL_STYLE = "bold $text-accent"
SNIPPET_CHARS = 110
ROOMY_ROW = 34  # a list this wide shows outlets and coverage in its rows
OUTLET_COLUMN = 10  # an outlet's name in a one-line row


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


def article_date(article: Article, estimate: "EstimatedDate | None" = None) -> str:
    """"24 Nov 2016", "(inferred)" added when inferred, or for an undated article its estimate,
    marked: "~23 Nov 2016 (estimated)"."""
    if estimate is not None and not article.date:
        return f"{estimate.label} (estimated)"
    from index.citations import article_date_label

    return article_date_label(article)


def article_header(article: Article, estimate: "EstimatedDate | None" = None) -> Content:
    """Outlet, date, headline and byline: the top of the source pane (an undated article's
    estimate marked; `gsomia-tui show` says what it was estimated from)."""
    lines = [
        Content.assemble(literal(article.outlet_label, LABEL_STYLE), " · ",
                         literal(article_date(article, estimate))),
        literal(article.headline, "bold"),
    ]
    if article.byline:
        lines.append(Content.assemble(literal("By ", DIM_STYLE), literal(article.byline)))
    if article.url:
        # as text, which terminals open on ctrl+click: never an OSC 8 hyperlink (no terminal
        # sequence from an article's data ever reaches the terminal; tests/test_app_hostile.py)
        lines.append(literal(article.url, DIM_STYLE))
    return Content("\n").join(lines)


def trimmed_snippet(text: str, spans: Sequence[Span], prefix: str, suffix: str,
                    limit: int = SNIPPET_CHARS) -> Content:
    """A snippet cut to about `limit` characters around its first hit, hits emphasised.

    A cut never falls inside a word: the snippet starts at a word and ends after one."""
    start = 0
    if len(text) > limit:
        first = spans[0].start if spans else 0
        start = max(0, min(first - limit // 3, len(text) - limit))
        if start:
            start = _next_word_start(text, start, first)
            prefix = "…"
        end = min(len(text), start + limit)
        if end < len(text):
            end = _last_word_end(text, start, end)
            suffix = "…"
        text = text[start:end]
    inside = [s for s in spans if s.start >= start and s.end <= start + len(text)]
    return Content.assemble(prefix, with_hits(text, inside, start), suffix)


def _next_word_start(text: str, start: int, limit: int) -> int:
    """`start`, moved forward past a word it falls into (never past `limit`, the first hit)."""
    if start and text[start - 1].isalnum():
        space = text.find(" ", start, max(start, limit))
        if space != -1:
            return space + 1
    return start


def _last_word_end(text: str, start: int, end: int) -> int:
    """`end`, moved back to the end of the last whole word before it."""
    if text[end - 1].isalnum() and text[end:end + 1].isalnum():
        space = text.rfind(" ", start, end)
        if space > start:
            return space
    return end


def short_outlet(article: Article, width: int = OUTLET_COLUMN) -> str:
    """An outlet's name for a one-line row: without a leading "The", cut to `width`; an
    unknown outlet by the article's short id ("? 81cfaf9f"), which tells two apart."""
    if article.outlet is None:
        return f"? {article.id[:width - 2]}"
    name = article.outlet.removeprefix("The ")
    return name if len(name) <= width else name[:width - 1] + "…"


def result_row(hit: ArticleHit | None, article: Article, with_outlet: bool = True,
               estimate: "EstimatedDate | None" = None, copies: int = 0,
               expanded: bool = False) -> Content:
    """One results row on one line: outlet · date · headline, hits in the headline emphasised
    (without the outlet where the list is too narrow for it: the detail line names it). An
    undated article shows its estimated date, marked: "~23 Nov 2016". A row with `copies`
    folded under it starts with ▸ (▾ when they are shown) and says how many."""
    headline = literal(article.headline) if hit is None else \
        with_hits(hit.headline, hit.headline_spans)
    shown = estimate.label if estimate is not None and not article.date else date_label(article.date)
    date = literal(shown, DIM_STYLE)
    lead = []
    if copies:
        lead = [literal("▾ " if expanded else "▸ ", LABEL_STYLE),
                literal(f"+{copies} cop{'ies' if copies > 1 else 'y'} ", "bold")]
    if not with_outlet:
        return Content.assemble(*lead, date, " ", headline)
    if lead:  # "▸ Yonhap +3 copies · 23 Nov 2016 · …"
        lead = [lead[0], literal(short_outlet(article), LABEL_STYLE), " ", lead[1].rstrip()]
    else:
        lead = [literal(short_outlet(article), LABEL_STYLE)]
    return Content.assemble(*lead, " · ", date, " · ", headline)


def copy_row(hit: ArticleHit | None, article: Article, with_outlet: bool = True,
             estimate: "EstimatedDate | None" = None) -> Content:
    """A copy shown under the row it is folded into."""
    return Content.assemble(literal("  ↳ ", DIM_STYLE),
                            result_row(hit, article, with_outlet, estimate))


def result_detail(hit: ArticleHit | None, article: Article) -> Content:
    """Under the list, for the highlighted result only: its whole headline, then its snippet
    (the first passage when browsing), hits emphasised."""
    if hit is None:
        first = article.passages[0].text if article.passages else ""
        headline, snippet = literal(article.headline), trimmed_snippet(first, (), "", "")
    else:
        snip = hit.snippet
        headline = with_hits(hit.headline, hit.headline_spans)
        snippet = trimmed_snippet(snip.text, snip.spans, snip.prefix, snip.suffix)
    return Content.assemble(literal(article.outlet_label, LABEL_STYLE), " ",
                            headline.stylize_before("bold"), " ",
                            snippet.stylize_before(DIM_STYLE))


def coverage_mark(event: TimelineEvent, outlets: Sequence[tuple[str, str]]) -> Content:
    """"3/5": how many of the outlets cover the event (dim when none does)."""
    covered = len(event.outlet_ids)
    return literal(f"{covered}/{len(outlets)}", "bold $text-success" if covered else DIM_STYLE)


def event_row(event: TimelineEvent, outlets: Sequence[tuple[str, str]],
              date_width: int = 0, with_coverage: bool = True) -> Content:
    """One event on one line: date (padded to `date_width`), coverage, title."""
    title = literal(event.title)
    if event.proposed:
        title = Content.assemble(title, literal(" (proposed)", DIM_STYLE))
    date = literal(event.date_label.ljust(date_width), LABEL_STYLE)
    if not with_coverage:
        return Content.assemble(date, " ", title)
    return Content.assemble(date, " ", coverage_mark(event, outlets), " ", title)


def outlet_legend(outlets: Sequence[tuple[str, str]]) -> Content:
    return Content("  ").join(
        Content.assemble(literal(str(n), "bold"), " ", literal(label))
        for n, (_oid, label) in enumerate(outlets, start=1)
    )


def coverage_captions(item: Coverage, lag: str = "") -> tuple[Content, ...]:
    """The labels of an outlet's compared passages, longest first, each ending with the whole
    outlet (it is what the card is): "27 Nov 2016 +4 d · KBS World Radio", the date without its
    year, the lag alone, the outlet alone (a card takes the longest its border holds)."""
    date = date_label(item.article_date)
    short_date = date.rsplit(" ", 1)[0] if date.count(" ") == 2 else date  # "27 Nov"
    if item.date_estimated:
        date, short_date = f"{date} (estimated)", f"~{short_date}"
    outlet = literal(item.outlet_label, LABEL_STYLE)
    lag = "" if lag == date else lag  # ("undated" once)
    captions = (_caption(date, lag, outlet), _caption(short_date, lag, outlet), _caption("", lag, outlet), outlet)
    return tuple(dict.fromkeys(captions))


def _caption(date: str, lag: str, outlet: Content) -> Content:
    said = [part for part in (literal(date), literal(lag, "dim")) if part]
    return Content.assemble(Content(" ").join(said), " · ", outlet) if said else outlet


def caption_within(captions: tuple[Content, ...], room: int) -> Content:
    """The longest of `captions` that fits `room` cells, else the shortest (cut at its end)."""
    return next((caption for caption in captions if caption.cell_length <= room), captions[-1])


def citation(article: Article, passage: Passage) -> str:
    """The passage with its citation, as plain text for the clipboard (as `export` cites it)."""
    from index.citations import cite, quotable

    return quotable(cite(article, passage))

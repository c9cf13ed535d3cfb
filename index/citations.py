"""Passages with their citations: what `gsomia-tui export` writes and `y` copies.

A cited passage carries everything a story needs to quote it (outlet, date, headline, URL,
passage number) and the hits inside it, as offsets into the passage's own text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from corpus.loader import Corpus
from corpus.model import Article, Passage
from index.results import ArticleHit, SearchResult, Span, TimelineEvent

NO_URL = "no URL recorded"


@dataclass(frozen=True)
class CitedPassage:
    article_id: str
    outlet: str  # what a person reads: "unknown (81cfaf9f)" when nothing names it
    date: str | None  # ISO at its precision
    date_label: str  # "24 Nov 2016", "undated", "(inferred)" added when it was inferred
    headline: str
    url: str | None
    passage: int
    text: str
    spans: tuple[Span, ...]  # hits, relative to `text`

    @property
    def citation(self) -> str:
        """"The Korea Herald, 24 Nov 2016, “Headline”, passage 3. URL"."""
        return (f"{self.outlet}, {self.date_label}, \u201c{self.headline}\u201d, "
                f"passage {self.passage}. {self.url or NO_URL}")


def date_label(date: str | None) -> str:
    """"24 Nov 2016", "Nov 2016" or "2016": an ISO date at its own precision."""
    if not date:
        return "undated"
    from corpus.dates import parse_date_value

    try:
        return parse_date_value(date).label()
    except ValueError:
        return date


def article_date_label(article: Article) -> str:
    label = date_label(article.date)
    return f"{label} (inferred)" if article.date and article.date_inferred else label


def cite(article: Article, passage: Passage, spans: tuple[Span, ...] = ()) -> CitedPassage:
    """`passage` of `article`; `spans` are offsets into the article's clean text."""
    relative = tuple(Span(s.start - passage.start, s.end - passage.start) for s in spans
                     if passage.start <= s.start and s.end <= passage.end)
    return CitedPassage(article.id, article.outlet_label, article.date,
                        article_date_label(article), article.headline, article.url,
                        passage.number, passage.text, relative)


def quotable(cited: CitedPassage) -> str:
    """The passage and its citation as plain text: what the clipboard gets."""
    return f"\u201c{cited.text}\u201d\n\u2014 {cited.citation}"


def cite_hits(result: SearchResult, corpus: Corpus) -> tuple[CitedPassage, ...]:
    """Every passage holding a hit, hit by hit in the search's order."""
    return cite_rows((hit, corpus.get(hit.article_id)) for hit in result.hits)


def cite_rows(rows: Iterable[tuple[ArticleHit | None, Article]]) -> tuple[CitedPassage, ...]:
    """The passages of listed articles: each hit's passages, in order. A hit found only in
    its headline is cited by the passage its snippet shows, an article listed without a hit
    (a list with no query) by its first passage, so that no row goes missing."""
    cited = []
    for hit, article in rows:
        if hit and hit.passages:
            cited += [cite(article, article.passage(p.number), p.spans) for p in hit.passages]
        elif article.passages:
            shown = article.passage_at(hit.snippet.offset) if hit else None
            cited.append(cite(article, shown or article.passages[0]))
    return tuple(cited)


def cite_event(event: TimelineEvent, corpus: Corpus) -> tuple[CitedPassage, ...]:
    """An event's coverage, passage by passage, in the timeline's order."""
    rows = []
    for item in event.coverage:
        article = corpus.get(item.article_id)
        rows.append(cite(article, article.passage(item.passage), item.spans))
    return tuple(rows)

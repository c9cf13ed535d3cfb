"""One article as the timeline reads it, and the coverage built from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from corpus.date_estimate import article_reporting_date
from corpus.events import DatedMention, EventSpec, ReportingDate, mention_role
from corpus.happenings import Happening, find_happenings
from corpus.model import Article
from index.results import Coverage, Span


@dataclass(frozen=True)
class ArticleReading:
    """What the timeline reads in one article."""

    article: Article
    mentions: tuple[DatedMention, ...]
    happenings: tuple[Happening, ...]
    published: ReportingDate | None  # printed or estimated

    @cached_property
    def kinds(self) -> frozenset[str]:
        return frozenset(h.kind for h in self.happenings)

    @cached_property
    def headline(self) -> tuple[str, tuple[Happening, ...], tuple[DatedMention, ...]]:
        """The headline, read as a passage of its own (number 0): its text, happenings and dates."""
        headline = self.article.headline.strip()
        if not headline:
            return headline, (), ()
        return headline, find_happenings(headline), headline_mentions(self.article.id, headline, self.published)

    @cached_property
    def kinds_by_passage(self) -> dict[int, frozenset[str]]:
        """passage number -> the kinds of happening worded in it (in any frame)."""
        found: dict[int, set[str]] = {}
        for happening in self.happenings:
            passage = self.article.passage_at(happening.start)
            if passage is not None:
                found.setdefault(passage.number, set()).add(happening.kind)
        return {number: frozenset(kinds) for number, kinds in found.items()}


def read_article(article: Article, mentions: tuple[DatedMention, ...], specs: tuple[EventSpec, ...] = (),
                 happenings: tuple[Happening, ...] | None = None) -> ArticleReading:
    """The article's happenings and its date, printed or estimated (`corpus.date_estimate`)."""
    if happenings is None:
        happenings = find_happenings(article.clean_text)
    published, mentions = article_reporting_date(article, mentions, happenings, specs)
    return ArticleReading(article, mentions, happenings, published)


def headline_mentions(article_id: str, headline: str, published: ReportingDate | None) -> tuple[DatedMention, ...]:
    """The headline's dates, resolved as the article's are ("seal pact on Tuesday")."""
    from corpus.dates import find_dates

    anchor = published.value if published else None
    return tuple(DatedMention(article_id, 0, e.start, e.end, e.text, e.value, mention_role(headline, e.start, e.end))
                 for e in find_dates(headline, anchor, calendar_only=anchor is None or published.estimated)
                 if e.kind == "date" and e.value is not None)


def coverage_of(reading: ArticleReading, number: int, spans: Iterable[Span]) -> Coverage:
    article, published = reading.article, reading.published
    passage = article.passage(number)
    return Coverage(
        article_id=article.id, outlet_id=article.outlet_id, outlet_label=article.outlet_label,
        article_date=published.value.iso() if published else None, headline=article.headline,
        passage=number, start=passage.start, end=passage.end,
        spans=tuple(sorted(set(spans), key=lambda s: (s.start, s.end))),
        date_estimated=bool(published and published.estimated),
    )


#END

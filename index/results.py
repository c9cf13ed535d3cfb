"""What a search returns: plain frozen dataclasses, never Whoosh objects.

Every offset is a character offset into the text it names (the article's clean text,
its headline, or the snippet's own text), so a caller can style hits by span.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from corpus.model import by_id_or_prefix


@dataclass(frozen=True)
class Span:
    """A matched word or phrase: `text[start:end]` is what matched."""

    start: int
    end: int


@dataclass(frozen=True)
class Snippet:
    """A keyword-in-context excerpt of the clean text.

    `text == clean_text[offset:offset + len(text)]` apart from the ellipses added at cut
    ends, which `prefix`/`suffix` hold separately; `spans` are relative to `text`.
    """

    text: str
    offset: int
    spans: tuple[Span, ...]
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class HitPattern:
    """What to highlight in one field: single words, and phrases as word sequences."""

    words: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


@dataclass(frozen=True)
class PassageHit:
    """A passage of a matched article that holds at least one hit."""

    number: int
    start: int
    end: int
    spans: tuple[Span, ...]  # offsets into the article's clean text


@dataclass(frozen=True)
class ArticleHit:
    article_id: str
    outlet: str | None
    outlet_id: str
    outlet_label: str  # the outlet's name, or which unknown source (`Article.outlet_label`)
    date: str | None
    date_precision: str | None
    headline: str
    score: float
    spans: tuple[Span, ...]  # every hit in the clean text, in order
    headline_spans: tuple[Span, ...]  # hits in the headline
    passages: tuple[PassageHit, ...]
    snippet: Snippet | None  # None only in a `PendingHit`


@dataclass(frozen=True)
class PendingHit(ArticleHit):
    """A hit whose text is not highlighted yet (`SearchEngine.search(highlight=N)` leaves
    every hit after the first N so: highlighting 50 articles' texts is most of a search, and
    a list shows only their headlines). `spans` and `passages` are empty and `snippet` is
    None; `index.search.highlight_text(hit, article)` makes the `ArticleHit` that a search
    without `highlight` returns, from `pattern` (what matched in the text)."""

    pattern: HitPattern


@dataclass(frozen=True)
class Facet:
    key: str  # outlet id or "YYYY-MM"
    label: str  # what a person reads
    count: int


@dataclass(frozen=True)
class SearchResult:
    query: str
    description: str  # the parsed query echoed back in words
    hits: tuple[ArticleHit, ...]
    total: int  # articles that matched, before `limit`
    outlet_facets: tuple[Facet, ...]  # every outlet's matches, whatever the outlet filter
    month_facets: tuple[Facet, ...]  # of the `total` matches
    suggestion: str | None  # "did you mean": the whole query with misspelt words replaced
    sort: str = "relevance"


@dataclass(frozen=True)
class PassageMatch:
    """A passage that matches a passage-level query (used to link events to coverage)."""

    article_id: str
    number: int
    score: float
    spans: tuple[Span, ...]


class QueryError(ValueError):
    """A query that cannot be searched, with a message a person understands."""

    def __init__(self, message: str, query: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.query = query


@dataclass(frozen=True)
class Coverage:
    """One passage of one article that reports an event."""

    article_id: str
    outlet_id: str
    outlet_label: str
    article_date: str | None  # printed, or estimated from the text when `date_estimated`
    headline: str
    passage: int  # passage number in the article
    start: int  # the passage's offsets in the article's clean text
    end: int
    spans: tuple[Span, ...]  # what tied the passage to the event: its wording and its dates
    date_estimated: bool = False  # the article prints no date: `article_date` is estimated


@dataclass(frozen=True)
class OutletReport:
    """An outlet's first report of an event, and how many days after the earliest it came."""

    outlet_id: str
    outlet_label: str
    article_id: str
    date: str | None
    date_estimated: bool
    lag_days: int | None  # 0 for the earliest report(s); None when the article has no day


@dataclass(frozen=True)
class TimelineEvent:
    id: str
    title: str
    date: str  # ISO at its granularity: "2016-11-23", "2016-11", "2014"
    date_label: str  # for people: "23 Nov 2016", "Nov 2016", "late 2014"
    granularity: str  # "day" | "month" | "year"
    proposed: bool  # grouped from dated mentions, not in the curated list
    coverage: tuple[Coverage, ...]  # ordered by article date, then outlet
    anticipated: bool = False  # proposed from plans ("will meet Dec. 5"), not from happenings

    def reports(self) -> tuple[OutletReport, ...]:
        """Each outlet's first report, earliest first, with its lag behind the earliest. Only
        articles dated to the day are timed: one dated "2016-11" is not "first" before one of
        23 November, nor are the others weeks late; it comes after them with its month."""
        firsts = self.first_by_outlet()
        earliest = min((_first_day(c.article_date) for c in firsts if _to_the_day(c.article_date)),
                       default=None)
        return tuple(
            OutletReport(c.outlet_id, c.outlet_label, c.article_id, c.article_date, c.date_estimated,
                         (_first_day(c.article_date) - earliest).days if _to_the_day(c.article_date) else None)
            for c in firsts)

    @property
    def outlet_ids(self) -> tuple[str, ...]:
        """Covering outlets, each once, in coverage order."""
        return tuple(dict.fromkeys(c.outlet_id for c in self.coverage))

    def first_by_outlet(self) -> tuple[Coverage, ...]:
        """The first covering passage of each outlet, in the order of `reports` (articles dated
        to the day first): the stops of `[` / `]`."""
        seen: dict[str, Coverage] = {}
        for item in sorted(self.coverage, key=_precision_rank):  # (stable: in date order within)
            seen.setdefault(item.outlet_id, item)
        return tuple(seen.values())


def lag_label(report: OutletReport) -> str:
    """"first", "+4 d", "2016-11, day unknown", "undated": when an outlet reported, after the
    earliest."""
    estimated = " (estimated date)" if report.date_estimated else ""
    if report.lag_days is None:
        return f"{report.date}, day unknown{estimated}" if report.date else "undated"
    if report.lag_days == 0:
        return "first" + estimated
    return f"+{report.lag_days} d{estimated}"


def lags_by_outlet(event: TimelineEvent) -> dict[str, str]:
    """Each covering outlet's `lag_label` (what compare's cards and the `[` / `]` stops show)."""
    return {report.outlet_id: lag_label(report) for report in event.reports()}


def reports_summary(event: TimelineEvent) -> str:
    """"Yonhap first, Kyodo +1 d, CNN undated": who reported the event first, and each
    other outlet's lag in days."""
    return ", ".join(f"{r.outlet_label} {lag_label(r)}" for r in event.reports()) or "no coverage"


def _to_the_day(iso: str | None) -> bool:
    return bool(iso) and len(iso) == len("2016-11-23")


def _precision_rank(item: Coverage) -> int:
    """Articles dated to the day first, then those dated to the month or year, then undated."""
    return 0 if _to_the_day(item.article_date) else 1 if item.article_date else 2


def _first_day(iso: str) -> datetime.date:
    parts = [int(part) for part in iso.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Timeline:
    events: tuple[TimelineEvent, ...]  # in date order: listed and proposed happenings
    outlets: tuple[tuple[str, str], ...]  # (outlet id, label): the matrix columns
    anticipated: tuple[TimelineEvent, ...] = ()  # what articles expect to happen, kept apart

    def event(self, event_id: str) -> TimelineEvent:
        """An event (or an anticipated one) by its id or a unique prefix of it (at least four
        characters)."""
        by_id = {event.id: event for event in self.events + self.anticipated}
        return by_id_or_prefix(event_id, by_id, "event", "gsomia-tui events")

    def matrix(self) -> dict[str, dict[str, tuple[Coverage, ...]]]:
        """event id -> outlet id -> its covering passages; a missing outlet did not report it."""
        table: dict[str, dict[str, tuple[Coverage, ...]]] = {}
        for event in self.events:
            row: dict[str, list[Coverage]] = {}
            for item in event.coverage:
                row.setdefault(item.outlet_id, []).append(item)
            table[event.id] = {oid: tuple(items) for oid, items in row.items()}
        return table

"""Plain, frozen data that every other layer reads."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

DatePrecision = str  # "day" | "month" | "year"


@dataclass(frozen=True)
class Passage:
    """One paragraph of an article's clean text.

    `start`/`end` are character offsets into `Article.clean_text`, so
    `article.clean_text[p.start:p.end] == p.text` always holds.
    """

    article_id: str
    number: int  # 1-based, in reading order
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """An article as the reader sees it, plus where every fact about it came from."""

    id: str
    headline: str
    outlet: str | None  # None when nothing names it: shown as unknown, never guessed
    outlet_id: str  # stable slug for filters and facets ("unknown" when outlet is None)
    date: str | None  # ISO date at its precision: "2016-11-24", "2016-11" or "2016"
    date_precision: DatePrecision | None
    date_provenance: str  # e.g. "printed on the page" or "inferred from the text: ..."
    byline: str | None
    url: str | None
    source: str  # where the raw text came from: "bundled:<file>" or a user's path
    raw_text: str = field(repr=False)
    clean_text: str = field(repr=False)
    passages: tuple[Passage, ...] = field(repr=False)
    section: str | None = None
    notes: str | None = None

    @property
    def date_inferred(self) -> bool:
        return self.date_provenance.startswith("inferred")

    @property
    def outlet_label(self) -> str:
        return self.outlet or "Unknown outlet"

    @property
    def passage_count(self) -> int:
        return len(self.passages)

    def summary(self) -> "ArticleSummary":
        return ArticleSummary(self.id, self.headline, self.outlet, self.outlet_id, self.date,
                              self.date_precision, self.date_provenance, self.byline, self.url,
                              self.section, self.source, len(self.passages))

    def passage(self, number: int) -> Passage:
        return self.passages[number - 1]

    def passage_at(self, offset: int) -> Passage | None:
        """The passage that contains the character `offset` of the clean text."""
        index = bisect_right(self.passages, offset, key=lambda p: p.start) - 1
        if index >= 0 and offset < self.passages[index].end:
            return self.passages[index]
        return None


@dataclass(frozen=True)
class ArticleSummary:
    """What a list of articles shows: an article's metadata, without its text."""

    id: str
    headline: str
    outlet: str | None
    outlet_id: str
    date: str | None
    date_precision: DatePrecision | None
    date_provenance: str
    byline: str | None
    url: str | None
    section: str | None
    source: str
    passage_count: int

    @property
    def outlet_label(self) -> str:
        return self.outlet or "Unknown outlet"

    @property
    def date_inferred(self) -> bool:
        return self.date_provenance.startswith("inferred")

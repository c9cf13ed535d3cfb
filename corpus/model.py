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
    outlet_id: str  # stable slug for filters and facets (`unknown_outlet_id` when outlet is None)
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
        """The outlet's name; without one, "unknown (site or file, short id)": two articles
        whose outlet nothing names are two sources, never one "Unknown outlet"."""
        return self.outlet or unknown_outlet_label(self.id, self.url, self.source)

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


UNKNOWN_OUTLET = "unknown"
NO_HEADLINE = "(no headline)"  # the headline of a page that shows none and was given none
SHORT_ID = 8  # characters of an id people read and type


def unknown_outlet_id(article_id: str) -> str:
    """The facet key of an article whose outlet is not known: its own, never shared."""
    return f"{UNKNOWN_OUTLET}-{article_id[:SHORT_ID]}"


def unknown_outlet_label(article_id: str, url: str | None, source: str) -> str:
    """"unknown (example.com, 81cfaf9f)", "unknown (story.txt, 81cfaf9f)" or "unknown
    (81cfaf9f)": where the article came from, and its short id to tell any two apart."""
    short = article_id[:SHORT_ID]
    where = _site(url) or user_file_name(source)
    return f"{UNKNOWN_OUTLET} ({where}, {short})" if where else f"{UNKNOWN_OUTLET} ({short})"


def _site(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


LONGEST_FILE_NAME = 40  # in a label: a name longer is cut in its middle (its start and ending kept)


def user_file_name(source: str) -> str | None:
    """A user's file name (a bundled file is named after the id already), never so long that
    the label fills the lines a reader needs (a saved page's name can run to 250 characters)."""
    if not source or source.startswith("bundled:"):
        return None
    name = source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    if len(name) > LONGEST_FILE_NAME:
        end = LONGEST_FILE_NAME * 2 // 5
        name = f"{name[:LONGEST_FILE_NAME - end - 1]}…{name[-end:]}"
    return name or None


MIN_ID_PREFIX = 4  # shorter prefixes match too much to be worth guessing


def by_id_or_prefix(wanted: str, by_id: dict, noun: str, listing: str):
    """The item whose id is `wanted` or starts with it (a unique prefix of at least
    MIN_ID_PREFIX characters); a KeyError that says what to do otherwise."""
    if wanted in by_id:
        return by_id[wanted]
    if len(wanted) < MIN_ID_PREFIX:
        raise KeyError(f"{noun} id {wanted!r} is too short: give at least {MIN_ID_PREFIX} "
                       f"characters (`{listing}` lists them)")
    matches = [key for key in by_id if key.startswith(wanted)]
    if len(matches) == 1:
        return by_id[matches[0]]
    if matches:
        shown = ", ".join(sorted(matches)[:5])
        raise KeyError(f"{noun} id {wanted!r} is ambiguous ({shown}): give more characters")
    raise KeyError(f"no {noun} with id {wanted!r}: `{listing}` lists them")


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
        """As `Article.outlet_label`: an unknown outlet is this article's own."""
        return self.outlet or unknown_outlet_label(self.id, self.url, self.source)

    @property
    def date_inferred(self) -> bool:
        return self.date_provenance.startswith("inferred")

"""The story's events as data, and the dated mentions found in every article.

Each listed event carries the rule that links it to its coverage (a passage-level query,
run by the index, plus the date condition below); nothing points at passage numbers, so
an article added later joins the events it reports on its own.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from corpus.dates import DateValue, find_dates, parse_date_value
from corpus.model import Article, Passage

EVENTS_FILE = Path(__file__).parent / "events.json"
# A passage with no date of its own may report an event if its article appeared this soon after.
REPORTED_WITHIN_DAYS = 7


@dataclass(frozen=True)
class EventSpec:
    id: str
    title: str
    date: DateValue
    query: str


@dataclass(frozen=True)
class DatedMention:
    """A date expression in an article, resolved against its publication date."""

    article_id: str
    passage: int
    start: int  # offsets into the article's clean text
    end: int
    text: str
    value: DateValue


def load_event_specs(path: Path = EVENTS_FILE) -> tuple[EventSpec, ...]:
    data = json.loads(path.read_text(encoding="utf-8"))
    specs = []
    for item in data["events"]:
        date = parse_date_value(item["date"])
        if item.get("qualifier"):
            date = DateValue(date.year, date.month, date.day, item["qualifier"])
        specs.append(EventSpec(item["id"], item["title"], date, item["query"]))
    return tuple(specs)


def publication_value(article: Article) -> DateValue | None:
    return parse_date_value(article.date) if article.date else None


def dated_mentions(article: Article) -> tuple[DatedMention, ...]:
    """Every date in the article's text (not durations, ranges or repeats)."""
    published = publication_value(article)
    if published is None:
        return ()
    mentions = []
    for expression in find_dates(article.clean_text, published):
        passage = article.passage_at(expression.start)
        if expression.kind == "date" and expression.value is not None and passage is not None:
            mentions.append(DatedMention(article.id, passage.number, expression.start,
                                         expression.end, expression.text, expression.value))
    return tuple(mentions)


def date_condition(event: DateValue, article: Article, passage: Passage,
                   mentions: tuple[DatedMention, ...]) -> tuple[DatedMention, ...] | None:
    """Whether a passage that matches an event's query may report it, and the dates that say so.

    * A date in the passage *speaks to* the event when it is at most one step coarser than
      the event's date ("early this month" for a day, "in 2012" for a month; "this year"
      says nothing about a day). If any date speaks to it, one must be compatible with
      the event's date (one contains the other); those dates are returned.
    * An article cannot report an event that had not happened when it appeared, unless a
      date in the passage names the event's date exactly ("this Friday").
    * Otherwise the passage's dates must not contradict the event, and its article must
      have appeared within REPORTED_WITHIN_DAYS after the event (or on the day itself).
    Returns None when the condition fails.
    """
    own = tuple(m for m in mentions if m.passage == passage.number)
    published = publication_value(article)
    speaking = tuple(m for m in own if _steps_coarser(m.value, event) <= 1)
    if speaking:
        compatible = tuple(m for m in speaking if m.value.compatible(event))
        exact = any(m.value.iso() == event.iso() for m in compatible)
        if compatible and (exact or published is None or _not_before(published, event)):
            return compatible
        return None
    if any(not m.value.compatible(event) for m in own):
        return None
    if published is None or published.granularity != "day" or event.granularity != "day":
        return None
    gap = (_first_day(published) - _first_day(event)).days
    return () if 0 <= gap <= REPORTED_WITHIN_DAYS else None


_FINENESS = {"year": 0, "month": 1, "week": 2, "day": 2}


def _steps_coarser(mention: DateValue, event: DateValue) -> int:
    return _FINENESS[event.granularity] - _FINENESS[mention.granularity]


def _first_day(value: DateValue) -> datetime.date:
    return value.bounds()[0]


def _not_before(published: DateValue, event: DateValue) -> bool:
    return published.bounds()[1] >= event.bounds()[0]

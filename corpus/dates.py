"""Find the temporal expressions in English news prose and resolve them to calendar dates.

    >>> [e.value.iso() for e in find_dates("They met on Wednesday.", datetime.date(2016, 11, 24))]
    ['2016-11-23']

Relative expressions ("Wednesday", "last month", "four years ago") are resolved against the
publication date. Durations ("for a year"), ranges ("1910-45") and repeating times ("each year")
are reported too, with `value=None`, so that a reader is never told they are the date of an event.
Nothing here guesses a day that the text does not give: "in 2012" stays a year.

Without a publication date (`published=None`) only the dates that name their year are
resolved ("on November 23, 2016"); the others are reported as kind "other".

Pure standard library; the vocabulary and patterns live in `corpus.date_patterns`, how each
is read in `corpus.date_readers`, the value type `DateValue` (and `parse_date_value`, its ISO
form) in `corpus.date_value`.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache

from corpus.date_chronology import placed_in_chronologies
from corpus.date_readers import NOTES, RULES, Candidate, Resolver
from corpus.date_scan import Tokens, scoped_matches
from corpus.date_value import DateValue, parse_date_value  # noqa: F401 - parse_date_value re-exported


@dataclass(frozen=True)
class TemporalExpression:
    start: int  # character offsets into the text passed to `find_dates`
    end: int
    text: str  # == text[start:end]
    kind: str  # "date" | "duration" | "range" | "set" | "other"
    value: DateValue | None  # only for kind == "date"
    note: str = ""  # for people, e.g. "a duration, not the date of an event"


def find_dates(text: str, published: datetime.date | DateValue | None,
               calendar_only: bool = False) -> tuple[TemporalExpression, ...]:
    """Every temporal expression in `text`, in order, resolved relative to `published`
    (None: the publication date is unknown, so only dates that name their year resolve).
    With `calendar_only` (a publication date that is only estimated), the expressions
    counted from it ("Friday", "last month") are left unresolved; "June 29" takes its year."""
    if isinstance(published, datetime.date):
        published = DateValue(published.year, published.month, published.day)
    expressions = (_express(candidate, text, None if calendar_only and candidate.relative else published)
                   for candidate in _chosen(text))
    return tuple(_anchor_same_day(expressions))


# A page's text is read for dates again with each estimate of its date, and a sentence again for each listed event
# (perf31: 8,000 scans of one page): what the rules find in a text does not depend on the date they are resolved from.
@lru_cache(maxsize=64)
def _chosen(text: str) -> tuple[Candidate, ...]:
    if "\n" in text:  # a chronology's yearless days, in the year above them (`corpus.date_chronology`)
        return tuple(placed_in_chronologies(list(_read(text)), text))
    return _read(text)


@lru_cache(maxsize=64)
def _read(text: str) -> tuple[Candidate, ...]:
    return tuple(_longest_first(_candidates(text)))


def forget_what_was_read() -> None:
    """Forget the texts' dates found so far (for a measure of the reading itself)."""
    _chosen.cache_clear()
    _read.cache_clear()


_SAME_DAY = re.compile(r"(?i)^(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day)|that\s+day|the\s+same\s+day)$")


def _anchor_same_day(expressions):
    """"Earlier in the day" and "that day" mean the day the story last named, not the
    publication day: a wire story of Thursday morning reports "on Wednesday ... Earlier in
    the day ..." about Wednesday."""
    last_day: DateValue | None = None
    for expression in expressions:
        if _SAME_DAY.match(expression.text) and last_day is not None:
            expression = TemporalExpression(expression.start, expression.end, expression.text,
                                            "date", last_day, "the day named before it")
        elif expression.value is not None and expression.value.granularity == "day":
            last_day = expression.value
        yield expression


def read_candidates(text: str) -> list[Candidate]:
    """The candidates `find_dates` reads in `text` (the longest of overlapping ones), unresolved, in text order."""
    return list(_read(text))


def _candidates(text: str) -> list[Candidate]:
    found, tokens = [], Tokens(text)
    for rank, (pattern, read) in enumerate(RULES):
        for match in scoped_matches(pattern, text, tokens):
            if (candidate := read(match, text)) is not None:
                found.append(candidate._replace(rank=rank))
    return found


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest of any overlapping matches (earlier rules win ties), in text order."""
    chosen: list[Candidate] = []  # in text order, apart: only those just before an end can overlap it
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        at = bisect_left(chosen, candidate.end, key=lambda kept: kept.start)
        if not _overlaps_one_before(candidate, chosen, at):
            insort(chosen, candidate)
    return chosen


def _overlaps_one_before(candidate: Candidate, chosen: list[Candidate], at: int) -> bool:
    """Whether one of `chosen[:at]` (each starting before `candidate` ends) overlaps it: read back
    until one that is not empty ends by its start (the ones before it end earlier still)."""
    for kept in map(chosen.__getitem__, range(at - 1, -1, -1)):
        if kept.end > candidate.start:
            return True
        if kept.end > kept.start:
            return False
    return False


def _express(candidate: Candidate, text: str, published: DateValue | None) -> TemporalExpression:
    start, end, kind, resolve, note = candidate[:5]
    if published is None and candidate.needs_anchor:
        value, reason = None, "not placeable without the publication date, which is unknown"
    else:
        value = _resolve_within(resolve, published) if resolve else None
        reason = f"not placeable from a publication date of {published and published.label()}"
    if kind == "date" and value is None:
        kind, note = "other", reason
    return TemporalExpression(start, end, text[start:end], kind, value, note or NOTES.get(kind, ""))


def _resolve_within(resolve: Resolver, published: DateValue | None) -> DateValue | None:
    """Resolve against the publication day; if only its month or year is known, keep only
    what holds for every possible publication day (the coarsest safe value)."""
    if published is None:
        return resolve(None)
    first, last = published.bounds()
    earliest = resolve(first)
    if first == last or earliest is None:
        return earliest
    latest = resolve(last)
    if latest is None or earliest == latest:
        return latest
    first_day = earliest.bounds()[0]
    for common in (DateValue(first_day.year, first_day.month), DateValue(first_day.year)):
        if common.contains(earliest) and common.contains(latest):
            return common
    return None

"""What a date rule's reader makes of a match: a `Candidate` (its span, its kind and, for dates,
a function resolving it against the day the article appeared), with the helpers that build the
plainest ones. Split from `corpus.date_readers`, whose readers and `corpus.date_carried`'s share it.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import NamedTuple

from corpus.date_value import DateValue, calendar_day

Resolver = Callable[[datetime.date], "DateValue | None"]

NOTES = {
    "duration": "a duration, not the date of an event",
    "range": "a span between two dates, not the date of one event",
    "set": "a repeating time, not the date of one event",
    "other": "dated from another event in the text, which is not resolved here",
}


class Candidate(NamedTuple):
    start: int
    end: int
    kind: str
    resolve: Resolver | None = None
    note: str = ""
    rank: int = 0  # the rule's place in `RULES`, which breaks ties between overlapping matches
    needs_anchor: bool = True  # False when the text itself names the year
    relative: bool = False  # counted from the anchor ("Friday", "last month"), not a calendar date


def fixed(match: re.Match, value: DateValue) -> Candidate:
    """A date the text gives whole ("Nov. 23, 2016", "in 2012"): no anchor needed."""
    return Candidate(match.start(), match.end(), "date", lambda anchor: value, needs_anchor=False)


def calendar_date(year: int, month: int, day: int) -> DateValue | None:
    return DateValue(year, month, day) if calendar_day(year, month, day) else None


def day_value(anchor: datetime.date, shift: int = 0) -> DateValue:
    """The day `shift` days from `anchor`, as a date value."""
    day = anchor + datetime.timedelta(days=shift)
    return DateValue(day.year, day.month, day.day)


def weekday_near(anchor: datetime.date, weekday: int, forward: bool, include_today: bool) -> datetime.date:
    """The nearest day on `weekday` (Monday 0) before `anchor` (after it, if `forward`), or `anchor` itself."""
    step = 1 if forward else -1
    day = anchor if include_today else anchor + datetime.timedelta(days=step)
    return day + datetime.timedelta(days=step * ((weekday - day.weekday()) * step % 7))

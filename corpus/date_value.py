"""A calendar date at the precision news prose gives it, and its ISO form.

    >>> parse_date_value("2016-W47").label()
    'week of 21 Nov 2016'

`corpus.dates` resolves temporal expressions to these values; the index and the explorer keep,
compare and show them. Pure standard library.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{1,2}))?$")


@dataclass(frozen=True)
class DateValue:
    """A calendar date at the precision the text gives: a day, an ISO week, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: str | None = None  # "early" | "mid" | "late" | None
    week: int | None = None  # ISO week ("this week"); `year` is then the ISO year, month/day None

    @property
    def granularity(self) -> str:
        if self.week is not None:
            return "week"
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.week is not None:
            return f"{self.year:04d}-W{self.week:02d}"
        parts = [f"{self.year:04d}", self.month and f"{self.month:02d}", self.day and f"{self.day:02d}"]
        return "-".join(part for part in parts if part)

    def label(self) -> str:
        first, _ = self.bounds()
        plain = {
            "day": f"{first.day} {_MONTH_ABBREVIATIONS[first.month - 1]} {first.year}",
            "week": f"week of {first.day} {_MONTH_ABBREVIATIONS[first.month - 1]} {first.year}",
            "month": f"{_MONTH_ABBREVIATIONS[first.month - 1]} {first.year}",
            "year": str(self.year),
        }[self.granularity]
        return f"{self.qualifier} {plain}" if self.qualifier else plain

    def bounds(self) -> tuple[datetime.date, datetime.date]:
        """The first and last day this value covers."""
        if self.week is not None:
            monday = datetime.date.fromisocalendar(self.year, self.week, 1)
            return monday, monday + datetime.timedelta(days=6)
        if self.day is not None:
            day = datetime.date(self.year, self.month, self.day)
            return day, day
        if self.month is not None:
            last_day = calendar.monthrange(self.year, self.month)[1]
            return datetime.date(self.year, self.month, 1), datetime.date(self.year, self.month, last_day)
        return datetime.date(self.year, 1, 1), datetime.date(self.year, 12, 31)

    def contains(self, other: DateValue) -> bool:
        """True when every day of `other` falls within this value (qualifiers are ignored)."""
        first, last = self.bounds()
        other_first, other_last = other.bounds()
        return first <= other_first and other_last <= last

    def compatible(self, other: DateValue) -> bool:
        """True when one value contains the other, so the two do not contradict each other."""
        return self.contains(other) or other.contains(self)


def parse_date_value(s: str) -> DateValue:
    """"2016-11-23", "2016-11", "2016" or "2016-W47" -> DateValue; ValueError otherwise."""
    match = _ISO_VALUE.match(s.strip())
    if not match:
        raise ValueError(f"not an ISO date, month, week or year: {s!r}")
    year, month, day, week = (int(group) if group else None for group in match.groups())
    value = DateValue(year, month, day, week=week)
    value.bounds()  # raises ValueError for impossible dates such as 2016-02-30
    return value


def today() -> datetime.date:
    """The day the date rules take for today (the latest a page's year may be, the year an officeholder's open term
    runs to, a two-digit year's century): read here only, so that the tests fix it (`tests/conftest.py`) and no test's
    answer moves with the calendar (review 44)."""
    return datetime.date.today()


def weekdays_of_day_and_eve(day: datetime.date) -> tuple[int, int]:
    """The weekdays (Monday is 0) of `day` and of the day before: a lead's weekday names one of
    them when the story is of its dateline's day or was filed the morning after."""
    return day.weekday(), (day - datetime.timedelta(days=1)).weekday()


def calendar_day(year: int, month: int, day: int) -> datetime.date | None:
    """The day, or None when the calendar has no such day (30 February, 29 February of a common year)."""
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None

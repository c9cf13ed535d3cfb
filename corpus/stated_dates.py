"""A date as a file or a person states it, made into the ISO form the index keeps.

`2016-1-5` is `2016-01-05`, `2016-1` is `2016-01`, `2016-11-23T10:00+09:00` is
`2016-11-23`, "Nov. 24, 2016" is `2016-11-24`; `2016-02-30` or `2016-13` is refused with the
reason, never stored half-read (a stored "2016-1" once broke every search that found it).
"""

from __future__ import annotations

import calendar
import re

# Year, then optionally month and day of one or two digits, then anything that is not a
# digit (a time, a zone): "2016-11-23T10:00:00+09:00".
_NUMERIC_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)")
PRECISIONS = {4: "year", 7: "month", 10: "day"}


class BadDate(ValueError):
    """A stated date that names no day of the calendar; the message says why, in one line."""


def normalise_stated_date(value: str) -> str | None:
    """ISO at the precision given, None when the text states no date, BadDate when it states
    an impossible one."""
    match = _NUMERIC_DATE.match(value)
    if not match:
        from corpus.page_dates import parse_printed_date

        return parse_printed_date(value)
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is not None and not 1 <= month <= 12:
        raise BadDate(f"the date {value.strip()!r} has no month {month}: write YYYY-MM-DD")
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise BadDate(f"the date {value.strip()!r} is not in the calendar "
                          f"({calendar.month_name[month]} {year} has {last} days)")
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month is not None else f"{year:04d}"


def stored_date(value: object) -> str | None:
    """A date read back from stored metadata, if it is in the form the index needs
    (an older version may have stored "2016-1"); otherwise normalised, or None."""
    if not value:
        return None
    try:
        return normalise_stated_date(str(value))
    except BadDate:
        return None


def precision_of(iso: str | None) -> str | None:
    return PRECISIONS.get(len(iso or ""))

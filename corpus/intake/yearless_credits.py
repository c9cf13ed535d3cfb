"""The day a copy's credit gives without a year, the copying page's own stamp fixing its year (intake round 122):

    >>> from corpus.intake.outlets import outlets
    >>> yearless_credited_day("--The Asahi Shimbun, July 6", "2012-07-09", outlets())
    '2012-07-06'

A blog copying a paper's editorial prints its own posting stamp, then the paper's credit and the day without a year
("2012年7月 9日 (月)" over "--The Asahi Shimbun, July 6"). The day is the story's (the labels date a copy by its
original's day). Its year is the stamp's, or the year before when the day would fall after the stamp (a credit of
30 December under a stamp of 2 January). Read only when the day falls on the stamp's day or at most a month before
it: a copy goes up within days, and a day after the stamp or long before it is no credit of this copy's own.
Only a line holding nothing but a listed outlet's whole name and the month and day (a dash before, brackets around):
not a place's ("Beijing, January 10"), not a sentence's ("Carter said on Oct. 13.").
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from corpus.date_patterns import month_number
from corpus.intake.date_readings import MONTH_NAME
from corpus.intake.outlets import OutletDirectory

_LONGEST_CREDIT = 80
MAX_DAYS_BEFORE_STAMP = 31
_YEARLESS_CREDIT = re.compile(
    rf"^[-–—\s]*[(\[]?\s*(?P<name>[A-Z][\w&.'’ -]{{1,40}}?)\s*,\s*(?P<month>{MONTH_NAME})\.?\s+"
    r"(?P<day>[0-3]?\d)(?!\d)\s*[)\]]?\s*$")


def yearless_credited_day(line: str, stamp: str, directory: OutletDirectory) -> str | None:
    """The ISO day of `line` when it is a listed outlet's credit and a day without a year falling at most a month
    before the ISO day `stamp` (the copying page's own), in the year that places it so; else None."""
    match = _YEARLESS_CREDIT.match(line) if len(line) <= _LONGEST_CREDIT else None
    if match is None or not directory.named_alone(match["name"]):
        return None
    own_day = datetime.date.fromisoformat(stamp)
    for year in (own_day.year, own_day.year - 1):
        try:
            credited = datetime.date(year, month_number(match["month"]), int(match["day"]))
        except ValueError:  # "Feb 30", "June 0", or 29 February of a common year
            continue
        if credited <= own_day:
            return credited.isoformat() if (own_day - credited).days <= MAX_DAYS_BEFORE_STAMP else None
    return None


def yearless_credited_day_of(lines: Sequence[str], stamp: str,
                             directory: OutletDirectory) -> tuple[str, str] | None:
    """(the ISO day, the credit's line) when the yearless credits among `lines` give one day, else None."""
    found = {day: line for line in lines if (day := yearless_credited_day(line, stamp, directory))}
    return next(iter(found.items())) if len(found) == 1 else None

"""The day of a wire's story that a carrying site prints under it, with the day alone.

A Japanese site carrying Reuters' story prints its own date at the top ("2016年11月15日(火)11時01分")
and the wire's dateline, with the day only, under the text ("［東京　14日　ロイター］"): the story
is the wire's of the 14th, the day before the site's. The day is placed in the days up to the
site's date; a day that falls in none of them leaves the date unknown rather than the site's.
"""

from __future__ import annotations

import datetime

from corpus.intake.east_asian_credits import japanese_day_dateline
from corpus.intake.outlets import OutletDirectory

_DAYS_BEFORE = 3  # a carrying site posts the wire's story within a few days


def wire_day_under_story(site_date: str, closing: tuple[str, ...],
                         directory: OutletDirectory) -> tuple[str | None, str] | None:
    """(the wire's date, or None when its day does not fit, and the dateline as printed) when
    one of the last lines is a wire's dateline with its day alone; None when none is."""
    found = next(((line, dated) for line in closing[::-1]
                  if (dated := japanese_day_dateline(line, directory))), None)
    if found is None:
        return None
    line, (_, day) = found
    site_day = datetime.date.fromisoformat(site_date)
    for back in range(_DAYS_BEFORE + 1):
        candidate = site_day - datetime.timedelta(days=back)
        if candidate.day == day:
            return candidate.isoformat(), line
    return None, line


def wire_dateline_credit(line: str, directory: OutletDirectory) -> str | None:
    """The listed wire of a dateline with the day alone on one of the last lines."""
    dated = japanese_day_dateline(line, directory)
    return dated[0] if dated else None

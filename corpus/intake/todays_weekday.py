"""A numeric date line whose order no part over 12 decides ("07-05-2006 11:54": 7 May or 5 July),
decided by the weekday the story names as today: "fired at least six missiles today (WED)", "met
today, Wednesday,", as broadcasters' scripts print the day they air. Only one reading may fall on
that weekday; a weekday named otherwise ("on Wednesday") may be a day before the page's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.date_patterns import NOT_AN_OUTLETS_NAME
from corpus.intake.date_readings import decide, first_reading, weekday_named
from corpus.intake.printed_dates import dates_taken_out

_TODAY_WEEKDAY = re.compile(r"\b" + NOT_AN_OUTLETS_NAME + r"(?i:today)\s*[(,]\s*(?P<weekday>[A-Za-z]{3,9})\b")
_CLOCK = re.compile(r"^[\s|,–—-]*(?:[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*(?i:[ap]\.?m\.?)?)?[\s|,–—-]*$")
LINES_TO_THE_DATE = 4
PARAGRAPHS_NAMING_TODAY = 2


def date_by_todays_weekday(opening: Sequence[str], paragraphs: Sequence[str]) -> tuple[str, str] | None:
    """(ISO day, its line): a numeric date alone on a line near the top, its order decided by the
    weekday the first paragraphs name as today (one weekday only)."""
    named = {weekday_named(match["weekday"]) for paragraph in paragraphs[:PARAGRAPHS_NAMING_TODAY]
             for match in _TODAY_WEEKDAY.finditer(paragraph)} - {None}
    if len(named) != 1:
        return None
    for line in opening[:LINES_TO_THE_DATE]:
        reading = first_reading(line)
        if reading and len(reading.values) == 2 and _CLOCK.match(dates_taken_out(line)[0]):
            value = decide(reading, next(iter(named)), "")
            return (value, line) if value else None
    return None

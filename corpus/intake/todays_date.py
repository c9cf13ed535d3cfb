"""The day a lead names in full as today's, its weekday beside it: "Sinabi ngayong araw, Martes, ika-12 ng
Hulyo 2016, ng Tsina …" (Filipino: "said today, Tuesday, the 12th of July 2016, China …"), "said today,
Tuesday, 12 July 2016, that …". The weekday must be that day's, else the words are no date of the page's.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

from corpus.date_patterns import NOT_AN_OUTLETS_NAME, WEEKDAYS
from corpus.intake.date_readings import iso_day
from corpus.intake.printed_dates import read_date

_FILIPINO_MONTHS = ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre",
                    "oktubre", "nobyembre", "disyembre")
_FILIPINO_WEEKDAYS = ("lunes", "martes", "miyerkules", "huwebes", "biyernes", "sabado", "linggo")
# "ngayong araw, Martes, ika-12 ng Hulyo 2016": today, the weekday, "the 12th of July" and the year.
_FILIPINO_TODAY = re.compile(r"(?i)\bngayong\s+araw\s*[,(]\s*(?P<weekday>[a-z]+)\s*,\s*ika-?\s*(?P<day>[0-3]?\d)"
                             r"\s+ng\s+(?P<month>[a-z]+),?\s+(?P<year>(?:19|20)\d\d)(?!\d)")
# "today, Tuesday, 12 July 2016", "today (Tuesday, July 12, 2016)".
_ENGLISH_TODAY = re.compile(r"\b" + NOT_AN_OUTLETS_NAME + r"(?i:today)\s*[,(]\s*(?P<weekday>[A-Z][a-z]+day)\s*,\s*"
                            r"(?P<date>[^,.;()]{4,20}?,?\s*(?:19|20)\d\d)(?!\d)")


def date_named_as_today(lead_lines: Iterable[str]) -> tuple[str, str] | None:
    """(ISO day, the words naming it) of the first lead line naming today's full date and weekday."""
    for line in lead_lines:
        if found := _filipino_today(line) or _english_today(line):
            return found
    return None


def _filipino_today(line: str) -> tuple[str, str] | None:
    match = _FILIPINO_TODAY.search(line)
    if match is None or match["month"].lower() not in _FILIPINO_MONTHS:
        return None
    value = iso_day(int(match["year"]), _FILIPINO_MONTHS.index(match["month"].lower()) + 1, int(match["day"]))
    return _on_its_weekday(value, match["weekday"].lower(), _FILIPINO_WEEKDAYS, match.group(0))


def _english_today(line: str) -> tuple[str, str] | None:
    match = _ENGLISH_TODAY.search(line)
    value = read_date(match["date"]) if match else None
    return _on_its_weekday(value, match["weekday"], WEEKDAYS, match.group(0)) if value else None


def _on_its_weekday(value: str | None, weekday: str, names: tuple[str, ...], words: str) -> tuple[str, str] | None:
    if value is None or len(value) != len("YYYY-MM-DD") or weekday not in names:
        return None
    return (value, words) if datetime.date.fromisoformat(value).weekday() == names.index(weekday) else None

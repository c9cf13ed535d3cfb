"""The year of a dateline that prints none ("SEOUL, Nov. 23 (Yonhap)"), inferred with reasons.

Two kinds of evidence give a year, the stronger first:
* a full date elsewhere on the page (a date line, the address, the HTML's metadata): the
  year that puts the dateline within a few weeks before it;
* full dates the text itself names ("on Nov. 14, 2016"): the year that puts the dateline
  shortly after them.
The weekday the story's lead names ("on Wednesday") only confirms a year found so: alone it
is too weak (a story of 2023 naming 2016 and 2017 finds a year whose 16 March was a
Thursday one time in seven), so it is added to the reasons when it agrees, and a year it
contradicts is kept but said to be contradicted. When no evidence points to one year, the
year stays unknown.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from corpus.date_patterns import WEEKDAYS
from corpus.intake.printed_dates import full_dates

_CLOSE_DAYS = 45  # a page reposts a wire story within weeks, not months
_AFTER_DAYS = 60  # a date the text names is at most this long before the story
_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")


@dataclass(frozen=True)
class InferredYear:
    year: int
    reason: str


def infer_year(month: int, day: int, page_dates: list[tuple[str, str]], text: str,
               lead: str) -> InferredYear | None:
    """The year of `month`/`day`, from the page's dated facts, `text` and its `lead`.

    `page_dates` are (ISO day, where it was found) pairs."""
    found = _from_page_dates(month, day, page_dates) or _from_named_dates(month, day, text)
    if found is None:
        return None
    weekday = _weekday_check(found.year, month, day, lead)
    return InferredYear(found.year, f"{found.reason}{weekday}")


def _on(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _from_page_dates(month: int, day: int, page_dates) -> InferredYear | None:
    for iso, where in page_dates:
        if len(iso) != 10:
            continue
        anchor = datetime.date.fromisoformat(iso)
        for year in (anchor.year, anchor.year - 1):
            filed = _on(year, month, day)
            if filed and 0 <= (anchor - filed).days <= _CLOSE_DAYS:
                return InferredYear(year, f"the year of the page's date {iso} ({where})")
    return None


def _from_named_dates(month: int, day: int, text: str) -> InferredYear | None:
    years = set()
    for iso, printed in full_dates(text):
        named = datetime.date.fromisoformat(iso)
        for year in (named.year, named.year + 1):
            filed = _on(year, month, day)
            if filed and 0 <= (filed - named).days <= _AFTER_DAYS:
                years.add((year, printed))
    if len({year for year, _ in years}) != 1:
        return None
    year, named_text = sorted(years)[0]
    return InferredYear(year, f"the text names {named_text!r}, shortly before")


def _weekday_check(year: int, month: int, day: int, lead: str) -> str:
    """What the weekday the lead names says of `year`, as words for the reasons."""
    weekdays = {WEEKDAYS.index(m["weekday"]) for m in _WEEKDAY.finditer(lead)}
    filed = _on(year, month, day)
    if len(weekdays) != 1 or filed is None:
        return ""
    name = WEEKDAYS[weekdays.pop()]
    if filed.weekday() == WEEKDAYS.index(name):
        return f"; the lead names {name}, which that day was"
    return f"; the lead names {name}, though that day was a {WEEKDAYS[filed.weekday()]}"

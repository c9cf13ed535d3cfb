"""The year of a dateline that prints none ("SEOUL, Nov. 23 (Yonhap)"), inferred with reasons.

Three kinds of evidence, strongest first; the first that points to one year gives it (the
others that agree are added to the reasons):
* a full date elsewhere on the page (a date line, the address, the HTML's metadata): the
  year that puts the dateline within a few weeks before it;
* full dates the text itself names ("on Nov. 14, 2016"): the year that puts the dateline
  shortly after them;
* the weekday the story's lead names ("on Wednesday"): among the years the text names and
  the years after them, the only one in which that day fell on that weekday.
When no evidence points to one year, the year stays unknown.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from corpus.date_patterns import WEEKDAYS
from corpus.intake.printed_dates import full_dates

_CLOSE_DAYS = 45  # a page reposts a wire story within weeks, not months
_AFTER_DAYS = 60  # a date the text names is at most this long before the story
_YEAR = re.compile(r"(?<![\d$.,/-])\b(?P<year>(?:19|20)\d\d)\b(?![\d-])")
_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")


@dataclass(frozen=True)
class InferredYear:
    year: int
    reason: str


def infer_year(month: int, day: int, page_dates: list[tuple[str, str]], text: str,
               lead: str) -> InferredYear | None:
    """The year of `month`/`day`, from the page's dated facts, `text` and its `lead`.

    `page_dates` are (ISO day, where it was found) pairs."""
    findings = [f for f in (_from_page_dates(month, day, page_dates),
                            _from_named_dates(month, day, text),
                            _from_weekday(month, day, text, lead)) if f]
    if not findings:
        return None
    year = findings[0].year
    return InferredYear(year, "; ".join(f.reason for f in findings if f.year == year))


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


def _from_weekday(month: int, day: int, text: str, lead: str) -> InferredYear | None:
    weekdays = {WEEKDAYS.index(m["weekday"]) for m in _WEEKDAY.finditer(lead)}
    named_years = [int(m["year"]) for m in _YEAR.finditer(text)]
    if len(weekdays) != 1 or not named_years:
        return None
    weekday = weekdays.pop()
    candidates = sorted({year + shift for year in named_years for shift in (0, 1)})
    fits = [year for year in candidates
            if (filed := _on(year, month, day)) and filed.weekday() == weekday]
    if len(fits) != 1:
        return None
    name = WEEKDAYS[weekday]
    return InferredYear(fits[0], f"the story's lead names {name}, and of the years the text "
                                 f"names and the years after them, that day was a {name} in "
                                 f"{fits[0]} alone")

"""A page that prints no date, dated by a yearless day it prints with its weekday and the year it names elsewhere
(issue 14, timeline round 75): "the exercises began on Monday (March 7)" on a page that names 2016 and no other
year in which 7 March was a Monday is of 7 March 2016 at the earliest; "3月7日(月)", "3월 7일(월)" alike.

A weekday and a day of the month recur some years apart, so the pair dates the page only where, of the years the
page names, it fits the latest and no other, and every pair it prints does: a page is no older than the latest year
it names, and an earlier year is its background ("Monday (June 19)" on a page of 2017 that names 2016 and 1950 fits
only 1950). A pair that fits none of them, two ("Monday, March 7" fits 2011 and 2016) or an earlier one only,
dates nothing. A plan's day ("will begin on Monday, March 7") is not a day the page
reports, so it dates nothing either. For `corpus.date_estimate`, last of its readings. Pure standard library.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from corpus.date_patterns import MONTH_BEFORE_DAY, weekday_number
from corpus.dates import DateValue
from corpus.events import DatedMention, ReportingDate, dated_mentions
from corpus.happenings import Happening
from corpus.model import Article

# `corpus.date_estimate.as_happened` (passed in: that module imports this one)
AsHappened = Callable[[str, tuple[DatedMention, ...], tuple[Happening, ...]], tuple[DatedMention, ...]]

# A year the page names, not one end of a span of years ("the 1950-53 Korean War", "2016–2019": a period told).
_NAMED_YEAR = re.compile(r"(?<!\d)(?<!\d[-\u2013])(?:19[5-9]\d|20[0-4]\d)(?!\d|[-\u2013](?:\d\d|\d{4})(?![\d-]))")
_ENGLISH = r"(?i:\b(?P<english>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?)"
_EAST_ASIAN_WEEKDAY = r"(?P<east>[月火水木金土日월화수목금토일])(?:曜日?|요일)?"
# "Monday, March 7", "on Monday (March 7)": the weekday right before the day, a comma or a bracket between.
_WEEKDAY_BEFORE = re.compile(_ENGLISH + r"\s*[,(]?\s*$")
# "March 7 (Mon)", "3月7日(月)", "3월 7일(월)", "7日（月曜日）": the weekday in brackets right after the day.
_WEEKDAY_AFTER = re.compile(rf"\s*[(\uff08]\s*(?:{_ENGLISH}|{_EAST_ASIAN_WEEKDAY})\s*[)\uff09]")
# Whether a page prints such a pair at all, before its dates are read: a weekday, then a day or a month's name; a
# day, then a bracketed weekday.
_ANY_PAIR = re.compile(re.sub(r"\?P<\w+>", "?:", rf"{_ENGLISH}\s*[,(]?\s*(?:\d\d?(?!\d)|{MONTH_BEFORE_DAY})"
                              rf"|[\d日일]{_WEEKDAY_AFTER.pattern}"))
_EAST_ASIAN = {letter: number for number, letters in enumerate(("月월", "火화", "水수", "木목", "金금", "土토", "日일"))
               for letter in letters}


def estimate_from_a_weekday_and_its_year(article: Article, happenings: tuple[Happening, ...],
                                         as_happened: AsHappened
                                         ) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The latest yearless day the page reports with its weekday, in the latest year it names, as its estimate (at
    the earliest), with the page's mentions resolved against it; None if any such pair fits another year the page
    names, or not that one."""
    text = article.clean_text
    years = sorted({int(year) for year in _NAMED_YEAR.findall(text)})
    if not years or not _ANY_PAIR.search(text):
        return None
    named = {m.start for m in dated_mentions(article)}
    days = []
    for mention in dated_mentions(article, DateValue(years[-1], 12, 31)):  # (only its month and day are read)
        weekday = _weekday_of(text, mention) if mention.start not in named else None
        if weekday is None or mention.value.granularity != "day" or mention.role == "plan":
            continue
        fitting = [year for year in years if _falls_on(year, mention.value, weekday)]
        if fitting != years[-1:]:  # (a background year may fit by chance: "Monday (June 19)" of 1950, not 2017)
            return None
        days.append((DateValue(fitting[0], mention.value.month, mention.value.day), mention))
    if not days:
        return None
    value, latest = max(days, key=lambda found: found[0].bounds()[0])
    resolved = as_happened(text, dated_mentions(article, value), happenings)
    return ReportingDate(value, True, f"estimated from the text: \u201c{latest.text}\u201d with its weekday, a day "
                         f"of {value.year}, the latest year it names and the one that fits (passage {latest.passage})",
                         earliest=True), resolved


def _weekday_of(text: str, mention: DatedMention) -> int | None:
    """The weekday printed with the yearless day at `mention` (Monday 0), in it, right before it or bracketed
    right after it; None if none is."""
    inside = re.match(_ENGLISH, mention.text)
    before = _WEEKDAY_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    after = _WEEKDAY_AFTER.match(text, mention.end)
    found = inside or before or after
    if found is None:
        return None
    if found["english"]:
        return weekday_number(found["english"])
    return _EAST_ASIAN[found["east"]]


def _falls_on(year: int, day: DateValue, weekday: int) -> bool:
    try:
        return datetime.date(year, day.month, day.day).weekday() == weekday
    except ValueError:  # (29 February of a common year)
        return False

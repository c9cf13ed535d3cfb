"""Date lines that are not the day of the page: the day it was "last updated" (years after it
was written, at times: "Last Updated: 2024-04-23 20:02" over a story of 2017), or a listed link's
("- <headline>2019-12-25 13:54"), or a court's day of decision a database of decisions prints
("선고일" over "2019.04.11": the ruling's day, not the page's).

A "last updated" stamp is the page's day when the page's own words name that day: the BBC's
pages of 1999-2010 print only "Last Updated: Wednesday, 12 September 2007, 16:17 GMT 17:17 UK"
or "Page last updated at 12:00 GMT, Saturday, 23 May 2009", with a caption of the day beside the
story ("Shinzo Abe leaving his news conference, 12 September 2007"), or of its day and month
alone ("Junichiro Koizumi at the shrine on 15 August" under "Last Updated: Tuesday, 15 August
2006, 04:49 GMT 05:49 UK"), or when the one weekday the lead names is the stamp's ("Last Modified:
18 Aug 2009 09:21 GMT" over "… died on Tuesday": 18 August 2009 was one) and they name no day at all,
with its year or without ("Last Updated: 2024-04-23 20:02", a Tuesday, over "on Tuesday" and a caption's
"22 November 2016": an update years later). An update of the next morning falls on another weekday.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from corpus.date_patterns import DAY_PATTERNS, month_number
from corpus.date_value import calendar_day
from corpus.intake.printed_dates import PrintedDate, find_date_line

_LISTED_LINK = re.compile(r"^[-•·▪]\s+\S.{4,}(?<![-|–—·,:\s])\s?$")
_LAST_CHANGED = re.compile(r"(?i)\blast\s+(?:updated|modified|changed)\b")
_DECIDED = re.compile(r"^\s*(?:선고일(?:자)?|판결\s*선고일|결정일|判決日|言渡日|(?i:date\s+of\s+(?:judg(?:e)?ment|decision)"
                      r"|decided(?:\s+on)?))\s*[:：]?\s*$")


def is_decision_label(line: str) -> bool:
    """A field's label naming a court's day of decision, alone on its line ("선고일", "Decided:")."""
    return bool(_DECIDED.match(line))


# "Date/Time 2012-04-12 2239 UTC": a catalog's field, the time of the event it records (a launch, a quake)
# in universal time, among its other fields ("Launch site …", "Payload …"); a page's stamp says when it was
# posted ("Published", "Updated") in words or not at all.
_EVENT_TIME = re.compile(r"^\s*(?i:date\s*/\s*time|date\s+and\s+time)\s*[:：]?\s+\S.*\b(?:UTC|GMT)\W*$")


def is_event_time(line: str) -> bool:
    """A catalog's "Date/Time <day> <time> UTC" field: the time of the event recorded, not the page's."""
    return bool(_EVENT_TIME.match(line))


def is_not_the_pages(printed: PrintedDate, days_named: Collection[str] = (), words: str = "",
                     news_day: int | None = None) -> bool:
    """Whether a date line is a later change's day (unless the page's words name that day, in
    `days_named` or without its year in `words`, or, naming no day at all, name its weekday: `news_day`,
    the one weekday the lead names) or a listed link's."""
    before = printed.line.partition(printed.text)[0]
    if before.strip() and is_decision_label(before):
        return True  # "선고일 2019.04.11"
    if _LAST_CHANGED.search(before):
        return not _named_by_the_page(printed.value, days_named, _month_days(words), news_day)
    return bool(_LISTED_LINK.match(before) and not printed.label)


# "- Temporais deixam 17 mortos na Coreia do Sul - 21 de julho de 2025 1:57 am": an item of a list of
# the site's other stories, each a headline and its day; two such items in a row are a list, and no
# item's day is the page's ("• Published : …" over "• Updated : …" are the page's labelled stamps)
_BULLETED = re.compile(r"^[-•·▪]\s+\S")
_ITEM_HEADLINE = 5  # characters of headline before the day, at least


def is_dated_list_item(lines: Sequence[str], at: int) -> bool:
    """Whether `lines[at]` is an item of a list of other stories with their days: a bulleted headline and
    its unlabelled date, with the line above or below it (blank lines passed) another."""
    if not _dated_item(lines[at]):
        return False
    above = next((line for line in reversed(lines[:at]) if line.strip()), "")
    below = next((line for line in lines[at + 1:] if line.strip()), "")
    return _dated_item(above) or _dated_item(below)


def _dated_item(line: str) -> bool:
    printed = find_date_line(line) if _BULLETED.match(line) else None
    headline = printed and line.partition(printed.text)[0].lstrip("-•·▪ ").strip()
    return bool(printed and not printed.label and len(headline) >= _ITEM_HEADLINE)


def _named_by_the_page(value: str, days_named: Collection[str], month_days: set[str], news_day: int | None) -> bool:
    """Whether the page names the day `value` in full or by its day and month, or, naming no day at all, names
    its weekday as the lead's one."""
    if value in days_named or value[5:] in month_days:
        return True
    if days_named or month_days or news_day is None or len(value) != len("YYYY-MM-DD"):
        return False
    day = calendar_day(*(int(part) for part in value.split("-")))
    return day is not None and day.weekday() == news_day


def _month_days(words: str) -> set[str]:
    """The days `words` name by day and month without a year ("on 15 August": "08-15")."""
    return {f"{month_number(match['month']):02d}-{int(match['day']):02d}"
            for pattern in DAY_PATTERNS[:2] for match in pattern.finditer(words) if not match["year"]}

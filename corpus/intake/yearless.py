"""A date line that prints no year: "Nov. 22 07:00 am JST", "NHK -- Aug 22", "Fri, Nov 22",
"(11月23日18時40分)".

    >>> yearless_date_line("Nov. 22 07:00 am JST")
    YearlessDate(month=11, day=22, weekday=None, text='Nov. 22 07:00 am JST')

Some sites print the year only for stories of past years, and reposts of a broadcaster's
stories print its name and the day ("NHK -- Aug 22"). Such a line gives a month and a day;
its year comes as a dateline's does (`corpus.intake.years`): from a full date the text names
shortly before, or at `add` from the span of the user's library (`corpus.span_dates`), and is
marked inferred. A weekday on the line is the page's own, and must agree with the year.
Only a line that holds nothing else (a time, a zone, a label, a listed outlet's name) is one:
"Nov. 22 talks" or "May 5 was a holiday" are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.date_patterns import month_number
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import MONTH_NAME, find_date_line, weekday_named

_YEARLESS = re.compile(
    r"^(?:(?!(?i:posted|published|updated|mon|tue|wed|thu|fri|sat|sun)\w*\.?\s*[-–—|,:])"
    r"(?P<credit>[A-Z][\w&.'’ -]{1,40}?)\s*(?:--|[-–—|,:])\s*)?"
    r"(?:(?i:posted|published|updated)(?:\s+(?i:on))?\s*:?\s*)?"
    r"(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?i:day|nesday|sday|urday|s)?\.?,?\s+)?"
    rf"(?P<month>{MONTH_NAME})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    r"(?:,?\s+(?:(?i:at)\s+)?[0-2]?\d[:.][0-5]\d(?:\s*(?i:[ap]\.?m\.?))?(?:\s+[A-Z]{2,4})?)?\s*$")
# "(11月23日18時40分)": a Japanese or Chinese stamp, day and time in brackets, as papers print a
# wire's story (its time is what marks it the story's own, not a list's date).
_CJK_STAMP = re.compile(r"^[(（](?P<month>1[0-2]|0?[1-9])月(?P<day>[0-3]?\d)日\s*[0-2]?\d時[0-5]?\d分[)）]$")
MAX_LINE = 60


@dataclass(frozen=True)
class YearlessDate:
    month: int
    day: int
    weekday: int | None  # the weekday the line names (Monday is 0), if any
    text: str  # the line as printed


def yearless_date_line(line: str) -> YearlessDate | None:
    """The month and day a date line without a year prints, or None."""
    line = line.strip()
    if stamp := _CJK_STAMP.match(line):
        return YearlessDate(int(stamp["month"]), int(stamp["day"]), None, line)
    match = _YEARLESS.match(line) if len(line) <= MAX_LINE else None
    if match is None or not 1 <= int(match["day"]) <= 31 or find_date_line(line):
        return None
    if match["credit"] and not outlets().named(match["credit"]):
        return None  # "Talks -- Nov 22": only a listed outlet's name stands before the day
    return YearlessDate(month_number(match["month"]), int(match["day"]), weekday_named(line), line)


def find_yearless(lines) -> YearlessDate | None:
    """The first yearless date line among `lines` (a page's opening lines)."""
    return next(filter(None, map(yearless_date_line, lines)), None)

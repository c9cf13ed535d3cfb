"""Dates read out of a text, with their place in it: "November 09, 2016", "23 Nov 16",
"2016-11-23T10:00+09:00", "22.08.2019", "2016年11月23日", "平成28年11月23日", "21 novembre 2019".

A reading keeps every value the printed form allows: two when a numeric date's order (day or
month first) is not decided by a part over 12. `decide` keeps one, by a weekday named beside
it or the page's other numeric dates, or none: an ambiguous date is never guessed. Whether a
line that prints a date is a page's date line is `corpus.intake.printed_dates`' question.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.date_patterns import ANY_WEEKDAY, month_number, weekday_number
from corpus import date_value
from corpus.date_value import calendar_day
from corpus.intake.arabic_months import arabic_dates
from corpus.intake.calendars import era_dates
from corpus.intake.languages import FOREIGN_DATE, foreign_month, foreign_weekday

# A month's name or abbreviation in any case ("Nov.", "NOVEMBER"), without a group.
MONTH_NAME = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
              r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])")
_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d|'?\d\d)(?![\d:])"
# Before a month's name: no word, or one it was glued to as copied ("The Korea TimesNov 22,
# 2019": a masthead and a date, two elements of the page; "MIN READJul 4, 2017": a label in capitals).
_GLUED_OR_APART = r"(?:(?<![\w.])|(?<=[a-z])(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]))"
# "Published date09 March 2023": a label glued to the day as copied from a list of fields.
_GLUED_LABEL = r"(?<=\b[Dd]ate)|(?<=\b[Pp]ublished)|(?<=\b[Pp]osted)|(?<=\b[Uu]pdated)"
_WORDED = (
    # November 09, 2016 / Nov. 23, 16 / "August 23, Friday, 2019" (the weekday before the year)
    re.compile(rf"{_GLUED_OR_APART}{_MONTH}(?:(?<=\.)\s*|\s+){_DAY}[,.]?\s+"
               rf"(?:{ANY_WEEKDAY},\s+)?{_YEAR}"),
    re.compile(rf"(?:(?<![\w.:,])|{_GLUED_LABEL}|(?<=[a-z]{{2}})(?=\d)){_DAY}\.?,?\s+(?i:of\s+)?{_MONTH},?\s+{_YEAR}"),  # 23 Nov 16, 20, Nov. 2019, "22. November 2019"
    re.compile(rf"(?<![\w.:]){_DAY}(?P<sep>[-/]){_MONTH}(?P=sep){_YEAR}"),  # 22-Aug-2019
    re.compile(rf"(?<![\w.:-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/]){_MONTH}(?P=sep){_DAY}(?![\w:-])"),  # 2016-July-12
    re.compile(rf"(?<![\w.]){_MONTH}(?:(?<=\.)\s*|\s+){_DAY},(?P<year>(?:19|20)\d\d)(?!\d)"),  # Nov.23,2016
    # "November 22, 20196:02 PM UTC": the year run into the time as copied (two elements)
    re.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY},\s+(?P<year>(?:19|20)\d\d)(?=[0-2]?\d:[0-5]\d)"),
    # "August 21 , 2023": a space before the comma, as some sites' editors type it
    re.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY}\s,\s+(?P<year>(?:19|20)\d\d)(?!\d)"),
)
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
                  r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?!\d)")
_YEAR_FIRST = re.compile(r"(?<![\d.-])(?P<year>(?:19|20)\d\d)(?P<sep>[./-]|\.\s)(?P<month>[01]?\d)"
                         r"(?P=sep)(?P<day>[0-3]?\d)(?![\d])\.?")  # "2019. 11. 22.", "2019-8-23" too
_NUMERIC = re.compile(r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<sep>[./-])(?P<second>[0-3]?\d)"
                      r"(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)(?![\d./-]\d)")
# "2016年11月23日", "2016년 11월 23일" (Chinese, Japanese, Korean pages)
_CJK = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>[01]?\d)\s*[月월]\s*"
                  r"(?P<day>[0-3]?\d)\s*[日일]")
_MONTH_YEAR = re.compile(rf"(?<![\w.]){_MONTH},?\s+(?P<year>(?:19|20)\d\d)(?!\d)")

# A Japanese or Korean line (kana, Hangul, a Japanese weekday in brackets, not Sunday's "日", which Chinese
# writes too) prints a numeric date's short year first: "(19/11/17)", "'19.08.23", Yahoo! Japan's "24/1/20(土)
# 2:16配信"; a line in Chinese characters alone may be Hong Kong's, its day first.
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7a3]|[(（][月火水木金土][)）]")

_DIGIT = re.compile(r"\d")  # (`\d` as the forms' own: any script's digits)

_WEEKDAY = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)"
                      r"(?:(?i:day)|(?i:s|sday)|(?i:nesday)|(?i:rs|rsday)|(?i:urday))?\b")

@dataclass(frozen=True)
class Reading:
    start: int
    end: int
    values: tuple[str, ...]  # possible ISO values: one when decided, two when the order is not
    numeric_order: str = ""  # "dmy" / "mdy" when a part over 12 decided it


def read_date(text: str, order_hint: str = "") -> str | None:
    """The first date anywhere in `text`, if it can be read without guessing (stated values),
    or as the page's other numeric dates order it (`order_hint`, see `numeric_order_of`)."""
    reading = first_reading(text)
    return decide(reading, weekday_named(text), order_hint) if reading else None


def first_reading(text: str) -> Reading | None:
    if not _DIGIT.search(text):
        return None  # (every form read below prints a digit: most lines of prose print none)
    return _first_reading(text, date_value.today().year)


@lru_cache(maxsize=4096)
def _first_reading(text: str, this_year: int) -> Reading | None:
    """(Remembered: a page's lines are read by many rules; `this_year` keys what `_full_year` reads.)"""
    readings = [r for r in (worded(text), _iso(text), _year_first(text), numeric(text),
                            _matched_day(_CJK, text), _foreign(text), _era(text),
                            _arabic(text)) if r]
    if not readings:
        readings = [r for r in (_month_year(text),) if r]
    return min(readings, key=lambda r: r.start, default=None)


def worded(text: str) -> Reading | None:
    return next(iter(sorted(_worded_readings(text), key=lambda r: r.start)), None)


def _worded_readings(text: str):
    for pattern in _WORDED:
        for match in pattern.finditer(text):
            value = iso_day(_full_year(match["year"]), month_number(match["month"]), int(match["day"]))
            if value:
                yield Reading(match.start(), match.end(), (value,))


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first date `text` prints starts and ends, decided or not."""
    reading = first_reading(text)
    return (reading.start, reading.end) if reading else None


def full_dates(text: str) -> list[tuple[str, str]]:
    """Every date with its month's name and a four-digit year in `text` ("on Nov. 14, 2016"),
    then every East Asian one, its year first ("2008年8月6日以前"), as (ISO day, the words printed)."""
    return [(r.values[0], text[r.start:r.end]) for r in _worded_readings(text)
            if text[r.end - 4:r.end].isdigit()] + [
        (value, match.group(0)) for match in _CJK.finditer(text)
        if (value := iso_day(int(match["year"]), int(match["month"]), int(match["day"])))]


def _foreign(text: str) -> Reading | None:
    for match in FOREIGN_DATE.finditer(text):
        month = foreign_month(match["month"] or match["month_first"])
        day, year = match["day"] or match["day_second"], match["year"] or match["year_second"]
        if value := iso_day(int(year), month, int(day)):
            weekday = foreign_weekday(text)  # "Lundi 02 avril 2023" (a Sunday): left unread
            fits = weekday is None or datetime.date.fromisoformat(value).weekday() == weekday
            return Reading(match.start(), match.end(), (value,) if fits else ())
    return None


def _arabic(text: str) -> Reading | None:
    """"23 آب / أغسطس 2019", "23rd آب / أغسطس 2019", "5 تشرين الأول 2019" (`corpus.intake.arabic_months`)."""
    for start, end, (year, month, day) in arabic_dates(text):
        if value := iso_day(year, month, day):
            return Reading(start, end, (value,))
    return None


def _era(text: str) -> Reading | None:
    """"平成28年11月23日", "ngày 22 tháng 11 năm 2019" (`corpus.intake.calendars`)."""
    for start, end, (year, month, day) in era_dates(text):
        if value := iso_day(year, month, day):
            return Reading(start, end, (value,))
    return None


def _iso(text: str) -> Reading | None:
    return _matched_day(_ISO, text)


def _year_first(text: str) -> Reading | None:
    return _matched_day(_YEAR_FIRST, text)


def _matched_day(pattern: re.Pattern[str], text: str) -> Reading | None:
    for match in pattern.finditer(text):
        if value := iso_day(int(match["year"]), int(match["month"]), int(match["day"])):
            return Reading(match.start(), match.end(), (value,))
    return None


def numeric(text: str) -> Reading | None:
    short_year_first = None  # (asked once, when a short year is met)
    for match in _NUMERIC.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        if match["sep"] == "-" and len(match["year"]) == 2 \
                and (match.start() or max(first, second) <= 12):
            continue  # "12-11-16" is as often a code as a date; "12-26-14" opening a line is not
        if len(match["year"]) == 2:
            if short_year_first is None:
                short_year_first = _KANA_OR_HANGUL.search(text) is not None
            if short_year_first:
                if value := _short_year_first(match):
                    return Reading(match.start(), match.end(), (value,))
                continue
        if reading := _day_or_month_first(match, first, second):
            return reading
    return None


def _day_or_month_first(match: re.Match[str], first: int, second: int) -> Reading | None:
    year = _full_year(match["year"])
    day_first, month_first = iso_day(year, second, first), iso_day(year, first, second)
    if day_first and month_first and day_first != month_first:
        return Reading(match.start(), match.end(), (day_first, month_first))
    if day_first or month_first:
        order = "dmy" if first > 12 else "mdy" if second > 12 else ""
        return Reading(match.start(), match.end(), (day_first or month_first,), order)
    return None


def _short_year_first(match: re.Match[str]) -> str | None:
    """"19/11/17" as Japanese and Korean lines print it: 17 November 2019 (not a year to come), or None."""
    if len(match["first"]) != 2 or (year := _full_year(match["first"])) < 2000:
        return None
    return iso_day(year, int(match["second"]), int(match["year"]))


def _month_year(text: str) -> Reading | None:
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    return Reading(match.start(), match.end(),
                    (f"{int(match['year']):04d}-{month_number(match['month']):02d}",))


def decide(reading: Reading, weekday: int | None, order_hint: str) -> str | None:
    """One value, or None when the reading stays ambiguous or contradicts the weekday named."""
    values = reading.values
    if weekday is not None:
        values = tuple(v for v in values if len(v) < 10 or
                       datetime.date.fromisoformat(v).weekday() == weekday)
    if len(values) == 2 and order_hint:
        values = values[:1] if order_hint == "dmy" else values[1:]
    return values[0] if len(values) == 1 else None


def weekday_named(line: str) -> int | None:
    """The weekday a line names ("Wed", "Wednesday", "WED"), if it names exactly one."""
    named = {weekday_number(match.group(0)[:3]) for match in _WEEKDAY.finditer(line)}
    return named.pop() if len(named) == 1 else None


def _full_year(year: str) -> int:
    """"2016" -> 2016; "16" or "'16" -> 2016 (a two-digit year is this century up to next year)."""
    digits = int(year.lstrip("'"))
    if len(year.lstrip("'")) == 4:
        return digits
    next_year = (date_value.today().year + 1) % 100
    return 2000 + digits if digits <= next_year else 1900 + digits


def iso_day(year: int, month: int, day: int) -> str | None:
    found = calendar_day(year, month, day)
    return found.isoformat() if found else None

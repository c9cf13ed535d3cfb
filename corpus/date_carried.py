"""Dates whose year is carried from an earlier sentence (timeline round 17): "同年11月", "그해
11월", "翌年3月", "이듬해 1월 5일", "16年1月" (after "2009年"), "in November of that year", "in March the following year", "later that November"; and a day whose year is told relative to
the page's ("昨年11月22日", "지난해 8월 23일": last year's, timeline round 18).
The year is the last one the text names before the date (the following year: the one after it);
with none named, the date is left unresolved, whatever the page's date: "that year" is no year of
its own. The patterns are the readers' (`corpus.date_readers`' `RULES`), scanned around their
"year" words (`corpus.date_scan`).
"""

from __future__ import annotations

import re

from corpus.date_candidates import Candidate, calendar_date
from corpus.date_patterns import MONTH, month_number
from corpus.date_patterns_foreign import CJK_YEAR_SHIFTS, JA_ERA_START
from corpus.date_value import DateValue

# The same year, or the one after: "同年", "その年", "그해", "같은 해", Chinese "當年" ("文在寅政府當年8月
# 通知日方終止"); "翌年", "이듬해", "次年", "第二年".
CJK_SAME_YEAR, _CJK_NEXT = r"同年|その年|當年|当年|그해|같은\s*해", r"翌年|이듬해|次年|第二年"
# A year of two figures, its century the year named before it (round 40: "2回目(2009年5月)、3回目(13年2月)、
# 4回目(16年1月)の核実験"; Chinese and Japanese only: "16년" is as often sixteen years).
_CJK_SHORT = r"(?<![\d０-９.,/:])(?P<short>\d\d)\s*年"
CARRIED_CJK = re.compile(rf"(?:(?P<same>{CJK_SAME_YEAR})|(?P<next>{_CJK_NEXT})|{_CJK_SHORT})"
                         r"\s*(?P<number>1[0-2]|0?[1-9])\s*[月월](?:\s*(?P<day>[12]\d|3[01]|0?[1-9])\s*[日일])?")
# "(in) November (23) of that year", "November of the same year", "in March the following year"
CARRIED_ENGLISH = re.compile(rf"\b{MONTH}(?:\s+(?P<day>[12]\d|3[01]|0?[1-9])\b)?,?\s+(?:of\s+)?"
                             r"(?:(?P<same>that|the\s+same)|(?P<next>the\s+following|the\s+next))\s+year\b")
# "later that November", "That October": the month of the year the text spoke of, not the page's
# ("that May" and "that March" are too often "that" before a name or a verb to be read so, and a
# capitalised word after the month makes it a name: "told the paper that April Kim agreed").
CARRIED_THAT_MONTH = re.compile(rf"\b(?P<same>[Tt]hat|THAT)\s+(?!May\b|March\b){MONTH}(?!\s+\d|\s+[A-Z][a-z])")
CARRIED_PATTERNS = (CARRIED_CJK, CARRIED_ENGLISH, CARRIED_THAT_MONTH)
# A day of last year, this year ("昨年11月22日", "지난해 8월 23일", "今年3月16日"): the page's year, shifted.
RELATIVE_YEAR_DAY = re.compile(rf"(?P<relation>{'|'.join(CJK_YEAR_SHIFTS)})\s*(?P<month>1[0-2]|0?[1-9])\s*[月월]"
                               r"\s*(?P<day>[12]\d|3[01]|0?[1-9])\s*[日일]")
# A year the text names: "2019年", "2016년", "in 2016", "Nov. 23, 2016" (not within a longer number).
NAMED_YEAR = re.compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?![\d])")


_NO_YEAR = "in a year named before it, which the text does not name"
_LIST_ITEM_BEFORE = re.compile(r"[(（、，,]\s*$")


def _short_year(match: re.Match, text: str, named: list[str]) -> int | None:
    """The year of a match's two figures ("平成28年", "13年" in a list after "2009年"), or None if unknown."""
    before = text[max(0, match.start() - 8):match.start()]
    era = next((era for era in JA_ERA_START if before.rstrip().endswith(era)), None)
    if era:
        return JA_ERA_START[era] + int(match["short"])
    if not named or not _LIST_ITEM_BEFORE.search(before):
        return None
    year = int(named[-1])  # the year of those figures nearest the one named: "2009年 ... 13年" is 2013
    return min((century + int(match["short"]) for century in range(year // 100 * 100 - 100, year + 101, 100)),
               key=lambda candidate: abs(candidate - year))


def carried_date(match: re.Match, text: str) -> Candidate | None:
    """The date of a match of `CARRIED_PATTERNS` in the year named before it (unresolved when
    none is), or None if there is no such day."""
    years = NAMED_YEAR.findall(text, 0, match.start())
    groups = match.groupdict()
    year = _short_year(match, text, years) if groups.get("short") else int(years[-1]) if years else None
    if year is None:  # not the page's year: unknown
        return Candidate(match.start(), match.end(), "other", note=_NO_YEAR)
    year += 1 if groups.get("next") else 0
    month = int(match["number"]) if "number" in groups else month_number(match["month"])
    value = calendar_date(year, month, int(groups["day"])) if groups.get("day") else DateValue(year, month)
    if value is None:
        return None
    return Candidate(match.start(), match.end(), "date", lambda anchor: value, needs_anchor=False)


def relative_year_day(match: re.Match, text: str) -> Candidate | None:
    """The day of a match of `RELATIVE_YEAR_DAY`, in the year its word counts from the anchor's."""
    shift, month, day = CJK_YEAR_SHIFTS[match["relation"]], int(match["month"]), int(match["day"])
    if calendar_date(2000, month, day) is None:  # (2000 is a leap year)
        return None
    return Candidate(match.start(), match.end(), "date",
                     lambda anchor: calendar_date(anchor.year + shift, month, day), relative=True)

"""How the dates of Chinese, Japanese and Korean pages that need no reading of the sentence around them are
read: a year ("2012年"), a year of an era ("平成24年"), a month or a day counted from the page's ("今年10月底",
"지난달 27일", "지난 5월"). Rules of `corpus.date_readers`' `RULES`.
"""

from __future__ import annotations

import re

from corpus import date_patterns_foreign as foreign
from corpus.date_candidates import Candidate, calendar_date as _date, fixed as _fixed
from corpus.date_value import DateValue


def cjk_year(match: re.Match, text: str) -> Candidate:
    """"于2012年推动", "2012년에" (`corpus.date_patterns_foreign`)."""
    return _fixed(match, DateValue(int(match["year"])))


def japanese_era_year(match: re.Match, text: str) -> Candidate:
    """"平成24年": the era's first year counts as its one ("元年")."""
    number = 1 if match["year"] == "元" else int(match["year"])
    return _fixed(match, DateValue(foreign.JA_ERA_START[match["era"]] + number))


def cjk_relative_date(match: re.Match, text: str) -> Candidate:
    """"今年10月底", "ことし8月", "지난해 8월"; "本月23日", "지난달 27일" (`corpus.date_patterns_foreign`):
    a month of the anchor's year or the one before, a day of its month or the one before; "지난달",
    "先月" alone: the month before the anchor's."""
    if match["latest_month"]:
        return Candidate(match.start(), match.end(), "date", latest_past(int(match["latest_month"])), relative=True)
    if match["month_alone"]:
        shift = foreign.CJK_MONTH_SHIFTS[match["month_alone"]]
        resolve = lambda anchor: DateValue(*_shifted_month(anchor, shift))
    elif match["day"]:
        shift, day = foreign.CJK_MONTH_SHIFTS[match["month_relation"]], int(match["day"])
        resolve = lambda anchor: _date(*_shifted_month(anchor, shift), day)
    else:
        month, shift = int(match["month"]), foreign.CJK_YEAR_SHIFTS[match["relation"]]
        qualifier = foreign.CJK_MONTH_PARTS.get(match["part"] or "")
        resolve = lambda anchor: DateValue(anchor.year + shift, month, qualifier=qualifier)
    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


def _shifted_month(anchor, shift: int) -> tuple[int, int]:
    """(year, month) `shift` months from the anchor's."""
    return anchor.year + (anchor.month - 1 + shift) // 12, (anchor.month - 1 + shift) % 12 + 1


def latest_past(month: int):
    """The latest `month` before the anchor's ("지난 5월": of its year if the anchor is later in it)."""
    return lambda anchor: DateValue(anchor.year - (month >= anchor.month), month) if anchor.month else None

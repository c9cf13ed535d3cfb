"""A day of the month named alone in Korean, Japanese or Chinese, on a page that prints no date (issue 14,
timeline round 106).

"北朝鮮は6日、4回目の核実験を強行した", "정부가 지난달 27일 일본과의 GSOMIA 협상 재개를 발표한", "政府が先月27日に…再推進を
表明して": East Asian wires name a day by its number alone ("6日", "27일"), or with "last month" or "this month"
before it, the month being the page's. On a page that prints no date the month is unknown, so the day is read only
as the day of the month it names: it dates a wording of the event's own kind of happening when the day nearest that
wording in its clause (the first after it, else the last before it, as `corpus.date_own_month.on_its_own_day`) is
the event's day of the month, and the page names no year after the event's. A day that names its month ("1月6日")
is a calendar date the page's other rules read; "다음달 1일" (next month) and "오는 23일" (the coming 23rd) look
ahead and date nothing done; after another month named alone in its sentence ("9월에 …, 27일"), the day may be that
month's (review 47). The caller asks it of a passage, not of a headline ("23일 서울서 … 서명" heads a page of a
signing to come).
Pure standard library.
"""

from __future__ import annotations

import re

from corpus.dates import DateValue, find_dates
from corpus.dates_counted_from_the_page import names_a_year_after
from corpus.events import EventSpec
from corpus.happenings import Happening
from corpus.text_units import clause_span

# "6日", "23일", "지난달 27일", "先月27日", "이달 1일", "上月27日", "本月1日"; not "1月6日", "다음달 1일", "来月1日".
_DAY_ALONE = re.compile(r"(?:(?:지난|이)\s*달\s*|先月|今月|上(?:个|個)?月|本月)?\s*(?P<day>[12]?\d|3[01])\s*[日일]")
# ... the date readers read "27일" alone after "next month" or "the coming": "다음달 27일", "내달 27일", "오는 23일",
# "来月27日", "来る23日", "下个月27日".
_AHEAD_BEFORE = re.compile(r"(?:다음\s*달|내달|(?<!\w)오는|来月|来る|下(?:个|個)?月)\s*$")
# A month named alone earlier in the sentence, whose day the day alone may be ("9월에 접촉했고, 27일 … 발표했다": the 27th
# of September; review 47). Not a count of months ("3개월", "3ヶ月") nor a calendar date ("9월 27일").
_MONTH_ALONE = re.compile(r"(?<![\d０-９])(?P<month>1[0-2]|[1-9])\s*[월月](?!\s*\d)")


def on_its_day_of_the_month(spec: EventSpec, text: str, ways: list[Happening] | None) -> bool:
    """Whether a wording of the event's kind has, nearest it in its clause, a day of the month named alone
    that is the event's, on a page that names no year after the event's."""
    if not ways or spec.date.granularity != "day" or names_a_year_after(text, spec.date.year):
        return False
    return any(_nearest_day_alone(text, way, spec.date) == spec.date.bounds()[0].day for way in ways)


def _nearest_day_alone(text: str, way: Happening, anchor: DateValue) -> int | None:
    """The day of the month of the date nearest the wording in its clause, if that date names only its day."""
    start, end = clause_span(text, way.sentence, way.start, way.end)
    named = [(start + found.start, found.text) for found in find_dates(text[start:end], anchor)
             if found.kind == "date" and found.value is not None]
    after = [(at, found) for at, found in named if at >= way.end]
    before = [(at, found) for at, found in named if at < way.start]
    nearest = after[0] if after else before[-1] if before else None
    if nearest is None or _AHEAD_BEFORE.search(text, max(0, nearest[0] - 8), nearest[0]) or _another_month_before(
            text, way.sentence.start, nearest[0], anchor.month):
        return None
    alone = _DAY_ALONE.fullmatch(nearest[1].strip())
    return int(alone["day"]) if alone else None


def _another_month_before(text: str, start: int, end: int, month: int) -> bool:
    """Whether a month other than `month` is named alone in `text[start:end]`."""
    return any(int(named["month"]) != month for named in _MONTH_ALONE.finditer(text, start, end))

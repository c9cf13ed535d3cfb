"""What a page's yearless dateline ("SEOUL, Nov. 22 (Yonhap) --") says of when it appeared, for
`corpus.date_estimate`: on that day of some year, on a listed event's day or in the week after
it; not a year or more after the latest day the page reports. Pure standard library.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from corpus.date_value import calendar_day
from corpus.dates import DateValue
from corpus.event_rules import REPORTED_WITHIN_DAYS
from corpus.events import DatedMention, EventSpec, dated_mentions, event_days, is_dateline
from corpus.model import Article
from corpus.text_units import Sentence, sentences


def dateline_years_after(article: Article, named_year: set[int], latest: DateValue) -> bool:
    """Whether the page's yearless dateline puts it a year or more after the latest day it
    reports: its day falls before that day in that year ("SEOUL, Nov. 22" cannot tell of
    "November 23, 2016" as past) and more than a week after it in the next."""
    reported = latest.bounds()[0]
    for mention in dated_mentions(article, latest):
        value = mention.value
        if mention.start in named_year or value.granularity != "day" \
                or not is_dateline(article.clean_text, mention.start, mention.end):
            continue
        same_year = calendar_day(reported.year, value.month, value.day)
        next_year = calendar_day(reported.year + 1, value.month, value.day)
        if same_year and same_year < reported and (
                next_year is None or (next_year - reported).days > REPORTED_WITHIN_DAYS):
            return True
    return False


# A Chinese wire's dateline: "新华社首尔11月22日电", "中新网8月22日电" (a line's first words, then 电 or 專電).
_CJK_WIRE_BEFORE = re.compile(r"(?:^|\n)\s*[（(]?[\u4e00-\u9fff]{2,16}$")
_CJK_WIRE_AFTER = re.compile(r"[专專]?[电電]")
_NAMES_A_MONTH = re.compile(r"(?i)月|[a-z]")


def dateline_after(article: Article, estimate: DateValue) -> DatedMention | None:
    """The page's yearless dateline placed on the first of its days after the estimated day, if it
    falls after it: a page estimated from "2019年8月22日", datelined "新华社东京11月25日电", appeared
    on 25 Nov 2019 (it cannot be older than its dateline), not on 25 Nov 2018. Only a dateline that
    names its month ("22日电" takes the estimate's)."""
    text, first = article.clean_text, estimate.bounds()[0]
    for mention in dated_mentions(article, estimate):
        value = mention.value
        if value.granularity != "day" or re.search(r"\d{4}", mention.text) or not _NAMES_A_MONTH.search(mention.text) \
                or not (is_dateline(text, mention.start, mention.end)
                        or _CJK_WIRE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                        and _CJK_WIRE_AFTER.match(text, mention.end)):
            continue
        day = next((day for year in (first.year, first.year + 1)
                    if (day := calendar_day(year, value.month, value.day)) and day >= first), None)
        if day is not None and day > first:
            return replace(mention, value=DateValue(day.year, day.month, day.day))
        return None
    return None


def fits_its_datelines(article: Article, mentions: tuple[DatedMention, ...], estimate: DateValue) -> bool:
    """A page datelined "Seoul, Nov 22" appeared on a Nov 22, whatever the year: it reports an
    event of that day or of the days just before, not a Tuesday in June (a wire's clock may
    run a day behind the event's)."""
    event_day = estimate.bounds()[0]
    for mention in mentions:
        value = mention.value
        if value.granularity != "day" or not is_dateline(article.clean_text, mention.start, mention.end):
            continue
        lags = [(day - event_day).days for year in (event_day.year, event_day.year + 1)
                if (day := calendar_day(year, value.month, value.day))]
        if not any(-1 <= lag <= REPORTED_WITHIN_DAYS for lag in lags):
            return False
    return True


def dateline_just_after(article: Article, mentions: tuple[DatedMention, ...], spec: EventSpec,
                         named_year: set[int]) -> DatedMention | None:
    """"SEOUL, Aug. 23 (Yonhap) --" over a report of the decision of 22 Aug 2019: a dateline
    without its year that falls on the event's day or in the week after it, in its year, or
    after one of the days it was `held` ("SEOUL, Nov. 8 --" over talks resumed on 1 Nov 2016)."""
    text = article.clean_text
    lede = next(iter(sentences(text)), None)
    for mention in mentions:
        if mention.start in named_year or mention.value.granularity != "day" \
                or not (is_dateline(text, mention.start, mention.end) or _dates_the_ledes_saying(text, lede, mention)):
            continue
        day = mention.value.bounds()[0]
        if any(first <= day <= last + datetime.timedelta(days=REPORTED_WITHIN_DAYS)
               for first, last in (event.bounds() for event in event_days(spec))):
            return mention
    return None


# A verb of saying right after a date, in Chinese or Korean: "韓國總統府7月5日表示", "국방부는 29일 밝혔다".
_SAID_RIGHT_AFTER = re.compile(r"\s*(?:表示|[說说]|宣[布佈]|[稱称]|指出|透露|발표했다|밝혔다|말했다)")


def _dates_the_ledes_saying(text: str, lede: Sentence | None, mention: DatedMention) -> bool:
    """Whether a yearless date dates the saying of the page's first sentence (`lede`), as a dateline
    does ("據韓國媒體報道,韓國總統府7月5日表示,..."): the day the news was told."""
    return lede is not None and lede.start <= mention.start < lede.end \
        and _SAID_RIGHT_AFTER.match(text, mention.end) is not None

"""Weekdays that name a day, for `corpus.date_estimate`: whether a weekday (or a day of the month)
resolved as if the page were of a day names that day, and whether a page names the weekday a day
fell on (timeline round 25: an undated page of another story, whose happenings recur year after
year, is dated by a listed event of it only by a numbered day of the event and the weekday it
names for it, the two fixing the year: "SEOUL, April 13 (Yonhap) -- North Korea conceded Friday
that its long-range rocket had failed" is of Friday 13 April 2012, not of an April rocket of 2009
or 2017; "a fifth nuclear test on Friday" alone dates no page). Pure standard library."""

from __future__ import annotations

import datetime
import re

from corpus.date_patterns import DAY_OF_MONTH, WEEKDAYS
from corpus.date_patterns_foreign import CJK_DAY_OF_MONTH, FOREIGN_WEEKDAY
from corpus.date_weekdays_cjk import CJK_WEEKDAY, relation_of
from corpus.dates import DateValue, find_dates
from corpus.model import Article

_BARE_WEEKDAY = re.compile("(?:" + "|".join(WEEKDAYS) + ")(?:['\u2019]s)?(?:\\s+(?:morning|afternoon|evening|night))?")
# ... and of the week before: "last Thursday" (a foreign one: `FOREIGN_WEEKDAY`'s groups say which)
_LAST_WEEKDAY = re.compile("(?i:last|past)\\s+(?:" + "|".join(WEEKDAYS) + ")")


def _bare_weekday(words: str, foreign: re.Match | None) -> bool:
    """"Friday", "Friday morning", "金曜日" (not "last Friday", "지난 금요일"); `foreign`: the words'
    `FOREIGN_WEEKDAY` match, if any."""
    return bool(_BARE_WEEKDAY.fullmatch(words) or foreign and not (foreign["last"] or foreign["last_before"])
                or _cjk_relation(words) == "")


def _cjk_relation(words: str) -> str | None:
    """A Chinese, Japanese or Korean weekday's relation ("" alone, "last", "last week" ...), None for other words."""
    cjk = CJK_WEEKDAY.fullmatch(words)
    return relation_of(cjk) if cjk else None


def names_the_event_day(words: str, value: DateValue, event: DateValue) -> bool:
    """Whether a weekday resolved as if the page were of the event's day names that day: a bare
    one ("said Thursday", "jeudi") is it; one of the week before ("last Thursday", "jeudi
    dernier"), so resolved, is a week early, and names the event's day on a page of the week after."""
    foreign = FOREIGN_WEEKDAY.fullmatch(words)
    if _bare_weekday(words, foreign) or DAY_OF_MONTH.fullmatch(words) or CJK_DAY_OF_MONTH.fullmatch(words):
        return value == event  # ("14日に仮署名した": the 14th, a likelier match still)
    if _LAST_WEEKDAY.fullmatch(words) or foreign or _cjk_relation(words) in ("last", "last week"):
        return value.granularity == "day" and value.bounds()[0] == event.bounds()[0] - datetime.timedelta(days=7)
    return False


def names_its_weekday(article: Article, day: DateValue) -> bool:
    """Whether the page names, bare, the weekday `day` fell on ("conceded Friday", of a Friday)."""
    return day.granularity == "day" and any(
        _bare_weekday(expression.text, FOREIGN_WEEKDAY.fullmatch(expression.text)) and expression.value == day
        for expression in find_dates(article.clean_text, day))

"""A weekday named in Korean, Japanese or Chinese, read as the day it names (timeline round 88): "수요일", "水曜日",
"周三" on a dated page are the latest such day (the coming one in a clause with a word of a plan: "将于星期日在釜山召开",
`corpus.date_cjk_sentences.looks_ahead`), as "on Wednesday" is in English; "지난 화요일", "去る水曜日" the one before
the page's day; "오는 수요일", "来る水曜日" the coming one; "上周二", "先週水曜日", "지난주 화요일" a day of the week
before the page's, "本周三", "今週水曜日", "이번 주 수요일" of its week, "下周二", "来週水曜日", "다음 주 화요일" of the
week after (weeks from Monday). Not a weekday that recurs ("매주 수요일", "毎週水曜日", "每周三", "수요일마다": a set),
one of a list or a span ("月・水・金曜日", "周一至周五"), of a count of weeks ("四周一片", "一周一次"), of a name
("黑色星期五", "검은 금요일", "『水曜日のダウンタウン』", "박수요일"), nor one beside a date: "23日（水）", "周三(5日)",
"18일 화요일" say which day the date is, and the date is read only if it falls on that weekday (`agreeing`).
Pure standard library.
"""

from __future__ import annotations

import datetime
import re

from corpus.date_candidates import Candidate, day_value, weekday_near
from corpus.date_cjk_sentences import looks_ahead
from corpus.korean_ahead import KOREAN_AHEAD

# A Chinese weekday's last character opening a word instead: "上周日本…" (last week Japan …), "上周日韩签署" (… Japan
# and Korea signed), "日方", "日美", "日军"; "上周一名官员" (… an official), "一直", "一些" (but "周日韩国釜山": Sunday).
_ZH_WORD_OPENED = (r"(?<=日)(?:本|方|美|[军軍]|[韩韓](?![国國]))"
                   r"|(?<=一)(?:名|位|[个個]|[项項]|份|些|直|度|批|篇|家|艘|架)")
# A weekday's name: "水曜日", "水曜", "수요일", "星期三", "禮拜三", "周三", "週三" (its number: `weekday_number`).
CJK_WEEKDAY_NAME = (r"(?P<ja>[月火水木金土日])曜日?|(?P<ko>[월화수목금토일])요일"
                    rf"|(?:星期|禮拜|礼拜|周|週)(?P<zh>[一二三四五六日天])(?!{_ZH_WORD_OPENED})")
_ANY_NAME = r"(?:[月火水木金土日]曜日?|[월화수목금토일]요일|(?:星期|禮拜|礼拜|周|週)[一二三四五六日天])"
_SHORT_NAMES = ("月火水木金土日", "월화수목금토일")  # (as "23日（水）", "23일(수)" write them)
_SPAN_MARKS = r"~〜\-\u2013・"  # (and Chinese "、", a list's: Japanese's comma)
_RELATIONS = {"上": "last week", "上个": "last week", "上個": "last week", "先週": "last week", "지난주": "last week",
              "本": "this week", "这": "this week", "這": "this week", "这个": "this week", "這個": "this week",
              "今週": "this week", "이번주": "this week", "下": "next week", "下个": "next week", "下個": "next week",
              "来週": "next week", "다음주": "next week", "지난": "last", "去る": "last", "오는": "coming", "来る": "coming"}
_WEEKS = {"last week": -1, "this week": 0, "next week": 1}
CJK_WEEKDAY = re.compile(
    r"(?<![『《〈])(?<!검은\s)(?<![日일][\s（(])(?<![日일])(?:"
    # Chinese: "上周二", "这个星期三", "周三"; not "每周三", "四周一片", "一周一次", "黑色星期五", "周一至周五"
    rf"(?:(?P<zh_relation>上[个個]?|下[个個]?|(?<!日)本|这个?|這個?)|(?<![\d一二三四五六七八九十两兩几幾数數多每逢隔色至到、{_SPAN_MARKS}]))"
    rf"(?:星期|禮拜|礼拜|周|週)(?P<zh>[一二三四五六日天])(?![次程年至到、{_SPAN_MARKS}]|{_ZH_WORD_OPENED})"
    # Japanese: "先週水曜日", "来る水曜日", "水曜日"; not "毎週水曜日", "第2水曜日", "月・水・金曜日"
    rf"|(?:(?P<ja_relation>先週|今週|来週|去る|来る)の?\s*|(?<![毎週隔第の\d０-９{_SPAN_MARKS}]))"
    rf"(?P<ja>[月火水木金土日])曜日?+(?![{_SPAN_MARKS}]|ごと|毎)"
    # Korean: "지난 화요일", "지난주 화요일", "이번 주 수요일", "수요일"; not "매주 수요일", "수요일마다", "박수요일"
    rf"|(?:(?P<ko_relation>지난\s*주|이번\s*주|다음\s*주|지난|오는)\s*|(?<![가-힣{_SPAN_MARKS}])(?<!매주\s)(?<!매\s))"
    rf"(?P<ko>[월화수목금토일])요일(?!\s*마다|\s*[{_SPAN_MARKS}])"
    r")(?!\s*[（(]\s*\d)"  # ("周三(5日)": the day's, `agreeing`)
)
# A weekday that recurs: "매주 수요일", "毎週水曜日", "每周三", "每个星期三", "逢周三", "수요일마다", "水曜日ごとに".
CJK_WEEKDAY_SET = re.compile(rf"(?:매주|격주|매|毎週の?|隔週の?|毎|每逢|每[个個]?|逢|隔[周週])\s*{_ANY_NAME}"
                             rf"|{_ANY_NAME}\s*(?:마다|ごと|毎)")
CJK_WEEKDAY_WORD = re.compile(r"曜|요일|星期|禮拜|礼拜|[周週][一二三四五六日天]")  # (where `corpus.date_scan` looks)
# A weekday beside a day of the month: after it ("23日（水）", "23일(수)", "18일 화요일"), before it ("周三(5日)").
_WEEKDAY_AFTER = re.compile(rf"\s*(?P<open>[（(]\s*)?(?:(?P<short>[{''.join(_SHORT_NAMES)}])(?(open)|(?!))"
                            rf"|{CJK_WEEKDAY_NAME})(?(open)\s*[)）])")
_WEEKDAY_BEFORE = re.compile(rf"(?:{CJK_WEEKDAY_NAME})\s*[（(]\s*$")
_CLOSING = re.compile(r"\s*[)）]")


def weekday_number(match: re.Match) -> int:
    """The weekday (Monday 0) a match of a pattern holding `CJK_WEEKDAY_NAME` names."""
    if match["ja"]:
        return _SHORT_NAMES[0].find(match["ja"])
    if match["ko"]:
        return _SHORT_NAMES[1].find(match["ko"])
    return min("一二三四五六日天".find(match["zh"]), 6)


def relation_of(match: re.Match) -> str:
    """"last week", "this week", "next week", "last", "coming", or "" (a weekday named alone)."""
    words = match["zh_relation"] or match["ja_relation"] or match["ko_relation"] or ""
    return _RELATIONS["".join(words.split())] if words else ""


def cjk_weekday(match: re.Match, text: str) -> Candidate:
    """The day a match of `CJK_WEEKDAY` names, counted from the page's (the anchor)."""
    weekday, relation = weekday_number(match), relation_of(match)
    if relation in _WEEKS:
        shift = _WEEKS[relation]
        resolve = lambda anchor: day_value(anchor, 7 * shift + weekday - anchor.weekday())  # noqa: E731
    else:
        forward = relation == "coming" or not relation and (looks_ahead(text, match.start(), match.end())
                                                            or korean_future_after(text, match.end()))
        include_today = relation != "last"
        resolve = lambda anchor: day_value(weekday_near(anchor, weekday, forward, include_today))  # noqa: E731
    return Candidate(match.start(), match.end(), "date", resolve, relative=True)


_KO_FUTURE = re.compile(KOREAN_AHEAD)  # "서명할 것이라고", "서명하겠다고", "서명할 예정"
_KO_CLAUSE_END = re.compile(r"[.。!?！？\n]")
_KO_FUTURE_REACH = 80  # characters of the weekday's own clause read after it


def korean_future_after(text: str, end: int) -> bool:
    """Whether the Korean clause after a weekday ending at `end` is worded in the future ("금요일 … 서명할 것이라고",
    "서명하겠다고"), as English "will sign on Friday" is."""
    stop = _KO_CLAUSE_END.search(text, end, end + _KO_FUTURE_REACH)
    return _KO_FUTURE.search(text, end, stop.start() if stop else end + _KO_FUTURE_REACH) is not None


_COMING_OR_PAST = re.compile(r"(?:(?P<coming>오는|来る)|지난|去る)\s*$")


def day_ahead(text: str, start: int, end: int) -> bool:
    """Whether the day of the month at `text[start:end]` is one to come: after "오는", "来る" (not "지난", "去る"),
    or in a clause with a word of a plan."""
    if named := _COMING_OR_PAST.search(text, max(0, start - 4), start):
        return bool(named["coming"])
    return looks_ahead(text, start, end)


def agreeing(day: Candidate | None, text: str) -> Candidate | None:
    """A day of the month (`day`, a candidate) that a weekday beside it names ("23日（水）", "周三(5日)") read only if
    it falls on that weekday."""
    weekday = None if day is None or day.resolve is None else _weekday_beside(text, day.start, day.end)
    if weekday is None:
        return day
    resolve = day.resolve

    def on_its_weekday(anchor: datetime.date):
        value = resolve(anchor)
        return value if value is not None and value.granularity == "day" \
            and value.bounds()[0].weekday() == weekday else None

    return day._replace(resolve=on_its_weekday)


def _weekday_beside(text: str, start: int, end: int) -> int | None:
    if after := _WEEKDAY_AFTER.match(text, end):
        short = after["short"]
        return next(names.find(short) for names in _SHORT_NAMES if short in names) if short else weekday_number(after)
    if (before := _WEEKDAY_BEFORE.search(text, max(0, start - 8), start)) and _CLOSING.match(text, end):
        return weekday_number(before)
    return None

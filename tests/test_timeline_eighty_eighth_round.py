"""Timeline round 88 (issue 14), on sentences of our own: a weekday named in Korean, Japanese or Chinese is the day
it names, counted from the page's day as "on Wednesday" is (the latest one; the coming one in a clause of a plan;
"지난", "上周", "先週" ... the week before; "오는", "下周", "来週" ... ahead), and a day of the month beside a weekday
("23日（水）", "周三(16日)") is read only if it falls on it (corpus/date_weekdays_cjk.py). Negatives: a weekday that
recurs, one of a list or a span, of a count of weeks, of a name, one beside a day it does not fall on. And one
source for the Chinese plan words (corpus/chinese_plan_words.py)."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from corpus import chinese_plan_words
from corpus.date_estimate import estimate_from_reports
from corpus.events import load_event_specs
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from corpus.date_patterns_foreign import CJK_AHEAD
from corpus.date_weekdays import names_the_event_day
from corpus.date_weekdays_cjk import CJK_WEEKDAY, CJK_WEEKDAY_SET, agreeing, cjk_weekday
from corpus.date_readers import RULES
from corpus.dates import DateValue, find_dates
from corpus import happening_words_cjk_reposts, happening_words_more_languages
from index.mention_cache import resolver_version
from tests.hostile_timing import assert_runs_quickly

THURSDAY = DateValue(2016, 11, 17)  # the page's day: Wednesday is the 16th, Tuesday the 15th


def _read(text: str, published: DateValue = THURSDAY) -> list[tuple[str, str, DateValue | None]]:
    return [(found.text, found.kind, found.value) for found in find_dates(text, published)]


def _day(day: int) -> DateValue:
    return DateValue(2016, 11, day)


NAMED = [
    ("두 나라는 수요일 협정에 서명했다.", "수요일", _day(16)),
    ("韓日両政府は水曜日に協定に署名した。", "水曜日", _day(16)),
    ("两国周三签署了协定。", "周三", _day(16)),
    ("韓国政府は水曜日、協定に署名した。", "水曜日", _day(16)),  # (a comma after it, and before it:)
    ("韓国政府は、水曜日に協定に署名した。", "水曜日", _day(16)),
    ("兩國星期三簽署了協定。", "星期三", _day(16)),
    ("两国礼拜三签署了协定。", "礼拜三", _day(16)),
    ("兩國週三簽署了協定。", "週三", _day(16)),
    ("日本周三宣布签署协定。", "周三", _day(16)),  # (Japan, 日本: not "本周", this week)
    ("지난 화요일 협정에 서명했다.", "지난 화요일", _day(15)),
    ("지난 목요일 협정에 서명했다.", "지난 목요일", _day(10)),  # (not the page's own Thursday)
    ("지난주 화요일 협정에 서명했다.", "지난주 화요일", _day(8)),
    ("两国上周二签署了协定。", "上周二", _day(8)),
    ("两国上个星期二签署了协定。", "上个星期二", _day(8)),
    ("先週の火曜日に署名した。", "先週の火曜日", _day(8)),
    ("两国本周三签署了协定。", "本周三", _day(16)),
    ("이번 주 수요일 서명했다.", "이번 주 수요일", _day(16)),
    ("今週水曜日に署名した。", "今週水曜日", _day(16)),
    ("两国下周二将签署协定。", "下周二", _day(22)),
    ("다음 주 화요일 서명한다.", "다음 주 화요일", _day(22)),
    ("来週火曜日に署名する。", "来週火曜日", _day(22)),
    ("오는 금요일 서명한다.", "오는 금요일", _day(18)),
    ("来る金曜日に署名する。", "来る金曜日", _day(18)),
]


@pytest.mark.parametrize(("text", "words", "value"), NAMED)
def test_a_weekday_is_the_day_it_names(text: str, words: str, value: DateValue) -> None:
    assert _read(text) == [(words, "date", value)]


AHEAD = [
    ("韩日将于周五在首尔签署协定。", "周五"),
    ("두 나라는 금요일 서명할 예정이다.", "금요일"),
    ("両国は金曜日に署名する予定だ。", "金曜日"),
    # a Korean clause in the future ("-ㄹ 것", "-겠"), as "will sign on Friday" (found by round 85's Seoul's word)
    ("당국자는 양국이 금요일 오후 협정에 서명할 것이라고 말했다.", "금요일"),
    ("장관은 금요일 협정에 서명하겠다고 밝혔다.", "금요일"),
]


@pytest.mark.parametrize(("text", "words"), AHEAD)
def test_a_weekday_in_a_clause_of_a_plan_is_the_coming_one(text: str, words: str) -> None:
    assert _read(text) == [(words, "date", _day(18))]


@pytest.mark.parametrize("text", ["두 나라는 금요일 서명했다.", "両国は金曜日に署名した。", "两国周五签署了协定。",
                                  "두 나라는 금요일 서명했다. 앞으로 할 것이 많다.",  # a future in the next sentence
                                  "양국은 금요일 서명했다고 말했다."])
def test_a_weekday_told_as_done_is_the_last_one(text: str) -> None:
    assert [value for _, _, value in _read(text)] == [_day(11)]


BESIDE_A_DAY = [
    ("23日（水）に署名する予定だ。", "23日", _day(23)),
    ("오는 23일(수) 서명한다.", "23일", _day(23)),  # ("오는": the coming 23rd)
    ("지난 16일(수) 서명했다.", "16일", _day(16)),
    ("16일 수요일 서명했다.", "16일", _day(16)),
    ("两国周三(16日)签署了协定。", "16日", _day(16)),
    ("韓日は11月14日(月)に仮署名した。", "11月14日", _day(14)),
]


@pytest.mark.parametrize(("text", "words", "value"), BESIDE_A_DAY)
def test_a_day_beside_its_weekday_is_read(text: str, words: str, value: DateValue) -> None:
    assert _read(text) == [(words, "date", value)]


NOT_ITS_WEEKDAY = [
    "23日（木）に署名する予定だ。",
    "오는 23일(목) 서명한다.",
    "16일 목요일 서명했다.",
    "两国周四(16日)签署了协定。",
    "韓日は11月14日(火)に仮署名した。",
    "7월 18일 화요일 군사분계선을 넘었다.",  # (18 July 2016 was a Monday: the weekday of another year's day)
]


@pytest.mark.parametrize("text", NOT_ITS_WEEKDAY)
def test_a_day_beside_another_weekday_is_not_read(text: str) -> None:
    assert all(value is None for _, _, value in _read(text)), _read(text)


@pytest.mark.parametrize("text", ["매주 수요일 회의가 열린다.", "수요일마다 회의가 열린다.", "毎週水曜日に会議を開く。",
                                  "水曜日ごとに会議を開く。", "每周三开会。", "每个星期三开会。", "逢周三开会。"])
def test_a_weekday_that_recurs_is_a_set_not_a_date(text: str) -> None:
    assert [(kind, value) for _, kind, value in _read(text)] == [("set", None)]


@pytest.mark.parametrize("text", [
    "박수요일 씨가 말했다.",  # a name
    "검은 금요일의 폭락",  # Black Friday
    "黑色星期五的暴跌",
    "『水曜日のダウンタウン』が放送された。",  # a programme's title
    "四周一片漆黑。",  # "all around", not Monday
    "一周一次的会议",  # once a week
    "周一至周五开放。",  # a span of days
    "月・水・金曜日に開く。",  # a list
    "월~금요일 운영한다.",
    "第2水曜日に開く。",  # the second Wednesday of a month
])
def test_what_is_not_a_weekday_named(text: str) -> None:
    assert all(value is None for _, _, value in _read(text)), _read(text)


def test_a_weekday_is_not_read_without_the_pages_day() -> None:
    assert [found.value for found in find_dates("두 나라는 수요일 서명했다.", None)] == [None]


def test_a_weekday_names_the_event_day_as_the_english_one_does() -> None:
    wednesday = DateValue(2016, 11, 16)
    for words in ("수요일", "水曜日", "周三", "星期三"):
        assert names_the_event_day(words, wednesday, wednesday)
    week_before = DateValue(2016, 11, 9)
    for words in ("지난 수요일", "上周三", "先週水曜日", "지난주 수요일"):
        assert names_the_event_day(words, week_before, wednesday)
    assert not names_the_event_day("下周三", wednesday, wednesday)
    assert not names_the_event_day("수요일", DateValue(2016, 11, 9), wednesday)


@pytest.mark.parametrize(("text", "words", "another_weekday"), [
    ("한국 정부는 목요일 한일 군사정보보호협정(GSOMIA)을 종료하기로 결정했다.", "목요일", "화요일"),
    ("韓国政府は木曜日、日韓の軍事情報包括保護協定（GSOMIA）を破棄すると決定した。", "木曜日", "火曜日"),
    ("韩国政府周四宣布终止与日本的《军事情报保护协定》。", "周四", "周二"),
])
def test_an_undated_page_takes_the_day_of_the_event_on_the_weekday_it_names(text: str, words: str,
                                                                            another_weekday: str) -> None:
    article = article_from_raw(f"Story\n\n{text}\n", {"id": "round88", "outlet": "Test Wire", "headline": "Story"},
                               "test:rules")
    estimate, _ = estimate_from_reports(article, find_happenings(article.clean_text), load_event_specs())
    assert estimate.value == DateValue(2019, 8, 22)  # a Thursday: the decision to end the pact
    assert f"\u201c{words}\u201d, the weekday of 22 Aug 2019" in estimate.provenance
    other = article_from_raw(f"Story\n\n{text.replace(words, another_weekday)}\n",
                             {"id": "round88b", "outlet": "Test Wire", "headline": "Story"}, "test:rules")
    assert estimate_from_reports(other, find_happenings(other.clean_text), load_event_specs()) is None


def test_the_chinese_plan_words_are_written_once() -> None:
    for module in (happening_words_cjk_reposts, happening_words_more_languages):
        assert module.ZH_NOT_PLANNED is chinese_plan_words.ZH_NOT_PLANNED
    not_planned = re.compile(chinese_plan_words.ZH_NOT_PLANNED + "签署")
    for planned in ("将签署", "拟签署", "即将签署", "计划签署", "準備签署", "会签署"):
        assert not not_planned.search(planned), planned
    assert not_planned.search("已签署") and not_planned.search("宣布签署")
    for ahead in ("将于", "將在", "即将", "计划", "預計", "拟", "打算", "最快"):
        assert CJK_AHEAD.search(ahead), ahead
    assert not CJK_AHEAD.search("将协定延长")  # (将 alone marks an object)


@pytest.mark.parametrize("source", ["date_weekdays_cjk.py", "date_patterns_foreign.py", "date_readers_cjk.py",
                                    "date_cjk_sentences.py"])
def test_the_cached_mentions_follow_the_cjk_date_rules(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before, read_bytes = resolver_version(), Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read_bytes(path) + b"#" * (path.name == source))
    assert resolver_version() != before


HOSTILE = {
    "spaces": " " * 50_000 + "수요일",
    "a weekday repeated": "수요일 " * 20_000,
    "a weekday in a future repeated": "금요일 서명할 것 " * 10_000,
    "a chinese weekday repeated": "上周三" * 30_000,
    "weeks": "每周" * 50_000,
    "a day beside its weekday": "23日（水）" * 15_000,
    "open brackets": "周三(" * 30_000,
    "control characters": "\x00\x07\x1b" * 30_000 + "水曜日",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_is_read_quickly(name: str) -> None:
    """The patterns over the whole text, and the readers (linear in the matches, as every rule's) at its first,
    middle and last match: none reads more of the text the longer it is."""
    text = HOSTILE[name]
    day_of_month, read_day = next((pattern, read) for pattern, read in RULES if read.__name__ == "_cjk_day_of_month")
    anchor = datetime.date(2016, 11, 17)

    def scan() -> None:
        weekdays, days = list(CJK_WEEKDAY.finditer(text)), list(day_of_month.finditer(text))
        sum(1 for _ in CJK_WEEKDAY_SET.finditer(text))
        for matches, read in ((weekdays, cjk_weekday), (days, read_day)):
            for match in matches[:1] + matches[len(matches) // 2:][:1] + matches[-1:]:
                candidate = agreeing(read(match, text), text)
                candidate.resolve(anchor)
    # the patterns take ~0.03 s and each reader's first call reads the whole text once (its clauses, its plan
    # words: ~0.05 s, linear); on CI's loaded workers that took 0.26 s once, so the bound is 0.5 s: a reader that
    # read more of the text the longer it is (quadratic in its 45,000 matches) would take minutes here
    assert_runs_quickly(scan, limit=0.5)

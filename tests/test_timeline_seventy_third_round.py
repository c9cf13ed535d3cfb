"""Timeline round 73 (issue 14): a happening dated by its distance from another listed event its sentence tells as
done ("signed the pact less than a month after it announced that talks would resume", on a page of 2019: counted
back from the signing of 23 Nov 2016, not from the page), and the distances read in French ("moins d'un mois
après"), in Korean native day counts ("선포한 지 열흘 남짓 만에") and in Chinese ("距 ... 僅過去十多天")
(corpus/event_distance.py, corpus/intervals.py). Each pair: a page that reports the event, and beside it one that
does not. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import intervals
from corpus.intervals import days_after_in_chinese, days_after_in_cjk, days_before
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly

NEWS = "The cabinet passed the pact on Tuesday.\n\n"

# (a page that reports the talks' resumption and its date, a page beside it that does not and its date)
PAIRS = [
    # counted back from the signing, on a page three years on (not where the signing is only planned)
    (NEWS + "Seoul signed the pact with Tokyo less than a month after it announced that talks would resume.",
     "2019-08-23",
     NEWS + "Seoul is to sign the pact with Tokyo less than a month after it announced that talks would resume.",
     "2019-08-23"),
    # ... not a distance that puts the announcement in November (two weeks before the signing)
    (NEWS + "Seoul signed the pact with Tokyo less than a month after it announced that talks would resume.",
     "2019-08-23",
     NEWS + "Seoul signed the pact with Tokyo two weeks after it announced that talks would resume.",
     "2019-08-23"),
    # ... not on a page that appeared before the signing (the talks of another year)
    (NEWS + "Seoul signed the pact with Tokyo less than a month after it announced that talks would resume.",
     "2019-08-23",
     NEWS + "Seoul signed the pact with Tokyo less than a month after it announced that talks would resume.",
     "2012-07-10"),
    # in French, counted back from the signing (not "après" with no distance)
    (NEWS + "Séoul a signé le pacte moins d'un mois après avoir annoncé la reprise des négociations.",
     "2019-08-23",
     NEWS + "Séoul a signé le pacte bien après avoir annoncé la reprise des négociations.",
     "2019-08-23"),
    # in Korean native days, from the initialling (not three days, which puts it in November)
    ("정부가 일본과 협상을 다시 시작한다고 선포한 지 열흘 남짓 만에 이뤄진 가서명이다.", "2016-11-16",
     "정부가 일본과 협상을 다시 시작한다고 선포한 지 사흘 만에 이뤄진 가서명이다.", "2016-11-16"),
    # in Chinese, counted from "距" (not three days)
    ("此次草簽距韓國政府宣布與日方恢復談判僅過去十多天。", "2016-11-14",
     "此次草簽距韓國政府宣布與日方恢復談判僅過去三天。", "2016-11-14"),
]


@pytest.mark.parametrize("place", range(len(PAIRS)), ids=lambda place: f"pair-{place + 1}")
def test_a_happening_is_dated_by_its_distance_from_another_listed_event(place: int):
    told, told_on, untold, untold_on = PAIRS[place]
    assert "talks-resumed" in linked((told, told_on)), told
    assert "talks-resumed" not in linked((untold, untold_on)), untold


@pytest.mark.parametrize(("text", "word", "days"), [
    ("l'a signé moins d'un mois après avoir annoncé la reprise", "reprise", (0, 31)),
    ("signé deux semaines après la reprise", "reprise", (7, 21)),
    ("signé plus d'un an après la reprise", "reprise", (366, 1098)),
    ("signé après la reprise", "reprise", None),
    ("signé un mois avant la reprise", "reprise", None),
])
def test_french_distances_before_a_happening(text: str, word: str, days):
    assert days_before(text, 0, text.index(word)) == days


@pytest.mark.parametrize(("text", "days"), [
    ("선포한 지 열흘 남짓 만에 이뤄진 가서명", (10, 20)),
    ("선포한 지 불과 닷새 만에 열린 회의", (4, 6)),
    ("선포한 지 보름 만이다", (14, 16)),
    ("선포한 지 열흘 뒤에 열린 회의", None),
    ("선포한 열흘 남짓 만에", None),
])
def test_korean_native_day_counts_after_a_happening(text: str, days):
    assert days_after_in_cjk(text, text.index("선포한") + 3, len(text)) == days


@pytest.mark.parametrize(("text", "days"), [
    ("此次草簽距宣布恢復談判僅過去十多天", (10, 20)),
    ("此次草签距宣布恢复谈判仅过去两个多月", (62, 93)),
    ("此次草签距宣布恢复谈判已十五天", (14, 16)),
    ("此次草签在宣布恢复谈判后十多天", None),  # no 距: not counted from it
    ("此次草签距宣布恢复谈判很久", None),
])
def test_chinese_distances_counted_from_a_happening(text: str, days):
    start = text.index("宣布")
    end = start + len("宣布恢復談判")
    assert days_after_in_chinese(text, 0, start, end, len(text)) == days


@pytest.mark.parametrize("text", [
    " " * 50_000,
    "moins d'un mois après " * 5_000,
    "signé après " * 20_000,
    "距" * 20_000 + "十多天",
    "지 열흘 남짓 " * 10_000,
], ids=["spaces", "french-distances", "french-words", "zh-since", "ko-native-days"])
def test_the_new_distance_readers_stay_fast_on_hostile_text(text: str):
    # (days_before's English pattern takes up to 0.2 s on such words on main: not this round's)

    def read() -> None:
        intervals._days_before_in_french(text, 0, len(text))
        days_after_in_cjk(text, 0, len(text))
        days_after_in_chinese(text, 0, len(text) // 2, len(text) // 2, len(text))
    assert_runs_quickly(read)

"""Review 52 (session 38): a time gone by right after a test's name is the test's only where no verb before it takes
the name ("Officials feared a fifth nuclear test last month" tells no test done), and is read as the date patterns
read a period gone by or a count back; years counted are a count, not a year ("2012년 이명박 정부", "2018년 이후",
"2016年前" count nothing), and every count back of `_YEARS_AGO` counts years. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_own_day import _COUNTED, _YEARS_AGO, counts_years, counts_years_ago
from corpus.events import load_event_specs
from corpus.text_units import sentence_at
from corpus.told_again import _GONE_BY_HOLDER, happened_in_its_clause
from corpus.told_by_its_name import told_by_its_name
from tests.hostile_timing import assert_each_reads_quickly

_NAME = "fifth nuclear test"


def _test_done(text: str) -> bool:
    start = text.index(_NAME)
    return happened_in_its_clause(text, sentence_at(text, start), start, start + len(_NAME))


def test_a_time_gone_by_after_the_name_tells_the_test_done_where_no_verb_takes_it():
    for text in ("Sanctions over its fifth nuclear test last month took effect.",
                 "Its fifth nuclear test last month drew condemnation.",
                 "Seoul was shaken by North Korea's fifth nuclear test earlier this month.",
                 "Tension ran high all year, with North Korea's fifth nuclear test last month.",
                 "Fallout from the fifth nuclear test late last year still worries Seoul.",  # (a period's qualifier)
                 "Missile launches and the fifth nuclear test about two weeks ago raised tensions."):  # (a count's)
        assert _test_done(text), text
    for text in ("Kim ordered a fifth nuclear test last month, state media said.",
                 "Officials feared a fifth nuclear test two weeks ago.",
                 "Satellite images pointed to a fifth nuclear test last week.",
                 "Analysts predicted a fifth nuclear test last month.",
                 "The North denied plans for a fifth nuclear test last week.",
                 "Pyongyang hinted at a fifth nuclear test last month.",
                 "Kim vowed a fifth nuclear test last month.",
                 "Its fifth nuclear test next month is feared.",  # (no time gone by)
                 "Its fifth nuclear test later this month is feared.",
                 "Its fifth nuclear test this month is feared."):
        assert not _test_done(text), text


def test_a_verb_of_doing_still_tells_the_test_done_with_a_time_after_it():
    assert _test_done("The launch followed its fifth nuclear test last month.")
    assert _test_done("The UN condemned its fifth nuclear test last month.")
    assert _test_done("North Korea, which conducted its fifth nuclear test last month, fired a missile.")


def test_the_new_wordings_read_hostile_texts_quickly():
    for piece in ("and ", "Kim's ", "1년 ", "hace "):
        text = piece * (100_000 // len(piece))
        assert_each_reads_quickly([_GONE_BY_HOLDER, _COUNTED, _YEARS_AGO], text)


def _counts(text: str) -> bool:
    return counts_years(text, sentence_at(text, 0))


@pytest.mark.parametrize("text", [
    "2012년 이명박 정부도 일본과 이 협정을 맺으려 했다.",  # (a year, then a name: "년 이")
    "2018년 이후 멈춰 있던 안보 정책협의회도 다시 열기로 했다.",
    "2016년이 저물어 가던 23일 양국은 협정에 서명했다.",
    "拉達克附近這處中國營區在2016年前就已存在。",  # (before 2016)
    "両政府は2012年前半に合意していた。",
    "二〇一六年前的协定",
])
def test_a_year_is_no_count_of_years(text):
    assert not _counts(text)
    assert not counts_years_ago(text, 0)


@pytest.mark.parametrize("text", [
    "포격한 지 13년이 지났다.", "독일은 24년 만에 우승했다.", "100년 만에 처음이다.", "百年前の条約", "4年前にも合意した。",
    "4년 전 밴쿠버에서", "Seúl lo firmó hace cuatro años.", "Séoul l'a signé il y a deux ans.",
    "Seoul unterzeichnete es vor vier Jahren.", "It was signed four years ago.", "3년째 이어졌다", "十年后的纪念日",
])
def test_a_count_of_years_still_counts(text):
    assert _counts(text)


def test_counted_back_by_three_digits_or_a_hundred():
    assert counts_years_ago("100년 전 조약", 0) and counts_years_ago("百年前の条約", 0)
    assert not counts_years_ago("100년 만에 처음", 0)


def test_a_year_in_the_sentence_no_longer_hides_the_shelling_told_by_its_name():
    spec = next(spec for spec in load_event_specs() if spec.id == "yeonpyeong-shelling")
    for text in ("2010년 이명박 정부 시절 북한은 연평도를 포격했다.", "2010년 이후 북한의 연평도 포격은 잊히지 않았다."):
        assert told_by_its_name(spec, text, 0, len(text), None), text
    text = "연평도 포격 4년 만에 주민들이 돌아왔다."  # (years counted since it: long before the page)
    assert not told_by_its_name(spec, text, 0, len(text), None)

"""Review fixes (session 19): wrong dates and event links on sentences of no page set. A two-figure CJK year
after an era is the era's, and is carried from the year named before only as an item of a list of dates
(corpus/date_carried.py); a month-named test before a noun it modifies, or in a denied clause, is no test
(corpus/happening_words.py, corpus/happening_contexts.py); a Korean launch or test with another country as its
subject is not the North's; a picture's credit after a date line's time keeps the line (corpus/intake/
printed_dates.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.dates import find_dates
from corpus.intake.printed_dates import find_date_line
from tests.test_intake_forty_eighth_round import date_of
from tests.test_timeline_eighteenth_round_pages import linked


def _dates(text):
    return [(d.text, d.kind, d.value and (d.value.year, d.value.month, d.value.day)) for d in find_dates(text, None)]


def test_a_two_figure_year_after_an_era_is_the_eras():
    assert ("28年9月9日", "date", (2016, 9, 9)) in _dates("2017年の報告書によると、平成28年9月9日に北朝鮮が核実験を行った。")


@pytest.mark.parametrize("text, short", [
    ("2011年の統計で、民國99年1月の輸出は増えた。", "99年1月"),  # the Republic's years
    ("朝鲜2006年首次核试验后，经过10年9月9日再次进行核试验。", "10年9月9日"),  # ten years after
    ("1953年の休戦から63年9月9日に至るまで", "63年9月9日"),  # either
])
def test_a_two_figure_year_not_in_a_list_of_dates_stays_unresolved(text, short):
    found = {t: (kind, value) for t, kind, value in _dates(text)}
    assert found[short] == ("other", None)


def test_a_two_figure_year_in_a_list_of_dates_keeps_its_century():
    found = _dates("同じ場所で2回目(2009年5月)、3回目(13年2月)、4回目(16年1月)の実験が行われた。")
    assert [value for _, _, value in found] == [(2009, 5, None), (2013, 2, None), (2016, 1, None)]
    assert ("03年5月", "date", (2003, 5, None)) in _dates("1998年の危機のあと、03年5月に合意した。")


@pytest.mark.parametrize("text", [
    "Diplomats met for the January test ban talks in Geneva.",
    "The January test ban conference ended without agreement.",
    "Officials are preparing for the January test site inspection.",
    "North Korea denied that the January test had taken place.",
    "January's nuclear test by Pakistan was a hoax, officials said.",
    "北朝鮮が1月6日に核実験を行ったとの報道を、北朝鮮は否定した。",
])
def test_a_month_named_test_that_is_a_modifier_denied_or_anothers_is_no_test(text):
    assert "fourth-nuclear-test" not in linked((text, "2016-02-20"))


@pytest.mark.parametrize("text", [
    "January's test drew wide condemnation.",
    "The January nuclear test drew condemnation.",
    "Tensions have risen since the January test.",
    "北朝鮮が1月6日に核実験を行ったと発表した。",
])
def test_a_month_named_test_of_the_north_stays_linked(text):
    assert "fourth-nuclear-test" in linked((text, "2016-02-20"))


def test_a_japanese_view_of_a_test_denied_is_no_test():
    page = "北朝鮮が9月9日に核実験を行ったとの見方を、韓国国防省は否定した。"
    assert "fifth-nuclear-test" not in linked((page, "2016-09-20"))


@pytest.mark.parametrize("verb", ["쏘아 올린", "발사한"])
def test_a_korean_launch_by_another_country_is_not_the_norths(verb):
    assert "rocket-april-2012" not in linked((f"일본이 지난해 4월 {verb} 정찰위성이 궤도에 올랐다.", "2013-01-10"))
    assert "rocket-april-2012" not in linked((f"중국은 지난해 4월 {verb} 위성을 공개했다.", "2013-01-10"))
    assert "rocket-april-2012" in linked((f"북한이 지난해 4월 {verb} 장거리 로켓은 실패했다.", "2013-01-10"))
    assert "rocket-april-2012" in linked((f"지난해 4월 {verb} 장거리 로켓은 실패했다.", "2013-01-10"))


@pytest.mark.parametrize("line, label", [
    ("입력 2019.08.22 15:30 | 사진=연합뉴스", "published"),
    ("2019年8月22日 18時30分 写真：AP", ""),
    ("2019-08-22 15:30 图片：新华社", ""),
])
def test_a_date_line_crediting_its_picture_stays_a_date_line(line, label):
    printed = find_date_line(line)
    assert printed is not None and (printed.value, printed.label) == ("2019-08-22", label)


def test_a_captions_date_before_its_credit_is_still_no_date_line():
    assert find_date_line("2023年3月16日、東京での日韓首脳会談。写真:聯合ニュース") is None
    assert find_date_line("2021.6.21 서해 훈련 모습. 사진=연합뉴스") is None


def test_a_page_keeps_the_date_of_its_line_crediting_a_picture():
    page = ("지소미아 종료 결정\n\n입력 2019.08.22 15:30 | 사진=연합뉴스\n"
            + "정부는 한일 군사정보보호협정을 연장하지 않기로 결정했다고 청와대가 밝혔다.\n" * 3
            + "2018.10.30 | 수정 2018.10.30\n")
    assert date_of(page) == "2019-08-22"

"""Timeline round 40 (the even halves of holdout66 and holdout68): a Chinese, Japanese or Korean month and day name
the test they date ("9月9日", "1월 6일" in the fourth and fifth tests' `about`, as "September" was: corpus/events.json),
a Japanese test told as done before its noun ("9月9日に行った核実験": corpus/happening_words_stems.py), and a
Chinese or Japanese year of two figures, its century the year named before it ("2009年5月、13年2月、16年1月":
corpus/date_carried.py). Sentences written for the purpose."""

from __future__ import annotations

from corpus.date_carried import CARRIED_CJK, carried_date
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


def test_a_japanese_test_told_as_done_before_its_noun_is_a_nuclear_test():
    assert reported("理事会は北朝鮮が先週行った核実験を強く非難した。", "nuclear-test")
    assert reported("北朝鮮が実施した地下核実験について協議した。", "nuclear-test")
    assert not reported("北朝鮮が今後行う核実験に備えて警戒を強めた。", "nuclear-test")  # one to come


def test_a_month_and_day_in_cjk_name_the_test_they_date():
    page = ("国連安保理は30日、新たな決議を採択した。決議は朝鮮が9月9日に行った核実験を最も強い言葉で非難した。"
            "制裁の強化も決めた。")
    assert "fifth-nuclear-test" in linked((page, "2016-11-30"))
    page = "理事会は、北朝鮮が1月6日に行った核実験を非難する声明を出した。"
    assert "fourth-nuclear-test" in linked((page, "2016-01-07"))


def test_a_month_and_day_of_another_test_names_neither():
    page = "理事会は、北朝鮮が9月3日に行った6回目の核実験を非難する声明を出した。"
    assert "fifth-nuclear-test" not in linked((page, "2017-09-04"))


def _carried(text):
    return [(m.group(), carried_date(m, text)) for m in CARRIED_CJK.finditer(text)]


def test_a_two_figure_year_takes_the_century_of_the_year_named_before_it():
    text = "同じ場所で2回目(2009年5月)、3回目(13年2月)、4回目(16年1月)の実験が行われた。"
    values = [candidate.resolve(None) for _, candidate in _carried(text)]
    assert [(v.year, v.month) for v in values] == [(2013, 2), (2016, 1)]
    text = "1998年の危機のあと、03年5月に合意した。"
    assert [(c.resolve(None).year) for _, c in _carried(text)] == [2003]


def test_a_two_figure_year_with_no_year_named_before_it_stays_unresolved():
    [(_, candidate)] = _carried("4回目(16年1月)の実験が行われた。")
    assert candidate.kind == "other"
    assert _carried("2016年1月に行われた。") == []  # four figures: the calendar's own pattern


def test_the_two_figure_year_dates_the_fourth_test_on_an_undated_page():
    page = ("北朝鮮は3日に6回目の核実験を行った。同じ坑道では2回目(2009年5月)、3回目(13年2月)、"
            "4回目(16年1月)の核実験も行われており、地盤が弱ったとみられる。")
    assert "fourth-nuclear-test" in linked((page, None))

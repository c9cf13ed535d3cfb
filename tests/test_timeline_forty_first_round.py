"""Timeline round 41 (the kinds of missed link most common across the read sets): on a page that prints no
date, a weekday in the sentence that words a listed nuclear test, when it is that test's weekday and the
sentence names no other, dates it ("a nuclear test on Friday", of Friday 9 September 2016), unless the page
tells of a later year or names a later listed happening (corpus/dates_counted_from_the_page.py). Sentences
written for the purpose."""

from __future__ import annotations

from corpus.dates_counted_from_the_page import _weekdays_in
from tests.test_timeline_eighteenth_round_pages import linked


def test_the_tests_own_weekday_dates_it_on_an_undated_page():
    page = ("Japan's prime minister on Friday denounced the nuclear test the North carried out, its fifth, "
            "in defiance of sanctions.")
    assert "fifth-nuclear-test" in linked((page, None))
    page = "Leaders met on Wednesday, hours after the North said it had conducted a nuclear test, its fourth."
    assert "fourth-nuclear-test" in linked((page, None))


def test_another_weekday_does_not_date_it():
    page = ("Japan's prime minister on Monday denounced the nuclear test the North carried out, its fifth, "
            "in defiance of sanctions.")
    assert "fifth-nuclear-test" not in linked((page, None))
    page = ("Japan's prime minister on Friday denounced the nuclear test the North carried out, its fifth, "
            "and again on Monday.")
    assert "fifth-nuclear-test" not in linked((page, None))  # two weekdays: which is whose is unknown


def test_a_page_of_a_later_time_is_not_of_the_tests_week():
    page = "Japan's prime minister on Friday denounced the nuclear test the North carried out, its fifth, as in 2017."
    assert "fifth-nuclear-test" not in linked((page, None))  # a page of after 2017
    page = ("Leaders met on Wednesday, hours after the North said it had conducted a nuclear test, its fourth. "
            "Its fifth nuclear test came a year later.")
    assert "fourth-nuclear-test" not in linked((page, None))
    page = ("Japan's prime minister on Friday denounced the nuclear test the North carried out, its fifth, "
            "in defiance of sanctions. His ministers spoke of the GSOMIA.")
    assert "fifth-nuclear-test" in linked((page, None))  # the pact's name is no happening's


def test_a_weekday_only_looked_ahead_to_dates_nothing():
    page = "Officials in Seoul warned on Friday that the North may soon carry out its fifth nuclear test."
    assert "fifth-nuclear-test" not in linked((page, None))


def test_a_weekday_in_another_language_dates_it_too():
    assert _weekdays("Nordkorea hat am Freitag einen Atomtest durchgeführt.") == {4}
    assert _weekdays("КНДР в пятницу провела ядерное испытание.") == {4}
    assert _weekdays("北朝鮮は金曜日に核実験を行った。북한은 금요일에 핵실험을 했다.") == {4}
    assert _weekdays("Senin (14/11/2016)") == set()  # before a date's figures: the date's


def _weekdays(text):
    return _weekdays_in(text, 0, len(text))

"""Timeline round 41 (the kinds of missed link most common across the read sets): on a page that prints no
date, a weekday in the sentence that words a listed event of one day, when it is that event's weekday and the
sentence names no other, dates it ("agreed on Thursday", of Thursday 27 October 2016:
corpus/dates_counted_from_the_page.py). Sentences written for the purpose."""

from __future__ import annotations

from corpus.dates_counted_from_the_page import _weekdays_in
from tests.test_timeline_eighteenth_round_pages import linked


def test_the_events_own_weekday_dates_it_on_an_undated_page():
    page = ("The vice foreign ministers of Japan, the United States and South Korea held a trilateral meeting "
            "in Tokyo on Thursday. They agreed to press North Korea harder over its weapons programmes.")
    assert "trilateral-vice-ministers" in linked((page, None))
    page = "South Korea and Japan resumed talks on the intelligence-sharing pact on Thursday, after four years."
    assert "talks-resumed" in linked((page, None))


def test_another_weekday_does_not_date_it():
    page = ("The vice foreign ministers of Japan, the United States and South Korea held a trilateral meeting "
            "in Tokyo on Tuesday. They agreed to press North Korea harder over its weapons programmes.")
    assert "trilateral-vice-ministers" not in linked((page, None))
    page = ("The vice foreign ministers of Japan, the United States and South Korea held a trilateral meeting "
            "in Tokyo on Thursday, and their deputies met again on Monday.")
    assert "trilateral-vice-ministers" not in linked((page, None))  # two weekdays: which is whose is unknown


def test_a_page_of_a_later_time_is_not_of_the_events_week():
    page = "South Korea's cabinet approved the military pact with Japan on Tuesday, the two having resumed talks in 2016."
    assert "cabinet-approval-2012" not in linked((page, None))  # 2012's approval was on a Tuesday too
    page = ("The three vice foreign ministers held a trilateral meeting in Tokyo on Thursday. North Korea carried "
            "out its sixth nuclear test this month.")
    assert "trilateral-vice-ministers" in linked((page, None))  # no listed happening names a later week
    page = ("The three vice foreign ministers held a trilateral meeting in Tokyo on Thursday, weeks after "
            "North Korea's fifth nuclear test.")
    assert "trilateral-vice-ministers" in linked((page, None))  # the fifth test came before that week
    page = ("The three vice foreign ministers held a trilateral meeting in Tokyo on Thursday, after South Korea "
            "conditionally suspended its notice to end the GSOMIA.")
    assert "trilateral-vice-ministers" not in linked((page, None))  # that was in 2019
    page = ("The three vice foreign ministers held a trilateral meeting in Tokyo on Thursday to discuss "
            "the GSOMIA.")
    assert "trilateral-vice-ministers" in linked((page, None))  # the pact's name is no happening's


def test_a_weekday_only_looked_ahead_to_dates_nothing():
    page = ("The vice foreign ministers of Japan, the United States and South Korea will hold a trilateral "
            "meeting in Tokyo on Thursday to discuss North Korea.")
    assert "trilateral-vice-ministers" not in linked((page, None))


def test_a_weekday_in_another_language_dates_it_too():
    page = "Seoul hat am Donnerstag mitgeteilt, dass Südkorea das GSOMIA beenden werde."
    assert _weekdays(page) == {3}
    page = "По данным министерства, во вторник японское правительство было уведомлено о решении."
    assert _weekdays(page) == {1}
    assert _weekdays("韓国政府は木曜日、協定の終了を発表した。목요일에 발표했다.") == {3}
    assert _weekdays("Senin (14/11/2016)") == set()  # before a date's figures: the date's


def _weekdays(text):
    return _weekdays_in(text, 0, len(text))

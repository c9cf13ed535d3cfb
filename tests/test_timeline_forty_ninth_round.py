"""Timeline round 49 (the largest kinds of missed link across every readable set, by the form that defeats
the rules): on a page that prints no date, a listed nuclear test told with its own month and day and no year
("the nuclear test Pyongyang carried out on Jan. 6 and its Feb. 7 launch") is that test: a day says which test
a month does not (corpus/date_own_month.py); January does, as no other nuclear test of the North fell in it: "the
January nuclear test", "the nuclear test it carried out in January" name the fourth test (its `once` names in
corpus/events.json). A Japanese notice to end the pact told by a verb before it, its effect or its suspension named
("協定を終了させる通告の効力を停止する", "終了通告の停止"), names the decision as made, as "破棄通告の効力" did
(corpus/presupposition.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

FOURTH, FIFTH = "fourth-nuclear-test", "fifth-nuclear-test"
DECISION = "termination-decision-2019"

TOLD_ON_ITS_DAY = [
    (FOURTH, "Seoul shut its border office weeks after the North's nuclear test on January 6 drew new sanctions."),
    (FOURTH, "The council's resolution answers the nuclear test Pyongyang carried out on Jan. 6 and its Feb. 7 "
             "rocket launch, and widens the sanctions."),
    (FIFTH, "The ministers condemned the North's nuclear test of Sept. 9, which set off a tremor of magnitude 5.3."),
]
NAMED_BY_ITS_MONTH = [
    (FOURTH, "After the January nuclear test, Japan cut flows of money, people and goods to the North."),
    (FOURTH, "Wide sanctions were imposed on the North over the nuclear test it carried out in January, he noted."),
]
NOTICE_NAMED_AS_GIVEN = [
    (DECISION, "韓国政府は22日、日本との軍事情報包括保護協定(GSOMIA)について、協定を終了させる通告の効力を停止すると発表した。"),
]
NOT_THAT_TEST = [
    (FOURTH, "Seoul shut its border office weeks after the North's nuclear test on January 9 drew new sanctions."),
    (FIFTH, "The ministers condemned the North's nuclear test of Sept. 3, which set off a tremor of magnitude 6.3."),
    (FIFTH, "The ministers condemned the North's nuclear test in September, which set off a strong tremor."),
    # the day nearest the test is the one read: Jan. 6 is the launch's
    (FOURTH, "The council's resolution answers the rocket launch of Jan. 6 and the nuclear test Pyongyang carried "
             "out on Feb. 7, and widens the sanctions."),
    (FOURTH, "Officials warned that the North may carry out a nuclear test on January 6, the leader's birthday."),
    (FOURTH, "The North's nuclear test on January 6, 2013 drew new sanctions."),  # its year: the printed dates' rules
    (FOURTH, "Officials fear the North may stage a nuclear test in January, as it did once before."),
    (FOURTH, "Wide sanctions were imposed on the North over the nuclear test it carried out in January 2013, "
             "he noted."),
    (FOURTH, "After the January missile test, Japan cut flows of money, people and goods to the North."),
    (DECISION, "韓国政府は、GSOMIAを終了させる通告を出さない方針だ。"),
    (DECISION, "韓国政府は、GSOMIAを終了させる通告は出していないと述べた。"),
    (DECISION, "専門家は、GSOMIAを終了させる通告の効力について説明した。韓国がそうした通告を出すなら、協定は11月に失効する。"),
]


@pytest.mark.parametrize("event, page", TOLD_ON_ITS_DAY + NAMED_BY_ITS_MONTH + NOTICE_NAMED_AS_GIVEN)
def test_a_test_on_its_own_day_or_named_by_its_only_month_or_a_notice_named_as_given_is_linked(event, page):
    assert event in linked((page, None))


@pytest.mark.parametrize("event, page", NOT_THAT_TEST)
def test_another_day_a_month_of_two_tests_a_test_ahead_another_year_or_a_notice_not_given_is_not(event, page):
    assert event not in linked((page, None))

"""What a review of the timeline rounds of 2026-12-04 found, each fixed and kept fixed (sentences
written for the purpose): the officeholders' window has gaps between a holder's terms, a CJK word
is no past ending and a fear no happening, an event of the pact is the pact's by its title, and an
estimate from the officeholders yields to a later year the page tells as past."""

from __future__ import annotations

from tests.test_timeline_eighteenth_round_pages import linked

# (the test counted apart, not named "its fifth nuclear test": timeline round 29's ordinal names one test)
HAN = "Defense Minister Han Min-koo told lawmakers that North Korea had carried out a nuclear test, the fifth so far"


def test_a_day_between_a_holders_terms_is_outside_the_window():
    # Shinzo Abe was prime minister in 2006-2007 and 2012-2020, not in June 2012.
    page = ("Prime Minister Shinzo Abe told reporters that the South Korean cabinet had approved the military "
            "intelligence pact with Japan.")
    assert "cabinet-approval-2012" not in linked((page, None))


def test_words_that_hold_a_past_ending_and_a_fear_are_no_test_carried_out():
    fear_and_also = "安倍晋三首相は、北朝鮮が5回目の核実験に踏み切る恐れがあり、また、日米韓で警戒している。"
    possible_and_looking_into = "朴槿惠总统表示，朝鲜随时可能进行第五次核试验，政府正在了解情况。"
    for page in (fear_and_also, possible_and_looking_into):
        assert "fifth-nuclear-test" not in linked((page, None))


def test_a_cabinet_approving_another_agreement_on_a_page_of_another_story_is_not_the_pacts():
    page = ("SEOUL, June 26 (Wire) -- South Korea's cabinet on Tuesday approved the free trade agreement with "
            "Chile, officials said.")
    assert "cabinet-approval-2012" not in linked((page, None))


def test_an_estimate_from_the_officeholders_yields_to_a_later_year_told_as_past():
    assert "fifth-nuclear-test" in linked((HAN + ", and that the army had raised its alert.", None))
    assert "fifth-nuclear-test" not in linked((HAN + ". The two countries signed a trade deal in 2017.", None))

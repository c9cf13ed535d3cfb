"""Timeline round 26: a page that prints no date and whose dates give none is dated by the officeholders
it names in office: it was written while each was in office, so a listed event it reports as having
happened on or before their window's end is linked, when no other listed event of that kind it could
mean fell so too, and the page is estimated from the latest such event (corpus/date_officeholders.py).
Sentences written for the purpose."""

from __future__ import annotations

import datetime

from corpus.date_estimate import article_reporting_date
from corpus.date_officeholders import office_window
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from tests.test_timeline_eighteenth_round_pages import SPECS, linked, timeline

# Han Min-koo was South Korea's defence minister from 30 Jun 2014 to 14 Jul 2017. (Timeline round 29: the
# test counted apart, "a nuclear test, the fifth so far", not named "its fifth nuclear test": an ordinal so
# placed names one test, which a page that prints no date reports whoever it names in office.)
TESTED = ("Defense Minister Han Min-koo told lawmakers that North Korea had carried out a nuclear test, the fifth "
          "so far, and that the army had raised its alert.")


def test_a_page_naming_a_holder_in_office_links_the_event_it_reports():
    assert "fifth-nuclear-test" in linked((TESTED, None))
    coverage = [c for e in timeline((TESTED, None)).events if e.id == "fifth-nuclear-test" for c in e.coverage]
    assert coverage[0].article_date == "2016-09-09" and coverage[0].date_estimated


def test_the_estimate_says_which_event_and_which_holders_and_terms():
    known = {"id": "t26a", "outlet": "Wire", "headline": "Story"}
    article = article_from_raw(f"Story\n\n{TESTED}\n", known, "test:t26")
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    assert published.estimated and published.earliest and published.value.iso() == "2016-09-09"
    assert "North Korea's fifth nuclear test" in published.provenance
    assert "Han Min-koo (2014-06-30 to 2017-07-14)" in published.provenance


def test_a_past_holder_dates_nothing():
    former = TESTED.replace("Defense Minister Han", "Former Defense Minister Han")
    assert "fifth-nuclear-test" not in linked((former, None))
    then = TESTED.replace("Defense Minister Han", "then-Defense Minister Han")
    assert "fifth-nuclear-test" not in linked((then, None))


def test_holders_whose_terms_do_not_meet_date_nothing():
    # Yoshihiko Noda left office in December 2012, before Han Min-koo took his.
    page = TESTED.replace("told lawmakers", "and Prime Minister Yoshihiko Noda told lawmakers")
    assert office_window(page) is None
    assert "fifth-nuclear-test" not in linked((page, None))


def test_an_event_after_the_window_is_not_what_the_page_reports():
    # Kim Kwan-jin, defence minister 2010 to 2014: no fifth test had taken place while he was.
    page = TESTED.replace("Han Min-koo", "Kim Kwan-jin")
    assert office_window(page).reach < datetime.date(2016, 9, 9)
    assert "fifth-nuclear-test" not in linked((page, None))


def test_a_plan_or_a_threat_is_no_happening():
    threat = "Defense Minister Han Min-koo told lawmakers that North Korea threatened a fifth nuclear test."
    assert "fifth-nuclear-test" not in linked((threat, None))
    plan = "Defense Minister Han Min-koo told lawmakers that North Korea will carry out a fifth nuclear test."
    assert "fifth-nuclear-test" not in linked((plan, None))


def test_two_events_of_a_kind_in_the_reach_link_neither():
    page = ("Defense Minister Han Min-koo told lawmakers that North Korea had carried out a nuclear test, the "
            "fourth so far. It carried out another nuclear test, the fifth, as well.")
    assert not {"fourth-nuclear-test", "fifth-nuclear-test"} & linked((page, None))


def test_a_statement_of_intent_with_no_date_is_no_decision_made():
    # Yoon Suk Yeol and Fumio Kishida were in office together from May 2022 to October 2024; what a
    # statement's kind words ("wanted to normalize", "declared") counts only where a date pins it.
    for page in ("President Yoon Suk Yeol told Prime Minister Fumio Kishida that he wanted to fully normalize the "
                 "GSOMIA, an official said.",
                 "President Yoon Suk Yeol and Prime Minister Fumio Kishida met in Tokyo. The GSOMIA is being "
                 "normalized, officials said.",
                 "President Yoon Suk Yeol said at the summit with Prime Minister Fumio Kishida that he had declared "
                 "the full normalization of the GSOMIA."):
        assert "normalization-2023" not in linked((page, None))


def test_an_event_before_the_window_told_with_no_date_is_not_linked():
    # Taro Kono was Japan's defence minister from September 2019: the 2016 initialling came before.
    page = "Defense Minister Taro Kono said the two sides agreed the pact still mattered to both."
    assert "tentative-agreement" not in linked((page, None))


def test_a_sentence_with_a_date_of_its_own_is_left_to_the_rules_of_dates():
    # a weekday alone dates nothing (round 25), holders named or not
    # (round 41: the test's own weekday, Friday, dates it; another weekday still dates nothing)
    page = "Prime Minister Shinzo Abe said North Korea carried out a nuclear test on Thursday, the fifth so far."
    assert "fifth-nuclear-test" not in linked((page, None))


def test_a_word_alone_that_is_no_past_form_tells_of_nothing_done():
    page = ("Holding placards and signs against a military accord with Japan, protesters attacked the policies "
            "of President Park Geun-hye.")
    assert "signing" not in linked((page, None))

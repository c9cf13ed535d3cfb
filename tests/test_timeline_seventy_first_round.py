"""Timeline round 71 (issue 14): a page that prints no date and gave no estimate is estimated from the latest listed
event it tells again as done by that event's own name (`once`: "its fifth nuclear test", "conditionally suspended its
decision"), at that event's first day at the earliest (corpus/date_after_reported.py). Beside the positives, the forms
that must not date a page: the event looked ahead to or denied, a still later listed event named however worded, the
event told only in the second half of the page (a later story's background), the pact's bare name, and a printed date
(never moved). Each positive fails on main. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_after_reported import estimate_from_what_it_tells_as_done
from corpus.date_estimate import article_reporting_date
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from tests.test_timeline_eighteenth_round_pages import SPECS, timeline
from tests.hostile_timing import assert_runs_quickly

FIFTH_TEST = ("Pyongyang carried out its fifth nuclear test, the South's military said, the largest blast so far.\n\n"
              "Tokyo said it would weigh sanctions of its own against the North.")
SUSPENDED = "政府は日本に対するGSOMIA終了通告の効力を停止した。\n\n日本政府はこれを評価した。"
# no verb: round 64's rule leaves it, the page's estimate dates its "this year"
TWO_TESTS = "\n\nBesides the two nuclear tests this year, the North has fired many missiles."


def estimate(text: str, printed: str | None = None) -> str | None:
    """The date of a page, printed or estimated, as ISO."""
    known = {"date": printed, "date_precision": "day", "date_provenance": "given by the test"} if printed else {}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:t71")
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    return published.value.iso() if published else None


def links(text: str) -> dict[str, str | None]:
    """The events an undated page joins, with the date its coverage shows."""
    return {event.id: coverage.article_date for event in timeline((text, None)).events if not event.proposed
            for coverage in event.coverage}


@pytest.mark.parametrize("page, day", [
    (FIFTH_TEST, "2016-09-09"),
    ("北朝鮮は5回目の核実験を行った。\n\n日本政府は抗議した。", "2016-09-09"),
    ("북한이 5차 핵실험을 강행했다고 군 당국이 밝혔다.\n\n정부는 긴급 회의를 열었다.", "2016-09-09"),
    (SUSPENDED, "2019-11-22"),
], ids=["en", "ja", "ko", "suspension"])
def test_an_undated_page_is_estimated_from_an_event_it_tells_as_done(page: str, day: str):
    assert estimate(page) == day


def test_the_estimate_lets_a_page_join_what_it_reports_of_that_year():
    assert "north-korea-tests-2016" in links(FIFTH_TEST + TWO_TESTS)


@pytest.mark.parametrize("page", [
    "North Korea may carry out its fifth nuclear test soon, officials warned.\n\nTokyo said it was watching.",
    "North Korea will conduct its fifth nuclear test, a defector said.\n\nTokyo said it was watching.",
    "政府は日本に対するGSOMIA終了通告の効力を停止する方針だ。\n\n日本政府は注視している。",
], ids=["may", "will", "ja-suspension-planned"])
def test_an_event_looked_ahead_to_dates_no_page(page: str):
    assert estimate(page) is None


def test_a_later_event_named_however_worded_leaves_the_page_undated():
    page = ("The North carried out its fourth nuclear test, the first of the year.\n\n"
            "Seoul is bracing for a fifth nuclear test.")
    assert estimate(page) is None


def test_an_event_told_only_late_on_the_page_dates_nothing():
    page = ("The North fired a new missile from a submarine, officials said.\n\nIt flew some 500 km.\n\n"
            "Analysts said it could one day carry a warhead.\n\nA year before, the North carried out its fifth "
            "nuclear test.")
    assert estimate(page) is None


@pytest.mark.parametrize("page", [
    "Two years after Pyongyang carried out its fifth nuclear test, talks remain frozen.\n\nTokyo said it was watching.",
    "6일은 북한이 5차 핵실험을 강행한 지 꼭 1년 되는 날이다.\n\n정부는 긴급 회의를 열었다.",
    "北朝鮮が5回目の核実験を行ってから3年が経った。\n\n日本政府は警戒を続けている。",
], ids=["en-years-after", "ko-anniversary", "ja-years-since"])
def test_an_event_told_with_years_counted_since_dates_no_page(page: str):
    assert estimate(page) is None


def test_the_pacts_bare_name_dates_no_page():
    assert estimate("The two countries signed the GSOMIA, officials said.\n\nThe deal drew protests.") is None


def test_a_printed_date_is_never_moved():
    assert estimate(FIFTH_TEST, "2016-09-10") == "2016-09-10"


@pytest.mark.parametrize("hostile", [" " * 50_000, "fifth " * 20_000, "5차 " * 20_000, "test. " * 20_000],
                         ids=["spaces", "words", "korean", "sentences"])
def test_hostile_pages_stay_quick(hostile: str):
    article = article_from_raw(f"Story\n\n{hostile}\n", {}, "test:t71")
    happenings, mentions = find_happenings(article.clean_text), dated_mentions(article)

    def read() -> None:
        assert estimate_from_what_it_tells_as_done(article, mentions, happenings, SPECS) is None
    assert_runs_quickly(read)

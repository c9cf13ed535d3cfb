"""Timeline round 68 (issue 14): an estimated date never falls before what its page tells again, by its own name, as
already happened (corpus/date_after_reported.py). A page that prints no date, estimated from a listed event it dates
("Seoul had announced on Aug. 22 that it would end the pact"), that also tells a later listed event as done by the
name that event's `once` gives it ("conditionally suspended its decision", "통보의 효력을 정지했다") appeared on
that later event's day at the earliest, and joins it. Beside the positives, the forms that must not move the
estimate: the later event looked ahead to or denied, a verb alone ("have initialed"), the pact's bare name ("signed
the GSOMIA", under an estimate of 2012), and an older event retold (an estimate only moves forward). Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import article_reporting_date
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from tests.test_timeline_eighteenth_round_pages import SPECS, timeline

ANNOUNCED = "\n\nSeoul had announced on Aug. 22 that it would end the pact."
SUSPENDED_EN = "The government conditionally suspended its decision to end the intelligence pact (GSOMIA)." + ANNOUNCED
SUSPENDED_KO = "청와대는 지난 8월 22일 지소미아 종료 결정을 발표한 바 있다.\n\n정부는 일본에 보낸 지소미아 종료 통보의 효력을 정지했다."


def estimate(text: str) -> str | None:
    """The estimated date of a page that prints none, as ISO."""
    article = article_from_raw(f"Story\n\n{text}\n", {}, "test:t68")
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    return published.value.iso() if published else None


def links(text: str) -> dict[str, str | None]:
    """The events an undated page joins, with the date its coverage shows."""
    return {event.id: coverage.article_date for event in timeline((text, None)).events if not event.proposed
            for coverage in event.coverage}


@pytest.mark.parametrize("page", [SUSPENDED_EN, SUSPENDED_KO], ids=["en", "ko"])
def test_an_estimate_moves_to_a_later_event_told_again_as_done(page: str):
    assert estimate(page) == "2019-11-22"
    assert links(page)["termination-suspended-2019"] == "2019-11-22"


@pytest.mark.parametrize("page", [
    SUSPENDED_EN.replace("conditionally suspended", "will conditionally suspend"),
    SUSPENDED_EN.replace("conditionally suspended", "has not conditionally suspended"),
    "정부는 2019년 8월 22일 지소미아 종료를 결정했다.\n\n정부가 종료 통보의 효력을 정지할 가능성도 있다.",
    "The government will freeze its decision to end the intelligence pact (GSOMIA)." + ANNOUNCED,
], ids=["en-will", "en-not", "ko-possible", "en-freeze-will"])
def test_a_later_event_looked_ahead_to_or_denied_leaves_the_estimate(page: str):
    assert estimate(page) == "2019-08-22"
    assert "termination-suspended-2019" not in links(page)


REOPENED = "Seoul said on Oct. 27 that it would reopen negotiations with Tokyo on the pact after a four-year gap."


@pytest.mark.parametrize("page, estimated, event", [
    # a verb alone names no event of its own: the initialling of 2016 or a step of any year
    ("The two countries have initialed the military intelligence pact (GSOMIA) in Tokyo.\n\n" + REOPENED,
     "2016-10-27", "tentative-agreement"),
    # the pact's bare name: "signed the GSOMIA" under an estimate of 2012 is no signing of 2016
    ("Seoul pulled out of signing the GSOMIA on June 29, an hour before the ceremony.\n\n"
     "The two countries signed the GSOMIA, officials said.", "2012-06-29", "signing"),
], ids=["verb-alone", "bare-name"])
def test_a_verb_alone_or_the_pacts_name_leaves_the_estimate(page: str, estimated: str, event: str):
    assert estimate(page) == estimated
    assert event not in links(page)


def test_an_older_event_retold_never_drags_an_estimate_back():
    retold = SUSPENDED_EN + "\n\nThe two sides had come close to concluding it in 2012, but the deal collapsed."
    assert estimate(retold) == "2019-11-22"
    assert links(retold)["termination-suspended-2019"] == "2019-11-22"

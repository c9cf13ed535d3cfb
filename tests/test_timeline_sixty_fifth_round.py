"""Timeline round 65 (issue 14): an event worded as already done ("이미 가서명을 마친 협정은", "双方此前已草签协定",
"had already initialled") is reported by a page of a printed day up to two weeks after it, beyond the week a report
may lag (corpus/told_as_already_done.py); and the defense ministers' talks of 2011 are named in Korean
("국방장관 회담에서", corpus/events.json). Each pair: a page that reports the event, and beside it one that does not.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

NEWS = "The cabinet passed the pact on Tuesday.\n\n"

# (the event, a page that reports it and its date, a page beside it that does not and its date)
PAIRS = [
    # told as already done, eight days after the initialling (not without "already": the week is past)
    ("tentative-agreement",
     NEWS + "이미 가서명을 마친 협정은 양국 대표가 서명하면 바로 효력을 갖는다.", "2016-11-22",
     NEWS + "가서명을 마친 협정은 양국 대표가 서명하면 바로 효력을 갖는다.", "2016-11-22"),
    # ... in Chinese (not 已 alone, which only marks the verb as done)
    ("tentative-agreement",
     NEWS + "由于双方此前已草签协定,正式签字后,协定随即生效。", "2016-11-22",
     NEWS + "由于双方已草签协定,正式签字后,协定随即生效。", "2016-11-22"),
    # ... in English (not "already" in another clause)
    ("tentative-agreement",
     NEWS + "The two sides had already initialled the text of the pact, officials said.", "2016-11-22",
     NEWS + "The two sides met already, and they initialled the text of the pact, officials said.", "2016-11-22"),
    # ... within two weeks (not three weeks after)
    ("tentative-agreement",
     NEWS + "The two sides had already initialled the text of the pact, officials said.", "2016-11-25",
     NEWS + "The two sides had already initialled the text of the pact, officials said.", "2016-12-05"),
]


@pytest.mark.parametrize("place", range(len(PAIRS)), ids=lambda place: f"pair-{place + 1}")
def test_an_event_told_as_already_done_is_reported_within_two_weeks(place: int):
    event, told, told_on, untold, untold_on = PAIRS[place]
    assert event in linked((told, told_on)), told
    assert event not in linked((untold, untold_on)), untold


def test_a_page_that_prints_no_date_is_not_dated_by_already():
    page = "The two sides had already initialled the text of the pact, officials said."
    assert "tentative-agreement" not in linked((page, None))



def test_the_korean_name_of_the_defense_ministers_talks():
    # "국방장관 회담" with its particle names the talks of January 2011 (corpus/events.json), dated by its own date
    told = "두 나라는 지난해 1월 국방장관 회담에서 정보보호협정 체결에 합의했다."
    assert "talks-agreed-2011" in linked((told, "2012-06-20"))
    # (not talks of another year, nor a page that prints no date with none in the passage)
    assert "talks-agreed-2011" not in linked(("두 나라는 2009년 4월 국방장관 회담에서 교류 의정서에 서명했다.", "2012-06-20"))
    assert "talks-agreed-2011" not in linked(("두 나라는 국방장관 회담에서 정보보호협정 체결에 합의했다.", None))

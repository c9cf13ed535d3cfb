"""Timeline round 23, from the misses of holdout25's halves: "the signing was pulled", "the end of
the pact was announced", "决定推迟签署" (corpus/happening_words*.py); a numbered day of a month
event's month in the sentence that words it dates an undated page (corpus/date_month_event.py); a
lede's yearless date of saying dates a page as a dateline does (corpus/date_datelines.py); "it"
after a wording stands for the pact named just before the paragraph (corpus/named_before.py).
Sentences and pages written for the purpose, positive and negative."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.test_timeline_twentieth_round import _estimate


@pytest.mark.parametrize(("text", "kind"), [
    ("After the signing was pulled on June 29, the prime minister apologized.", "collapse"),
    ("The pact with Tokyo was abruptly pulled an hour before the ceremony.", "collapse"),
    ("The minister spoke soon after the end of GSOMIA was announced.", "terminate"),
    ("Hours after the termination of the intelligence pact had been announced, Tokyo protested.", "terminate"),
    ("執政黨提議先向國會說明，政府隨即決定推遲簽署。", "collapse"),
    ("执政党要求说明后，政府决定暂缓签署该协定。", "collapse"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("The signing was pulled forward to Tuesday.", "collapse"),
    ("The advert was pulled after complaints.", "collapse"),
    ("The end of the talks was announced on Friday.", "terminate"),
    ("The end of GSOMIA was feared by Washington.", "terminate"),
    ("政府將決定推遲簽署。", "collapse"),
])
def test_wordings_that_are_not_of_done(text, kind):
    assert not reported(text, kind)


def test_a_numbered_day_of_a_month_events_month_dates_an_undated_page():
    page = ("한·미·일 3국이 북한 정보를 미국을 거쳐 나누게 됐다.\n\n"
            "국방부는 한·미·일 정보공유 약정이 체결돼 효력이 발생했다고 29일 발표했다.")
    assert _estimate(page, "trilateral-arrangement-2014") == "2014-12-29"
    weekday = ("한·미·일 3국이 북한 정보를 미국을 거쳐 나누게 됐다.\n\n"
               "Officials said Friday the trilateral intelligence-sharing arrangement took effect.")
    assert _estimate(weekday, "trilateral-arrangement-2014") is None  # a weekday may be of any week
    apart = ("국방부는 29일 브리핑을 열었다.\n\n한·미·일 정보공유 약정이 체결돼 효력이 발생했다.")
    assert _estimate(apart, "trilateral-arrangement-2014") is None  # the day is another sentence's
    another = ("한·미·일 3국이 북한 정보를 미국을 거쳐 나누게 됐다.\n\n"
               "국방부는 호주와의 정보보호협정이 체결됐다고 29일 밝혔다.")
    assert _estimate(another, "trilateral-arrangement-2014") is None  # its sentence words another pact


def test_a_ledes_yearless_date_of_saying_dates_the_page_as_a_dateline():
    page = ("據韓國媒體報道,韓國總統府7月5日表示,負責安全事務的助手當天請辭。\n\n"
            "外交通商部推進簽署該軍事協定,招致批評,政府隨即決定推遲簽署。")
    assert "collapse-2012" in linked((page, None))
    later = ("據韓國媒體報道,韓國總統府9月5日表示,負責安全事務的助手當天請辭。\n\n"
             "外交通商部推進簽署該軍事協定,招致批評,政府隨即決定推遲簽署。")
    assert "collapse-2012" not in linked((later, None))  # two months after: no dateline of its week
    inside = ("負責安全事務的助手請辭。總統府7月5日表示接受。\n\n"
              "外交通商部推進簽署該軍事協定,招致批評,政府隨即決定推遲簽署。")
    assert "collapse-2012" not in linked((inside, None))  # not the lede's
    meeting = ("韓國總統府7月5日召開會議,負責安全事務的助手請辭。\n\n"
               "外交通商部推進簽署該軍事協定,招致批評,政府隨即決定推遲簽署。")
    assert "collapse-2012" not in linked((meeting, None))  # a meeting's day, not the day of a saying


def test_it_after_a_wording_stands_for_the_pact_named_just_before():
    page = ("The treaty had let the two countries swap information on North Korea.\n\n"
            "The two governments signed it in 2016 to share satellite data.")
    assert "signing" in linked((page, "2019-08-23"))
    off = ("The treaty had let the two countries swap information on North Korea.\n\n"
           "The two governments signed it off in 2016.")
    assert "signing" not in linked((off, "2019-08-23"))
    other = ("The treaty had let the two countries swap information on North Korea.\n\n"
             "The ministry said the text was ready, and the two governments signed it in 2016.")
    assert "signing" not in linked((other, "2019-08-23"))  # "it" may be the text's
    memo = ("The treaty had let the two countries swap information on North Korea.\n\n"
            "Officials drafted the memo, and the two governments signed it in 2016.")
    assert "signing" not in linked((memo, "2019-08-23"))  # or the memo's, its noun before a comma
    unnamed = ("Ties had been improving for years.\n\n"
               "The two governments signed it in 2016 to share satellite data.")
    assert "signing" not in linked((unnamed, "2019-08-23"))


# From the even half, after its unread measure.

def test_a_past_after_before_happened():
    assert reported("Before they signed the pact in 2016, the two had passed intelligence through Washington.", "sign")
    assert reported("Before it was signed, the pact drew protests.", "sign")
    assert not reported("Before they sign the pact, the two must agree on its text.", "sign")
    assert not reported("Before it is signed, the pact needs the cabinet's approval.", "sign")


def test_the_pact_ending_once_decided():
    assert reported("The ministry said it would keep its posture even though the intelligence deal is ending.",
                    "terminate")
    assert not reported("The meeting is ending without a deal.", "terminate")
    assert not reported("There is no sign the deal is ending soon.", "terminate")
    assert not reported("The intelligence deal is ending in November.", "terminate")  # when, not that it will


def test_the_three_way_arrangement_through_the_united_states():
    page = ("Officials said the three countries had begun to pass intelligence through the United States under "
            "a trilateral arrangement signed in December 2014.")
    assert "trilateral-arrangement-2014" in linked((page, "2015-01-05"))
    assert "trilateral-arrangement-2014" not in linked(("Officials said the three countries will pass intelligence "
                                                        "through the United States.", "2015-01-05"))


def test_a_year_before_an_acronym_qualifies_the_name():
    page = ("South Korea changed its mind about the 2016 ROK-Japan GSOMIA: the Blue House agreed to suspend "
            "the pact's expiration, keeping the mechanism in place.")
    assert "termination-suspended-2019" in linked((page, None))
    told = ("South Korea changed its mind about the GSOMIA in 2016: the Blue House agreed to suspend "
            "the pact's expiration, keeping the mechanism in place.")
    assert "termination-suspended-2019" not in linked((told, None))  # a year of its own, not 2019

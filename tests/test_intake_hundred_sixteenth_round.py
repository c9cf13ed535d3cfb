"""Issue 13's hundred-and-sixteenth intake round, on texts of our own: a Korean site's list of its own channels on
social media closing the page, its name before each platform ("YTN 유튜브", "YTN 페이스북"; `own_accounts`), the
Korean form of "Follow X on Twitter", read when no other credit names the page.

The positives failed before the round; the negatives are what the reader must not take: a source the story quotes,
a picture's credit, one link in a list of other sites' pages, the same platform twice, two outlets' lists, an unlisted
name or a common word, a sentence, and a hosting site's list under a wire's credit."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.own_accounts import own_channel_list_credit
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

KO_STORY = ("하천 제방 보강 공사 시작\n\n시는 14일 하천 제방을 보강하는 공사를 시작했다고 밝혔으며 공사는 내년 3월까지 이어질 "
            "예정이다.\n\n주민 설명회는 다음 주에 열린다.\n\n{}\n")
CHANNELS = "{0} 유튜브\n구독 4,760,000\n{0} 네이버채널\n구독 5,662,476\n{0} 페이스북\n구독 703,845"


def _outlet(raw: str) -> str | None:
    return described(raw)["outlet"]


def test_a_korean_site_s_list_of_its_channels_names_it():
    assert _outlet(KO_STORY.format(CHANNELS.format("YTN"))) == "YTN"
    told = KO_STORY.replace("예정이다.", "예정이라고 미국의 소리, VOA 방송이 전했습니다.")  # a source the story quotes
    assert _outlet(told.format(CHANNELS.format("YTN"))) == "YTN"
    assert own_channel_list_credit(("• KBS 유튜브", "• KBS 인스타그램 계정"), outlets()) == "KBS"


def test_a_wire_s_credit_still_names_a_hosting_site_s_page():
    page = KO_STORY.replace("시는 14일", "(서울=연합뉴스) 김철수 기자 = 시는 14일").format(CHANNELS.format("SBS 뉴스"))
    assert _outlet(page) == "Yonhap"


@pytest.mark.parametrize("lines", [
    ("사진=YTN 유튜브 캡처", "사진=YTN 페이스북 캡처"),  # pictures' credits
    ("YTN 유튜브",),  # one link, as in a list of other sites' pages
    ("YTN 유튜브", "YTN 유튜브"),  # the same platform twice is one link
    ("KBS 유튜브", "KBS 페이스북", "YTN 유튜브", "YTN 페이스북"),  # two outlets' lists
    ("한빛일보 유튜브", "한빛일보 페이스북"),  # unlisted
    ("Time 유튜브", "Time 페이스북"),  # a listed name that is a common word
    ("시청자들은 YTN 유튜브", "방송을 본 뒤 YTN 페이스북"),  # more words than a name before the platform
    ("YTN은 이날 유튜브", "YTN은 이날 페이스북"),  # a sentence's subject, not a name alone
])
def test_what_is_no_list_of_one_outlet_s_channels_names_none(lines):
    assert own_channel_list_credit(lines, outlets()) is None


def test_hostile_texts_read_quickly():
    for text in ("YTN " * 25_000 + "유튜브", "가" * 100_000 + " 유튜브", "a-" * 50_000, "YTN" + " a" * 50_000 + " 유튜브"):
        assert_runs_quickly(lambda: own_channel_list_credit((text,), outlets()), what=text[:20])
    for line in ("YTN 유튜브", "가 " * 28 + "유튜브", "a" * 19 + " " + "b" * 12 + " 네이버 채널"):  # ~100 KB of short lines
        many = (line,) * (100_000 // len(line))
        assert_runs_quickly(lambda: own_channel_list_credit(many, outlets()), what=line[:20])

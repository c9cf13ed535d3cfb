"""Issue 13's thirty-fifth intake round, on texts of our own: the unknowns of the odd halves of
`holdout50` and `holdout51` (those halves gave no wrong answer). A positive failed before the
round; a negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Rescue teams searched the flooded valley for a third day on Thursday as the county said the "
            "number of people known to have died had risen again, officials said.\n")
JA_STORY = ("県は14日、川の堤防の補強工事を始めた。工事は来年3月までに終える予定で、住民の避難計画も"
            "見直すという。\n")
KO_STORY = ("시는 25일 강변 제방 보강 공사를 시작했다고 밝혔다. 공사는 내년 3월까지 마칠 예정이며 "
            "주민 대피 계획도 다시 짠다.\n")


def test_a_listed_name_beside_an_address_at_its_own_domain():
    page = "堤防の補強工事始まる\n\n" + JA_STORY * 3 + "{}\n"
    assert outlet_of(page.format("[テレ朝news] https://news.tv-asahi.co.jp")) == "TV Asahi"
    # joined to the last sentence as copied
    assert outlet_of(page.replace("\n{}", " {}").format("[テレ朝news] https://news.tv-asahi.co.jp")) == "TV Asahi"
    # a name beside another outlet's address: no credit from the line
    assert outlet_of(page.format("[テレ朝news] https://www.example-blog.jp")) is None


def test_source_s_as_a_broadcaster_prints_its_wire():
    page = "Valley toll rises\nUpdated 17:48, 02-Aug-2019\n" + EN_STORY * 4 + "{}\n"
    assert outlet_of(page.format("Source(s): AFP")) == "Agence France-Presse"
    # a source that is no listed outlet nor a name
    assert outlet_of(page.format("Source(s): the county")) is None


def test_a_korean_language_wire_dateline_filed_on_a_day():
    page = "제방 보강 공사 시작\n{} " + KO_STORY + KO_STORY
    assert outlet_of(page.format("서울 7월 5일발 신화통신(기자 김철, 리영):")) == "Xinhua"
    assert outlet_of(page.format("【평양 7월 5일발 조선중앙통신】")) == "Korean Central News Agency"
    # a team that is no listed agency
    assert outlet_of(page.format("서울 7월 5일발 특별취재반:")) is None


def test_a_broadcasters_sign_off_ending_a_transcript_copied_as_one_line():
    said = "시가 강변 제방 보강 공사를 시작했습니다 공사는 내년 3월까지 마칠 예정입니다 주민 대피 계획도 다시 짭니다 "
    transcript = "제방 보강 공사 시작\n제방 보강 공사 시작 [앵커] " + said + "[기자] " + said * 4 + "{}\n"
    assert outlet_of(transcript.format("연합뉴스TV 김다인입니다")) == "Yonhap News TV"
    # "이것이 문제입니다" ends the same way and names no one
    assert outlet_of(transcript.format("이것이 가장 큰 문제입니다")) is None

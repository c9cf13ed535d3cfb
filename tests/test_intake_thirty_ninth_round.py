"""Issue 13's thirty-ninth intake round, on texts of our own: kinds of places a page names its own
outlet in its text, read when no credit names one (`corpus/intake/own_mentions.py`). A positive
failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_metadata_outlets import outlet_of


def test_a_source_speaking_to_the_outlet_in_korean():
    page = "제방 보강 공사 시작\n\n" + KO_STORY * 2 + "한 당국자는 {}와의 통화에서 공사가 늦어졌다고 말했다.\n" + KO_STORY
    assert outlet_of(page.format("데일리NK")) == "Daily NK"
    assert outlet_of(page.format("한빛일보")) is None  # unlisted
    assert outlet_of(page.format("김철수")) is None  # a person, not an outlet


def test_an_inquiry_or_a_reporter_names_no_outlet_since_the_review():
    # read in this round, dropped by the review of session 16: another outlet's inquiry or
    # reporter is quoted in these forms as often as the page's own
    page = "堤防の補強工事始まる\n\n" + JA_STORY * 2 + "住民の男性が{}の取材に当時の様子を語った。\n" + JA_STORY
    assert outlet_of(page.format("週刊ポスト")) is None
    assert outlet_of(page.format("報道陣")) is None  # the press, no outlet
    page = "Valley toll rises\n\n" + EN_STORY * 2 + "The dam gave way at dawn, according to {} reporter Jane Roe.\n" + EN_STORY
    assert outlet_of(page.format("CGTN")) is None
    assert outlet_of(page.format("a local")) is None


def test_a_korean_video_titles_day_and_broadcaster():
    page = "제방 보강 공사 시작 {}\n\n" + KO_STORY * 3
    assert outlet_of(page.format("(2023.05.31/MBC뉴스)")) == "MBC"
    assert outlet_of(page.format("(2023.05.31/12MBC뉴스)")) == "MBC"  # the hour's bulletin before it
    assert outlet_of(page.format("(2023.05.31/현장영상)")) is None

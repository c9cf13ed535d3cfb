"""Issue 13's forty-second intake round, on texts of our own: the even halves of `holdout57` to `holdout59`,
their wrong answers first (a gallery's captions, a screen capture's source, a subheading quoting a wire, a
forum post's link under its signature rule, a Korean portal's name). A positive failed before the round; a
negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_intake_thirty_third_round import described
from tests.test_metadata_outlets import outlet_of

GALLERY = ("Valley flood pictures\n\n"
           "A farmer watches the water rise near his field, April 13, 2012. (Reuters)\n\n"
           "Rescuers carry a boat across the bridge in the valley, April 13, 2012. {credit}\n\n"
           "The dam at the head of the valley. (Kim Min-su/Valley Times)\n\n")


def test_a_dated_credit_among_a_gallerys_captions_credits_a_picture():
    closing = "The river broke its banks on Friday and flooded two villages, officials said."
    assert outlet_of(GALLERY.format(credit="(AP)") + closing) is None
    # a wire's story ending on a date keeps its credit: no caption beside it
    story = "Valley flood talks\n\n" + EN_STORY * 3 + "\n\nOfficials said the talks would resume on April 13, 2012. (AP)"
    assert outlet_of(story) == "Associated Press"


def test_a_screen_captures_source_names_no_outlet():
    page = '안보리 추가 제재 추진 "기존 결의 위반"\n\n북한 핵실험\n{}\n\n' + KO_STORY * 3
    assert outlet_of(page.format("출처:/ 연합뉴스TV 캡처")) is None  # the picture is a capture of the channel
    assert outlet_of(page.format("출처: 연합뉴스TV")) == "Yonhap News TV"  # the page's source, as before


def test_a_subheading_quoting_a_wire_after_a_colon_names_no_outlet():
    page = "Valley dam breaks\n\n" + EN_STORY + "\n\n{}\n\n" + EN_STORY * 2
    assert outlet_of(page.format("REUTERS: 296 CAN KAYBI")) is None  # what Reuters counts, as a heading
    assert outlet_of(page.format("HOME NEWS REUTERS WORLD")) == "Reuters"  # a menu's items run together, as before


def test_a_listed_outlets_address_under_a_posts_signature_rule_is_the_source():
    url = "http://www3.nhk.or.jp/news/html/20160909/k10010678081000.html"
    page = "【速報】堤防の補強工事始まる\n\n" + JA_STORY + "\n\n" + JA_STORY + "\n{}\n" + url + "\n"
    assert described(page.format("--"))["outlet"] is None  # the post's link to the story it pastes
    assert described(page.format(""))["outlet"] == "NHK"  # the address alone still names it


def test_the_dong_a_portals_name_and_a_turkish_sites_name():
    page = "싸이 유튜브 1위\n\n" + KO_STORY * 3 + "\n동아닷컴 온라인뉴스팀 기사제보 star@donga.com\n"
    assert outlet_of(page) == "The Dong-A Ilbo"
    assert outlet_of("Fas'ı deprem vurdu\n\nCiddiGazete\n\n" + EN_STORY * 3) == "Ciddi Gazete"

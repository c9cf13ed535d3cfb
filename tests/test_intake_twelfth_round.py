"""The twelfth intake round (issue 13): mechanisms written from `holdout12`'s odd half. Every
text here is our own; each positive case failed before the round, and the negatives beside them
say what must stay unread (a place before a colon, a wire's label in brackets, a reporter's
handle, a section's "Also in", a country in a bracketed dateline). The tests after "Written from
the even half" came after that half was measured blind."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.datelines import find_dateline, read_dateline
from corpus.intake.lead_credits import handle_credit, lead_credit, own_widget_credit, slashed_title_credit
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_lines import courtesy_credit, promotion_credit
from corpus.intake.site_widgets import is_site_widget
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

STORY = ("The two governments agreed on Tuesday to sign the pact on military information "
         "within days, officials said after a short meeting in the capital.")
KOREAN_STORY = ("한국과 일본이 23일 서울에서 군사정보보호협정에 정식으로 서명했다고 두 나라 정부가 "
                "밝혔으며 야당은 이에 강하게 항의했다.")


# A listed outlet's name and a colon opening the lead, in any script.

def test_a_listed_outlet_and_a_colon_opening_the_lead_names_it():
    assert outlet_of(f"Pact signed\nXinhua: {STORY}\n{STORY}\n") == "Xinhua"
    assert outlet_of(f"협정 서명\n2016년 11월 24일 14:04\n인민넷 조문판: {KOREAN_STORY}\n") == "People's Daily"


def test_a_place_or_an_unlisted_name_before_a_colon_names_no_one():
    assert outlet_of(f"Pact signed\nSeoul: {STORY}\n{STORY}\n") is None
    assert lead_credit(f"Daily Planet: {STORY}", outlets()) is None
    assert lead_credit("Xinhua: pact signed", outlets()) is None  # a headline's label, no sentence


# A listed outlet in brackets opening the lead with no dash, as syndicators print it.

def test_a_listed_outlet_in_brackets_opening_the_lead_names_it():
    assert outlet_of(f"Pact signed\n(MENAFN) North Korea {STORY}\n{STORY}\n") == "MENAFN"
    assert lead_credit(f"(AFP) South Korea and Japan said {STORY}", outlets()) == "AFP"


def test_a_label_or_an_unlisted_name_in_brackets_names_no_one():
    assert lead_credit(f"(LEAD) South Korea and Japan said {STORY}", outlets()) is None
    assert lead_credit(f"(QWXZ) South Korea and Japan said {STORY}", outlets()) is None
    assert outlet_of(f"Pact signed\n(UPDATED) North Korea {STORY}\n{STORY}\n") is None


# A site's name beside the social handle that spells it, on the byline's line.

def test_a_name_beside_the_handle_that_spells_it_names_the_site():
    line = "Daily Planet News | @dailyplanetnews | 23 Mar 2018, 07:18 am Print"
    assert handle_credit(line, outlets()) == "Daily Planet News"
    assert outlet_of(f"Pact signed\n\n{line}\nSeoul: {STORY}\n{STORY}\n") == "Daily Planet News"


def test_a_reporter_or_another_handle_names_no_one():
    assert handle_credit("Jane Roe | @janeroe | 23 Mar 2018", outlets()) is None  # a person
    assert handle_credit("Daily Planet News | @otherpaper | 23 Mar 2018", outlets()) is None


# A site's own widgets naming it: "Also in X", "X on social media".

def test_a_listed_sites_own_widgets_name_it():
    assert own_widget_credit("Also in The Mainichi", outlets()) == "The Mainichi"
    assert own_widget_credit("The Mainichi on social media", outlets()) == "The Mainichi"
    # under a story long enough that the widgets lie below the header's lines
    assert outlet_of("Quake toll rises\n" + f"{STORY}\n" * 6 + "Also in The Mainichi\nTrending\n") == \
        "The Mainichi"


def test_a_section_or_a_person_on_social_media_names_no_one():
    assert own_widget_credit("Also in Sports", outlets()) is None
    assert own_widget_credit("Trump on social media", outlets()) is None
    assert own_widget_credit("Also in The Mainichi, a survey found that voters", outlets()) is None


# The place and the credit inside one pair of brackets: "(COLOMBO, XYZ) –".

def test_a_place_and_a_credit_in_one_pair_of_brackets_is_a_dateline():
    dateline = read_dateline(f"(COLOMBO, QWERTY) –{STORY}")
    assert (dateline.place, dateline.credit) == ("COLOMBO", "QWERTY")
    assert read_dateline(f"(SEOUL, AFP) - {STORY}").credit == "AFP"
    assert outlet_of(f"Pact signed\n(COLOMBO, LANKAPUVATH) – {STORY}\n{STORY}\n") == "Lankapuvath"


def test_a_country_in_the_brackets_or_a_place_in_ordinary_case_is_none():
    assert read_dateline("(SEOUL, KOREA) – North Korea fired a missile on Tuesday, officials said.") is None
    assert read_dateline(f"(Seoul, Korea) - {STORY}") is None


# A dateline run into the picture's caption above it, as copied.

def test_a_dateline_glued_to_a_captions_picture_credit_is_read():
    caption = "A man walks past a statue in Busan, December 30, 2016. — Reuters pic"
    dateline = find_dateline([f"{caption}TOKYO, Jan 6 — {STORY}"])
    assert (dateline.place, dateline.month, dateline.day) == ("TOKYO", 1, 6)
    assert date_of(f"Envoy recalled\n\n{caption}TOKYO, Jan 6 — {STORY}\n{STORY}\n") == "2017-01-06"
    assert find_dateline([f"Kim speaks in Seoul. (AP Photo) SEOUL, Nov. 2 (AP) — {STORY}"]).credit == "AP"


def test_capitals_after_a_caption_that_are_no_dateline_are_not_read():
    assert find_dateline([f"He took a photo TOKYO, Jan 6 — {STORY}"]) is None  # no caption's end
    assert find_dateline([f"The minister spoke. Photo SEOUL is big. {STORY}"]) is None


# Written from the even half, after it was measured blind.

# North Korea's Juche years: KCNA's closing stamp "(Juche112.11.28.)", "주체112(2023)년 11월 28일".

def test_a_juche_year_dates_the_page():
    assert find_date_line("-0- (Juche112.11.28.)").value == "2023-11-28"
    assert find_date_line("주체112(2023)년 11월 28일").value == "2023-11-28"
    assert date_of(f"Satellite report\n{STORY}\n{STORY}\n-0- (Juche105.11.23.)\n") == "2016-11-23"


def test_juche_as_a_word_is_no_date():
    assert find_date_line("the Juche idea 112 times") is None
    assert date_of(f"Satellite report\n{STORY}\nThe Juche idea guides the party.\n") is None


# A Korean site's copyright boilerplate, its name in Hangul; a site's lower-case compound name.

def test_a_copyright_holder_named_as_outlets_are_names_the_site():
    assert copyright_holder("저작권자 © 한빛뉴스 무단전재 및 재배포 금지", outlets()) == "한빛뉴스"
    assert copyright_holder("Copyright ©The harbornewsjapan. All rights reserved.", outlets()) == \
        "The harbornewsjapan"


def test_a_person_or_a_word_holding_the_copyright_names_no_one():
    assert copyright_holder("저작권자 © 김철수 무단전재 및 재배포 금지", outlets()) is None
    assert copyright_holder("ⓒ 한빛뉴스, 무단전재 및 재배포 금지", outlets()) is None  # no holder's label
    assert copyright_holder("Copyright ©The author. All rights reserved.", outlets()) is None
    assert copyright_holder("© The newsletter team. All rights reserved.", outlets()) is None


# A site's app offered as Korean and Japanese sites offer it; "This material belongs to: X".

def test_a_listed_sites_app_or_its_material_names_it():
    assert promotion_credit("MBN APP 다운로드", outlets()) == "MBN"
    assert promotion_credit("Reuters アプリをダウンロード", outlets()) == "Reuters"
    assert courtesy_credit("This material belongs to: The Korea Times.", outlets()) == "The Korea Times"
    assert outlet_of(f"Warrant issued\n\nThis material belongs to: The Korea Times.\n{STORY}\n{STORY}\n") == \
        "The Korea Times"


def test_an_app_or_material_of_no_listed_outlet_names_no_one():
    assert promotion_credit("앱 다운로드", outlets()) is None
    assert promotion_credit("Harbor TV APP 다운로드", outlets()) is None
    assert courtesy_credit("This material belongs to: Jane Roe.", outlets()) is None


# A video's title ending in its channel after a slash, on the title line only.

def test_a_listed_channel_closing_the_title_after_a_slash_names_it():
    assert slashed_title_credit("한·일 군사정보협정 서명 / YTN (Yes! Top News)", outlets()) == "YTN"
    assert outlet_of(f"Pact signed in Seoul / YTN\n\n{STORY}\n{STORY}\n") == "YTN"


def test_a_slash_elsewhere_names_no_one():
    assert slashed_title_credit("Seoul / Tokyo talks resume", outlets()) is None
    assert slashed_title_credit("A man waves a flag in Seoul on Nov. 23, 2016. Jane Roe / Reuters",
                                outlets()) is None  # a picture's caption and credit
    assert outlet_of(f"Pact signed\n\n{STORY}\n{STORY}\nA man waves a flag in Seoul. Jane Roe / Reuters\n") is None


# Furniture (`site_widgets`), from both halves: widgets named by what they do, in any language.

def test_widgets_of_korean_chinese_japanese_and_any_sites_are_furniture():
    for line in ("김민수기자", "한빛닷컴 김민수 인턴기자 kim@example.com 기자의 다른기사 더보기",
                 "Harbor TV APP 다운로드", "사진|한빛일보 DB", "(原标题:韩日签署协定)", "标签:",
                 "港湾在线官方微信", "返回顶端", "注目キーワード", "ホーム ページのトップへ", "関連",
                 "Please view the main text area of the page by skipping the main menu.",
                 "Also in The Harbor Daily", "The Harbor Daily on social media",
                 "Enjoying this article? Click here to subscribe for full access.",
                 "Credit: Navy photo by Jane Roe", "Kim Image: Jane Roe/Wikipedia",
                 "Read Complete Story", "協定の延長が見込まれる=(ハーバーTV)",
                 "A tanker hit the bridge, cutting the airport off. (Jane Roe/Harbor News via AP)"):
        assert is_site_widget(line), line


def test_sentences_near_those_widgets_stay_text():
    for line in ("김민수 기자는 22일 서울에서 협정이 서명됐다고 전했다.",
                 "The minister said the app would be ready for download next year.",
                 "Also in Seoul, officials met to discuss the pact on Tuesday.",
                 "Credit rating agencies said the talks would not change their view.",
                 "협정 연장 문제=정부는 22일 결정을 내렸다고 밝혔다.",
                 "The talks went on (officials said) via video link."):
        assert not is_site_widget(line), line

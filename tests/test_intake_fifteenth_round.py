"""Issue 13's fifteenth intake round, on texts of our own: first what the odd halves of
`holdout17` and `holdout18` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.east_asian_credits import east_asian_credit
from corpus.intake.furniture import is_caption, is_korean_caption
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.site_signatures import about_box
from corpus.intake.site_widgets import is_site_widget
from corpus.intake.source_notes import homepage_credit
from tests.test_intake_fourteenth_round import JA_STORY, STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

KO_STORY = "국방부는 14일 한일 군사정보보호협정 협정문에 가서명했다고 밝혔다. 국회는 이날 회의를 열었다." * 2


# A wire's name alone under a Korean caption credits the picture; the copyright line names the paper.

def test_a_wire_under_a_korean_caption_credits_the_picture():
    caption = "국방부가 14일 협정문에 가서명한 가운데 국회 국방위원회 회의가 정회돼 있다."
    page = f"국방부, 협정 가서명\n\n{caption}\n\n연합뉴스\n\n{KO_STORY}\n\n[저작권자 ⓒ디지털타임스 무단 전재-재배포 금지]\n"
    assert outlet_of(page) == "Digital Times"
    assert is_korean_caption(caption)
    assert is_korean_caption("문재인 대통령이 23일 청와대에서 회의를 주재하고 있다.")
    # a story's sentence says what happened; without a caption above it, the wire is the outlet
    assert not is_korean_caption("국방부는 14일 협정문에 가서명했다.")
    assert not is_korean_caption("논란이 계속되고 있다.")  # no day: a story's sentence too
    assert outlet_of(page.replace(caption + "\n\n", "")) == "Yonhap"


# A Japanese site's dateline in lenticular brackets: a place glued to a listed wire.

def test_a_place_glued_to_a_listed_wire_in_brackets():
    assert east_asian_credit(f"【ソウル聯合ニュース】{JA_STORY}", outlets()) == "聯合ニュース"
    assert east_asian_credit(f"【北京新華社】{JA_STORY}", outlets()) == "新華社"
    assert east_asian_credit(f"【ソウル共同】{JA_STORY}", outlets()) == "共同通信"
    assert east_asian_credit(f"【社説】{JA_STORY}", outlets()) is None  # a label, no place
    assert east_asian_credit(f"【ソウル山田商店】{JA_STORY}", outlets()) is None  # unlisted
    assert east_asian_credit(f"【速報ニュース】{JA_STORY}", outlets()) is None


# "Copyright 2016(C)YONHAPNEWS": the sign after the year.

def test_a_copyright_sign_after_the_year():
    assert copyright_holder("Copyright 2016(C)YONHAPNEWS. All rights reserved. 0", outlets()) == "YONHAPNEWS"
    assert copyright_holder("Copyright 2019 (c) Harbor Gazette. All rights reserved.", outlets()) == "Harbor Gazette"
    assert copyright_holder("Copyright 2016(C)Jane Roe", outlets()) is None
    assert copyright_holder("Copyright (c) 2016 Yonhap", outlets()) == "Yonhap"


# "ⓒ 中央日報/中央日報日本語版2016.11.24 07:49": a paper and its edition, then the story's date.

def test_a_paper_and_its_edition_sharing_a_dated_copyright_line():
    page = f"協定に署名\nⓒ 中央日報/中央日報日本語版2016.11.24 07:49\n{JA_STORY}\n{JA_STORY}\n"
    assert outlet_of(page) == "Korea JoongAng Daily"
    assert date_of(page) == "2016-11-24"
    # two outlets sharing the line name neither
    assert outlet_of(page.replace("中央日報/中央日報日本語版", "AFP/中央日報")) is None


# The site's box about itself after the story: its name, then a paragraph opening with it.

def test_the_sites_box_about_itself():
    about = ("The Voice of America provides news and information in more than 40 languages to an "
             "audience of millions every week.")
    assert about_box(("• 16x9 Image", "VOA News", about, "XS"), outlets()) == "VOA News"
    page = f"Pact signed\n\n{STORY}\n\n{STORY}\n\n  • 16x9 Image\n\n    VOA News\n\n    {about}\n\nXS\nSM\n"
    assert outlet_of(page) == "Voice of America"
    # a headline under the name, or another outlet's paragraph, is no box
    assert about_box(("VOA News", "Voice of America reporters visit Seoul"), outlets()) is None
    assert about_box(("VOA News", "Reuters " + about[21:]), outlets()) is None
    assert is_site_widget("XS") and is_site_widget("LG") and not is_site_widget("LG Electronics")


# A byline's item with its writer left out and its time: ", The Asahi Shimbun , 1:00 p.m.".

def test_a_listed_outlet_with_its_time_among_the_headers_items():
    assert header_credit("• , The Asahi Shimbun , 1:00 p.m.", outlets()) == "The Asahi Shimbun"
    assert header_credit("The Asahi Shimbun reported at 1:00 p.m.", outlets()) is None
    assert header_credit("Asahi Shimbun and Reuters , 1:00 p.m.", outlets()) is None
    page = f"print PRINT\n\nEditorial: Seoul would be unwise to throw away a pact that serves it well\n\n  • November 16, 2019\n  • , The Asahi Shimbun , 1:00 p.m.\n  • English Press\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) == "The Asahi Shimbun"


# A government site's notice sending readers to its webmaster; its banner is furniture.

def test_a_sites_webmaster_names_it():
    note = "Some of the information may be outdated. Please contact the DOD Webmaster with any questions."
    assert homepage_credit(note, outlets()) == "DOD"
    assert homepage_credit("Please contact the Harbor Webmaster with any questions.", outlets()) is None
    assert homepage_credit("He said the DOD webpage was down.", outlets()) is None
    assert is_site_widget("An official website of the United States government")
    assert is_site_widget("Secure .gov websites use HTTPS")
    assert not is_site_widget("The ministry moved its .gov website to a new server last week.")


# Widgets seen around the stories: pointers, reactions, counts, captions' credits.

def test_widgets_of_the_odd_halves():
    for line in ("Read the rest of the story: Seoul and Tokyo put off their accord.", "기사 추천",
                 "おすすめのコンテンツ", "0 Response to \"Seoul lets the pact lapse\"", "by",
                 "About Sponsored ContentThis content was commissioned by a bureau.",
                 "Photo By: Army Spc. Jane Roe", "National flags. [File Photo: IC]",
                 "증권 많이 본 뉴스", "07.06 20:18 더보기 >"):
        assert is_site_widget(line), line
    for line in ("The rest of the story is told by the minister.", "기사를 추천했다고 밝혔다.",
                 "주요 뉴스를 전했다", "by the sea", "0 responses came from the ministry."):
        assert not is_site_widget(line), line


def test_a_dated_caption_credited_through_a_pool():
    caption = "The two leaders attend a ceremony in Tokyo, Japan, 16 March 2023. JANE ROE/Pool via REUTERS"
    assert is_caption(caption)
    assert not is_caption("The two leaders met in Tokyo on 16 March 2023. They agreed via video to meet again")

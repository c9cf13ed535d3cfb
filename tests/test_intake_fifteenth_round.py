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
from corpus.intake.source_notes import addressed_source_credit, homepage_credit
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

ODD_HALVES_WIDGETS = (("Read the rest of the story: Seoul and Tokyo put off their accord.", "기사 추천",
                       "おすすめのコンテンツ", "0 Response to \"Seoul lets the pact lapse\"", "by",
                       "About Sponsored ContentThis content was commissioned by a bureau.",
                       "Photo By: Army Spc. Jane Roe", "National flags. [File Photo: IC]",
                       "증권 많이 본 뉴스", "07.06 20:18 더보기 >", "About", "VIRIN: 190227-A-XY123-440Y",
                       "많이 조회된 뉴스입니다.", "You have accessed part of a historical collection on the site."),
                      ("The rest of the story is told by the minister.", "기사를 추천했다고 밝혔다.",
                       "주요 뉴스를 전했다", "by the sea", "0 responses came from the ministry.",
                       "About 300 people gathered.", "지난 2시간 동안 시위가 이어졌다."))


def test_widgets_of_the_odd_halves():
    _assert_widgets(*ODD_HALVES_WIDGETS)


def test_a_dated_caption_credited_through_a_pool():
    caption = "The two leaders attend a ceremony in Tokyo, Japan, 16 March 2023. JANE ROE/Pool via REUTERS"
    assert is_caption(caption)
    assert not is_caption("The two leaders met in Tokyo on 16 March 2023. They agreed via video to meet again")


# Written from the even halves, after they were measured blind.

KO_LEAD = "청와대가 22일 오후 6시 협정의 종료 여부에 대한 최종 결정을 발표한다. 브리핑은 국가안보실 1차장이 맡는다." * 2


def test_an_abbreviation_beside_the_words_it_spells_is_no_listed_outlet():
    page = f"DN - Defence Notes\n\nTokyo and Seoul agree to pool intelligence\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) is None  # not Dagens Nyheter's "DN"
    assert header_credit("DN - Defence Notes", outlets()) is None
    assert header_credit("DN - Dagens Nyheter", outlets()) == "Dagens Nyheter"
    assert header_credit("Home | DN | Sport", outlets()) == "DN"
    assert header_credit("AP - Associated Press", outlets()) == "Associated Press"


def test_a_korean_captions_copyright_sign_credits_the_picture():
    page = (f"청와대, 오후 6시 발표 예정\n\n문재인 대통령\n문재인 대통령 ⓒ뉴스1\n\n{KO_LEAD}\n\n"
            f"저작권자 © 허프포스트코리아 무단전재 및 재배포 금지\n이 기사를 공유합니다\n")
    assert outlet_of(page) == "HuffPost Korea"
    assert copyright_holder("문재인 대통령 ⓒ뉴스1", outlets()) is None
    assert copyright_holder("ⓒ 뉴스1", outlets()) == "뉴스1"
    assert copyright_holder("저작권자 ⓒ 뉴스1 무단전재", outlets()) == "뉴스1"
    assert copyright_holder("Copyright © 2019 뉴스1", outlets()) == "뉴스1"


def test_a_date_then_its_time_then_the_byline():
    page = f"From\nSend to\n\nPark and Abe push for a faster deal\n\nNov. 2, 2015 - 13:09 By Korea Herald\n\n{STORY}\n\n{STORY}\n"
    assert outlet_of(page) == "The Korea Herald"
    assert date_of(page) == "2015-11-02"
    assert outlet_of(page.replace("By Korea Herald", "By Jane Roe")) is None


def test_a_source_line_naming_a_site_and_its_address():
    assert addressed_source_credit("来源:倍可亲(backchina.com)", outlets()) == "倍可亲"
    assert addressed_source_credit("Source: Harbor Gazette (harborgazette.com)", outlets()) == "Harbor Gazette"
    assert addressed_source_credit("来源:新华网(xinhuanet.com)", outlets()) == "Xinhua"
    assert addressed_source_credit("Source: Agencies (x.com)", outlets()) is None
    assert addressed_source_credit("Source: Ministry of Defense (mnd.go.kr)", outlets()) is None
    assert addressed_source_credit("Jane Roe (janeroe.com)", outlets()) is None  # no source label


def test_a_korean_reporters_credit_with_a_letter_for_a_bar():
    assert east_asian_credit(f"[더팩트ㅣ조채원 기자] {KO_LEAD}", outlets()) == "더팩트"
    assert east_asian_credit(f"[더팩트|조채원 기자] {KO_LEAD}", outlets()) == "더팩트"
    assert east_asian_credit(f"[사진ㅣ조채원 기자] {KO_LEAD}", outlets()) is None


def test_a_broadcasters_sign_off_ending_an_unpunctuated_transcript():
    said = " ".join(["the minister said the two countries would keep talking about the pact"] * 6)
    page = f"US voices disappointment at Seoul\n\n{said} will end in November Jane Roe Arirang news\n"
    assert outlet_of(page) == "Arirang"
    assert outlet_of(page.replace("Jane Roe Arirang news", "as reported by Arirang news")) is None
    assert outlet_of(page.replace("pact the", "pact. The")) is None  # punctuated: a story's last words


def test_a_source_lines_date_before_the_carrying_sites_address():
    page = f"注册\n\n韩国宣布废止韩日军事情报交换协定\n\n来源:环球网 2019-08-22 20:16 http://www.example.cn/\n\n{'韩日摩擦继续加剧。' * 8}\n"
    assert date_of(page) == "2019-08-22"
    assert date_of("Pact\n\nThe pact was signed on 2019-08-22 see http://x.com/\n") is None


def test_widgets_of_the_even_halves():
    _assert_widgets(("Read this story at", "This is an archived article and the information may be outdated.",
                     "韩联社报道截图", "이 기사를 공유합니다", "연관 검색어 클릭하면 연관된 모든 기사를 볼 수 있습니다",
                     "대통령이 21일 회의를 주재하고 있다. (사진=뉴시스/기자단)"),
                    ("Read this story at the end of the week and weep.", "这是一个截图的问题，他说。",
                     "정부는 이 기사를 공유했다고 밝혔다."))


def _assert_widgets(widgets, sentences):
    """Each of `widgets` is a site's widget; none of `sentences` is."""
    assert [line for line in widgets if not is_site_widget(line)] == []
    assert [line for line in sentences if is_site_widget(line)] == []

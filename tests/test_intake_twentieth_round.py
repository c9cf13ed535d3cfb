"""Issue 13's twentieth intake round, on texts of our own: first what the odd halves of
`holdout28` (Korean, Japanese and Chinese pages) and `holdout25` showed, then (after "Written
from the even halves") what the even halves showed once they had been scored blind. A positive
failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.datelines import read_dateline
from corpus.intake.date_lines_within import date_line_within, published_head_date
from corpus.intake.east_asian_forms import (bracketed_credit_date, bracketed_credit_opening,
                                            dateless_dispatch_credit, japanese_place_credit,
                                            korean_bracketed_name, korean_picture_date,
                                            korean_tagline_credit, registered_name_credit,
                                            source_among_items_credit, stationed_reporter_credit)
from corpus.intake.office_starts import year_of_taking_office
from corpus.intake.dateline_orders import page_numeric_order
from corpus.intake.furniture import is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.picture_credits import is_picture_credit
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

ZH_STORY = "日本執政黨周五推舉前幹事長為新總裁,10月1日召開的臨時國會將指名他接替現任首相。" * 2
KO_STORY = "정부는 북한이 장거리 로켓을 쏜 지 사흘 만에 공단 가동을 모두 멈추기로 결정했다." * 2


# No wrong answer: an abbreviation closing a wrapped sentence; a caption's agency.

def test_an_abbreviation_closing_a_wrapped_sentence_is_no_credit():
    assert read_dateline("(GSOMIA). At its heart is a way of passing intelligence quickly") is None
    assert read_dateline("(NATO), which met in Brussels on Tuesday, said") is None
    assert read_dateline(f"(CNN) — {STORY}").credit == "CNN"  # still a credit
    assert read_dateline(f"(CNN){STORY}").credit == "CNN"


def test_a_caption_saying_where_a_person_stands_credits_the_picture():
    caption = "SEOUL: President Moon Jae-in (center) chairs a session at the Blue House in Seoul. - AFP"
    assert is_picture_credit(caption, ())
    assert is_picture_credit("Leaders pose for a photo (2nd L) | Reuters", ())
    assert not is_picture_credit("Seoul to end intel pact with Tokyo - AFP", ())  # a title's credit
    assert not is_picture_credit("President Moon (center) chairs a session in Seoul.", ())  # no credit
    assert outlet_of(f"Seoul to end pact\n\n{caption}\n\nSEOUL: {STORY} {STORY}\n") is None


# Chinese credits: in brackets opening the lead, a dispatch without its day, a source with its editor.

def test_a_chinese_credit_in_brackets_opening_the_lead():
    directory = outlets()
    assert bracketed_credit_opening(f"(德國之聲中文網){ZH_STORY}", directory) == "德國之聲中文網"
    assert bracketed_credit_opening("【正见网2008年05月13日】", directory) == "正见网"
    assert bracketed_credit_opening("【星光网2008年05月13日】", directory) == "星光网"  # dated: as outlets' names end
    assert bracketed_credit_opening(f"(明報新聞網2006年10月9日報導){ZH_STORY}", directory) == "明報新聞網"
    assert bracketed_credit_opening("(路透社)", directory) is None  # alone: a source under the story
    assert bracketed_credit_opening(f"(星光网){ZH_STORY}", directory) is None  # undated: listed only
    assert bracketed_credit_opening("【資料圖2008年05月13日】", directory) is None  # no outlet's ending
    assert outlet_of(f"石破茂勝出\n\n(德國之聲中文網){ZH_STORY}\n\n(路透社)\n") == "Deutsche Welle"


def test_the_day_in_full_in_a_chinese_credit():
    assert bracketed_credit_date(f"【大紀元10月9日訊】(明報新聞網2006年10月9日報導){ZH_STORY}") == "2006-10-09"
    assert bracketed_credit_date(f"(德國之聲中文網){ZH_STORY}") is None
    assert date_of(f"北韓核試\n【大紀元10月9日訊】(明報新聞網2006年10月9日報導){ZH_STORY}\n") == "2006-10-09"


def test_a_dispatch_with_its_place_and_no_day():
    directory = outlets()
    assert dateless_dispatch_credit(f"中新社東京電 {ZH_STORY}", directory) == "中新社"
    assert dateless_dispatch_credit(f"星光社東京電 {ZH_STORY}", directory) is None  # not listed
    assert dateless_dispatch_credit(f"中新社電 {ZH_STORY}", directory) is None  # no place: "据…电" is read apart


def test_a_source_line_with_its_reporter_and_editor():
    directory = outlets()
    assert source_among_items_credit("(來源:中國日報網 柳洪杰 編輯:周鳳梅)", directory) == "中國日報網"
    assert source_among_items_credit("(來源:星光網 柳洪杰 編輯:周鳳梅)", directory) is None


# Korean: a site's tagline naming itself, a picture's date and agency closing its caption.

def test_a_korean_tagline_naming_the_site():
    directory = outlets()
    assert korean_tagline_credit("북한 알아보기 | 연합뉴스가 전해드리는 최신 북한 뉴스입니다.", directory) == "연합뉴스"
    assert korean_tagline_credit("북한 알아보기 | 정부가 전해드리는 소식입니다.", directory) is None  # not listed


def test_a_pictures_date_and_agency_closing_a_korean_caption():
    directory = outlets()
    line = "시민들이 줄지어 차례를 기다리고 있다. 2024.10.11/뉴스1 kwangshinQQ@news1.kr"
    assert korean_picture_date(line, directory) == ("2024-10-11", "뉴스1")
    assert korean_picture_date("시민들이 기다리고 있다. 2024.10.11/동네소식", directory) is None  # not listed
    assert korean_picture_date("회의는 2024.10.11/뉴스1", directory) is None  # no sentence's end before it
    assert date_of(f"한강 책 사려고\n\n(서울=뉴스1) 김진환 기자 = {KO_STORY}\n{line}\n") == "2024-10-11"


# A trade name closing the story; the numeric date's order by the page's own dateline.

def test_a_registered_name_closing_the_story():
    assert registered_name_credit("(AIニューズ®)", outlets()) == "AIニューズ"
    assert registered_name_credit("(AIニューズ)", outlets()) is None
    ja = "韓国政府は22日、日本との協定を延長せず、破棄すると発表しました。" * 2
    assert outlet_of(f"韓国が破棄を決定\n{ja}\n(AIニューズ®)\n") == "AIニューズ"


def test_the_dateline_decides_a_numeric_dates_order():
    lines = ["韩国决定停止园区运营", "11.02.2016 11:13", f"新华网北京2月11日电 {ZH_STORY}"]
    assert page_numeric_order(lines) == "dmy"
    assert page_numeric_order([lines[0], "02.11.2016 11:13", lines[2]]) == "mdy"
    assert page_numeric_order([lines[0], "05.06.2016 11:13", lines[2]]) == ""  # neither reading fits
    assert page_numeric_order([lines[0], "11/02/2016 11:13", lines[2]]) == "dmy"  # (in slashes too)
    assert page_numeric_order([lines[0], "11/02/2016 11:13"]) == ""  # no dateline (nor the locale's sign)
    assert date_of("\n".join(lines) + "\n") == "2016-02-11"
    assert date_of("\n".join([lines[0], "05.06.2016 11:13", lines[2]]) + "\n") is None


def test_east_asian_furniture():
    for line in ("新华社记者郑悦摄", "(记者 王小明 摄)", "(*「セン」=「擔」のつくりの部分の文字)", "0 / 300",
                 "SNS 기사보내기", "<Anchor>", "<앵커>", "相關文章", "相关报道"):
        assert is_furniture(line), line
    for line in ("记者王小明说,地震造成重大伤亡。", "10 / 300", "<Anchor> 정부는 오늘 발표했다.", "相關文章很多"):
        assert not is_furniture(line), line



# Written from the even halves. No wrong answer: a list's times under the story; whom a transcript quotes.

def test_a_lists_times_under_the_story_are_not_the_pages_date():
    raw = (f"石破茂獲選首相\n中新網10月1日電 {ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n國際新聞精選:\n"
           "- 2024年12月21日 09:24:32\n- 2024年12月20日 21:49:46\n")
    assert date_of(raw) != "2024-12-21"
    assert date_of(f"石破茂獲選首相\n- 2024年12月21日 09:24:32\n{ZH_STORY}\n") == "2024-12-21"  # under the title


def test_a_transcripts_label_of_whom_it_quotes_is_no_credit():
    raw = (f"북한 핵실험 성공\n윤석정 기자의 보도입니다.\n인터뷰 : 조선중앙통신\n-\"핵실험을 진행했다.\"\n"
           f"{KO_STORY}\nmbn뉴스 윤석정입니다.\n")
    assert outlet_of(raw) == "MBN"
    assert is_furniture("인터뷰 : 조선중앙통신") and is_furniture("녹취 : 통일부 대변인")
    assert not is_furniture("인터뷰에서 조선중앙통신은 이렇게 밝혔다.")


# Credits opening the lead: a Korean paper's name in brackets, a Japanese place and credit, a
# correspondent stationed abroad; a source among a header's items.

def test_a_korean_papers_name_in_brackets_opening_the_lead():
    directory = outlets()
    assert korean_bracketed_name(f"[프라임경제] {KO_STORY}", directory) == "프라임경제"
    assert korean_bracketed_name(f"[한빛일보] {KO_STORY}", directory) == "한빛일보"  # as papers' names end
    assert korean_bracketed_name(f"[뉴스1] {KO_STORY}", directory) == "뉴스1"  # listed
    for label in ("[단독]", "[포토뉴스]", "[경제]", "[속보]"):
        assert korean_bracketed_name(f"{label} {KO_STORY}", directory) is None, label


def test_a_japanese_place_and_credit_before_the_text():
    ja = "韓国政府は10日、工業団地の操業をすべて止めると発表した。"
    assert japanese_place_credit(f"ソウル(CNN) {ja}", outlets()) == "CNN"
    assert japanese_place_credit(f"ソウル(星光) {ja}", outlets()) is None  # not listed
    assert japanese_place_credit(f"ソウル(CNN){ja}", outlets()) is None  # no space: a word in brackets


def test_a_correspondent_stationed_abroad_and_a_source_among_items():
    directory = outlets()
    assert stationed_reporter_credit("环球时报驻日本特约记者赵学亮报道 日本共同社报道说", directory) == "环球时报"
    assert stationed_reporter_credit("星光报驻日本特约记者赵学亮报道", directory) is None
    line = "www.example.com 2010-09-08 08:48 來源:中國青年報 我來說兩句"
    assert source_among_items_credit(line, directory) == "中國青年報"
    assert source_among_items_credit("來源:星光報 我來說兩句", directory) is None


# Dates: a site's address beside the date; a journal's issue line; a holder taking office,
# in Japanese and Chinese words, on the dateline's day.

def test_a_date_line_beside_the_sites_address():
    assert date_line_within("中国网 china.com.cn 时间: 2009-05-25 发表评论>>").value == "2009-05-25"
    assert date_line_within("www.example.com?2010-09-08 08:48? ?來源:中國青年報").value == "2010-09-08"
    assert date_line_within("时间: 2009-05-25") is None  # no address: read by the date lines' reader
    assert date_line_within("See example.com for the accord of 2009, signed in Seoul by the two") is None


def test_a_journals_issue_line_with_its_citation():
    line = ("Published May 2023 in Comparative Connections · Volume 25, Issue 1 (This article is "
            "extracted from Comparative Connections: A Triannual E-Journal, Vol. 25, No. 1, May 2023.")
    assert published_head_date(line).value == "2023-05"
    assert published_head_date("Published May 2023 in Comparative Connections") is None  # short: read as a date line
    assert published_head_date(line.replace("Published", "Reviewed")) is None


def test_a_holder_taking_office_in_japanese_or_chinese_words():
    ja = "1日に召集された臨時国会で、自民党総裁の石破茂氏が新たな首相に選ばれた。"
    assert year_of_taking_office(10, 1, ja).year == 2024
    assert year_of_taking_office(10, 2, ja) is None  # not the day the lead names
    assert year_of_taking_office(10, 1, ja.replace("首相に選ばれた", "首相に意欲を示した")) is None
    assert year_of_taking_office(10, 1, "石破茂氏が首相に就任して1年、1日に会見した。") is None  # an anniversary
    zh = "當地時間10月1日,日本自民黨總裁石破茂在首相指名選舉中拿下過半數票,成為日本第102任首相。"
    assert year_of_taking_office(10, 1, zh).year == 2024
    assert date_of(f"石破茂氏が首相に\n【10月1日 AFP】{ja}{ja}\n") == "2024-10-01"


def test_more_east_asian_furniture():
    for line in ("更多>>視頻現場", "國際新聞精選:", "分享此故事", "更换密码", "确定要删除个人资料?", "최신 기사",
                 "기사에 대해 의견을 남겨주세요.",
                 "\"이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.\""):
        assert is_furniture(line), line
    for line in ("分享此故事的人很多,他說。", "최신 기사에 따르면 정부는 발표했다."):
        assert not is_furniture(line), line

"""Issue 13's twenty-first intake round, on texts of our own: first what the odd halves of
`holdout29` and `holdout30` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.east_asian_credits import east_asian_closing
from corpus.intake.east_asian_forms import korean_picture_date
from corpus.intake.header_names import header_credit
from corpus.intake.lead_credits import outlet_reporter_credit
from corpus.intake.outlets import outlets
from corpus.intake.picture_credits import is_picture_credit
from corpus.intake.printed_dates import find_date_line
from tests.test_intake_fourteenth_round import STORY
from tests.test_intake_tenth_round import describe
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

JA_STORY = "15日午前11時半ごろ、首相が遊説で訪れた漁港で大きな爆発音がした。男が投げた筒から白い煙が上がったが、首相は無事だった。"
ZH_STORY = "中國3日在北京天安門廣場舉行閱兵,邀請多國領袖觀禮,身為美國盟友的韓國由總統親自出席。"
LONG_LEAD = ("A Japan Coast Guard aircraft and a passenger jet collided on a runway at Tokyo's Haneda airport "
             "on Tuesday, and five of the six people aboard the smaller plane were killed, officials said.")


# No wrong answer

def test_a_bare_address_closing_a_post_names_its_source_but_dates_nothing():
    post = f"Obama leaves Hiroshima\n\n{JA_STORY}\n\n{JA_STORY}\n\nhttps://www3.nhk.or.jp/news/html/20160527/k1001.html\n"
    known = describe(post)
    assert known["outlet"] == "NHK" and known["date"] is None
    labelled = post.replace("https://", "Source: https://")  # the page says it is its original
    assert describe(labelled)["date"] == "2016-05-27"


def test_an_address_the_text_prints_names_only_a_listed_outlet():
    post = f"Haneda collision\n\nhttps://news.yahoo.co.jp/articles/39f8f7f5b6\n{STORY}\n"
    assert describe(post)["outlet"] is None  # an aggregator's link atop a forum's post
    assert describe(post.replace("news.yahoo.co.jp", "www3.nhk.or.jp"))["outlet"] == "NHK"


def test_a_writers_name_in_a_header_is_no_abbreviation():
    assert header_credit("By Zhong Nan (chinadaily.com.cn) Updated: 2015-03-04 16:52", outlets()) == "China Daily"
    assert header_credit("By Zhong Nan Updated: 2015-03-04 16:52", outlets()) is None  # not the wire NAN
    assert header_credit("(AP/chinadaily.com.cn)", outlets()) == "AP"  # a name before an address


def test_a_chinese_caption_of_a_picture_an_agency_issued():
    assert is_picture_credit("■ 韩国民众在街头观看电视紧急报道 新华社 发", ())
    assert is_picture_credit("图为民众在首尔观看新闻(新华社发)", ())
    assert not is_picture_credit("■ 动态 新华社", ())
    assert not is_picture_credit("朝鲜核试验引发地震 局势爆发", ())


# Odd halves

def test_a_title_naming_its_site_twice_over():
    assert outlets().named(outlet_of(f"朴槿惠出席閱兵 | 中國報 China Press\n\n{ZH_STORY}\n{ZH_STORY}\n")) == "China Press"
    assert outlet_of(f"Home World Suspect stays silent – Xinhua English.news.cn\n{STORY}") == "Xinhua"
    assert outlets().named_twice("Xinhua Reuters") is None  # two outlets, not one named twice
    assert outlets().named_twice("Yonhap news.cn") is None


def test_a_japanese_wire_in_lenticular_brackets_closing_the_story():
    assert east_asian_closing("現場は駅の西約4キロ。【時事】", outlets()) == "時事通信"
    assert east_asian_closing("現場は駅の西約4キロ。【共同】", outlets()) == "共同通信"
    assert east_asian_closing("現場は駅の西約4キロ。【写真】", outlets()) is None
    assert east_asian_closing("【3面に関連】", outlets()) is None


def test_an_outlets_reporter_in_the_byline():
    assert outlet_reporter_credit("By AsiaToday reporter Lee Seok-jong", outlets()) == "AsiaToday"
    assert outlet_reporter_credit("By Yonhap correspondent Kim Min-ji", outlets()) == "Yonhap"
    assert outlet_reporter_credit("By staff reporter Jane Roe", outlets()) is None
    assert outlet_reporter_credit("By Harbor Gazette reporter Jane Roe", outlets()) is None  # unlisted


def test_a_long_lead_opening_with_its_weekday_and_date():
    assert find_date_line(f"Tuesday, January 2, 2024 – {LONG_LEAD}").value == "2024-01-02"
    assert find_date_line(f"January 2, 2024 – {LONG_LEAD}") is None  # a timeline's entry names no weekday
    assert find_date_line(f"Tuesday, January 2, 2024 – {LONG_LEAD.lower()}") is None  # no lead after the dash


def test_a_credit_and_its_day_signing_the_story():
    endings = {" – Agencies, January 6, 2016.": "2016-01-06", " – Agencies": None,
               " It was signed on January 6, 2016.": None}  # a sentence's date is the story's
    for ending, day in endings.items():
        assert date_of(f"North Korea says it tested a bomb\n\n{STORY}\nIt is the fourth test.{ending}\n") == day, ending


# Written from the even halves

def test_a_japanese_companys_form_around_the_copyright_holder():
    assert copyright_holder("© 株式会社福井新聞社", outlets()) == "福井新聞社"
    assert copyright_holder("© 株式会社ABCホールディングス", outlets()) is None


def test_a_chinese_sentence_opening_with_a_date_is_not_the_pages_date_line():
    page = clean_page("朴槿惠总统出席纪念活动\n政策\n2015.09.03\n"
                      f"{ZH_STORY}\n1945年9月2日,日本正式签署投降书,中国此后将9月3日定为抗战胜利纪念日。\n{ZH_STORY}\n")
    assert page.printed_date == "2015.09.03"
    alone = clean_page(f"朴槿惠总统出席纪念活动\n2015年9月3日\n{ZH_STORY}\n")
    assert alone.printed_date == "2015年9月3日"


def test_a_news1_pictures_source_and_photographer_around_its_date():
    caption = "사진은 이날 발견된 오물풍선. (합동참모본부 제공) 2024.6.9/뉴스1 ⓒ News1 박지혜 기자"
    assert korean_picture_date(caption, outlets()) == ("2024-06-09", "뉴스1")
    assert korean_picture_date("검은 연기가 솟고 있다. (트위터 캡쳐) 2013.7.7/뉴스1 © News1 윤선미 인턴기자", outlets()) \
        == ("2013-07-07", "뉴스1")
    assert korean_picture_date(caption.replace("뉴스1 ⓒ", "하늘신문 ⓒ"), outlets()) is None  # unlisted
    assert korean_picture_date("2024.6.9/뉴스1 ⓒ News1 박지혜 기자", outlets()) is None  # no caption before it


def test_furniture_of_the_halves():
    from corpus.intake.furniture import is_furniture

    for line in ("来源:中时新闻网", "出典：共同通信", "【3面に関連】", "관련 키워드", "Speak Your Mind", "More Related News"):
        assert is_furniture(line), line
    for line in ("来源:新华社 记者 王小明 北京电 今天上午", "Speak your mind, he said.", "【ソウル共同】"):
        assert not is_furniture(line), line

"""Issue 13's twenty-fourth intake round, on texts of our own: what the odd halves of `holdout34`
and `holdout35` showed. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from corpus.intake.datelines import read_dateline
from corpus.intake.east_asian_forms import reported_byline_credit
from corpus.intake.outlets import outlets
from corpus.page_dates import date_from_url
from tests.test_intake_fourteenth_round import STORY
from tests.test_intake_tenth_round import describe
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

ZH_STORY = "双方在机场握手,随后乘车前往宾馆,沿途有大批市民列队欢迎,气氛十分热烈。"
KO_STORY = "양국 정부는 이날 협정 문안에 합의하고 다음 주 서명하기로 했다. 외교부는 구체적인 일정을 곧 발표한다고 밝혔다."


def _zh(line: str) -> str:
    return f"两国签署协定\n{line}{ZH_STORY}\n{ZH_STORY}\n"


# A Chinese paper's own "news" in lenticular brackets, and the day's news without a name

def test_a_papers_own_news_credit_in_lenticular_brackets_names_it():
    assert outlet_of(_zh("【海风时报讯】")) == "海风时报"  # named as papers are named, unlisted
    assert outlet_of(_zh("【本报讯】")) is None  # "our paper's news"
    assert outlet_of(_zh("【综合讯】")) is None  # a digest, no paper's name


def test_the_days_news_in_lenticular_brackets_dates_the_page():
    assert date_of(_zh("【2019年6月16日讯】 ")) == "2019-06-16"
    assert date_of(_zh("【6月16日讯】 ")) is None  # no year


def test_a_broadcasters_dateline_of_news_names_it():
    assert outlet_of(_zh("央广网北京9月7日消息 ")) == "China National Radio"  # "news", not "dispatched"
    assert outlet_of(_zh("今天北京9月7日消息 ")) is None  # no outlet's name


# A Korean credit holding its posting stamp inside its brackets

def test_a_korean_place_credit_with_its_reporter_and_posting_stamp():
    page = "협정 서명 합의\n[세종=한빛일보 김다인 기자 -- 입력 2017.03.23 06:58]\n" + KO_STORY + "\n"
    known = describe(page)
    assert (known["outlet"], known["date"]) == ("한빛일보", "2017-03-23")
    assert outlet_of(page.replace(" -- 입력 2017.03.23 06:58", "")) == "한빛일보"  # the reporter is not the outlet's
    assert outlet_of(page.replace("세종=", "사진=")) is None  # a picture's credit, no place


# Datelines: a listed wire where a region stands; an outlet's own with its yearless day

def test_a_listed_wire_after_the_places_comma():
    assert read_dateline("TAIPEI, Kyodo - Hundreds of couples married on Friday.").credit == "Kyodo"
    assert read_dateline("TAIPEI, Taiwan - Hundreds of couples married on Friday.") is None  # a region


def test_an_outlets_dateline_with_its_name_and_yearless_day_in_brackets():
    dateline = read_dateline("Metro Manila (CNN Philippines, November 18) — Three ships blocked two boats.")
    assert (dateline.credit, dateline.month, dateline.day) == ("CNN Philippines", 11, 18)
    assert read_dateline("Manila (Philippines, November 18) — Three ships blocked two boats.") is None


# A reader app's pointer to its partner's story; a name copied twice before its date

def test_read_more_from_a_listed_outlet_at_its_address():
    page = f"Castle reopens\n\n{STORY}\n\nRead more from The Japan News at https://japannews.yomiuri.co.jp/\n"
    assert outlet_of(page) == "The Japan News"
    assert outlet_of(page.replace("The Japan News", "Our Partners")) is None


def test_a_listed_name_copied_twice_before_its_date():
    page = f"Summit opens\nKBS WORLDKBS WORLD19/08/2023\n{STORY}\n"
    assert outlet_of(page) == "KBS World Radio"  # not "KBS" of the first letters
    assert outlet_of(page.replace("KBS WORLDKBS WORLD", "Hanbit DailyHanbit Daily")) is None


# A Taiwanese byline, the outlet glued to its reporter

def test_a_taiwanese_byline_names_the_listed_outlet_before_its_reporter():
    assert reported_byline_credit("自由時報記者王小明/台北報導", outlets()) == "自由時報"
    assert reported_byline_credit("台北市政府王小明/整理報導", outlets()) is None  # not an outlet


# An address whose query opens with the article's day (Yahoo! Japan's headlines)

def test_an_articles_number_opening_with_its_day_dates_the_address():
    assert date_from_url("https://headlines.yahoo.co.jp/hl?a=20181221-00000099-mai-pol").value == "2018-12-21"
    assert date_from_url("https://example.com/search?q=20181221") is None  # a number searched for

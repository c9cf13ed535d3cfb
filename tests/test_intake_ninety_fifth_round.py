"""Issue 13's ninety-fifth intake round, on texts of our own: four forms of the readable sets' pages whose outlet the
intake did not read.

* the writer's box and its byline copied onto one line, the paper's name after them, as regional US sites print
  them: "The Associated Press By The Associated Press The Associated Press", "Jane Roe, cleveland.com By Jane Roe,
  cleveland.com The Plain Dealer": the byline after "By" is read as a byline;
* a source line naming an outlet's account on a platform: "来源:新华视点微博" (Xinhua's Weibo), 'Источник:
  Telegram-канал "ТАСС"', "Source: Reuters on Twitter";
* a Chinese wire's story carried by a paper, in traditional characters and in brackets with the day alone:
  "【據南方網29日電】", "據新華社北京1月1日電";
* a masthead printing one outlet's two names side by side: "大紀元 エポックタイムズ・ジャパン";
* a broadcaster's hand-over after a dash, ending a video's summary or opening its line: "... ratify the deal – CNN's
  Jane Roe reports";
* an excerpt cut by an ellipsis, then its pointer to the whole story: "…Full Article: Xinhua June 2015".

Each positive failed before the round; a negative beside it keeps what must not change: a box and a byline naming
different writers, a platform alone, an unlisted account, "據" before no listed name, two outlets side by side."""

from __future__ import annotations

import pytest

from corpus.intake.credit_lines import joined_credit
from corpus.intake.credits import byline_credit
from corpus.intake.east_asian_credits import east_asian_credit
from corpus.intake.outlets import outlets
from corpus.intake.site_lines import writer_note_credit
from corpus.intake.source_label_lines import labelled_source_credit
from corpus.intake.source_notes import read_more_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly


def _twice(*paragraphs: str) -> str:
    """A story of our own: its paragraphs, then the same again (long enough to read as a story)."""
    return "".join(f"{paragraph}\n\n" for paragraph in paragraphs) * 2


EN_HEADLINE = "Levee repairs begin along the river\n\n"
EN_STORY = _twice("The city began building the new flood wall along the river on Tuesday, and the work is expected "
                  "to last until next March, officials said.",
                  "Shop owners on the bank have asked for compensation for the months in which the paths stay "
                  "closed, and the council will decide on the second section in the spring.")
ZH_HEADLINE = "河堤加固工程開工 預計明年三月完工\n\n"
ZH_STORY = _twice("市政府週二表示,河堤加固工程已經開工,預計明年三月完工,低窪街道的居民將獲得新的疏散計劃。",
                  "河岸商戶要求政府補償道路封閉期間的損失,市議會將在春季決定第二段工程。")
ZH_SIMPLIFIED = _twice("市政府周二表示,河堤加固工程已经开工,预计明年三月完工,低洼街道的居民将获得新的疏散计划。",
                       "河岸商户要求政府补偿道路封闭期间的损失,市议会将在春季决定第二段工程。")
JA_STORY = _twice("市は火曜日、川沿いの堤防の補強工事を始めた。工事は来年3月まで続く見通しで、低い地域の住民には新しい避難計画が配られる。",
                  "河岸の商店は通路が閉鎖される期間の補償を求めており、市議会は春に第二区間について判断する。")


# The writer's box and its byline copied onto one line

@pytest.mark.parametrize("line, outlet", [
    ("The Associated Press By The Associated Press The Associated Press", "Associated Press"),
    ("Jane Roe, cleveland.com By Jane Roe, cleveland.com The Plain Dealer", "The Plain Dealer"),  # its site
    ("Jane Roe, Reuters By Jane Roe, Reuters Harbor Gazette", "Reuters"),
])
def test_a_writer_s_box_and_its_byline_on_one_line_credit_the_byline_s_outlet(line, outlet):
    page = described(f"{EN_HEADLINE}{line}\non January 13, 2010 at 7:00 PM, updated January 13, 2010 at 11:06 PM"
                     f"\n\n{EN_STORY}")
    assert page["outlet"] == outlet


@pytest.mark.parametrize("line", [
    "Jane Roe By Jane Roe",  # a writer, no outlet
    "Jane Roe By John Doe The Plain Dealer",  # two writers: no box repeated
    "Stand By Me By Stand By Me",  # a song's title twice
    "AP By APple",  # the box's name is not the byline's
])
def test_a_box_and_byline_naming_no_outlet_or_two_writers_credit_nothing(line):
    assert byline_credit(line, outlets()) is None


# A source line naming an outlet's account on a platform

@pytest.mark.parametrize("line, credit", [
    ("来源:新华视点微博", "新华视点"),
    ("来源:新华社官方微博", "新华社"),
    ('Источник: Telegram-канал "ТАСС"', "ТАСС"),
    ("Source: Reuters on Twitter", "Reuters"),
])
def test_a_source_line_naming_an_outlet_s_account_names_the_outlet(line, credit):
    assert labelled_source_credit(line, outlets()) == credit


def test_a_page_whose_source_is_xinhua_s_weibo_is_xinhua_s():
    assert described(f"{ZH_HEADLINE}{ZH_SIMPLIFIED}来源:新华视点微博\n")["outlet"] == "Xinhua"


def test_a_page_whose_source_is_moskva_24_s_channel_is_moskva_24_s():
    story = _twice("Город во вторник начал строительство защитной стены на реке, работы продлятся до марта.",
                   "Владельцы магазинов на берегу требуют компенсации за месяцы, когда дорожки будут закрыты.")
    page = described(f"Город начал строить защитную стену на реке\n\n{story}Источник: Telegram-канал \"Москва 24\"\n")
    assert page["outlet"] == "Moskva 24"


@pytest.mark.parametrize("line", [
    "来源:微博",  # the platform alone
    "来源:网友微博",  # a reader's account
    "Source: Twitter",
    "Source: Jane Roe on Twitter",  # a person's account
    'Источник: Telegram-канал "Новости района"',  # an unlisted channel
])
def test_a_platform_alone_or_an_unlisted_account_names_no_outlet(line):
    assert labelled_source_credit(line, outlets()) is None


# A Chinese wire's story carried by a paper, in traditional characters

@pytest.mark.parametrize("line, credit", [
    ("【據南方網29日電】", "南方網"),
    ("【据新华社电】", "新华社"),
    ("據新華社北京1月1日電 市政府週二表示,河堤加固工程已經開工。", "新華社"),
])
def test_a_carried_wire_s_dateline_in_traditional_characters_or_brackets_is_read(line, credit):
    assert east_asian_credit(line, outlets()) == credit


def test_a_hong_kong_paper_carrying_a_wire_s_story_credits_the_wire():
    assert described(f"{ZH_HEADLINE}【據南方網29日電】\n{ZH_STORY}")["outlet"] == "Nanfang Daily"


@pytest.mark.parametrize("line", [
    "【據報道29日電】",  # "according to reports": no outlet
    "【據網友29日電】",
    "【據南方網29日電",  # the bracket not closed
    "據南方網29日電】",
    "【據南方網報道】",  # no dispatch
])
def test_what_names_no_listed_wire_s_dispatch_is_not_read(line):
    assert east_asian_credit(line, outlets()) is None


def test_satellite_news_opening_a_dispatch_is_still_no_listed_name():
    """"衛星新聞" ("satellite news") stays out of the outlets file (review 15: a phrase, not a name); round 95 had put it
    back for one page's dispatch "衛星新聞東京9月9日電", which is left unknown."""
    page = described(f"{ZH_HEADLINE}衛星新聞東京9月9日電 市政府週二表示,河堤加固工程已經開工,預計明年三月完工。\n\n{ZH_STORY}")
    assert page["outlet"] != "Sputnik"


# A masthead printing one outlet's two names

def test_a_masthead_of_one_outlet_s_two_names_is_its_outlet():
    assert described(f"大紀元 エポックタイムズ・ジャパン\n堤防の補強工事が始まる\n{JA_STORY}")["outlet"] == "The Epoch Times"
    assert joined_credit("Yonhap 연합뉴스", outlets()) == "Yonhap"


@pytest.mark.parametrize("line", [
    "Reuters AFP",  # two outlets
    "The Korea Herald said",
    "Time Time",  # a common word, not a name alone
    "大紀元 エポックタイムズ・ジャパン " + "堤防の補強工事が始まる" * 5,  # a line longer than a masthead
])
def test_two_outlets_or_a_name_and_words_are_no_masthead_of_two_names(line):
    assert joined_credit(line, outlets()) is None


# A broadcaster's hand-over after a dash

@pytest.mark.parametrize("line", [
    "The strike is over but the union must still ratify the deal – CNN's Jane Roe reports",
    "— CNN's Jane Roe reports",
])
def test_a_hand_over_after_a_dash_credits_the_broadcaster(line):
    assert writer_note_credit(line, outlets()) == "CNN"
    assert described(f"{EN_HEADLINE}{EN_STORY}{line}\n")["outlet"] == "CNN"


@pytest.mark.parametrize("line", [
    "Officials told reporters on Monday CNN's Jane Roe reports",  # no dash: a sentence
    "The strike ends – CNN's Jane Roe reports that the union will vote",  # the hand-over does not end the line
    "The strike – is over – CNN's Jane Roe reports",  # a dash inside the summary
    "The strike ends – Jane Roe's Harbor Story reports",  # no listed broadcaster
])
def test_a_dash_before_no_hand_over_of_a_listed_broadcaster_credits_nothing(line):
    assert writer_note_credit(line, outlets()) is None


# An excerpt cut by an ellipsis, then its pointer to the whole story

EXCERPT = "The city began building the new flood wall along the river on Tuesday, and the work is expected to last…"


@pytest.mark.parametrize("pointer, credit", [
    ("Full Article: Xinhua June 2015", "Xinhua"),
    ("Full story: Reuters", "Reuters"),
    (" Read more: Yonhap Nov. 2016", "Yonhap"),
])
def test_an_excerpt_s_pointer_to_the_whole_story_names_its_outlet(pointer, credit):
    assert read_more_credit(f"{EXCERPT}{pointer}", outlets()) == credit


def test_a_page_quoting_a_wire_s_excerpt_is_the_wire_s():
    page = described(f"{EN_HEADLINE}{EXCERPT}Full Article: Xinhua June 2015\n\nKey Point\n\n{EN_STORY}")
    assert page["outlet"] == "Xinhua"


@pytest.mark.parametrize("line", [
    f"{EXCERPT}Full Article: Harbor Gazette June 2015",  # unlisted
    f"{EXCERPT}Full Article: Xinhua said the talks went on",  # words after the name
    "The deal was signed. Full Article: Xinhua June 2015",  # no ellipsis: no excerpt
    f"{EXCERPT}Full Article: Xinhua June 2015 and more",
])
def test_no_listed_outlet_closing_an_excerpt_credits_nothing(line):
    assert read_more_credit(line, outlets()) is None


READERS = (byline_credit, labelled_source_credit, east_asian_credit, joined_credit, writer_note_credit,
           read_more_credit)
HOSTILE = [
    " " * 100_000,
    "A " * 50_000 + "By " + "A " * 50_000,
    "The Associated Press By " * 4_000,
    "来源:" + "新华视点" * 25_000 + "微博",
    'Источник: Telegram-канал "' + "ТАСС" * 25_000,
    "Source: " + "Reuters " * 12_000 + "on Twitter",
    "【據" + "南方網" * 33_000 + "29日電】",
    "【據" * 50_000,
    "大紀元 " * 25_000,
    "a " * 50_000 + "– CNN's Jane Roe reports",
    " – " * 33_000 + "CNN's Jane Roe reports",
    "…" * 100_000,
    "…Full Article: " + "A a " * 25_000,
    "\x07\x1b" * 50_000 + "来源:新华视点微博",
]


@pytest.mark.parametrize("reader", READERS, ids=[reader.__name__ for reader in READERS])
def test_each_reader_of_the_round_takes_every_hostile_text_quickly(reader):
    directory = outlets()  # (the list of outlets read before the clock starts)
    for text in HOSTILE:
        assert_runs_quickly(lambda: reader(text, directory), what=text[:40])


def test_a_source_line_with_a_full_width_colon_is_one_as_with_a_colon():
    from corpus.intake.contact_lines import is_source_line

    for line in ("来源：港口日报", "출처：항만일보", "Source： Harbour Daily", "新闻来源︰港口日报"):
        assert is_source_line(line), line
    assert not is_source_line("来源：港口日报 记者 王小明 厦门电 今天上午")
    assert not is_source_line("来源：港口日报：记者说")  # (a second colon: a sentence, not a name)

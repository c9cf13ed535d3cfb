"""Issue 13's ninety-first intake round, on texts of our own: three places a page prints its outlet's name that the
intake did not read.

* a copyright line naming a listed outlet whose name ends in a number ("© France 24": the number was taken for a
  page's counter), or the notice spelled "Copyright ©" after the paper's slogan in Hangul ("세상을 보는 균형, 한국일보
  Copyright © Hankookilbo": the words before the sign were taken for a caption's);
* the site's editorial department in brackets closing its writers' byline ("高橋直純、水谷悠(m3.com編集部)");
* "路透", the short Chinese name of Reuters, in a source line ("資料來源: 路透");
* a dateline's day with its ordinal after the month ("SEOUL, December 18th. /TASS/."), a month in Spanish before the
  day ("Lima, diciembre 7 (EFE).-"), a region with accented letters ("Lima, Perú, 7 de diciembre (EFE).-").

Each positive failed before the round; a negative beside it keeps what must not change: a picture's credit, a
caption's words before the sign, a page's counter after a holder, a tag's label in brackets, a department the page
names nowhere else, Reuters quoted in the story's prose, a month and a year without a day, a word that is also a
month's abbreviation, a date in a sentence."""

from __future__ import annotations

import pytest

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.datelines import find_dateline
from corpus.intake.outlets import outlets
from corpus.intake.site_signatures import bracketed_team_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

HEADLINE = "Flood barrier on the river to be finished next year\n\n"
STORY = ("The city said on Tuesday that work on the river's flood barrier had begun and should end by next "
         "March, with a new plan for moving residents out of the low streets.\n\n"
         "Residents asked the city to publish the route of the works early and to pay the shops that lose "
         "trade while the riverside paths are closed.\n\n") * 3
KO_STORY = ("시는 15일 강둑 보강 공사를 시작했다고 밝혔다. "
            "공사는 내년 3월에 끝날 예정이며 저지대 주민의 대피 계획도 다시 짜기로 했다.\n\n"
            "상인들은 공사 기간의 매출 감소를 보상해 달라고 시에 요구했다.\n\n") * 3
JA_STORY = ("市は15日、川の堤防の補強工事を始めたと発表した。工事は来年3月に終わる予定で、"
            "低い地区の住民の避難計画も見直すという。\n\n"
            "商店街は工事の間の売り上げの減少を補償するよう市に求めている。\n\n") * 3
ZH_STORY = ("市政府15日表示,河堤加固工程已經開工,預計明年3月完工,低窪地區居民的疏散計畫也將重新制定。\n\n"
            "商家要求市府補償施工期間的營業損失,市議會將在春季表決第二期工程。\n\n") * 3


# A copyright line: a listed name ending in a number, the notice spelled out after a slogan

def test_a_listed_holder_whose_name_ends_in_a_number_is_the_outlet():
    assert copyright_holder("© France 24", outlets()) == "France 24"
    assert described(f"{HEADLINE}{STORY}© France 24\n")["outlet"] == "France 24"


def test_a_page_counter_after_a_listed_holder_is_still_dropped():
    assert copyright_holder("Copyrights(C) News1 wowkorea.jp 6", outlets()) == "News1"
    assert copyright_holder("© Harbor Daily 24", outlets()) != "Harbor Daily 24"


def test_the_notice_spelled_out_after_a_korean_slogan_names_the_outlet():
    line = "세상을 보는 균형, 한국일보 Copyright © Hankookilbo"
    assert copyright_holder(line, outlets()) == "Hankookilbo"
    assert described(f"강둑 보강 공사 시작\n\n{KO_STORY}{line}\n")["outlet"] == "Hankook Ilbo"


@pytest.mark.parametrize("line", [
    "문재인 대통령 ⓒ뉴스1",  # a caption's words, then the picture's agency
    "사진 Copyright © 뉴스1",  # a picture's label before the notice
    "堤防の補強工事 写真 Copyright © 共同通信社",
    "Image copyright © AP",
])
def test_a_pictures_copyright_stays_no_credit(line):
    assert copyright_holder(line, outlets()) is None


# The site's editorial department closing its writers' byline

def test_a_listed_department_in_brackets_closing_the_byline_names_the_outlet():
    line = "レポート 2018年8月7日 (火) 山田太郎、佐藤花子(毎日新聞編集部)"
    assert bracketed_team_credit(line, (line,), outlets()) == "毎日新聞"
    assert described(f"堤防の補強工事始まる\n\n{line}\n\n{JA_STORY}")["outlet"] == "The Mainichi"


def test_an_unlisted_department_the_page_names_elsewhere_is_the_outlet():
    lines = ("1. m3.comトップ", "レポート 2018年8月7日 (火) 高橋直純、水谷悠(m3.com編集部)")
    assert bracketed_team_credit(lines[1], lines, outlets()) == "m3.com"
    page = f"1. m3.comトップ\n\n堤防の補強工事始まる\n\n{lines[1]}\n\n{JA_STORY}"
    assert described(page)["outlet"] == "m3.com"


@pytest.mark.parametrize("line", [
    "レポート 2018年8月7日 (火) 高橋直純、水谷悠(ABCメディカル編集部)",  # named nowhere else on the page
    "(編集部:山田太郎)",  # a tag's label
    "(毎日新聞編集部)",  # the department alone, no writer before it
    "山田太郎、佐藤花子(毎日新聞編集部)。",  # a sentence's end, not a byline's
])
def test_other_brackets_name_no_department(line):
    assert bracketed_team_credit(line, (line,), outlets()) is None


# "路透", Reuters' short Chinese name

def test_reuters_short_chinese_name_in_a_source_line_is_the_outlet():
    assert described(f"河堤工程明年完工\n\n{ZH_STORY}資料來源: 路透\n")["outlet"] == "Reuters"


def test_reuters_quoted_in_the_story_or_crediting_a_picture_is_not_the_outlet():
    quoted = f"河堤工程明年完工\n\n據路透報導,市政府15日表示工程已經開工。\n\n{ZH_STORY}"
    assert described(quoted)["outlet"] is None
    pictured = f"河堤工程明年完工\n\n市長15日視察河堤工程。(圖/路透)\n\n{ZH_STORY}"
    assert described(pictured)["outlet"] is None


# A dateline: the day's ordinal after the month, a month in Spanish before the day, a region with accents

DATELINES = {
    "SEOUL, December 18th. /TASS/. South Korea and Japan have not yet begun exchanging data.": ("TASS", 12, 18),
    "SEOUL, Dec 18th (Reuters) - The city approved the plan for the river's flood barrier.": ("Reuters", 12, 18),
    "Lima, diciembre 7 (EFE).- La ciudad aprobó hoy el plan de obras del dique.": ("EFE", 12, 7),
    "Lima, Perú, diciembre 7 (El Comercio).- La ciudad aprobó hoy el plan de obras.": ("El Comercio", 12, 7),
    "Lima, Perú, 7 de diciembre (EFE).- La ciudad aprobó hoy el plan de obras del dique.": ("EFE", 12, 7),
}


@pytest.mark.parametrize("line", DATELINES)
def test_more_datelines_are_read_with_their_credit_and_day(line):
    dateline = find_dateline([line])
    assert (dateline.credit, dateline.month, dateline.day) == DATELINES[line]


def test_a_spanish_dateline_with_the_month_first_names_the_outlet():
    page = ("La ciudad aprueba el dique\n\nLima, diciembre 7 (EFE).- La ciudad aprobó hoy el plan de obras del dique, "
            "que terminará en marzo.\n\n" + "Los vecinos pidieron conocer antes el trazado de las obras.\n\n" * 3)
    assert described(page)["outlet"] == "EFE"


@pytest.mark.parametrize("line", [
    "Lima, diciembre 2016 (EFE).- La ciudad aprobó el plan.",  # a month and a year: no day
    "Costa, mar 7 veces dijo que no al plan.",  # a word that is also a month's abbreviation
    "He was born on December 18th (Reuters) in a small town near the coast.",  # no place before the date
    "SEOUL, December eighteenth (Reuters) - The city approved the plan.",
])
def test_other_lines_are_no_datelines_with_a_day(line):
    dateline = find_dateline([line])
    assert dateline is None or dateline.day is None


def _copyright_and_department(text: str) -> None:
    copyright_holder(text, outlets())
    bracketed_team_credit(text, (text,), outlets())


HOSTILE = [
    (_copyright_and_department, " " * 100_000),
    (_copyright_and_department, "(" * 100_000),
    (_copyright_and_department, "山田(" * 30_000 + "毎日新聞編集部)"),
    (_copyright_and_department, "세상을 보는 균형 " * 10_000 + "Copyright © Hankookilbo"),
    (_copyright_and_department, "© France " + "24 " * 30_000),
    (_copyright_and_department, "\x07\x1b" * 50_000 + "(m3.com編集部)"),
    (lambda text: find_dateline([text]), "Lima, " + "diciembre " * 20_000 + "7 (EFE).- x"),
    (lambda text: find_dateline([text]), "Lima, Perú, " + "Perú, " * 20_000),
    (lambda text: find_dateline([text]), "SEOUL, December 18th" + " " * 100_000 + "(Reuters) - x"),
    (lambda text: find_dateline([text]), "A, " * 40_000),
]


@pytest.mark.parametrize("reader, text", HOSTILE, ids=range(len(HOSTILE)))
def test_each_reader_of_the_round_takes_hostile_text_quickly(reader, text):
    outlets()  # (the list of outlets read before the clock starts)
    assert_runs_quickly(lambda: reader(text))

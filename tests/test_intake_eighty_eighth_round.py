"""Issue 13's eighty-eighth intake round, on texts of our own: two places a page names an outlet when nothing else did.

* a clipping's head, a listed outlet's name and the day it printed the story opening a line ("自由時報 2023/03/03
  <lead>", "[한겨레 2016-11-23] <headline>", "CBS노컷뉴스 2024. 7. 27. 18:24 <lead>");
* the one listed wire the site's own story drew on, noted on a line of its own ("With inputs from PTI", "J.Dupont avec
  AFP , modifié à 12h03", "Redacción Diario Sur / Con información de Reuters", "Da Agência EFE.").

Each positive failed before the round; a negative beside it keeps what must not change: a source cited in round
brackets, two outlets' heads (a list of related stories), an unlisted name, several wires, "agencies", a sentence of
the story, a picture's credit, a credit found earlier."""

from __future__ import annotations

import pytest

from corpus.intake.dated_names import dated_name_credit
from corpus.intake.outlets import outlets
from corpus.intake.wire_contributions import contributed_wire_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

HEADLINE = "Flood barrier on the river to be finished next year\n\n"
STORY = ("The city said on Tuesday that work on the river's flood barrier had begun and should end by next "
         "March, with a new plan for moving residents out of the low streets.\n\n"
         "Residents asked the city to publish the route of the works early and to pay the shops that lose "
         "trade while the riverside paths are closed.\n\n") * 3
FR_HEADLINE = "Le barrage sur le fleuve sera achevé l'an prochain\n\n"
FR_STORY = ("La ville a annoncé mardi que les travaux de la digue avaient commencé et devraient finir en mars "
            "prochain, avec un nouveau plan pour loger ailleurs les habitants des rues basses.\n\n"
            "Les commerçants demandent à être payés pour les semaines où les quais resteront fermés au public.\n\n") * 2
ES_STORY = ("La ciudad anunció el martes que las obras del dique habían comenzado y terminarían en marzo, con un "
            "nuevo plan para trasladar a los vecinos de las calles bajas.\n\n") * 3
PT_STORY = ("A prefeitura anunciou na terça-feira que as obras do dique começaram e devem terminar em março, com um "
            "novo plano para levar os moradores das ruas baixas para outro lugar.\n\n") * 3
DE_STORY = ("Die Stadt teilte am Dienstag mit, die Arbeiten am Deich hätten begonnen und sollten im März enden; "
            "die Bewohner der tiefen Straßen sollen vorher umziehen.\n\n") * 3
ZH_LEAD = ("市政府今(3)日宣布,河堤加固工程已經開工,"
           "預計明年3月完工,低窪地區居民的疏散計畫也將重新制定。")
ZH_STORY = ("商家要求市府補償施工期間的營業損失,"
            "市議會將在春季表決第二期工程。\n\n") * 3
KO_HEADLINE = "강둑 보강 공사 시작…내년 3월 완공 예정"
KO_STORY = ("시는 15일 강둑 보강 공사를 시작했다고 밝혔다. "
            "공사는 내년 3월에 끝날 예정이며 저지대 주민의 대피 계획도 다시 짜기로 했다.\n\n"
            "상인들은 공사 기간의 매출 감소를 보상해 달라고 시에 요구했다.\n\n") * 3


# A clipping's head: a listed outlet's name and its day opening a line

def test_a_listed_name_and_its_day_opening_the_copied_lead_name_the_outlet():
    page = f"河堤工程明年完工\n\n{ZH_STORY}自由時報 2023/03/03 {ZH_LEAD}\n\n{ZH_STORY}"
    assert described(page)["outlet"] == "Liberty Times"


def test_a_korean_clipping_head_in_square_brackets_names_the_outlet():
    page = (f"강둑 공사 소식 모음\n\n작성일 2016-11-24 조회수 312\n\n"
            f"[한겨레 2016-11-23] {KO_HEADLINE}\n\n{KO_STORY}")
    assert described(page)["outlet"] == "The Hankyoreh"


def test_cbs_nocut_news_as_it_prints_its_name_heads_a_copied_story():
    page = f"시사 스크랩\n\nCBS노컷뉴스 2024. 7. 27. 18:24 {KO_HEADLINE} {KO_STORY}"
    assert described(page)["outlet"] == "No Cut News"


def test_a_source_cited_in_round_brackets_is_not_a_clipping_head():
    lines = ("(朝日新聞 2012/04/20)", "私はこの工事に賛成です。")
    assert dated_name_credit(lines, outlets()) is None


def test_heads_naming_two_outlets_are_a_list_of_related_stories():
    lines = ("[한겨레 2016-11-23] 강둑 보강 공사 시작", "[연합뉴스 2016-11-22] 시의회, 2단계 공사 표결")
    assert dated_name_credit(lines, outlets()) is None
    assert dated_name_credit(lines[:1], outlets()) == "한겨레"


def test_an_unlisted_name_before_a_day_is_no_clipping_head():
    assert dated_name_credit(("Harbor Gazette of Elm Bay 2016-11-23 The city said on Tuesday",), outlets()) is None
    assert dated_name_credit(("The city said on 2016-11-23 that work began",), outlets()) is None


# The one listed wire the site's own story drew on, read last

def test_inputs_from_a_listed_wire_under_the_story_name_the_wire():
    assert described(f"{HEADLINE}{STORY}With inputs from PTI\n")["outlet"] == "Press Trust of India"


def test_a_french_writer_with_the_wire_and_the_stamp_name_the_wire():
    page = f"{FR_HEADLINE}J.Dupont avec AFP , modifié à 12h03\n\n{FR_STORY}"
    assert described(page)["outlet"] == "Agence France-Presse"


def test_a_spanish_desk_with_the_wire_names_the_wire():
    page = f"El dique estará listo el año próximo\n\n{ES_STORY}Redacción Diario Sur / Con información de Reuters\n"
    assert described(page)["outlet"] == "Reuters"


def test_a_portuguese_note_from_the_wire_names_the_wire():
    assert described(f"Dique fica pronto no ano que vem\n\n{PT_STORY}Da Agência EFE.\n")["outlet"] == "EFE"


def test_german_material_from_the_wire_names_the_wire():
    page = f"Deich soll im März fertig sein\n\n{DE_STORY}Mit Material von dpa\n"
    assert described(page)["outlet"] == "Deutsche Presse-Agentur"


@pytest.mark.parametrize("line", [
    "With inputs from agencies",
    "avec AFP et Reuters",
    "With inputs from Harbor Wire",
    "Fotos da Reuters",
    "Segundo o noticiário da FNN, os dois países aceitaram manter o acordo sob novas condições.",
    "The mayor spoke with Reuters",
])
def test_no_wire_or_several_or_a_sentence_or_a_picture_names_none(line):
    assert contributed_wire_credit(line, outlets()) is None


def test_a_credit_found_earlier_wins_over_the_wire_the_story_drew_on():
    page = f"{HEADLINE}SEOUL, Nov. 22 (Yonhap) -- {STORY}With inputs from PTI\n"
    assert described(page)["outlet"] == "Yonhap"


def test_a_sentence_of_the_story_naming_a_wire_names_none():
    page = f"{HEADLINE}{STORY}The mayor later spoke with Reuters.\n\nThe council meets again next week.\n"
    assert described(page)["outlet"] is None


HOSTILE = [
    " " * 50_000,
    "avec " * 20_000,
    "自由時報 " * 20_000 + "2023/03/03",
    "[" + "한겨레 " * 20_000 + "2016-11-23]",
    "With inputs from " + "PTI " * 20_000,
    "J.Dupont avec AFP" + "\x07\x1b" * 10_000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_round_readers_take_hostile_text_quickly(text):
    directory = outlets()

    def read() -> None:
        dated_name_credit((text,), directory)
        contributed_wire_credit(text, directory)
    assert_runs_quickly(read)

"""Issue 13's hundred-and-eleventh intake round, on texts of our own: two wrong outlets of the pages of Korean-language
services abroad, each reader made to refuse its kind of case.

* a Korean credit with the outlet before its place, "(흑룡강신문=하얼빈)" (the usual order turned round): the place
  was taken for the outlet; the side named as outlets are is now the outlet (`east_asian_credits.east_asian_credit`);
* a name beside an address in a Korean or Japanese story's sentence that says what someone said ("BBC는 … 홈페이지
  (https://www.bbc.com/korean)를 … 시작했다고 밝혔다"): a third party the story tells of, refused as the English "said"
  was (`own_addresses.own_domain_credit`).

Each positive failed before the round; the negatives beside them keep what must not change: the usual order, a
picture's credit, a person's name, a quoted source, the site's own address credits."""

from __future__ import annotations

import pytest

from corpus.intake.own_addresses import own_domain_credit
from corpus.intake.east_asian_credits import east_asian_credit
from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

KO_HEADLINE = "제방 보강 공사 시작\n\n"
KO_STORY = "시는 15일 제방 보강 공사를 시작했다고 밝혔다.\n공사는 내년 3월까지 이어진다.\n"


# The outlet before its place

@pytest.mark.parametrize("credit, outlet", [
    ("(한빛신문=하얼빈)", "한빛신문"),  # unlisted, ending as papers' names do: as printed
    ("(연합뉴스=워싱턴) 김철수 기자 = ", "연합뉴스"),  # listed
])
def test_an_outlet_printed_before_its_place_is_the_outlet_not_the_place(credit, outlet):
    assert east_asian_credit(credit + KO_STORY, outlets()) == outlet
    assert described(KO_HEADLINE + credit + KO_STORY)["outlet"] in {outlet, outlets().named(outlet)}


@pytest.mark.parametrize("credit, outlet", [
    ("(서울=연합뉴스) 김철수 기자 = ", "연합뉴스"),  # the usual order
    ("(하얼빈=한빛신문)", "한빛신문"),
    ("(연합뉴스=뉴시스)", "뉴시스"),  # two outlets' names: the usual order's second
    ("(사진=연합뉴스)", None),  # a picture's credit
    ("(한빛신문=사진)", None), ("(한빛신문=자료)", None),  # a picture's label where the place stands
    ("(김철수=연합뉴스)", "연합뉴스"),  # a person's name first: the usual order's outlet
    ("일본 교도통신은 (한빛신문=하얼빈)", None),  # not opening the line: another's story quoted
    ("(한빛신문=Harbin)", None),  # no place in Hangul after it
])
def test_the_usual_order_a_picture_and_a_person_are_read_as_before(credit, outlet):
    assert east_asian_credit(credit + KO_STORY, outlets()) == outlet


def test_a_person_s_name_before_a_place_is_never_the_outlet():
    assert east_asian_credit("(김철수=하얼빈)" + KO_STORY, outlets()) != "김철수"


# A name beside an address in a story's sentence of what someone said

@pytest.mark.parametrize("sentence", [
    "NHK는 한국어 방송과 홈페이지(https://www.nhk.or.jp/korean)를 26일부터 시작했다고 밝혔다.",
    "이 방송은 NHK 홈페이지(www.nhk.or.jp)에서 다시 들을 수 있다고 전했다.",
    "BBCは韓国語のサイト(https://www.bbc.com/korean)を開設したと発表した。",
    "NHKのサイト(https://www3.nhk.or.jp)で配信すると述べた。",
])
def test_a_name_beside_an_address_in_a_sentence_of_saying_is_refused(sentence):
    assert own_domain_credit(sentence, outlets()) is None


def test_a_page_telling_of_another_outlet_s_site_names_no_outlet():
    page = ("BBC, 한국어 라디오 첫 전파\n\n영국 공영방송 BBC가 오늘(26일)부터 한국어 라디오 방송에 들어갔다.\n\n"
            "BBC는 한반도 소식을 한국어로 전하는 BBC 코리아 방송과 홈페이지(https://www.bbc.com/korean)를 "
            "26일부터 시작했다고 밝혔다.\n\n첫 방송은 새벽에 나갔다.\n")
    assert described(page)["outlet"] is None


@pytest.mark.parametrize("line, outlet", [
    ("(KTV 한국정책방송 케이블방송, 위성방송 ch164, www.ktv.go.kr )", "KTV"),
    ("ソース(MSN産経ニュース) http://sankei.jp.msn.com/politics/news/140530/plc1.htm", "MSN産経ニュース"),
    ("2018年07月6日 BBC https://www.bbc.com/japanese/44733790", "BBC News"),
    ("NHK 홈페이지(www.nhk.or.jp)에서 다시 들을 수 있다.", "NHK"),  # no saying: the reader's reading as before
])
def test_the_site_s_own_address_credits_are_read_as_before(line, outlet):
    assert own_domain_credit(line, outlets()) == outlet


HOSTILE = [
    "(" + "가" * 100_000 + ")",
    "(한빛신문=" + "가" * 100_000 + ")",
    "(한빛신문=" + "가 " * 50_000 + ")",
    "(" + "신문=" * 33_000,
    "다고 " * 33_000 + "NHK nhk.or.jp",
    "라고" * 50_000 + " 밝혔",
    "と" * 100_000 + "述べ",
    "NHK " * 25_000 + "nhk.or.jp",
]


@pytest.mark.parametrize("read", [east_asian_credit, own_domain_credit])
def test_each_reader_of_the_round_takes_every_hostile_text_quickly(read):
    directory = outlets()  # (the list of outlets read before the clock starts)
    for text in HOSTILE:
        assert_runs_quickly(lambda: read(text, directory), what=text[:40])

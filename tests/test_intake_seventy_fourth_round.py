"""Issue 13's seventy-fourth intake round, on texts of our own: the even halves of `holdout86` (English-language
press, 2019-2023) and `holdout87` (the 2012/2016 period in ten languages). The two wrong outlets first: a dateline's
credit joining an unlisted relay and a listed wire by a hyphen ("XYZ-YONHAP") is the listed wire, never the joined
credit as a name; a blog pasting several outlets' stories, each under its address, takes no outlet from the first
address. Then unknowns: a syndicator's credit holding its source's abbreviation ("(MENAFN- Kuwait News Agency
(KUNA)) TOKYO, Dec 19 (KUNA) --"); "told The X by phone"; two listed wires joined by "/" alone on a line; KCNA's
Korean dateline in round brackets; a print edition's "p. 26" after the date; a listed source in lower case after
a stamp. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from pathlib import Path

from corpus.describe import describe_received
from corpus.formats import Received
from corpus.intake.datelines import find_dateline
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

BODY = ("The ministry said on Wednesday that the plan would harm a long partnership between the two neighbours, "
        "and it asked for talks before the end of the month.\n\n"
        "Officials in the other capital said they saw no reason to change the plan, which they called a matter "
        "of national security, and declined to say when they would reply.\n\n")
JA_STORY = ("市は15日、河川の堤防工事を来月から始めると発表した。工事は来年3月に終わる予定で、住民への説明会も開く。\n\n"
            "市の担当者は、大雨の季節までに主な区間を終えたいと話した。\n\n")
ES_BODY = ("El ministerio dijo el miércoles que el plan dañaría una larga relación entre los dos vecinos y pidió "
           "conversaciones antes de fin de mes, según fuentes oficiales de ambos países.\n\n") * 2
KO_BODY = ("사설은 당국이 주민들의 의견을 듣지 않고 공사를 서두르고 있다고 비판하였다.\n"
           "사설은 공사가 이대로 진행되면 강 하류의 피해가 커질 것이라고 주장하였다.(끝)\n")


def _outlet_described(raw: str) -> str | None:
    return describe_received(Received(raw), {}, "test", Path("round74.txt"))["outlet"]


# The wrong outlets: a relay's hyphened credit; the first of several outlets' addresses a blog pastes

def test_a_hyphened_credit_of_an_unlisted_relay_and_a_listed_wire_names_the_wire():
    assert outlet_of("Ferry timetable changes\n\nSEOUL, Nov 22 (XYZ-YONHAP) -- " + BODY) == "Yonhap"
    assert outlet_of("Ferry timetable changes\n\nSEOUL, Nov 22 (NNN-YONHAP) -- " + BODY) == "NNN"


def test_hyphened_credits_of_two_listed_wires_and_unlisted_words_keep_their_reading():
    assert outlet_of("Ferry timetable changes\n\nOSLO, Nov 22 (NTB-AFP) -- " + BODY) == "NTB"
    assert outlet_of("Ferry timetable changes\n\nSEOUL, Nov 22 (XYZ-QRS) -- " + BODY) == "XYZ-QRS"


def _pasted(second_address: str) -> str:
    return ("My little blog\n\n2012年6月29日 (金)\n\n堤防工事、来月から\n\n"
            "http://www.tokyo-np.co.jp/s/article/2012062901001483.html\n\n堤防工事、来月から\n\n" + JA_STORY
            + "(共同)\n\n" + second_address + "\n\n工事の説明会\n\n" + JA_STORY)


def test_a_blog_pasting_two_listed_outlets_stories_under_their_addresses_takes_no_outlet_from_the_first():
    assert _outlet_described(_pasted("http://www.jiji.com/jc/c?g=pol_30&k=2012062900676")) is None


def test_a_blog_printing_one_listed_outlets_addresses_still_takes_it():
    assert _outlet_described(_pasted("http://www.tokyo-np.co.jp/s/article/2012062901001484.html")) \
        == "Tokyo Shimbun"


# Unknowns

def test_a_syndicators_credit_holding_its_sources_abbreviation_reads_the_wires_dateline():
    line = "(MENAFN- Kuwait News Agency (KUNA)) TOKYO, Dec 19 (KUNA) -- The ministry said on Tuesday it would act."
    dateline = find_dateline([line])
    assert dateline and (dateline.credit, dateline.month, dateline.day) == ("KUNA", 12, 19)
    assert outlet_of("Ferry timetable changes\n\n" + line + "\n\n" + BODY) == "Kuwait News Agency"


def test_a_bracketed_abbreviation_closing_a_sentence_is_no_credit():
    assert find_dateline(["(The plan (GSOMIA)) was signed in Seoul on Wednesday, officials said."]) is None


def test_a_source_telling_a_listed_paper_by_phone_credits_it():
    raw = ("Minister seeks new talks\n\n" + BODY
           + '"We are ready to talk," a senior official told The Dong-A Ilbo by phone on Tuesday.\n\n')
    assert outlet_of(raw) == "The Dong-A Ilbo"


def test_a_source_telling_a_listed_paper_in_person_or_two_papers_by_phone_credits_none():
    told = "Minister seeks new talks\n\n" + BODY + '"We are ready," an official told The Dong-A Ilbo on Tuesday.\n\n'
    assert outlet_of(told) is None
    both = told + "Another told The Korea Herald by phone, and a third told The Dong-A Ilbo by phone.\n\n"
    assert outlet_of(both) is None


def test_two_listed_wires_joined_by_a_slash_alone_near_the_top_credit_the_first():
    raw = "Seoul moves to restore the pact\n\nWorld+Biz\n\nBSS/AFP\n18 March, 2023, 02:45 pm\n\n" + BODY
    assert outlet_of(raw) == "Bangladesh Sangbad Sangstha"
    assert outlet_of(raw.replace("BSS/AFP", "Politics/World")) is None


def test_kcnas_korean_dateline_in_round_brackets_names_the_agency():
    raw = "(평양 11월 18일발 조선중앙통신)남조선신문 《새날》이 15일 사설을 실었다.\n" + KO_BODY
    assert outlet_of(raw) == "Korean Central News Agency"
    assert outlet_of(raw.replace("조선중앙통신", "특별취재반")) is None  # a desk, no listed agency


def test_a_print_editions_page_after_the_date_dates_the_page():
    assert date_of("Lunes 26 de diciembre de 2016, p. 26\n\nSeúl. " + ES_BODY) == "2016-12-26"
    assert date_of("Véase el informe del 26 de diciembre de 2016, p. 26 y lo que siguió\n\n" + ES_BODY) is None


def test_a_listed_source_in_lower_case_after_a_stamp_dates_the_page():
    assert date_of("Ferry timetable changes\n  2012-06-29 16:16:22  xinhua\n" + BODY) == "2012-06-29"
    assert date_of("Ferry timetable changes\n  2012-06-29 16:16:22  ferries tonight\n" + BODY) is None
    # a day without its time before a listed name: a related video's item, not the page's stamp
    assert date_of("Ferry timetable changes\n\n" + BODY + "Autres vidéos\n\n24 novembre 2024 - leparisien\n") is None

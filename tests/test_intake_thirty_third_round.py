"""Issue 13's thirty-third intake round, on texts of our own: the wrong answers and unknowns of the
even halves of `holdout42` and `holdout43`. A positive failed before the round; a negative beside it
keeps what must not change."""

from __future__ import annotations

from pathlib import Path

from corpus.describe import describe_received
from corpus.formats import Received
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Rescue teams searched the flooded valley for a third day on Thursday as the county said the "
            "number of people known to have died had risen again, officials said.\n")
EN_MORE = ("Hundreds of residents who fled the water were staying in shelters, and the governor said "
           "rebuilding would take years, according to the county's statement.\n")
JA_STORY = ("県は14日、川の堤防の補強工事を始めた。工事は来年3月までに終える予定で、住民の避難計画も"
            "見直すという。\n")
KO_STORY = ("시는 25일 강변 제방 보강 공사를 시작했다고 밝혔다. 공사는 내년 3월까지 마칠 예정이며 "
            "주민 대피 계획도 다시 짠다.\n")


def described(raw: str) -> dict:
    """The outlet and date the intake stores, the address the text prints included."""
    return describe_received(Received(raw), {}, "test", Path("test.txt"))


ZH_STORY = ("市政府15日表示,河堤加固工程已经开工,预计明年3月完工,居民疏散计划也将重新制定。\n")


# Wrong answers: a listed outlet's address pasted in a forum thread is the source it quotes

def test_an_address_pasted_in_a_numbered_thread_is_the_source_not_the_page():
    thread = ("【速報】堤防の補強工事始まる\n\n1 名前:ばーど ★ 2018/12/14(金) 11:23:44.05 ID:CAP_USER9\n\n"
              + JA_STORY + "\n" + JA_STORY + "\n{}\n\n2 名前:名無しさん@1周年 2018/12/14(金) 11:24:10.37 ID:q2Nw0kXb0\n")
    pasted = described(thread.format("https://www3.nhk.or.jp/news/html/20181214/k10011746901000.html"))
    # the thread's first post dates it
    assert (pasted["outlet"], pasted["date"]) == (None, "2018-12-14")
    # the same address pasted in a story that is no thread still names its outlet
    page = "堤防の補強工事始まる\n\n" + JA_STORY + "\n" + JA_STORY + "\nhttps://www3.nhk.or.jp/news/html/20181214/k10011746901000.html\n"
    assert described(page)["outlet"] == "NHK"
    # a later post's stamp is a reply's, not the thread's day
    reply = thread.replace("1 名前:ばーど ★ 2018/12/14(金) 11:23:44.05 ID:CAP_USER9", "5 名前:名無しさん 2018/12/15(土) 09:10:11.12 ID:abc")
    assert date_of(reply.format("")) != "2018-12-15"


# Unknowns, by forms many pages print

def test_a_wire_beside_its_place_in_capitals_under_the_story():
    page = ("Valley toll rises as teams search\nThu, May 08, 2014 - Page 1\n" + (EN_STORY + EN_MORE) * 4
            + "{}\nThis story has been viewed 3120 times.\n")
    assert outlet_of(page.format("AFP, HANOI")) == "Agence France-Presse"
    # a place alone in capitals names no one
    assert outlet_of(page.format("Hanoi, VIETNAM")) is None


def test_a_listed_outlet_in_brackets_closing_a_japanese_title():
    page = "{}\n【リンク先抜粋】\n" + JA_STORY + JA_STORY + "続きはこちら\n(2020/11/14)\n"
    assert outlet_of(page.format("堤防の補強工事始まる 来年3月完工へ(共同通信)")) == "Kyodo News"
    # brackets naming no listed outlet (a place, a person) credit nothing
    assert outlet_of(page.format("堤防の補強工事始まる(福岡県)")) is None


def test_reporters_named_before_their_paper():
    page = "河堤加固工程开工\n\n{}\n\n" + ZH_STORY + ZH_STORY
    assert outlet_of(page.format("李佳英/梁智皓 朝鲜日报记者")) == "The Chosun Ilbo"
    # reporters before a word that names no listed paper
    assert outlet_of(page.format("李佳英/梁智皓 本报记者")) is None


def test_a_listed_outlet_signing_in_the_korean_bracket_in_english():
    page = "Valley toll rises as teams search\n\n" + EN_STORY + EN_MORE + "{}\n"
    assert outlet_of(page.format("[WikiLeaks Korea= By Lee Kyung Ah]")) == "WikiLeaks Korea"
    # a place before "=" names no outlet
    assert outlet_of(page.format("[Seoul= By Lee Kyung Ah]")) is None


def test_a_korean_sites_list_of_its_most_read_stories():
    page = "제방 보강 공사 시작\n\n입력 2023-11-22 06:10\n\n" + KO_STORY + KO_STORY + "광고\n\n{}\n"
    assert outlet_of(page.format("JTBC 핫클릭")) == "JTBC"
    # an unlisted name before it credits nothing
    assert outlet_of(page.format("오늘의 핫클릭")) is None
    # the story's own credit comes first: a site carrying "(연합뉴스)" lists its stories too
    assert outlet_of(page.format("(연합뉴스)\n광고\n\nJTBC 핫클릭")) == "Yonhap"


# Facts of the world: outlets' names and domains

def test_outlets_named_this_round():
    story = "\n" + EN_STORY + EN_MORE
    assert outlet_of("Coolbuster\nHome  News  Politics\nValley toll rises" + story) == "Coolbuster"
    assert outlet_of("CONTACT Air Land & Sea\nNEWS  MAGAZINES  SUBSCRIBE\nValley toll rises" + story) \
        == "CONTACT Air Land & Sea"
    assert outlet_of("China Trade Monitor\nValley toll rises" + story) == "China Trade Monitor"
    assert outlet_of("City-Cost\nBlogs  KyodoNewsPlus\nDec 14, 2018\nValley toll rises" + story + "KyodoNewsPlus\n") \
        == "Kyodo News"
    assert outlets().named(header_credit("This Week in Asia / Politics", outlets()) or "") == "South China Morning Post"
    assert header_credit("Asia / Politics", outlets()) is None
    assert outlet_of("제방 보강 공사 시작\n" + KO_STORY + KO_STORY + "ⓒ 한경닷컴, 무단전재 및 재배포 금지\n") \
        == "The Korea Economic Daily"

"""Issue 13's hundred-and-fourteenth intake round, on texts of our own: the web-address reader under the labels'
reading of session 35, "an address alone under a copied story names its source" (the pages README, Labels).

* a copied story's source after the autoblog pointer "Source Article from <address>" (its date the source's, not the
  page's);
* an address alone on the last line of the text as received, which the cleaning joined to the story's last paragraph
  or to the blog's name under it: read as the bare address it is; two such addresses (a compiled page's
  references) name none, as an address inside a sentence or a picture's file does not;
* a listed outlet's desk signing the story, "Saudi Gazette report" as its byline, "Wefornews Bureau" under its last
  sentence (`credits.desk_signature`, beside "Reuters Staff" and "RSTV Bureau", which the byline read already).

Each positive failed before the round; the negatives keep what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.credit_lines import signed_credit
from corpus.intake.credits import byline_credit, desk_signature
from corpus.intake.outlets import outlets
from corpus.loader import cleaned
from corpus.page_addresses import address_in_text, bare_closing_address
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

NHK_ADDRESS = "https://www3.nhk.or.jp/news/html/20191122/k10012187581000.html"
JA_BLOG = ("【速報】堤防の補強工事始まる\n市は14日、河川の堤防を補強する工事を始めたと発表した。完成は来年3月の予定だという。\n"
           "住民への説明会は来週開かれる。\n{}\nsakamobi\nsakamobi\nいよいよか\nコメント\n")
KO_LINES = ("북, 밤사이 풍선 또 띄워\n\n"  # (lines of a paragraph's length, which the cleaning joins)
            "북한이 14일 밤부터 15일 새벽 사이 풍선 50개가량을 날려 보낸 것으로 파악됐다는 소식이 전해졌으며 군은 이를 계속 "
            "추적하고 있다.\n합동참모본부는 15일 경기도 북부 및 서울 지역에서 10여 개의 낙하물이 확인됐다고 밝혔으며 주민들에게 "
            "접촉하지 말라고 당부했다.\n합참은 내용물이 종이류와 비닐 등 생활 쓰레기이며 분석 결과 안전에 위해가 되는 물질은 "
            "없었다고 설명했다.\n{}")
NEW_DAILY = "http://www.newdaily.co.kr/site/data/html/2024/09/15/2024091500010.html"
EN_REPOST = ("Bolivia's leader steps down\n\nThe president resigned on Sunday after weeks of protests over a disputed "
             "election, saying he wanted to end the violence.\n\nSeveral officials next in line had also quit, and it "
             "was not clear who would take over.\n\n{}\nComments\n")


def _outlet(raw: str) -> str | None:
    return described(raw)["outlet"]


# "Source Article from <address>"

def test_an_autoblog_s_source_article_pointer_names_the_source():
    known = described(EN_REPOST.format("Source Article from https://www.nytimes.com/2019/11/10/world/americas/x.html"))
    assert (known["outlet"], known["date"]) == ("The New York Times", None)  # (the address's day is the source's)
    assert _outlet(EN_REPOST.format("Source Article from http://www.presstv.ir/detail/2013/12/07/338638/x/")) \
        == "Press TV"


@pytest.mark.parametrize("line", [
    "Source Article from https://harbor-gazette.example/2019/11/10/x.html",  # unlisted
    "Read the source article from https://www.nytimes.com/2019/11/10/x.html today.",  # a sentence
    "The Source Article from https://www.nytimes.com/2019/11/10/x.html",  # not opening the line
])
def test_what_is_no_autoblog_pointer_at_a_listed_outlet_names_none(line):
    assert _outlet(EN_REPOST.format(line)) is None


# An address alone on the last line as received, joined by the cleaning

def test_an_address_alone_under_a_story_whose_lines_the_cleaning_joined_names_its_source():
    raw = KO_LINES.format(NEW_DAILY + "\n")
    page = cleaned(raw)
    assert page.closing[-1] == NEW_DAILY  # (round 120: no longer joined to the paragraph, a line of its own)
    assert address_in_text(page, raw) == NEW_DAILY
    assert _outlet(raw) == "New Daily"
    assert _outlet(JA_BLOG.format(NHK_ADDRESS)) == "NHK"  # (the blog's name under it, joined to it)


def test_the_joined_address_is_a_copied_story_s_link_not_the_page_s_own():
    raw = KO_LINES.format(NEW_DAILY + "\n")
    assert bare_closing_address(NEW_DAILY, cleaned(raw), raw)  # (its date is the source's)
    assert not bare_closing_address(NEW_DAILY, cleaned(raw))


@pytest.mark.parametrize("tail", [
    # a compiled page's references: two addresses, neither the page's own
    "http://en.wikipedia.org/wiki/Philae_(spacecraft)\nhttp://www.theguardian.com/science/2014/nov/12/x\n",
    # an address inside a sentence, a picture's file, an address far above the end
    "자세한 내용은 http://www.newdaily.co.kr/site/data/html/2024/09/15/1.html 에서 볼 수 있다.\n",
    "http://www.newdaily.co.kr/images/2024/09/15/balloon.jpg\n",
])
def test_what_is_no_address_alone_under_the_story_names_none(tail):
    assert _outlet(KO_LINES.format(tail)) is None


def test_an_address_above_the_story_s_last_lines_is_not_read_from_the_raw_text():
    later = "\n".join(f"합참은 {n}일 낙하물의 내용과 떨어진 곳을 추가로 조사해 결과를 주민들에게 알리겠다고 설명했다." for n in range(1, 8))
    raw = KO_LINES.format(NEW_DAILY + "\n" + later + "\n")
    assert address_in_text(cleaned(raw), raw) is None


# A listed outlet's desk signing the story

EN_STORY = ("Koike becomes first woman to govern Tokyo\n\n{}Tokyo, Aug 1: Voters in Tokyo made history on Monday by "
            "electing a former defence minister as the city's first woman governor.\n\nTurnout was around 60 per "
            "cent, almost 14 points above the previous election.\n\n" + "".join(
                f"Her rival number {n} finished well behind her after a campaign of several weeks.\n\n"
                for n in range(1, 7)) + "\"I will lead Tokyo politics in a new manner,\" "
            "the BBC quoted her as saying.\n\n{}#Tokyo #Koike\n\nRelated Posts\n")


def test_a_listed_outlet_s_desk_signs_the_story_as_its_byline_or_under_its_last_sentence():
    assert _outlet(EN_STORY.format("", "Wefornews Bureau\n\n")) == "WeForNews"
    assert _outlet(EN_STORY.format("Saudi Gazette report\n\n", "")) == "Saudi Gazette"
    assert byline_credit("Saudi Gazette report", outlets()) == "Saudi Gazette"
    assert signed_credit(("… the BBC quoted her as saying.", "Wefornews Bureau", "#Tokyo"), outlets()) == "WeForNews"
    assert desk_signature("Reuters Staff", outlets()) == "Reuters"


@pytest.mark.parametrize("line", [
    "Harbor Gazette Bureau",  # unlisted
    "Blindspot Report",  # a section's name
    "STAFF REPORT",
    "Read the Reuters report",  # a pointer, not a desk
    "Reuters report says talks stalled",  # a headline in a related list
    "Photo: Reuters Staff",  # a picture's credit
    "Foreign Affairs News Desk",  # the longest name, never the magazine "Foreign Affairs" inside it
])
def test_what_is_no_listed_outlet_s_desk_alone_on_its_line_signs_nothing(line):
    assert desk_signature(line, outlets()) is None


def test_a_name_quoted_in_the_story_or_a_desk_inside_a_sentence_signs_nothing():
    assert _outlet(EN_STORY.format("", "Officials told the Saudi Gazette report on Monday it was false.\n\n")) is None
    assert _outlet(EN_STORY.format("", "")) is None  # the BBC quoted in the story


# Hostile texts

def test_hostile_texts_read_quickly():
    for text in ("http://" + "a" * 100_000, "http://x.co/a\n" * 7_000, ("<http://" + "x" * 60 + ".jpg>\n") * 1_500,
                 "Source Article from http://" + "a." * 50_000):
        page = cleaned(text)
        assert_runs_quickly(lambda: address_in_text(page, text), what=text[:30])
        assert_runs_quickly(lambda: bare_closing_address("http://x.co/a", page, text), what=text[:30])
    for line in ("A" + "a" * 100_000 + " Bureau", "Aa " * 33_000 + "Desk", "A-" * 50_000 + " staff x"):
        assert_runs_quickly(lambda: desk_signature(line, outlets()), what=line[:20])
        assert_runs_quickly(lambda: byline_credit(line, outlets()), what=line[:20])

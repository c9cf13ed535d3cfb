"""Issue 13's hundred-and-twenty-third intake round, on texts of our own: two listed magazines whose names are also
the names of a subject ("Foreign Policy" as a think tank's research area, "• Foreign Affairs" as a paper's section)
name no page from a line holding nothing else; a Japanese board's thread titled by a paper and its page of opinion
("【ハンギョレ/社説】…") names the paper, and "ハンギョレ" is the Hankyoreh's Japanese name.

The positives failed before the round; the negatives are what the rules must not do: the magazines still name a page
by their title's tail, their copyright line or a source line; a name after the slash that is no page of opinion, the
thread's link to another thread, a source the story quotes and a bracket inside the text name none."""

from __future__ import annotations

import pytest

from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.title_credits import source_before_title
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_hundred_twenty_first_round import outlet_of


REPORT = ("Key Challenges in Japan's Defense Policy: young experts' views\n\nASIA\n\n{labels}\n\nMARCH 2020\n\n"
          "This volume gathers essays by young Japanese scholars on the country's defense policy.\n\n"
          "Its authors look at cyberspace, outer space and an ageing society.\n")
SECTIONS = ("Seoul regrets new sanctions vote\n\n• Politics\n\n{section}\n\n• Economy\n\nSeoul said on Friday that it "
            "regretted the vote on new sanctions, a ministry official said.\n\nThe vote passed by a wide margin.\n")
THREAD = ("{title}\n\n1 名無しさん 2014/12/27(土) 12:31:34.92 ID:abcd1234\n\n"
          "韓国・米国・日本の3カ国が29日に結ぶ予定の情報共有の覚書は、2012年に失敗した協定を回り道して実現させるものだ。"
          "{said}\n\n{links}\n")


@pytest.mark.parametrize("page", [
    REPORT.format(labels="Japanese\n\nForeign Policy\n\nJapan Program"),  # a research area's label
    SECTIONS.format(section="• Foreign Affairs"),  # a paper's section
    SECTIONS.format(section="Foreign Affairs"),
])
def test_a_subject_s_name_alone_on_a_line_names_no_magazine(page):
    assert outlet_of(page) not in {"Foreign Policy", "Foreign Affairs"}


def test_a_subject_s_name_among_a_menu_s_words_names_no_magazine():
    assert header_credit("Home World Foreign Affairs Politics", outlets()) is None
    assert header_credit("Politics Foreign Policy Economy", outlets()) is None
    assert header_credit("Home World Bloomberg Politics", outlets()) == "Bloomberg"  # a listed name still


@pytest.mark.parametrize("page, outlet", [
    (SECTIONS.format(section="").replace("Seoul regrets new sanctions vote", "Seoul regrets new sanctions vote | "
                                         "Foreign Policy"), "Foreign Policy"),  # the title's tail
    (SECTIONS.format(section="") + "\n© 2023 Foreign Affairs. All rights reserved.\n", "Foreign Affairs"),
    (SECTIONS.format(section="") + "\nSource: Foreign Policy\n", "Foreign Policy"),
])
def test_the_magazines_still_name_a_page_where_they_name_themselves(page, outlet):
    assert outlet_of(page) == outlet


def test_a_thread_titled_by_a_paper_and_its_page_of_opinion_names_the_paper():
    title = "【ハンギョレ/社説】見せかけばかりの情報共有の覚書…日本の発言力を強めるのは明らか"
    assert outlet_of(THREAD.format(title=title, said="", links="")) == "The Hankyoreh"
    assert outlet_of(THREAD.format(title=title.replace("ハンギョレ/社説", "朝日新聞／社説"), said="", links="")) \
        == "The Asahi Shimbun"
    assert outlet_of(THREAD.format(title="【ハンギョレ】覚書、来週にも締結へ", said="", links="")) == "The Hankyoreh"


@pytest.mark.parametrize("title, said, links", [
    ("【韓国】情報共有の覚書、29日に締結へ", "", "【ハンギョレ】GSOMIAの扱い、最後まで曖昧さを崩さず[8/19]"),  # another thread
    ("【韓国】情報共有の覚書、29日に締結へ", "ハンギョレが26日に報じた。", ""),  # a source the story quotes
    ("韓米日が覚書【ハンギョレ/社説】", "", ""),  # a bracket inside the title
])
def test_the_paper_named_elsewhere_in_a_thread_names_none(title, said, links):
    assert outlet_of(THREAD.format(title=title, said=said, links=links)) is None


def test_only_a_page_of_opinion_may_follow_the_slash():
    directory = outlets()
    assert source_before_title("【ハンギョレ/社説】覚書は見せかけだ", directory) == "ハンギョレ"
    assert source_before_title("【ハンギョレ/聯合】覚書は見せかけだ", directory) is None  # two names
    assert source_before_title("【ソウル/社説】覚書は見せかけだ", directory) is None  # no listed name
    assert source_before_title("【ハンギョレ/社説】", directory) is None  # no title after it
    assert_runs_quickly(lambda: source_before_title("【" + "ハンギョレ/" * 20_000, directory), what="an open bracket")
    assert_runs_quickly(lambda: source_before_title("【ハ/社説" * 16_000 + "】", directory), what="slashes")
    assert_runs_quickly(lambda: directory.named_alone("Foreign Policy " * 7_000), what="Foreign Policy ×7,000")

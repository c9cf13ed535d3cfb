"""Issue 13's hundredth intake round, on Japanese texts of our own: forms of the Japanese press read from holdout101's
odd half and the readable sets' Japanese pages.

* a listed name alone between one short Japanese sentence and the story going on below it ("大規模な火災が起き、…を
  続けている。" / "時事通信社" / the lead): the picture's credit under its caption, not the site's masthead (a wrong
  outlet before the round);
* a paper's day, with or without its year and time, after its name in the brackets closing a title or a story's last
  sentence ("…海面変動(東奥日報2016年11月22日)", "…見通し。(毎日新聞 8月31日2時18分)"): the source as portals and
  the blogs copying them print it, read as the bare "(共同通信)" was;
* a Japanese statement of the copyright's holder on a line of its own ("このウェブサイトの著作権は人民日報社にあります。",
  "掲載記事の著作権は…に帰属します。"), as "저작권은 X에 있습니다" in Korean: the holder when listed (with or without its
  company's "社"), and no passage;
* WordPress's Japanese comment box: "コメントを残す", "メールアドレスが公開されることはありません。 * が付いている欄は必須
  項目です": no passage;
* a link's words pointing "here" ("続きはこちら", "..///記事全文はこちらから", "ギャラリーページはこちら(25枚)"): no
  passage.

Each positive failed before the round; the negatives keep what must not change."""

from __future__ import annotations

import re

import pytest

from corpus.intake import lead_credits
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.east_asian_credits import _CLOSING_CREDIT, east_asian_closing
from corpus.intake.japanese_site_lines import _CAPTION_SENTENCE, picture_credit_under_caption
from corpus.intake.outlets import outlets
from corpus.intake.site_notices import JAPANESE_HOLDER_STATED
from corpus.intake.site_widgets import _COMMENT_BOX, POINTING_HERE
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_intake_seventy_fifth_round import _kept
from tests.test_intake_seventy_third_round import JA_BODY, JA_HEADLINE
from tests.test_intake_thirty_third_round import described

TITLE = "川の堤防、補強工事始まる 来年3月完成へ\n\n"
LEAD = ("県は14日、川の堤防の補強工事を始めた。工事は来年3月までに終える予定で、住民の避難計画も見直すという。"
        "地元の商店会は工事中の客足を心配しており、県は説明会を開く考えだ。\n\n")
MORE = ("県によると、工事の費用は約12億円で、国の補助金も使う。堤防の高さは今より1メートル高くなる。\n\n"
        "近くに住む男性は「大雨のたびに不安だったので、早く終わってほしい」と話した。\n\n")


# A wire's name under a caption sentence: the picture's credit

def test_a_wire_alone_under_a_short_caption_sentence_over_the_lead_is_no_outlet():
    page = f"{TITLE}堤防の補強工事が始まり、重機が土を運んでいる。\n時事通信社\n\n{LEAD}{MORE}"
    assert described(page)["outlet"] is None


@pytest.mark.parametrize("opening", [
    "共同通信\n\n",  # under the title alone: the story's credit
    "堤防の補強工事が始まり、重機が土を運んでいる。\n\n",  # no name under the caption
])
def test_a_wire_under_the_title_stays_the_outlet(opening):
    page = f"{TITLE}{opening}{LEAD}{MORE}"
    assert described(page)["outlet"] == ("Kyodo News" if "共同" in opening else None)


def test_a_wire_alone_under_the_story_s_last_paragraph_stays_the_outlet():
    assert described(f"{TITLE}{LEAD}{MORE}時事通信\n")["outlet"] == "Jiji Press"


@pytest.mark.parametrize(("before", "after"), [
    ("堤防の補強工事が始まり、重機が土を運んでいる。", ""),  # nothing goes on under it
    (LEAD.strip(), MORE.split("\n")[0]),  # a paragraph of the story, longer than a caption
    ("A digger carries soil as work starts on the river bank.", LEAD.strip()),  # no Japanese sentence
    ("「工事を急ぐ」", LEAD.strip()),  # a quotation, no sentence's stop
    ("工事が始まった。重機が土を運ぶ。", LEAD.strip()),  # two sentences
    ("堤防の補強工事が始まり、重機が土を運んでいる。", "工事は来年3月まで。"),  # a short line, not the story going on
])
def test_what_is_no_caption_over_the_story_keeps_the_name(before, after):
    assert not picture_credit_under_caption(before, "時事通信社", after, outlets())


def test_an_unlisted_name_under_a_caption_is_not_asked():
    assert not picture_credit_under_caption("重機が土を運んでいる。", "山田写真館", LEAD.strip(), outlets())


# A paper's day after its name in the closing brackets

@pytest.mark.parametrize(("title", "outlet"), [
    ("M7.4の地震 東北の沿岸に津波(東奥日報2016年11月22日)", "東奥日報"),
    ("民主党が単独308議席(毎日新聞 8月31日2時18分)", "毎日新聞"),
    ("民主党が単独308議席(毎日新聞 - 8月31日)", "毎日新聞"),
    ("民主党が単独308議席（共同通信）", "共同通信"),  # as before
])
def test_a_title_closing_on_a_paper_and_its_day_names_the_paper(title, outlet):
    assert lead_credits.parenthesised_title_credit(title, outlets()) == outlet


@pytest.mark.parametrize("title", [
    "防衛費の議論(日本経済新聞、2020年8月24日)",  # a citation: the comma
    "(朝鮮日報 2012/04/20)",  # the bracket alone on its line
    "民主党が単独308議席(8月31日2時18分)",  # a day without a name
    "民主党が単独308議席(山田太郎 8月31日)",  # an unlisted name
    "民主党が単独308議席(毎日新聞 8月31日)について",  # words after the bracket
])
def test_what_is_no_paper_and_its_day_closing_a_title_names_none(title):
    assert lead_credits.parenthesised_title_credit(title, outlets()) is None


def test_a_story_closing_on_a_paper_and_its_day_names_the_paper():
    assert east_asian_closing("特別国会は9月に開かれる見通し。(毎日新聞 8月31日2時18分)", outlets()) == "毎日新聞"
    assert east_asian_closing("特別国会は9月に開かれる見通し。(毎日新聞 2009年8月31日)", outlets()) == "毎日新聞"
    assert east_asian_closing("特別国会は9月に開かれる見通し。(日本経済新聞、2020年8月24日)", outlets()) is None
    assert east_asian_closing("特別国会は(毎日新聞 8月31日)で報じられた。", outlets()) is None


def test_a_page_titled_with_a_paper_and_its_day_is_the_paper_s():
    assert described(f"堤防の補強工事始まる(東奥日報2016年11月22日)\n\n{LEAD}{MORE}")["outlet"] == "To-o Nippo"


# A Japanese statement of the copyright's holder

@pytest.mark.parametrize(("line", "holder"), [
    ("このウェブサイトの著作権は人民日報社にあります。", "人民日報"),  # the company's "社" not in the file
    ("掲載記事の著作権は毎日新聞社に帰属します。", "毎日新聞社"),
    ("記事・写真の著作権は共同通信社に帰属しています", "共同通信社"),  # the site's articles and pictures
    ("本サイトの記事の著作権は株式会社時事通信社にあります。", "時事通信社"),
])
def test_a_japanese_statement_names_the_listed_holder(line, holder):
    assert copyright_holder(line, outlets()) == holder


@pytest.mark.parametrize("line", [
    "この写真の著作権は共同通信社にあります。",  # a picture's
    "このウェブサイトの著作権は山田太郎にあります。",  # unlisted
    "市は、記事の著作権は毎日新聞社にあると述べた。",  # a sentence of the story
    "著作権は人民日報社にあります。掲載された記事の無断転載を禁じます。",  # more after it
    "社の著作権は社にあります。",
])
def test_what_is_no_statement_of_a_listed_holder_names_none(line):
    assert copyright_holder(line, outlets()) is None


def test_a_page_closing_on_the_statement_is_the_holder_s_and_the_statement_no_passage():
    page = f"{TITLE}{LEAD}{MORE}このウェブサイトの著作権は人民日報社にあります。\n"
    assert described(page)["outlet"] == "People's Daily"
    assert not _kept("このウェブサイトの著作権は人民日報社にあります。", JA_HEADLINE, JA_BODY)
    assert _kept("判決は、記事の著作権は新聞社にあると認めた。", JA_HEADLINE, JA_BODY)


# WordPress's Japanese comment box

@pytest.mark.parametrize("line", [
    "コメントを残す",
    "メールアドレスが公開されることはありません。",
    "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です",
    "メールアドレスが公開されることはありません。 ※ が付いている欄は必須項目です",
])
def test_wordpress_s_japanese_comment_box_is_no_passage(line):
    assert not _kept(line, JA_HEADLINE, JA_BODY)


@pytest.mark.parametrize("line", [
    "市は、応募者のメールアドレスが公開されることはありませんと説明した。",
    "市長は住民にコメントを残すよう求めた。",
])
def test_sentences_about_addresses_or_comments_stay(line):
    assert _kept(line, JA_HEADLINE, JA_BODY)


# A link's words pointing "here"

@pytest.mark.parametrize("line", ["続きはこちら", "..///記事全文はこちらから", "ギャラリーページはこちら(25枚)",
                                  "どしどしご応募ください!応募はこちら", "【写真】工事現場の様子はこちら ▶"])
def test_a_japanese_link_pointing_here_is_no_passage(line):
    assert not _kept(line, JA_HEADLINE, JA_BODY)


@pytest.mark.parametrize("line", ["受付はこちらです。", "「出口はこちら」と案内係が叫んだ。", "案内係は、出口はこちらと叫んだ。"])
def test_sentences_pointing_here_stay(line):
    assert _kept(line, JA_HEADLINE, JA_BODY)


# Hostile texts

HOSTILE = ["あ" * 100_000, "。" * 100_000, "(" * 100_000, "(毎日新聞 " * 12_000, "8月31日" * 20_000,
           "メールアドレスが公開されることはありません" * 5_000, "コメントを" * 25_000, "重機が運ぶ、" * 20_000 + "。",
           "著作権は" * 25_000, "の著作権は毎日新聞社" * 10_000, "はこちら" * 25_000, "続き" * 50_000 + "はこちら"]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_texts_read_quickly(hostile):
    assert_each_reads_quickly([_CLOSING_CREDIT, _COMMENT_BOX, _CAPTION_SENTENCE, JAPANESE_HOLDER_STATED,
                               re.compile(POINTING_HERE)],
                              hostile)
    assert_runs_quickly(lambda: copyright_holder(hostile, outlets()), what=hostile[:20])
    assert_runs_quickly(lambda: lead_credits.parenthesised_title_credit(hostile, outlets()), what=hostile[:20])
    assert_runs_quickly(lambda: east_asian_closing(hostile, outlets()), what=hostile[:20])
    assert_runs_quickly(lambda: picture_credit_under_caption(hostile[:60], "時事通信社", hostile, outlets()),
                        what=hostile[:20])

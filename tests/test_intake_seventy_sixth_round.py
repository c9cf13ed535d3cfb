"""Issue 13's seventy-sixth intake round, on texts of our own: the odd halves of `holdout88` (Japan's own press) and
`holdout89` (pages retelling the pact's history). Outlets a Japanese site names in its own lines: its line for screen
readers or its pitch for a subscription ("…のニュースサイトです。", "…の購読はこちら"), its pitch to its members
("…会員(無料)に登録している方は"), its desk signing under the story ("…国際報道部"), a TV listing's header naming the
programme ("2025/03/03(月) 16:30〜17:55 …[字]"), a Latin edition word glued to a name ("…digital"); the day of a print
edition a paper's site notes under the story ("日刊工業新聞 2025年03月04日"); a Korean bracket before a writer and "=".
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from tests.test_intake_thirty_third_round import described

JA_HEADLINE, KO_HEADLINE = "港の連絡船、3月から新ダイヤ\n\n", "항만 여객선, 3월부터 새 시간표로 운항\n\n"
JA_STORY = ("港湾局は15日、連絡船を3月から新しいダイヤで運航すると発表した。運航会社との長い協議の末、冬の航路が"
            "見直された。利用者からは便数の少なさを指摘する声も出ている。\n\n")
KO_STORY = ("항만청은 15일 여객선이 3월부터 새 시간표로 운항한다고 밝혔다. 운항사와의 오랜 협상 끝에 겨울 노선이 "
            "조정됐다. 이용객들은 배편이 적다고 지적했다.\n\n")
READERS_LINE = "のニュースサイトです。ナビゲーションリンクをとばして、ページの本文へ移動します。\n\n"
MEMBERS_LINE = "会員(無料)に登録している方は、ログイン後に有料会員登録を行ってください\n"
AIRED = "2025/03/03(月) 16:30〜17:55 "

# (above the title, under the story): each a site's own line, naming a listed outlet, then the same naming none
OWN_LINES = {
    "The Mainichi": ("", "この記事を印刷する\n\n毎日新聞の購読はこちら 【1週間ためしよみ】 【電子版】\n"),
    "Tokyo Shimbun": ("東京新聞" + READERS_LINE, ""), "The Sankei Shimbun": ("", "産経ニュース" + MEMBERS_LINE),
    "The Asahi Shimbun": ("", "朝日新聞国際報道部\n"), "Shukan Bunshun": ("文藝春秋digital\n\n", ""),
    "TV Asahi": (AIRED + "報道ステーション[字]\n\n", ""),
}
UNLISTED_LINES = [("港湾局" + READERS_LINE, ""), ("", "港湾局" + MEMBERS_LINE), ("", "港湾局国際報道部\n"),
                  ("港湾局digital\n\n", ""), (AIRED + "港のニュース[字]\n\n", "")]


def _japanese_page(above: str = "", below: str = "") -> dict:
    return described(f"{above}{JA_HEADLINE}{JA_STORY * 3}{below}")


@pytest.mark.parametrize("outlet", sorted(OWN_LINES))
def test_a_japanese_sites_own_line_names_it(outlet):
    assert _japanese_page(*OWN_LINES[outlet])["outlet"] == outlet


def test_a_bureau_signing_under_the_story_names_its_paper():
    assert _japanese_page(below="毎日新聞ソウル支局\n")["outlet"] == "The Mainichi"


@pytest.mark.parametrize(("above", "below"), UNLISTED_LINES)
def test_the_same_lines_naming_no_listed_outlet_name_none(above, below):
    assert _japanese_page(above, below)["outlet"] is None


def test_a_listed_desk_in_a_sentence_of_the_story_is_cited_not_signing():
    line = "朝日新聞国際報道部の記者は、連絡船の新ダイヤについて港湾局に質問したと話した。\n"
    assert _japanese_page(below=line)["outlet"] is None


# The day of the print edition under the story (a long story: the note stands under it, not in the page's head)

def _long_page(below: str) -> dict:
    return described(f"{JA_HEADLINE}{JA_STORY * 6}{below}")


def test_a_listed_papers_name_and_a_day_under_the_story_date_the_page():
    found = _long_page("日刊工業新聞 2025年03月04日\n")
    assert (found["outlet"], found["date"]) == ("Nikkan Kogyo Shimbun", "2025-03-04")


@pytest.mark.parametrize("below", ["港湾局 2025年03月04日\n",  # no listed paper: an office's day, the page's unknown
                                   "日刊工業新聞 3月4日\n"])  # no year: none guessed
def test_a_day_beside_no_listed_paper_or_without_its_year_under_the_story_dates_nothing(below):
    assert _long_page(below)["date"] is None


# A Korean bracket before a writer and "="

def test_a_korean_bracket_before_a_writer_and_his_title_names_the_paper():
    raw = KO_HEADLINE + "[항만소식뉴스] 홍길동 편집위원장 = " + KO_STORY * 3
    assert described(raw)["outlet"] == "항만소식뉴스"


def test_a_bracketed_section_before_the_lead_names_no_paper():
    raw = KO_HEADLINE + "[포토뉴스] " + KO_STORY * 3
    assert described(raw)["outlet"] is None

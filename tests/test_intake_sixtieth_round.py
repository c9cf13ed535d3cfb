"""Issue 13's sixtieth intake round, on texts of our own: the odd half of `holdout78` (Korean and Japanese portals,
aggregators, matome blogs, forums and reposts). The wrong outlet first: a Japanese caption's words before a wire's
mark credit the picture; then the dates: a forum thread's first post as copies glue or label its parts, when the
pasted story names its day; then the outlets: an aggregator's bare "Read more <address>", a Japanese portal's
"<name>の元の記事はこちら" and sites now listed; then furniture: a thread's anchors to its replies. A positive failed
before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.site_widgets import is_site_widget
from tests.test_intake_fifty_ninth_round import EN_STORY
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

JA_STORY = ("市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される"
            "予定で、近くの住民は一時的な避難所に移った。交通は数時間後に元に戻ったという。\n\n")
TITLE = "【洪水】市街地が水につかる 住民は避難所へ\n\n"


LEAD_OF_THE_7TH = "市は7日、川があふれて市街地が水につかったと発表した。"
LEAD_OF_THE_6TH = LEAD_OF_THE_7TH.replace("7日", "6日")


@pytest.mark.parametrize("post", [
    "1: 名無しの記者 ★ 2021/05/07(金) 20:12:54.64 ID:AbCdE9",  # the number, a colon, the poster
    "    1: 名無しの記者 ★ 2021/05/07(金) 20:12:54.64 ID:AbCdE9",  # indented as a blog copies it
    "1名無し2021/05/07(Fri) 14:02:46ID:M5MtQx(1/1)NG報告",  # every part glued, the board's buttons after
])
def test_a_copied_threads_first_post_dates_the_page_when_the_story_names_its_day(post):
    assert date_of(f"{TITLE}{post}\n\n{LEAD_OF_THE_7TH}{JA_STORY * 2}") == "2021-05-07"


@pytest.mark.parametrize("post, lead", [
    ("1名無し2021/05/07(Sat) 14:02:46ID:M5MtQx(1/1)NG報告", LEAD_OF_THE_7TH),  # a weekday that day was not
    ("2: 名無しの記者 2021/05/07(金) 20:15:01.11 ID:XyZ12", LEAD_OF_THE_7TH),  # a reply's stamp, not the thread's
    ("2名無し2021/05/07(金) 14:02:46ID:M5MtQx(1/2)NG報告", LEAD_OF_THE_7TH),  # a reply's, its parts glued
    # a copied thread opened after the story's day, or on a story naming no day: the thread's day, not the page's
    ("1: 名無しの記者 ★ 2021/05/07(金) 20:12:54.64 ID:AbCdE9", LEAD_OF_THE_6TH),
    ("1名無し2021/05/07(Fri) 14:02:46ID:M5MtQx(1/1)NG報告", ""),
])
def test_other_stamps_of_a_thread_date_nothing(post, lead):
    assert date_of(f"{TITLE}{post}\n\n{lead}{JA_STORY * 2}") is None


def test_the_boards_own_labelled_first_post_dates_the_page_as_before():
    post = "1 名前:名無しの記者 ★ 2021/05/07(金) 20:12:54.64 ID:AbCdE9"
    assert date_of(f"{TITLE}{post}\n\n{LEAD_OF_THE_6TH}{JA_STORY * 2}") == "2021-05-07"


@pytest.mark.parametrize("raw, outlet", [
    # a Japanese caption's words before the mark credit the picture's agency, not the page's outlet
    (f"{TITLE}写真\n\n浸水した市街地の様子 ©共同通信社\n\n{JA_STORY * 3}", None),
    (f"{TITLE}浸水した市街地の様子 ©時事通信社\n\n{JA_STORY * 3}", None),
    # the mark alone, or a notice of the rights, is still the outlet's
    (f"{TITLE}{JA_STORY * 3}(c)共同通信社\n", "Kyodo News"),
    (f"{TITLE}{JA_STORY * 3}Copyright ©共同通信社 無断転載禁止\n", "Kyodo News"),
    # an aggregator's "Read more" and the original's address: a listed outlet's; another names none
    (f"Floods hit the city\n\n{EN_STORY * 2}Read more https://www.channelnewsasia.com/news/asia/floods-123\n", "CNA"),
    (f"Floods hit the city\n\n{EN_STORY * 2}Read more https://www.riverside-gazette-blog.org/floods-123\n", None),
    # a Japanese portal's pointer to the original: a listed outlet's; an unlisted name none
    (f"ゴゴ通信の元の記事はこちらからご覧ください\n\n{TITLE}{JA_STORY * 3}", "Gogotsu"),
    (f"川辺タイムスの元の記事はこちらからご覧ください\n\n{TITLE}{JA_STORY * 3}", None),
    # sites now listed: a matome blog's masthead, a portal's copyright notice
    (f"かたすみ速報\n\n{TITLE}{JA_STORY * 3}", "Katasumi Sokuhou"),
    (f"{TITLE}{JA_STORY * 3}Copyright 2024\n©KINGSOFT JAPAN INC. ALL RIGHTS RESERVED.\n", "Kingsoft Japan"),
])
def test_outlets_of_japanese_portals_and_aggregators(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("line, widget", [
    (">>2>>7>>11>>40", True),  # a thread's anchors to its replies, alone on a line
    (">>2 >>7", True),
    (">>2 それは違うと思う", False),  # a reply's words after the anchor stay
    (">>2", False),  # one anchor alone may be a reply's head
])
def test_a_threads_reply_anchors_alone_are_furniture(line, widget):
    assert is_site_widget(line) is widget

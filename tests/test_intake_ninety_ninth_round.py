"""Issue 13's ninety-ninth intake round, on texts of our own: two kinds of page furniture that several outlets print and
the intake kept as passages. A paywall's pitch for access ("Get full access to X content across all your devices.",
"Registered users get 2 free articles in 30 days.", "Sign in to read on!", "建議您加入…付費會員…", "月額800円の…") and
a list of the site's other stories, three or more dashed headlines in a row ("- Trump picks a new envoy"). A positive
failed before the round; a negative beside it keeps a story's sentence of the same words or shape."""

from __future__ import annotations

import pytest

from corpus.intake.access_pitches import _CHINESE_MEMBERS, _OFFER, _WALL, is_access_pitch
from corpus.intake.headline_lists import _ITEM, is_headline_list_item
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_seventy_fifth_round import PAGES, _kept, _passages

# A paywall's pitch for access

# Pitches (in English unless a language is named), each a line closing a page of our own
_PITCHES = {
    "Get full access to Harbour Herald content across all your devices.": "en",
    "Try unlimited access": "en", "Gain unlimited digital access to Harbour Herald": "en",
    "Unlimited access to all of Harbour News: reporting, investigations, analysis": "en",
    "Subscribers have full unlimited access to Harbour Weekly.": "en",
    "Registered users get 3 free articles in 30 days.": "en",
    "Not signed up? New users get 2 free articles per month, plus a 7-day unlimited free trial.": "en",
    "Only $1 for four weeks": "en", "Just €2 for the first month": "en",
    "Sign in to read on!": "en", "Sign up for a free preview to unlock the rest of this article": "en",
    "(Full text of the story is now in the Harbour archive. To view the full story, you will need to be a subscribed "
    "member of the archive. To subscribe, please read here.)": "en",
    "To have fuller access to the Harbour News website, it is necessary to subscribe. We offer a broad range of "
    "options.": "en",
    "Log in or register": "en", "- Войдите или зарегистрируйтесь": "en",
    "您所瀏覽的新聞已過查詢時效。建議您加入港灣社付費會員找尋您要的新聞。": "zh",
    "「ハーバー」は、月額800円のコンテンツ配信サイトです。サイト内のすべての記事を読むことができます。": "ja",
}
# A story's sentences with the same words: what someone said, the past tense, no access or no paying members
_SENTENCES = {
    "The pact gives Tokyo full access to Seoul's radar data, officials said.": "en",
    "Unlimited access to the border zone was granted to inspectors on Friday.": "en",
    "Subscribers get 2 free articles a month, the company said.": "en",
    "Inspectors will get full access to the port from March, the ministry announced.": "en",
    "The ferry operator began a free trial of the new route in January.": "en",
    "Members have full voting rights under the new charter.": "en",
    "港務局表示,建議旅客加入會員以便購票。": "zh",
    "同社は月額800円で全ての記事を読むことができるサービスを始めた。": "ja",
    "港湾局は「月額800円で記事を読むことができます」と説明した。": "ja",
}


@pytest.mark.parametrize("line", list(_PITCHES))
def test_a_paywalls_pitch_for_access_is_no_passage(line):
    assert not _kept(line, *PAGES[_PITCHES[line]])


@pytest.mark.parametrize("line", list(_SENTENCES))
def test_a_sentence_about_access_or_a_price_stays(line):
    assert _kept(line, *PAGES[_SENTENCES[line]])


def test_the_pitch_holds_no_more_than_its_own_line():
    assert not is_access_pitch("Try unlimited access" + " now" * 200)  # past the longest pitch
    assert not is_access_pitch("")


# A list of the site's other stories: three dashed headlines in a row

_LIST = ("- Trump picks a new envoy to Seoul\n\n- Six tourists dead in Laos in suspected poisoning\n"
         "- Markets close higher on chip hopes\n- Why Ferry Tickets Are Getting Dearer\n")


def test_three_dashed_headlines_in_a_row_are_no_passages():
    headline, body = PAGES["en"]
    passages = _passages(headline + body + _LIST)
    assert not any("Trump picks" in p or "Laos" in p or "Markets close" in p or "Ferry Tickets" in p for p in passages)
    assert any("new timetable from March" in p for p in passages)  # the story stays


@pytest.mark.parametrize("lines", [
    "- Harbour pilots on strike\n- Ferry fares frozen\n",  # two dashed subheads: a story's
    "- The port said it would close the pier.\n- Officials said fares would rise.\n- Pilots said they would strike.\n",
    "- 港湾局は新ダイヤを発表した。\n- 運航会社は値上げを決めた。\n- 利用者は反発した。\n",  # sentences closed by their stop
    "– Ikke menneskelig svikt\n",  # a quote's dash as Norwegian prints it
])
def test_dashed_sentences_or_fewer_than_three_lines_stay(lines):
    headline, body = PAGES["en"]
    passages = " ".join(_passages(headline + body + lines))
    for line in filter(None, lines.split("\n")):
        assert line.lstrip("-– ")[:12] in passages


@pytest.mark.parametrize("lines", [
    ["- Posted on December 17, 2024", "- By Harbour TV", "- 3 Views"],  # a date row under the title: read for the date
    ["- 한겨레", "- 2020-05-12 21:10", "- 기사 전체 보기"],
    ["- harbour.example: „Fähren fahren später“ (15.09.2008, 13:17 Uhr)",
     "- port.example: „Neue Fahrpläne“ (15.09.2008, 07:00 Uhr)",
     "- news.example: „Streik im Hafen“ (15.09.2008, 18:19 Uhr)"],  # dated sources
])
def test_dashed_lines_holding_a_date_make_no_list(lines):
    assert not any(is_headline_list_item(lines, at) for at in range(len(lines)))


def test_a_list_item_is_read_from_its_neighbours():
    lines = ["- One headline here", "", "", "- Two headline here", "Prose of the story.", "- Three headline here"]
    assert not any(is_headline_list_item(lines, at) for at in range(len(lines)))
    lines = ["- One headline here", "", "- Two headline here", "", "- Three headline here"]
    assert all(is_headline_list_item(lines, at) for at in (0, 2, 4))


# Hostile texts (each ~100 KB): each form is anchored and bounded

@pytest.mark.parametrize("hostile", [
    " " * 100_000, "Get full access " * 6_000, "Sign up for a free preview to " * 3_500,
    "to view the full story, " * 4_000,
    "To have fuller access to " * 4_000, "建議您加入" * 20_000, "月額800円" * 15_000, "- " * 50_000, "?" * 100_000,
])
def test_hostile_lines_read_quickly(hostile):
    for pattern in (_OFFER, _WALL, _CHINESE_MEMBERS, _ITEM):
        assert_runs_quickly(lambda: pattern.match(hostile), what=(pattern.pattern[:40], hostile[:20]))
    assert_runs_quickly(lambda: is_access_pitch(hostile), what=hostile[:20])


def test_hostile_lists_read_quickly():
    lines = ["- a dashed headline"] * 50_000
    assert_runs_quickly(lambda: [is_headline_list_item(lines, at) for at in range(0, 50_000, 10)], what="items")
    lines = [""] * 100_000 + ["- a dashed headline"]
    assert_runs_quickly(lambda: is_headline_list_item(lines, 100_000), what="blank lines above an item")

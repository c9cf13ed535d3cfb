"""Issue 13's seventy-fifth intake round, on texts of our own: the largest forms of page furniture still kept as
passages across the default sets, each a whole short line of a site's tool: a heading over the site's other stories
("関連キーワード", "실시간 랭킹 뉴스", "热门新闻", "Related Story:"), share, follow and app tools ("Share Facebook Twitter",
"Follow us on", "Tap to install our app.", "공유하기", "印刷") and a comment box's counter or heading ("コメント",
"Comments / 0", "댓글 없음:").
A positive failed before the round; a negative beside it keeps a prose line of the same shape."""

from __future__ import annotations

import pytest

from corpus.intake.recirculation_lines import is_recirculation_line
from corpus.loader import article_from_raw
from tests.test_intake_seventy_third_round import (
    BODY, HEADLINE, JA_BODY, JA_HEADLINE, KO_BODY, KO_HEADLINE, ZH_BODY, ZH_HEADLINE,
)


def _passages(text: str) -> tuple[str, ...]:
    article = article_from_raw(text, {}, "round75.txt")
    return tuple(passage.text for passage in article.passages)


def _kept(line: str, headline: str = HEADLINE, body: str = BODY) -> bool:
    """Whether `line`, closing a page of our own, is kept in a passage."""
    return any(line.strip() in passage for passage in _passages(headline + body + line + "\n"))


# Headings over the site's other stories

@pytest.mark.parametrize(("line", "headline", "body"), [
    ("関連キーワード", JA_HEADLINE, JA_BODY), ("※過去関連スレ", JA_HEADLINE, JA_BODY),
    ("「港湾ニュース」のランキング", JA_HEADLINE, JA_BODY), ("こんな記事も読まれています", JA_HEADLINE, JA_BODY),
    ("もっと見る", JA_HEADLINE, JA_BODY), ("실시간 랭킹 뉴스", KO_HEADLINE, KO_BODY), ("관련태그", KO_HEADLINE, KO_BODY),
    ("항만TV 핫클릭", KO_HEADLINE, KO_BODY), ("热门新闻", ZH_HEADLINE, ZH_BODY), ("頻道推薦", ZH_HEADLINE, ZH_BODY),
    ("Related Story:", HEADLINE, BODY), ("More like this", HEADLINE, BODY), ("Latest Port News", HEADLINE, BODY),
    ("Read more here…", HEADLINE, BODY), ("Swipe or click to see more", HEADLINE, BODY),
])
def test_a_heading_over_other_stories_is_no_passage(line, headline, body):
    assert not _kept(line, headline, body)


@pytest.mark.parametrize(("line", "headline", "body"), [
    ("関連する法案は来月の国会で審議される見通しだ。", JA_HEADLINE, JA_BODY),
    ("관련 기사는 항만청 누리집에서 볼 수 있다고 항만청은 설명했다.", KO_HEADLINE, KO_BODY),
    ("热门航线的票价将在下月调整。", ZH_HEADLINE, ZH_BODY),
    ("More than forty passengers were waiting at the pier when the first ferry left.", HEADLINE, BODY),
    ("Related stories in the local press had warned of the change for months.", HEADLINE, BODY),
])
def test_a_sentence_using_a_headings_words_stays(line, headline, body):
    assert _kept(line, headline, body)


# Share, follow and app tools

@pytest.mark.parametrize(("line", "headline", "body"), [
    ("Share Facebook Twitter LinkedIn", HEADLINE, BODY), ("ShareTweetEmail", HEADLINE, BODY),
    ("Follow us on", HEADLINE, BODY),
    ("Join us on", HEADLINE, BODY), ("Follow @harbourdesk", HEADLINE, BODY), ("Twitter: @harbourdesk", HEADLINE, BODY),
    ("Harbour Herald Facebook:", HEADLINE, BODY), ("Tap to install our app.", HEADLINE, BODY),
    ("Install the Harbour Herald app", HEADLINE, BODY), ("Print Friendly", HEADLINE, BODY),
    ("공유하기", KO_HEADLINE, KO_BODY), ("印刷", JA_HEADLINE, JA_BODY),
])
def test_a_share_follow_or_app_tool_is_no_passage(line, headline, body):
    assert not _kept(line, headline, body)


@pytest.mark.parametrize("line", [
    "The mayor wrote on Twitter:", "Readers can share the new timetable with friends on Facebook.",
    "Follow the signs to the new ferry terminal, the operators said.",
    "Passengers can download the operator's app to check the timetable.",
])
def test_a_sentence_naming_a_tool_stays(line):
    assert _kept(line)


# A comment box's counter or heading

@pytest.mark.parametrize(("line", "headline", "body"), [
    ("コメント", JA_HEADLINE, JA_BODY), ("この記事のコメントを見る", JA_HEADLINE, JA_BODY),
    ("댓글 없음:", KO_HEADLINE, KO_BODY), ("Comments / 0", HEADLINE, BODY), ("All Comments (0)", HEADLINE, BODY),
    ("No comments have been added yet.", HEADLINE, BODY), ("Please enter your comment!", HEADLINE, BODY),
])
def test_a_comment_boxs_counter_is_no_passage(line, headline, body):
    assert not _kept(line, headline, body)


@pytest.mark.parametrize(("line", "headline", "body"), [
    ("港湾局はコメントを控えた。", JA_HEADLINE, JA_BODY),
    ("No comments were made by the operators on Wednesday.", HEADLINE, BODY),
])
def test_a_sentence_about_comments_stays(line, headline, body):
    assert _kept(line, headline, body)


def test_a_long_line_of_tool_words_is_prose_length_and_no_form():
    assert not is_recirculation_line("Share " * 20)

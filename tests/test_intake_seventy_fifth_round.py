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


PAGES = {"en": (HEADLINE, BODY), "ja": (JA_HEADLINE, JA_BODY), "ko": (KO_HEADLINE, KO_BODY),
         "zh": (ZH_HEADLINE, ZH_BODY)}


def _passages(text: str) -> tuple[str, ...]:
    article = article_from_raw(text, {}, "round75.txt")
    return tuple(passage.text for passage in article.passages)


def _kept(line: str, headline: str = HEADLINE, body: str = BODY) -> bool:
    """Whether `line`, closing a page of our own, is kept in a passage."""
    return any(line.strip() in passage for passage in _passages(headline + body + line + "\n"))


# Headings over the site's other stories, a comment box's counter or heading

@pytest.mark.parametrize(("line", "language"), [
    ("関連キーワード", "ja"), ("※過去関連スレ", "ja"),
    ("「港湾ニュース」のランキング", "ja"), ("こんな記事も読まれています", "ja"),
    ("もっと見る", "ja"), ("실시간 랭킹 뉴스", "ko"), ("관련태그", "ko"),
    ("항만TV 핫클릭", "ko"), ("热门新闻", "zh"), ("頻道推薦", "zh"),
    ("Related Story:", "en"), ("More like this", "en"), ("Latest Port News", "en"),
    ("Read more here…", "en"), ("Swipe or click to see more", "en"),
    ("コメント", "ja"), ("この記事のコメントを見る", "ja"),
    ("댓글 없음:", "ko"), ("Comments / 0", "en"), ("All Comments (0)", "en"),
    ("No comments have been added yet.", "en"), ("Please enter your comment!", "en"),
])
def test_a_heading_over_other_stories_or_a_comment_counter_is_no_passage(line, language):
    assert not _kept(line, *PAGES[language])


@pytest.mark.parametrize(("line", "language"), [
    ("関連する法案は来月の国会で審議される見通しだ。", "ja"),
    ("관련 기사는 항만청 누리집에서 볼 수 있다고 항만청은 설명했다.", "ko"),
    ("热门航线的票价将在下月调整。", "zh"),
    ("More than forty passengers were waiting at the pier when the first ferry left.", "en"),
    ("Related stories in the local press had warned of the change for months.", "en"),
    ("港湾局はコメントを控えた。", "ja"), ("No comments were made by the operators on Wednesday.", "en"),
])
def test_a_sentence_using_a_headings_or_a_comment_boxs_words_stays(line, language):
    assert _kept(line, *PAGES[language])


# Share, follow and app tools

@pytest.mark.parametrize(("line", "language"), [
    ("Share Facebook Twitter LinkedIn", "en"), ("ShareTweetEmail", "en"),
    ("Follow us on", "en"),
    ("Join us on", "en"), ("Follow @harbourdesk", "en"), ("Twitter: @harbourdesk", "en"),
    ("Harbour Herald Facebook:", "en"), ("Tap to install our app.", "en"),
    ("Install the Harbour Herald app", "en"), ("Print Friendly", "en"),
    ("공유하기", "ko"), ("印刷", "ja"),
])
def test_a_share_follow_or_app_tool_is_no_passage(line, language):
    assert not _kept(line, *PAGES[language])


@pytest.mark.parametrize("line", [
    "The mayor wrote on Twitter:", "Readers can share the new timetable with friends on Facebook.",
    "Follow the signs to the new ferry terminal, the operators said.",
    "Passengers can download the operator's app to check the timetable.",
])
def test_a_sentence_naming_a_tool_stays(line):
    assert _kept(line)


def test_a_long_line_of_tool_words_is_prose_length_and_no_form():
    assert not is_recirculation_line("Share " * 20)

"""Issue 13's seventy-seventh intake round, on texts of our own: Japanese and Korean site chrome still kept as
passages on the odd halves of holdout88/89 (Japan's own press; retellings of the pact's history): skip links and
paths ("ここから本文", "トップ > 国際 > 記事"), print and members' tools ("この記事を印刷する", "有料会員向け記事"), rankings
("ランキング一覧を見る"), marked related stories ("【関連記事】 …"), tag rows, Korean production credits ("영상편집ㅣ…"),
counters ("1962 بازدید") and a broadcaster's note on its live captions.
A positive failed before the round; a negative beside it keeps a prose line of the same shape."""

from __future__ import annotations

import pytest

from corpus.intake.chrome_lines import is_chrome_line
from corpus.loader import article_from_raw
from tests.test_intake_seventy_third_round import BODY, HEADLINE, JA_BODY, JA_HEADLINE, KO_BODY, KO_HEADLINE

PAGES = {"en": (HEADLINE, BODY), "ja": (JA_HEADLINE, JA_BODY), "ko": (KO_HEADLINE, KO_BODY)}


def _kept(line: str, language: str) -> bool:
    """Whether `line`, closing a page of our own in `language`, is kept in a passage."""
    headline, body = PAGES[language]
    article = article_from_raw(headline + body + line + "\n", {}, "round77.txt")
    return any(line.strip() in passage.text for passage in article.passages)


@pytest.mark.parametrize(("line", "language"), [
    # a skip link, a path from the front page, print and members' tools, rankings, a pick's heading
    ("ここから本文", "ja"), ("港新聞のサイトです。ナビゲーションリンクをとばして、ページの本文へ移動します。", "ja"),
    ("トップ > 国際 > 港湾 > 記事", "ja"), ("この記事を印刷する", "ja"),
    ("港新聞の購読はこちら 【電子版】", "ja"), ("有料会員向け記事こちらは有料会員記事です", "ja"),
    ("港新聞会員(無料)に登録している方は、ログイン後に有料会員登録を行ってください", "ja"),
    ("ニュースアクセスランキング 8時30分集計", "ja"), ("ランキング一覧を見る", "ja"), ("ピックアップ", "ja"),
    ("About the Author", "en"),
    # marked related stories, a tag row
    ("【関連記事】 港の再建はなぜ遅れたのか?", "ja"), ("<関連ニュース>港で倉庫火災", "ja"),
    ("▼関連スライドショー(写真をクリック)▼", "ja"), ("관련 키워드부산항만협정 재개", "ko"),
    ("관련 글 '항만 협정'(전문)과 그 배경", "ko"), ("항만 협정 #항만 협정 #부산항 #협정 뜻 #협정 연장", "ko"),
    # Korean production credits, counters, notes on the site's own text
    ("영상편집ㅣ김철수", "ko"), ("자막뉴스 제작ㅣ이 선 에디터", "ko"), ("번역/편집: 박영희", "ko"),
    ("(김철수 기자; 편집 이영희 기자)", "ko"), ("조회수 : 1617회", "ko"), ("1962 بازدید", "en"),
    ("News ID: 4412", "en"), ("当番組は同時入力の為、誤字脱字が発生する場合があります。", "ja"),
    ("※Xのサービスが混み合っている時など、ツイートが表示されない場合もあります。", "ja"),
])
def test_a_sites_chrome_line_is_no_passage(line, language):
    assert not _kept(line, language)


@pytest.mark.parametrize(("line", "language"), [
    ("港湾局は本文への修正を求めた。", "ja"), ("市はトップ > 港湾局 > 市長の順に報告するよう定めた。", "ja"),
    ("港湾局は記事を印刷して配った。", "ja"), ("同社の有料会員記事の閲覧数は前年より増えた。", "ja"),
    ("港はランキングで首位に立った。", "ja"), ("関連記事によると、港の再建は遅れた。", "ja"),
    ("About the author of the plan, little was said at the hearing.", "en"),
    ("관련 키워드를 검색하면 항만청의 발표가 먼저 나온다.", "ko"),
    ("관련 기사 '항만 협정'은 어제 항만청 누리집에 실렸다.", "ko"),
    ("항만청은 #1 부두와 #2 부두, #3 부두를 먼저 연다고 밝혔다.", "ko"),
    ("제작 중단을 발표했다.", "ko"), ("영상 편집은 김철수 씨가 맡았다고 항만청은 설명했다.", "ko"),
    ("조회수 8억 건을 넘어섰다.", "ko"), ("The video passed 1962 views within an hour of its release.", "en"),
    ("番組は誤字脱字が多いとの指摘を受けた。", "ja"),
])
def test_a_sentence_of_the_same_shape_stays(line, language):
    assert _kept(line, language)


def test_a_tag_row_of_sentences_is_no_tag_row():
    assert not is_chrome_line("항만청은 밝혔다. #1 부두는 연다. #2 부두는 닫는다. #3 부두는 고친다.")

"""Issue 13's sixty-seventh intake round, on texts of our own: the odd half of `holdout85` (Japan's and Korea's own
press beyond the big national names). Dates first: a Korean or Japanese posting label and its stamp alone under the
story ("入力 2019-11-22 18:21:00"), a Korean portal's byline stamp run into a page copied as one line; then outlets:
a Japanese paywall naming the site, a blog's sentence introducing the paper's story it pastes; then furniture:
Korean and Japanese chrome (trending lists, reaction buttons, subscription and mobile links, a picture's source,
an agency's motto, a paywall), never glued to the paragraph above it.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

JA_TITLE = "川沿いの道が冠水で通行止めに\n\n"
JA_STORY = ("市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される"
            "見通しだという。\n\n")
KO_TITLE = "강변도로 침수로 통제\n\n"
KO_STORY = "소방당국은 구조대가 밤새 수색을 이어갔으며 사고 원인은 아직 밝혀지지 않았다고 밝혔다. 자세한 내용은 다음 주 발표된다.\n\n"


def test_a_japanese_posting_label_and_its_stamp_alone_under_the_story_dates_the_page():
    assert date_of(f"{JA_TITLE}{JA_STORY * 3}  • 入力 2025-03-03 18:21:00\n") == "2025-03-03"


@pytest.mark.parametrize("stamp", ["기사입력 2025.03.03 18:05", "記事入力 : 2025/03/03 11:05"])
def test_other_posting_labels_under_the_story_date_the_page_as_before(stamp):
    assert date_of(f"{JA_TITLE}{JA_STORY * 3}{stamp}\n") == "2025-03-03"


def test_stamps_of_a_list_of_other_stories_date_nothing():
    closing = "• 入力 2025-03-03 18:21:00\n\n• 入力 2025-02-11 09:00:00\n"
    assert date_of(f"{JA_TITLE}{JA_STORY * 3}{closing}") is None


def test_a_portal_byline_stamp_in_a_page_copied_as_one_line_dates_it():
    raw = f"강변도로 침수로 통제 김철수 입력 2025. 03. 03. 18:49 댓글 12개 {KO_STORY.strip() * 3}"
    assert date_of(raw) == "2025-03-03"


def test_a_stamp_far_into_a_line_run_together_is_a_listed_story_and_dates_nothing():
    raw = f"강변도로 침수로 통제 {KO_STORY.strip() * 4} 관련기사 김철수 입력 2025. 03. 03. 18:49"
    assert date_of(raw) is None


def test_a_japanese_paywall_naming_a_listed_site_gives_its_outlet():
    paywall = "この記事は有料会員限定です。\n日刊ゲンダイDIGITALに有料会員登録すると続きをお読みいただけます。\n"
    assert outlet_of(f"{JA_TITLE}{JA_STORY * 2}{paywall}") == "Nikkan Gendai"


def test_a_paywall_naming_an_unlisted_site_gives_none():
    paywall = "この記事は有料会員限定です。\n港町タイムズに有料会員登録すると続きをお読みいただけます。\n"
    assert outlet_of(f"{JA_TITLE}{JA_STORY * 2}{paywall}") is None


def test_a_blog_introducing_a_listed_papers_story_it_pastes_gives_the_paper():
    intro = "今日は雨でした。読売新聞の今日の記事には、次のように書かれていました。\n\n"
    assert outlet_of(f"大雨の一日\n\n{intro}{JA_STORY * 3}") == "The Yomiuri Shimbun"


@pytest.mark.parametrize("intro", [
    "今日は雨でした。町内会報の今日の記事には、次のように書かれていました。\n\n",  # an unlisted name
    "今日は雨でした。読売新聞の記事について、私はこう思いました。\n\n",  # the paper named, nothing pasted
])
def test_an_unlisted_name_or_a_paper_only_mentioned_gives_none(intro):
    assert outlet_of(f"大雨の一日\n\n{intro}{JA_STORY * 3}") is None


CHROME = ("지금 뜨는 뉴스", "지금 이뉴스", "HOT 연예 스포츠", "좋아요 싫어요 후속기사 원해요", "좋아요0 화나요0 추천해요0",
          "한국경제 구독신청", "모바일한경 보기", "경기소방재난본부 제공", "◎공감언론 뉴시스 kim@newsis.com",
          "この記事は有料会員限定です。", "日刊ゲンダイDIGITALに有料会員登録すると続きをお読みいただけます。",
          "(残り879文字/全文1,019文字)", "【ログインしていただくと記事中の広告が非表示になります】")
# sentences using the chrome's words
SAME_WORDS = ("지금 뜨는 뉴스를 보면 시민들의 관심이 어디에 있는지 알 수 있다.", "좋아요를 누른 사람은 모두 30명이었다.",
              "소방청은 현장 사진을 언론에 제공했다.", "この記事は、先週の会見をもとに書かれています。")


def test_korean_and_japanese_chrome_is_furniture():
    assert [line for line in CHROME if not is_furniture(line)] == []


def test_sentences_using_the_same_words_stay_passages():
    assert [line for line in SAME_WORDS if is_furniture(line)] == []


def test_a_section_bar_after_a_wrapped_looking_korean_story_is_not_glued_to_its_last_paragraph():
    page = clean_page(f"{KO_TITLE}{KO_STORY * 4}HOT 연예 스포츠\n")
    assert page.paragraphs[-1] == KO_STORY.strip()

"""A Korean lead is prose however short its line: a Hangul syllable says what two or three Latin
letters do, so a page's first sentences are not taken for its header (issue 13: nothing lost).
Pages written for these tests, in the forms Korean papers print."""

from __future__ import annotations

from corpus.cleaning import clean_page, is_prose
from corpus.intake.east_asian_widgets import is_east_asian_widget

LEAD = "청와대는 22일 어업협정 종료 통보의 효력을 정지하기로 했다고 발표했다."
PAGE = ("정부, 어업협정 종료 통보 효력 정지…\"언제든 종료 가능\"\n\n" + LEAD + "\n\n"
        "정부가 협정 종료를 결정한 지 꼭 3개월 만에 나온 발표다.\n\n[연합뉴스 제공]\n\n"
        "국가안보실 1차장은 브리핑에서 \"우리 정부는 언제든지 협정 효력을 종료시킬 수 있다는 전제하에 이같이 "
        "결정했다\"며 \"상대국도 이에 대한 이해를 표했다\"고 말했다.\n")


def test_a_short_korean_lead_is_prose_and_stays_in_the_article():
    assert len(LEAD) < 60 and is_prose(LEAD)
    paragraphs = clean_page(PAGE).paragraphs
    assert paragraphs[0] == LEAD
    assert paragraphs[1].startswith("정부가 협정 종료를 결정한 지")


def test_a_korean_headline_or_menu_is_still_not_prose():
    assert not is_prose("외교부 \"협정 언제든 끝낼 수 있어…'해마다 연장' 개념 안 맞아\"")  # a quotation, no sentence end
    assert not is_prose("SBS 뉴스 상단 메뉴")
    assert not is_prose("정부가 발표했다.")  # a sentence, but too short for a lead


def test_a_portal_s_note_on_its_summary_bot_is_furniture():
    assert is_east_asian_widget("기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.")
    assert is_east_asian_widget("전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.")
    assert not is_east_asian_widget("정부는 주요 문장을 기반으로 결과를 발표했습니다.")

"""Issue 13's thirty-eighth intake round, on texts of our own: the odd halves of `holdout52` and
`holdout55` (no wrong answer there; their unknowns, by kind). A positive failed before the round; a
negative beside it keeps what must not change."""

from __future__ import annotations

from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_metadata_outlets import outlet_of

ZH_STORY = "当地时间周四,县政府表示,河谷洪水造成的遇难人数再次上升,救援队已连续第三天展开搜救。\n"


def test_a_chinese_credit_with_its_reporter_in_brackets_before_the_text():
    page = "河谷洪水遇难人数上升\n\n{}(实习记者 王小明)当地时间周四,县政府表示遇难人数再次上升。\n" + ZH_STORY * 2
    assert outlet_of(page.format("【财新网】")) == "Caixin"
    assert outlet_of(page.format("【示例网】")) is None  # unlisted and undated: a source, not the outlet
    # a bracket holding no reporter between the credit and the text names none
    assert outlet_of("河谷洪水遇难人数上升\n\n【财新网】(图)当地时间周四,县政府表示。\n" + ZH_STORY * 2) is None


def test_a_korean_papers_name_in_brackets_on_a_line_of_its_own():
    page = "{}\n" + KO_STORY * 3
    assert outlet_of(page.format("[비즈니스포스트]")) == "BusinessPost (Korea)"
    assert outlet_of(page.format("[앵커]")) is None  # a transcript's mark
    assert outlet_of(page.format("[한빛일보]")) is None  # a paper's ending, unlisted: on the same line only


def test_a_hyphen_for_the_korean_credits_equals_sign():
    page = "제방 보강 공사 시작\n\n{} " + KO_STORY * 3
    assert outlet_of(page.format("[비즈니스포스트-김철수기자]")) == "BusinessPost (Korea)"
    assert outlet_of(page.format("[사진-김철수기자]")) is None  # unlisted: no place nor outlet read


def test_a_japanese_associations_form_before_the_copyright_holder():
    page = "堤防の補強工事始まる\n\n" + JA_STORY * 3 + "\n{}\n"
    assert outlet_of(page.format("© 一般社団法人共同通信社")) == "Kyodo News"
    assert outlet_of(page.format("© 一般社団法人日本河川協会")) is None


def test_an_excerpt_of_a_listed_papers_story_closing_it():
    page = "堤防の補強工事始まる\n\n" + JA_STORY * 3 + "住民の避難計画も見直す。{}\n"
    assert outlet_of(page.format("【毎日新聞抜粋】")) == "The Mainichi"
    assert outlet_of(page.format("【編集部抜粋】")) is None


def test_an_outlet_and_its_day_alone_in_lenticular_brackets():
    page = "堤防の補強工事始まる\n\n{}" + JA_STORY * 3
    assert outlet_of(page.format("【大紀元日本11月23日】")) == "The Epoch Times"  # its edition's place after it
    assert outlet_of(page.format("【東京11月23日】")) is None  # a place, no outlet
    assert outlet_of(page.format("大紀元日本11月23日 ")) is None  # no brackets, no "電"


def test_deutsche_welles_editors_over_the_wires():
    page = "Valley toll rises\n\n" + EN_STORY * 3 + "{}\n"
    assert outlet_of(page.format("tj/rc (AFP, dpa)")) == "Deutsche Welle"
    assert outlet_of(page.format("tj/rc")) is None  # initials alone
    assert outlet_of(page.format("tj/rc (county, staff)")) is None  # no wires in the brackets


def test_outlets_added_this_round():
    assert outlet_of(KO_STORY * 3 + "일요시사=박성원 기자(psw@ilyosisa.co.kr)\n") == "Ilyosisa"
    assert outlet_of("The Daily Manila Shimbun\n\nValley toll rises\n\nMarch 26, 2018\n\n" + EN_STORY * 3) \
        == "The Daily Manila Shimbun"

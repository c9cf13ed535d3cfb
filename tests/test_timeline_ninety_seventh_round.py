"""Round 97 (issue 14): a proposed event's title that needs what came before is mended from its own sentence or not
proposed. A deed or a document named by its bare noun ("The test took place", "X welcomed the decision"), a deed
told as another's repeated ("Japan did the same"), a Chinese clause held at the meeting named before ("会上表决通过了
...": the clause before kept with it, else not proposed), a Korean joining word ("이에 정부는 ...": left out); a
caption's "(second from left)". Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_clause, title_openings
from corpus.event_titles import event_title
from index import proposals, title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly


def _title(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize("title", [
    "The test took place at the northern site",
    "The decision answered the city's removal of the port from its list",
    "The claim met doubt from experts and sharp condemnation",
    "The controls began",
    "The draft was settled",
    "The deal cleared a vice-ministerial meeting",
    "The ceremony opened at 10 a.m",
    "This move drew a protest from the council",
    "The mayor welcomed the decision",
    "The regional assembly passed the bill 150-3",
    "The city council began examining the sale",
    "The two ports signed the agreement",
    "The city did the same to its neighbour",
    "The province followed suit",
    "会上表决通过了港口收费方案",
    "会议表决通过了港口收费方案",
    "该协定正式生效",
])
def test_a_title_that_needs_what_came_before_is_not_proposed(title):
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "The yen fell sharply",  # a thing of its own, not a deed named before
    "The lower house passed the bills",
    "Seoul decided to conditionally suspend its earlier move to leave the deal",  # the deal not the verb's object
    "The test of the new engine ended in a fire",
    "The deal between the two ports took effect",
    "The decision by the court drew protests",
    "The mayor approved the agreement with the port",
    "The quake struck at 2:46 p.m. local time",
    "The three parties agreed to table a motion",
    "The Security Council adopted a fresh resolution",
    "The Supreme Court delivered its ruling",
    "The city did its best to clear the roads",  # "did" with its own object
    "市长主持召开市政会议,会议表决通过了港口收费方案",
    "国务会议表决通过了港口收费方案",
])
def test_a_title_that_tells_its_own_happening_is_kept(title):
    assert worth_proposing(title, None, title)


def test_a_chinese_clause_at_the_meeting_keeps_the_clause_that_names_it():
    sentence = "本报讯 据当地媒体报道,市长李明远3日主持召开全市港口工作会议,会上表决通过了新的港口收费和泊位分配方案。"
    assert _title(sentence, "3日", "通过") == "市长李明远主持召开全市港口工作会议,会上表决通过了新的港口收费和泊位分配方案"


def test_a_chinese_clause_of_its_own_is_kept_alone():
    sentence = "本报讯 据当地媒体报道,市长李明远3日前往港口视察工作,全市港口工作会议表决通过了新的港口收费和泊位分配方案。"
    assert _title(sentence, "3日", "通过") == "全市港口工作会议表决通过了新的港口收费和泊位分配方案"


def test_a_korean_joining_word_is_left_out():
    assert title_openings.without_setting("이에 시청은 항구 요금 인상을 결정했다", 16) == "시청은 항구 요금 인상을 결정했다"
    assert title_openings.without_setting("이에 따라 시청은 항구 요금 인상을 결정했다", 20) == "시청은 항구 요금 인상을 결정했다"


@pytest.mark.parametrize("text", [
    "이에스더 씨는 항구 요금 인상을 결정했다",  # a name, no joining word
    "이어폰 판매가 늘었다",
])
def test_a_korean_word_that_only_begins_like_a_joining_word_stays(text):
    assert title_openings.without_setting(text, len(text) - 3) == text


@pytest.mark.parametrize("sentence", [
    "Mayor Kim (second from left) leads an emergency meeting at city hall on Monday.",
    "Mayor Kim (3rd from right) attends a ceremony on Monday.",
    "Mayor Kim (second left) attends a ceremony on Monday.",
])
def test_a_caption_that_says_where_one_stands_is_page_text(sentence):
    assert proposals._OF_THE_PIECE.search(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor (second from the left of the party's list) won the seat on Monday.",
    "The council left (from left) its old offices on Monday.",
])
def test_a_bracket_that_places_no_one_in_a_picture_is_not_a_caption(sentence):
    assert not proposals._OF_THE_PIECE.search(sentence)


_HOSTILE = [
    "The " * 30_000,
    "The test " * 12_000,
    "did the same " * 8_000,
    "passed the bill " * 7_000,
    "会上" * 50_000,
    "会议," * 33_000,
    "이에 " * 33_000,
    "(second from " * 8_000,
    "3日" * 33_000,
]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:12])
def test_the_new_rules_read_hostile_text_quickly(text):
    assert_each_reads_quickly([title_worth._NAMED_BEFORE_SUBJECT, title_worth._NAMED_BEFORE_OBJECT,
                               title_worth._DID_THE_SAME, title_worth._CJK_POINTS_BACK, title_clause._MEETING_BEFORE,
                               title_clause._CJK_DAY, title_openings._SETTING, proposals._OF_THE_PIECE], text)
    assert_runs_quickly(lambda: title_worth._points_back(text), what="_points_back")
    assert_runs_quickly(lambda: title_clause._cjk_clause(text, len(text) // 2), what="_cjk_clause")


def test_a_wires_dateline_before_the_meeting_stays_out():
    sentence = ("本报首尔5月3日电 市长李明远3日主持召开全市港口工作会议,会上表决通过了新的港口收费和泊位分配方案,"
                "方案将于下月起在全市各港口实施。")
    assert _title(sentence, "5月3日", "通过") == "市长李明远主持召开全市港口工作会议,会上表决通过了新的港口收费和泊位分配方案"

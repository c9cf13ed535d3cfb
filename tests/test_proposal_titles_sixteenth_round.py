"""Proposed events of timeline round 16 (corpus/event_titles.py, index/proposals.py,
corpus/text_units.py): a wire's dateline that opens with its date leaves the title; a clause
joined by "and" with a date of its own is another happening's; a long Chinese or Japanese
sentence is titled by the clause of its verb; "From left, ..." opens a photo's caption; "No."
before a number ends no sentence. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title
from corpus.text_units import sentences
from tests.test_proposal_captions import proposed


def titled(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a dateline that opens with its date leaves the title
    ("March 3, 2021 (EIRNS)\u2014Chinese and Russian envoys met today in Geneva.", "today", "met",
     "Chinese and Russian envoys met in Geneva"),
    ("June 9, 2020 (AgencyX) -- The two ministers spoke today by telephone.", "today", "spoke",
     "The two ministers spoke by telephone"),
    ("Oct. 2, 2018\u2014Seoul's navy held a review on Tuesday off Jeju.", "on Tuesday", "held",
     "Seoul's navy held a review off Jeju"),
    # what "and" joins with a date of its own is another happening's
    ("Kato took up his post in Tokyo in March 2015 and retired from the ministry in June 2019.",
     "in March 2015", "took", "Kato took up his post in Tokyo"),
    ("The envoy arrived in Seoul on Monday and left for Beijing on Nov. 3.", "on Monday", "arrived",
     "The envoy arrived in Seoul"),
    ("She joined the cabinet in April and resigned by 2018.", "in April", "joined", "She joined the cabinet"),
    # no date after the "and": one happening, kept whole
    ("The envoys met in Geneva on Monday and agreed to meet again.", "on Monday", "met",
     "The envoys met in Geneva and agreed to meet again"),
    ("The ministers met on Monday and talked for two hours in the capital.", "on Monday", "met",
     "The ministers met and talked for two hours in the capital"),
    # offices before names are left out when that brings the verb within the title's room
    ("Chinese President Xi Jinping, Russian President Vladimir Putin and Indian Prime Minister Narendra Modi"
     " met on Tuesday in Kazan for talks on trade.", "on Tuesday", "met",
     "Xi Jinping, Vladimir Putin and Narendra Modi met in Kazan for talks on trade"),
    ("U.S. Secretary of State Antony Blinken and Foreign Minister Park Jin held talks on Monday.", "on Monday",
     "held", "U.S. Secretary of State Antony Blinken and Foreign Minister Park Jin held talks"),
    # a long Chinese sentence is titled by its verb's clause
    ("两国政府9月3日突然宣布恢复与对方的经济对话,3月5日双方在北京完成文本谈判,前后不到半年就走完如此复杂的程序,显示两国急于改善关系。",
     "3月5日", "完成", "双方在北京完成文本谈判"),
    ("两国代表团上月起在日内瓦多次磋商,10日双方正式签署了新的贸易协定,外界普遍认为这是关系改善的标志。",
     "10日", "签署了", "双方正式签署了新的贸易协定"),
])
def test_a_title_is_the_clause_that_says_what_happened(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_a_short_chinese_sentence_keeps_its_subject():
    assert titled("两国外长5日在北京会谈,达成共识。", "5日", "会谈") == "两国外长在北京会谈,达成共识"


@pytest.mark.parametrize("text", [
    "From left, Foreign Minister Kim, Prime Minister Sato and Secretary Lee chat at a dinner in Tokyo on Tuesday.",
    "(Yonhap) From right, the two ministers talk at a meeting in Seoul on Tuesday.",
    "Clockwise from top, delegates listen at a forum in Busan on Tuesday.",
])
def test_who_stands_where_opens_a_photo_caption(text):
    assert proposed(text, "2021-03-04") == []


def test_from_a_place_opens_no_caption():
    assert proposed("From Seoul, the envoy flew to Tokyo on Tuesday for talks.", "2021-03-04") != []


@pytest.mark.parametrize(("text", "count"), [
    ("The cabinet took up the bill, filed as Bill No. 2044, on Tuesday and passed it. Park approved it.", 2),
    ("The flight, listed as No. 17, landed late. Crews waited.", 2),
    ("He answered No. The meeting ended.", 2),
])
def test_no_before_a_number_ends_no_sentence(text, count):
    assert len(sentences(text)) == count

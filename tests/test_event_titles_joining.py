"""Proposed events' titles (corpus.event_titles) that a joining word or a belief ("They believe")
opens or a gapped clause ends, an "as" that tells a role rather than opening a clause, and a
Chinese wire's dateline; each quick on hostile text."""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("The minister told lawmakers that Canberra ratified on March 3 and Wellington and Ottawa each on March 9.",
     "on March 3", "ratified", "Canberra ratified"),
    ("Officials said the fleet sailed on Monday, and that the port closed on Tuesday once the storm hit.",
     "on Tuesday", "closed", "The port closed once the storm hit"),
    ("And it sent a second letter on Friday withdrawing the first.", "on Friday", "sent",
     "It sent a second letter withdrawing the first"),
    ("On May 2, Ankara stopped treating Athens as a preferred supplier and raised tariffs.", "On May 2",
     "stopped", "Ankara stopped treating Athens as a preferred supplier and raised tariffs"),
    ("Envoys met for talks on Friday as the deadline neared.", "on Friday", "met", "Envoys met for talks"),
    ("They believe the driver left the depot on Thursday morning.", "on Thursday", "left",
     "The driver left the depot"),
    # a Chinese wire's dateline and the report it cites are no part of the title
    ("新华社4月5日电 据当地媒体报道，港口当天关闭。", "4月5日", "关闭", "港口当天关闭"),
    ("（中央社記者王大明台北5日專電）港口今天關閉。", "5日", "關閉", "港口今天關閉"),
    # (round 15) a span's end goes with its start; "known as", "such as" open no clause
    ("The envoy toured the region from Monday to Thursday at the request of the council.", "Monday", "toured",
     "The envoy toured the region at the request of the council"),
    ("The ferry operator known as \"Blue Line\" apologised on Friday for the delay.", "on Friday", "apologised",
     "The ferry operator known as \"Blue Line\" apologised for the delay"),
])
def test_a_title_without_its_joining_word_or_another_clause(sentence, date, verb, title):
    start, verb_start = sentence.index(date), sentence.index(verb)
    assert event_title(sentence, (start, start + len(date)), (verb_start, verb_start + len(verb))) == title


@pytest.mark.parametrize("rest", [" and a" * 20000, " and a b c each" * 10000, " as an" * 20000])
def test_a_title_is_made_quickly_of_hostile_runs_of_joining_words(rest):
    sentence = "And that Seoul signed the pact on Monday" + rest + "."
    assert_runs_quickly(lambda: event_title(sentence, (31, 40), (14, 20)), limit=5)

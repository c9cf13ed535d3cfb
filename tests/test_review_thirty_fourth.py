"""Review round 34: a title's dateline is read in one pass over a hostile word, and what it finds is the same.

`corpus.title_page_text`'s dateline read each capitalised word of its place with a quantifier that gave its
characters back one by one (0.35 s for a sentence of one 1 MB word); nothing that follows a word is one of its
characters, so the word is now read possessively: the same datelines, found in linear time.
"""

from __future__ import annotations

import pytest

from corpus.title_page_text import past_the_dateline
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize("sentence", ["A" * 1_000_000, "SEOUL, " + "B" * 1_000_000, "Seoul/" + "Tokyo" * 200_000],
                         ids=["one word", "a word after a place", "a word after a slash"])
def test_a_dateline_over_a_one_megabyte_word_is_read_in_a_tenth_of_a_second(sentence):
    assert_runs_quickly(lambda: past_the_dateline(sentence, (0, 0), None))


@pytest.mark.parametrize(("sentence", "story"), [
    ("Seoul/Tokyo, May 31 (EFE).- Ministers met in Busan.", "Ministers met in Busan."),
    ("SEOUL, South Korea, Oct. 2 (Wire) -- The cabinet approved the bill.", "The cabinet approved the bill."),
    ("TOKYO, JAPAN (NEWS) (REUTERS) - The yen rose.", "The yen rose."),
    ("Tokyo, July 8: The talks resumed.", "The talks resumed."),
    ("O'Hare-Field, May 3 (UPI) -- Flights resumed.", "Flights resumed."),
])
def test_a_wire_dateline_is_still_left_out(sentence, story):
    assert past_the_dateline(sentence, (0, 0), None)[0] == story


@pytest.mark.parametrize("sentence", [
    "Tokyo said on Monday it would end the pact.",  # a place that is the subject
    "Seoul, Tokyo agree on Monday to share intelligence.",
    "SEOUL-TOKYO May 3 talks resumed.",  # no comma, credit nor dash after the date
])
def test_a_place_that_opens_the_story_is_still_kept(sentence):
    assert past_the_dateline(sentence, (0, 0), None)[0] == sentence

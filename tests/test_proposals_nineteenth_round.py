"""Timeline round 19, proposals and their titles (index/proposals.py, corpus/event_titles.py): no
proposal from a verb in a relative clause or from what only seemed; a dateline in capitals with a
wire's bracket, "said on its website that", a clause after ", and" with a possessive subject, and
a preposition left before a cut "which" are left out of titles. Texts written for the purpose,
positive and negative."""

from __future__ import annotations

import pytest

from corpus.event_titles import event_title
from tests.test_timeline_eighteenth_round_pages import proposed


def test_no_proposal_from_a_verb_in_a_relative_clause():
    page = ("Trade talks stalled this autumn.\n\n"
            "Four of the 12 old mills that the board chose as heritage sites in July 2015 lie in the north.\n\n"
            "The mayor, who met the workers on Friday, said he would help them.\n\n"
            "Officials told reporters that Norland's port agency closed the mill on Friday.")
    titles = proposed((page, "2019-11-12"))
    assert not any(t.startswith(("Four of the", "The mayor")) for t in titles)
    assert "Norland's port agency closed the mill" in titles  # a "that" after a verb of saying opens what was said


def test_no_proposal_from_what_only_seemed():
    page = ("Trade talks stalled this autumn.\n\n"
            "Lima seemed on Friday to view with caution the new tariff rules.\n\n"
            "Lima rejected the new tariff rules on Saturday.")
    titles = proposed((page, "2019-11-12"))
    assert not any(t.startswith("Lima seemed") for t in titles)
    assert any(t.startswith("Lima rejected") for t in titles)


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("LIMA,March 6 (Andes Wire - 6th Mar, 2023 ) :Peru proposed on Monday to pay the miners.",
     "Monday", "proposed", "Peru proposed to pay the miners"),
    ("Lima, March 6 (Andes Wire) -- Peru proposed on Monday to pay the miners.",
     "Monday", "proposed", "Peru proposed to pay the miners"),
    ("The broadcaster said on its website that the minister resigned on Tuesday.",
     "Tuesday", "resigned", "The minister resigned"),
    ("The mayor said the city would ask Lima to move the statue, and Peru's envoy to Chile met the "
     "minister the same day.", "the same day", "met", "Peru's envoy to Chile met the minister"),
    ("Quito seemed on Friday to warm to a coming deal under which the two would share ports.",
     "on Friday", "warm", "Quito seemed to warm to a coming deal"),
])
def test_titles_without_datelines_frames_or_a_stranded_preposition(sentence, date, verb, title):
    date_at, verb_at = sentence.index(date), sentence.index(verb)
    made = event_title(sentence, (date_at, date_at + len(date)), (verb_at, verb_at + len(verb)))
    assert made == title

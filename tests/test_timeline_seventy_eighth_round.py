"""Round 78 (issue 14): a proposed event's title whose long subject was shortened in the middle before
its verb ("… erupted") is not two clauses run together: when the words kept before the mark tell a
verb of their own, told as done ("Hundreds of climbers were trapped for hours on the … erupted"), the
title is that first clause whole. A subject with no verb of its own, with one only in its relative
clause, a plan ("will meet") or a heading's capitals ("Has Answered") is shortened in the middle as before."""

import pytest

from corpus.event_titles import event_title
from corpus.title_elision import cut_to_room
from tests.hostile_timing import assert_runs_quickly


def _title(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("Dozens of hikers, two guides among them, were stranded for hours on the snow-covered 2,900-metre ridge "
     "after it erupted on Sunday, spreading ash over the valley.",
     "on Sunday", "erupted", "Dozens of hikers were stranded for hours on the snow-covered 2,900-metre ridge"),
    ("Some forty fishermen, a boy among them, had sheltered for two nights in the harbour master's old stone hut "
     "after it flooded on Monday, cutting the only road.",
     "on Monday", "flooded", "Some forty fishermen had sheltered for two nights"),
])
def test_a_subject_elided_into_another_clause_gives_the_first_clause(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize("sentence, date, verb, title", [
    # a long subject with no verb of its own: shortened in the middle, as before
    ("Japan's decision to strike South Korea off its list of trusted trading partners for exports took effect "
     "on Wednesday.", "on Wednesday", "took",
     "Japan's decision to strike South Korea off its list of trusted \u2026 took effect"),
    # its verb only in a relative clause of the subject: the subject's own verb is the one after the mark
    ("The fishing boat captain who was detained by the coast guard near the disputed islands last autumn "
     "pleaded guilty on Friday.", "on Friday", "pleaded",
     "The fishing boat captain who was detained by the coast guard \u2026 pleaded guilty"),
    # a plan before the mark: its clause would tell no happening, and the one after the mark be lost
    ("The forum of four democracies, a loose grouping of the region's navies, will meet in person for the "
     "first time this autumn; its leaders held a video summit in March.", "in March", "held",
     "The forum of four democracies will meet in person \u2026 held a video summit"),  # ("for the": round 100)
    # a heading's capitals ("Has Weighed") before the page's sentence: page text, not a clause to keep
    ("How the Fisheries Ministry Has Weighed the Quota Talks \u00b7 The ministry of fisheries opened talks on "
     "the quota in May.", "in May", "opened",
     "How the Fisheries Ministry Has Weighed the Quota \u2026 opened talks on the quota"),
])
def test_a_long_subject_without_a_verb_of_its_own_is_still_elided(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


def test_a_title_within_its_room_is_not_cut():
    assert _title("The ferry was raised on Friday.", "on Friday", "raised") == "The ferry was raised"


@pytest.mark.parametrize("text", [
    " " * 50_000 + "x", "were " * 20_000, "who was " * 10_000 + "elected", "has " * 20_000 + "signed",
])
def test_hostile_texts_are_cut_quickly(text):
    assert_runs_quickly(lambda: cut_to_room(text, 90, 96))

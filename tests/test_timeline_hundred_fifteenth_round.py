"""Timeline round 115 (issue 14): a title the room cut inside a phrase's noun phrase ("… to each…" of "to each of 12
dock workers", "… that overlaps the one Westland…" of "the one Westland recently declared") ends before that
phrase, when what is left keeps the verb and two words after it; a title still cut inside a preposition's quantifier
or "what" ("… of what it calls…", an "of" phrase being its noun's matter; "gave to each…") is not proposed. Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_cuts
from corpus.title_cuts import shortened, still_cut_inside_a_phrase
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled


def _cut(text: str, verb: str) -> str:
    return shortened(text, text.index(verb) + len(verb))


@pytest.mark.parametrize(("text", "verb", "title"), [
    # a preposition's quantifier or "what" and a word or two: the phrase goes
    ("The Westport Central District Court awarded 100 million won (£67,000) to each of 12 dock workers and more.",
     "awarded", "The Westport Central District Court awarded 100 million won (£67,000)…"),
    ("Norland's harbour office reopened the narrow west quays of Halden town to both of its fishing fleets.",
     "reopened", "Norland's harbour office reopened the narrow west quays of Halden town…"),
    # a relative clause cut inside its object's noun phrase, which goes on past the room: the clause goes
    ("Norland announced a wider fishing zone in the north sea that overlaps the one Westland recently declared.",
     "announced", "Norland announced a wider fishing zone in the north sea…"),
])
def test_a_title_cut_inside_a_phrase_s_noun_phrase_ends_before_the_phrase(text, verb, title):
    assert _cut(text, verb) == title


@pytest.mark.parametrize(("text", "verb", "title"), [
    # the relative clause's noun phrase ends at the cut, a phrase of its own after it (round 105's four words)
    ("Norland announced a wider fishing zone in the north sea that overlaps the old quays of Halden and Westport.",
     "announced", "Norland announced a wider fishing zone in the north sea that overlaps the old quays of Halden…"),
    # a preposition's determiner, not a quantifier: the hanging word goes, as before
    ("Norland's port office reopened the long western quays of Halden to the northern fishing boats of Westport.",
     "reopened", "Norland's port office reopened the long western quays of Halden to the northern…"),
    # an "of" phrase is its noun's matter: the cut stays (and is not proposed, below)
    ("Norland's coast guard released two images taken from video of what it calls a threatening low-altitude pass by "
     "a Westland jet.", "released", "Norland's coast guard released two images taken from video of what it calls…"),
    # nothing kept after the verb
    ("The Westport Central District Court in the old harbour district of the town gave to each of 12 dock workers.",
     "gave", "The Westport Central District Court in the old harbour district of the town…"),
    # a verb's "that", and a name after a "that"
    ("Norland's harbour council and the mayors of the two towns decided that the old quays of Halden will close.",
     "decided", "Norland's harbour council and the mayors of the two towns decided that the old…"),
    ("Norland's harbour council and the mayors of the two towns agreed that Westland the neighbour could fish.",
     "agreed", "Norland's harbour council and the mayors of the two towns agreed that Westland…"),
])
def test_a_cut_not_inside_such_a_phrase_or_keeping_too_little_stays(text, verb, title):
    assert _cut(text, verb) == title


@pytest.mark.parametrize(("title", "proposed"), [
    ("Norland's coast guard released two images taken from video of what it calls…", False),
    ("The Westport Central District Court in the old harbour district of the town gave to each…", False),
    ("Norland's harbour office sent notices to all…", False),
    ("The Westport Central District Court awarded 100 million won (£67,000)…", True),  # ended before the phrase
    ("Norland's port office reopened the long western quays of Halden to the northern…", True),  # a determiner
    ("Norland announced a zone in the north sea that overlaps the old quays of Halden…", True),  # a relative clause
    ("Norland's harbour office sent notices to each of the firms", True),  # no cut
    ("The harbour fee was added to the agenda of envoys from both countries…", True),  # a quantifier and its noun
])
def test_a_title_still_cut_inside_a_quantifier_s_phrase_is_not_proposed(title, proposed):
    assert still_cut_inside_a_phrase(title) is not proposed
    assert worth_proposing(title + ".", None, title) is proposed


def test_a_dated_title_cut_at_each_ends_before_its_phrase():
    sentence = ('On 8 January 2021, the Westport Central District Court awarded 100 million won (£67,000) to each '
                'of 12 "dock workers" and let them seize state assets.')
    assert titled(sentence, "On 8 January 2021", "awarded") == \
        "The Westport Central District Court awarded 100 million won (£67,000)…"


@pytest.mark.parametrize("text", [
    " to each" * 12_500,
    " that overlaps the" * 5_600,
    " x" * 50_000 + " that",
    " " * 100_000 + "to what",
    "that x the " * 9_000,
], ids=["each", "that-overlaps", "words-then-that", "spaces-then-what", "that-x-the"])
def test_hostile_texts_are_read_quickly(text):
    assert_each_reads_quickly([title_cuts._PHRASE_CUT_INSIDE, title_cuts._PHRASE_GOES_ON], text)
    assert_runs_quickly(lambda: title_cuts._before_a_phrase_cut_inside(text, text, 0, 0), what="phrase cut inside")
    assert_runs_quickly(lambda: shortened("Norland awarded " + text, 15), what="shortened")
    assert_runs_quickly(lambda: still_cut_inside_a_phrase(text + "\u2026"), what="still cut inside")

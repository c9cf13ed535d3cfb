"""A proposed event's title when its date stood in an aside between commas (corpus/event_titles.py):
the date goes and the aside it leaves empty goes with it, its commas too ("The claim, made on
Wednesday, Jan. 6, met doubt" is "The claim met doubt", not "The claim, made, met doubt"), found by
timeline round 32 on a page of holdout52. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("The claim, made on Wednesday, Jan. 6, met doubt from experts and sharp condemnation abroad.",
     "Wednesday, Jan. 6", "met", "The claim met doubt from experts and sharp condemnation abroad"),
    ("The decision, announced Monday, came after weeks of talks.", "Monday", "came",
     "The decision came after weeks of talks"),
    ("Seoul, on Monday, signed the pact.", "Monday", "signed", "Seoul signed the pact"),
])
def test_an_aside_emptied_by_its_date_goes_with_it(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # an aside that keeps words of its own besides the date stays
    ("North Korea, which on Jan. 6 conducted a test, said it would go on.", "Jan. 6", "conducted",
     "North Korea, which conducted a test"),
    ("The talks, held in Seoul on Monday, ended without a deal.", "Monday", "ended",
     "The talks, held in Seoul, ended without a deal"),
])
def test_an_aside_with_words_left_stays(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # review fixes (session 17): within an aside still open, only the comma after the date goes
    ("Kim, 33, on Monday, ordered a test.", "Monday", "ordered", "Kim, 33, ordered a test"),
    ("The pact, too, on Monday, expired.", "Monday", "expired", "The pact, too, expired"),
    ("The ministry, however, on Monday, said it would respond.", "Monday", "said",
     "The ministry, however, said it would respond"),
    # an aside of two words emptied, and another date's aside after the date
    ("The test, which came Jan. 6, drew condemnation.", "Jan. 6", "drew", "The test drew condemnation"),
    ("The launch, like one on Monday, failed.", "Monday", "failed", "The launch failed"),
    ("Pyongyang, on Jan. 6, and again on Sept. 9, tested bombs.", "Jan. 6", "tested", "Pyongyang tested bombs"),
])
def test_an_emptied_aside_within_another_or_of_two_words(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title

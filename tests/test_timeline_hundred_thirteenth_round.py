"""Timeline round 113 (issue 14): a title that ends with a feeling voiced, a protest or a signing and says nothing of
what about ("Kono voiced unease", "Washington signed") is not proposed; nor one whose subject is an office or a person
it does not name ("The US President opened …", "The man went missing"); the comma closing a date that holds one is no
clause's end ("delivered its ruling on Saturday, November 9, in the title suit"). Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from corpus import title_date_words
from index import title_matter, title_unnamed
from index.title_matter import matter_lost
from index.title_unnamed import unnamed_subject
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled
from tests.test_timeline_hundred_fifth_round import _proposed


@pytest.mark.parametrize("title", [
    "Norland's Defense Minister Arne Dahl voiced unease",
    'Westland voiced its "disappointment" again',
    "Halden's council also raised his concern",
    "Norland's Foreign Ministry protested strongly to Westland",
    "Westport signed",
    "Norland actually signed",
    "Halden had signed",
])
def test_a_title_that_says_nothing_of_what_about_is_not_proposed(title):
    assert matter_lost(title)
    assert not worth_proposing(title + ".", None, title)


@pytest.mark.parametrize("title", [
    "Norland voiced concern over the collisions",  # its matter told
    "Westport signed the harbour pact",  # its object told
    "Norland protested the harbour tolls",
    "Halden raised concerns about the plan",
    "The council signed off on the budget",  # ("signed off": its object after it)
    "The harbour treaty was signed",  # a passive: its subject is what was signed
])
def test_a_title_that_says_what_about_is_kept(title):
    assert not matter_lost(title)
    assert worth_proposing(title + ".", None, title)


@pytest.mark.parametrize(("title", "unnamed"), [
    ("The Westland President opened the harbour summit", True),
    ("The man went missing from a patrol boat", True),
    ("The 24-year-old suspect was arrested in Halden", True),
    ("The Prime Minister resigned", True),
    ("The Westland President Arne Dahl opened the harbour summit", False),  # named
    ("The Pope prayed at the basilica", False),  # a style of its own
    ("The Defense Ministry summoned the envoy", False),  # a body, not a person
    ("The manager of the port resigned", False),
    ("The Foreign Minister of Norland met Dahl", False),  # named by its country after it
])
def test_an_office_or_a_person_the_title_does_not_name(title, unnamed):
    assert unnamed_subject(title) is unnamed
    assert worth_proposing(title + ".", None, title) is not unnamed


def test_proposals_refuse_a_reaction_with_no_matter_and_keep_one_with_it():
    said = "Norland's Defense Minister Arne Dahl voiced unease on Nov. 18, 2016, over Westland leaving the pact."
    assert _proposed(said) == []
    assert _proposed("Norland voiced concern on Nov. 18, 2016, over the collisions.") == [
        "Norland voiced concern over the collisions"]


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # the comma closing a date that holds one, before a phrase of its verb, is the date's
    ("The Supreme Court delivered its ruling on Saturday, November 9, in the Halden harbour title suit.",
     "Saturday, November 9", "delivered", "The Supreme Court delivered its ruling in the Halden harbour title suit"),
    ("Norland signed the pact on Nov. 23, 2016, in a closed ceremony.", "Nov. 23, 2016", "signed",
     "Norland signed the pact in a closed ceremony"),
    # ... not a date with no comma of its own, nor before a clause
    ("Norland signed the pact on Wednesday, in a closed ceremony.", "Wednesday", "signed", "Norland signed the pact"),
    ("The court ruled on Saturday, Nov. 9, and the protests began at once.", "Saturday, Nov. 9", "ruled",
     "The court ruled, and the protests began at once"),
])
def test_a_date_s_own_comma_is_no_clause_s_end(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


_HOSTILE = ["voiced " * 14_000, " very" * 20_000 + " unease", "protested to " + "Westland " * 11_000,
            "x" + "ly " * 33_000 + "signed", "The " + "Westland " * 11_000 + "President opened",
            "The " + "x " * 50_000 + "man went", ", " * 50_000, "Sunday, " * 12_000]


def test_hostile_texts_read_quickly():
    patterns = [title_matter._FEELING_VOICED, title_matter._PROTESTED, title_matter._SIGNED_ALONE,
                title_unnamed._OFFICE_UNNAMED, title_unnamed._PERSON_UNNAMED, title_date_words._DATE_S_COMMA]
    for text in _HOSTILE:
        assert_each_reads_quickly(patterns, text)
        assert_runs_quickly(lambda: (matter_lost(text), unnamed_subject(text)), what=text[:30])
        assert_runs_quickly(lambda: title_date_words.without_its_date(text, 0, 7), what=text[:30])

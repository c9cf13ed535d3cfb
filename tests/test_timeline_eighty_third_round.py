"""Round 83 (issue 14): a proposed event's title does not open with the hearsay of its happening: a plural
speaker's "say" ("Aides say the leader was killed"), "According to ...'s report" whose comma went with a
date's aside, or "were reported to have" before the happening's own verb. The title is the clause of what
happened. When the saying is the verb itself, or the hearsay is of a state ("are believed to have been
killed"), the title stays as it was."""

import pytest

from corpus.event_titles import event_title
from corpus.title_hearsay import without_hearsay
from tests.hostile_timing import assert_runs_quickly


def _title(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


@pytest.mark.parametrize("sentence, date, verb, title", [
    ("Neighbours say the old mill burned down on Tuesday after a storm.", "on Tuesday", "burned",
     "The old mill burned down"),
    ("Police officials say that two men robbed the harbour bank on Friday.", "on Friday", "robbed",
     "Two men robbed the harbour bank"),
    ("Club members say the rowing team won its first national title on Saturday in a close final.",
     "on Saturday", "won", "The rowing team won its first national title in a close final"),
    ("According to the shipping agency's report, dated Monday, Harbour Lines applied on Friday for a court's "
     "protection.", "dated Monday", "applied", "Harbour Lines applied on Friday for a court's protection"),
    ("After a long night of talks on Monday, the unions were reported to have agreed on a new wage deal.",
     "on Monday", "agreed", "After a long night of talks, the unions agreed on a new wage deal"),
    ("The two rival clubs were said to have merged on Friday.", "on Friday", "merged", "The two rival clubs merged"),
    # the happening's verb a noun of the leading phrase: the hearsay still goes from the clause after it
    ("After the second round of the harbour talks in March, the two ports were reported to have agreed on shared "
     "fees.", "in March", "talks", "The two ports agreed on shared fees"),
])
def test_a_title_opened_by_hearsay_is_the_clause_of_what_happened(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize("sentence, date, verb, title", [
    # "say" is the verb: the saying is the happening
    ("Residents say goodbye to the old bridge on Sunday.", "on Sunday", "say",
     "Residents say goodbye to the old bridge"),
    # a state told as believed: not read
    ("Thousands of people are believed to have been killed by the flood on Monday.", "on Monday", "killed",
     "Thousands of people are believed to have been killed by the flood"),
    # "reported" not the hearsay of the verb after it
    ("The mayor was reported to the police on Monday for a false claim.", "on Monday", "was",
     "The mayor was reported to the police for a false claim"),
    # "According to" with its comma: the title was already the clause (as before)
    ("According to local officials, the river rose two metres on Sunday.", "on Sunday", "rose",
     "The river rose two metres"),
    # no source named before the capital: kept as it was
    ("According to plan Seoul sent its envoy on Monday.", "on Monday", "sent",
     "According to plan Seoul sent its envoy"),
])
def test_what_is_not_hearsay_before_the_happening_stays(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


def test_no_known_verb_or_the_verb_inside_the_hearsay_keeps_the_text():
    assert without_hearsay("Aides say the leader was killed", "") == "Aides say the leader was killed"
    assert without_hearsay("Aides say the leader was killed", "say") == "Aides say the leader was killed"
    assert without_hearsay("Aides say the leader was killed", "killed") == "the leader was killed"


@pytest.mark.parametrize("text", [
    " " * 50_000 + "x", "say " * 20_000 + "fired", "According to " * 5_000 + "report Seoul fired",
    "were reported to have " * 5_000 + "fired", "\x00\x07\x1b" * 10_000 + " say fired",
])
def test_hostile_texts_are_read_quickly(text):
    assert_runs_quickly(lambda: without_hearsay(text, "fired"))

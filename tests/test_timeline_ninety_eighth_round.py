"""Round 98 (issue 14): a proposed event's title that needs what came before is mended from its own sentence or not
proposed. An owner or a speaker told elsewhere ("His party lost ...", "I held talks ...": not proposed; "His firm,
Harbour Holdings, bought ..." named by its aside); a wire's dateline, a byline or a headline run into the story's
sentence (left out); a past verb cut right after a wording that is a participle of its subject ("members meeting in
... chose…": its object kept); a caption in the present whose only "-ed" word is an adjective. Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from corpus import event_titles, title_elision, title_page_text
from index import title_tense, title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled as _title


@pytest.mark.parametrize("title", [
    "His ministry lost the budget vote",
    "Its lenders stopped backing it",
    "Her deputy resigned from the council",
    "Our crew left the port at dawn",
    "My office received the letter",
    "I held talks with the harbour master",
    "I imagine the tariff was also discussed",
    "Speculation about his health grew after he missed a parade",
    "Fears for their safety rose as the river burst its banks",
])
def test_a_title_whose_owner_or_speaker_is_told_elsewhere_is_not_proposed(title):
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "Her Majesty's government signed the trade accord",
    "Hisashi Tanaka resigned from the council",  # a name, not "His"
    "Italy's port authority reopened the quay",
    "Abe and his wife visited the shrine",  # the owner named before the pronoun
    "The mayor met her counterpart in Kobe",
    "Tensions over the islands grew",
    "Ivan Petrov signed the lease",
    "Kim spoke about his plan to the council",  # a name, then its owner
])
def test_a_title_that_names_its_owner_stays_proposed(title):
    assert worth_proposing(title, None, title)


def test_an_owner_named_in_its_aside_is_the_title_s_subject():
    sentence = "His firm, Harbour Holdings, bought the pier in Kobe in June last year."
    assert _title(sentence, "in June last year", "bought") == "Harbour Holdings bought the pier in Kobe"


@pytest.mark.parametrize("sentence", [
    "His firm bought the pier in Kobe in June last year.",  # no name beside it: left as it was (and not proposed)
    "His firm, which had debts, bought the pier in Kobe in June last year.",  # an aside that is no name
])
def test_an_owner_without_a_name_beside_it_is_not_mended(sentence):
    assert _title(sentence, "in June last year", "bought").startswith("His firm")


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("by Staff Writers Kobe (AFP) Mar 3, 2015 The mayor of Kobe opened a new pier on Tuesday, officials said.",
     "Mar 3, 2015", "opened", "The mayor of Kobe opened a new pier"),
    ("OSLO Jan 15 The central bank cut its main rate on Thursday, and the crown fell sharply against the euro.",
     "Thursday", "cut", "The central bank cut its main rate"),
    ("AFP, KOBEThe city yesterday kept its ferry line to Busan open.",
     "yesterday", "kept", "The city kept its ferry line to Busan open"),
    ("Kobe, (APP - PortNews / Harbour Wire - 3rd Mar, 2015) The mayor of Kobe opened a new pier on Tuesday.",
     "3rd Mar", "opened", "The mayor of Kobe opened a new pier"),
    ("MOSCOW-The Kremlin confirmed the visit on Tuesday after weeks of silence.",
     "Tuesday", "confirmed", "The Kremlin confirmed the visit"),
    ("Port city opens new pier to cruise ships TOKYO - The mayor of Kobe on Tuesday opened a new pier for cruise "
     "ships.",
     "Tuesday", "opens", "The mayor of Kobe opened a new pier for cruise ships"),
])
def test_a_dateline_byline_or_headline_run_into_the_story_is_left_out(sentence, date, verb, title):
    assert _title(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "start"), [
    ("NATO-Russia talks ended on Tuesday without a deal.", "Tuesday", "ended", "NATO-Russia talks"),
    ("The allies agreed to deploy THAAD - A move that angered Beijing - on Tuesday.", "Tuesday", "agreed",
     "The allies agreed"),
    ("The ministers met in Seoul on Tuesday - A first since the war.", "Tuesday", "met", "The ministers met"),
])
def test_a_place_or_an_acronym_that_is_the_story_stays(sentence, date, verb, start):
    assert _title(sentence, date, verb).startswith(start)


def test_a_byline_needs_its_credit_and_its_date():
    assert not title_page_text._DATELINE.match("By Tuesday (local time) the port had reopened to ships.")
    assert not title_page_text._DATELINE.match("By Staff Writers The port had reopened to ships.")


def test_a_past_verb_cut_after_a_participle_s_wording_keeps_its_object():
    sentence = ("Harbour board members meeting in the old customs house of the port chose the northern quay over the "
                "southern one by 9 votes to 4 on Saturday.")
    title = _title(sentence, "on Saturday", "meeting")
    assert "chose the northern quay" in title and not title.endswith("chose\u2026")


@pytest.mark.parametrize(("sentence", "verb", "kept"), [
    # the wording is the main verb: the "-ed" word in its object is no verb of the title
    ("The Cabinet decided at the meeting on Tuesday to give the Self-Defence Forces deployed in the south a new "
     "task of guarding the camp.", "decided", "The Cabinet decided at the meeting to give"),
    # a relative clause or a second clause between: their verbs are not the title's
    ("Port workers meeting in the hall of the union on Tuesday heard a report that involved the mayor and his "
     "old friends in the city council.", "meeting", "Port workers meeting in the hall of the union heard"),
])
def test_a_past_verb_of_another_clause_is_not_taken(sentence, verb, kept):
    assert _title(sentence, "on Tuesday", verb).startswith(kept)


def test_a_caption_in_the_present_whose_only_ed_word_is_an_adjective_is_not_proposed():
    assert title_tense.tells_nothing_past("A damaged rail bridge lies in the swollen river")
    assert not worth_proposing("A damaged rail bridge lies in the swollen river", None,
                               "A damaged rail bridge lies in the swollen river")


@pytest.mark.parametrize("title", [
    "A damaged rail bridge collapsed into the river",
    "The embattled mayor resigned",
    "Flood water damaged a rail bridge",
])
def test_a_title_with_a_past_besides_an_adjective_stays(title):
    assert not title_tense.tells_nothing_past(title)


_HOSTILE = [
    "His " * 30_000,
    "Speculation about his " * 5_000,
    "AFP, " + "SEOUL" * 20_000,
    "by Staff Writers " * 6_000,
    "Port city opens new pier " * 4_000 + " SEOUL - A",
    "a " * 50_000,
    "A damaged " * 10_000,
    "His firm, " * 10_000,
    "Kobe, (" * 14_000,
    "members meeting in " * 5_000 + "chose\u2026",
]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:12])
def test_the_new_rules_read_hostile_text_quickly(text):
    assert_each_reads_quickly([title_worth._OWNER_POINTS_BACK, title_page_text._DATELINE,
                               title_page_text._HEADLINE_AND_DATELINE, event_titles._DATELINE,
                               event_titles._OWNED_NAMED_BESIDE, title_elision._PAST_WORD, title_tense._A_PAST], text)
    assert_runs_quickly(lambda: title_worth._points_back(text), what="_points_back")
    assert_runs_quickly(lambda: title_page_text.past_the_dateline(text, (0, 1), (len(text) - 2, len(text) - 1)),
                        what="past_the_dateline")
    assert_runs_quickly(lambda: title_elision.cut_to_room(text, 10, 17), what="cut_to_room")

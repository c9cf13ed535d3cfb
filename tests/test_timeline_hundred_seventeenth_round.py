"""Timeline round 117 (issue 14): a title whose subject is a surname alone ("Brenn was arrested") named with the whole
name the page told before ("Halvard Brenn"); "The sides" or "The allies" named as a pair, else not proposed; and
titles not proposed that point back with "this", have a weekday for subject, deny their verb, react, agree or quote
with no matter, tell a beginning of nothing named, or end with the room's cut after an ordinal or an opening word.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_surnames
from corpus.title_referents import with_referent_named
from corpus.title_surnames import full_names
from index import title_cut_short, title_matter, title_worth
from index.title_cut_short import cut_short
from index.title_matter import matter_lost
from index.title_unnamed import unnamed_subject
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fifth_round import _proposed


@pytest.mark.parametrize(("before", "surname", "name"), [
    ("Halvard Brenn, a ferry captain from Halden, was questioned. ", "Brenn", "Halvard Brenn"),
    ("Westland's Ambassador to Halden Toma Resvik said so. ", "Resvik", "Toma Resvik"),  # office, place left out
    ("Norlandic President Ansgar Velt and Former Premier Ola Dunn met. ", "Velt", "Ansgar Velt"),
    ("Governor Harold T. Mull spoke. ", "Mull", "Harold T. Mull"),  # an initial kept
    ("Prosecutors questioned Pak Sun-hee on Monday. ", "Pak", "Pak Sun-hee"),  # surname first, hyphenated
    ("Westland's leader Ko Jun Su arrived. ", "Ko", "Ko Jun Su"),  # two short given names
    ("Premier Li Wenbo greeted them. ", "Li", "Li Wenbo"),  # one given name after a short surname
])
def test_a_surname_s_whole_name_told_before_is_found(before, surname, name):
    assert [found for _, found in full_names(before, surname)] == [name]


@pytest.mark.parametrize(("before", "surname"), [
    ("Prime Minister Velt spoke. ", "Velt"),  # only an office before it
    ("Trade, Industry and Energy. Norland lifted the curbs. ", "Norland"),  # a sentence's last word
    ("The Halvard Brenn Foundation gave money. ", "Brenn"),  # a name going on in capitals
    ("Harbour Divers recovered a body. ", "Divers"),  # a plural, a noun opening its sentence
    ("Farmers in Norland and Upper Norland met. ", "Norland"),  # told as a place
    ("Norland Coast Guard ships left. ", "Norland"),  # long words after a long surname: no given names
    ("Brenn spoke first. ", "Brenn"),  # never told whole
])
def test_no_whole_name_is_found(before, surname):
    assert full_names(before, surname) == []


@pytest.mark.parametrize(("before", "title", "named"), [
    ("Halvard Brenn, a ferry captain, was questioned. ", "Brenn was arrested and fined",
     "Halvard Brenn was arrested and fined"),
    ("Prosecutors questioned Pak Sun-hee. Pak denied it. ", "Pak had been detained", "Pak Sun-hee had been detained"),
    # two whole names of the surname: the title as it is
    ("Ola Dunn and Maren Dunn spoke. ", "Dunn flew into Halden", "Dunn flew into Halden"),
    ("Norland and Westland met. ", "Norland took Westland off its list", "Norland took Westland off its list"),
    # a pair's word alone, named as the pair, else not proposed
    ("Norland and Westland met in Halden. ", "The sides agreed a framework", "Norland and Westland agreed a framework"),
    ("The meeting went on all night. ", "The allies walked out early", None),
    ("Norland and the P5+1 met. ", "The sides agreed a framework", None),  # not "Norland and the P5"
])
def test_a_subject_by_its_surname_or_a_pair_s_word_is_named(before, title, named):
    assert with_referent_named(before, title) == named


def test_a_proposal_names_its_person_whole():
    text = ("Halvard Brenn, a ferry captain from Halden, was questioned for a day.\n\n"
            "Brenn was arrested on Nov. 18, 2016 for smuggling diesel to Westland.")
    assert _proposed(text) == ["Halvard Brenn was arrested for smuggling diesel to Westland"]


@pytest.mark.parametrize("title", [
    "Norland held off on signing this accord and a second one",  # "this": told before
    "Monday won the prize for best feature at the awards",  # a weekday for a subject
    "Halden had not yet changed its whaling policy",  # its verb denied: a state
    "The Westland general was due to raise the cost of the troops",  # a plan
    "People reacted with stunned disbelief",  # a reaction, about what?
    "Ansgar Velt and Ola Dunn agreed at a landmark meeting",  # an agreement, to what?
    "The North's main news agency quoted an unnamed commentator",  # a quotation's source, not its words
    "Formal negotiations began",  # a beginning of nothing named
    "Work on the buildings started",
    "Officials of Norland and Westland held their second…",  # cut after an ordinal
    "The Norland parliament described Westland's leader as…",  # cut after an opening word
    "A spokesman was declared dead shortly after…",
    "The University of Halden student was accused of taking a banner",  # a person unnamed, an "of" phrase
])
def test_a_title_that_points_back_tells_no_happening_or_is_cut_short_is_not_proposed(title):
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "Norland took Westland off its list this year",  # a date's "this"
    "The Sunday Times reported the leak",  # a weekday in a name
    "Halden never-ending talks ended in a deal",  # no verb denied
    "Markets reacted to the news of the test",  # the reaction's matter told
    "Norland and Westland agreed at a meeting in Halden to share data",  # the agreement's matter told
    "The Norland News Agency quoted Velt as saying the talks had failed",
    "The Halden Trilateral Talks took place",  # a beginning of a thing named
    "Officials held their second round of talks…",  # the ordinal's noun kept
    "Norland fired a missile as a warning",
    "Norland set up a fund for the families",
    "The University of Halden opened a campus",
])
def test_a_title_that_tells_its_happening_is_proposed(title):
    assert worth_proposing(title, None, title)


def test_the_rules_read_their_own_words_only():
    assert matter_lost("People reacted with stunned disbelief") and not matter_lost("People reacted to the verdict")
    assert cut_short("… the city's first…") and not cut_short("… the city's first strike…")
    assert unnamed_subject("The University of Halden student was accused") and not unnamed_subject(
        "The University of Halden was accused")


@pytest.mark.parametrize(("pattern", "text"), [
    (title_matter._REACTED, " reacted" + " quickly and" * 8_000 + " with"),
    (title_matter._AGREED_WHERE, " agreed at" + " a" * 50_000 + ","),
    (title_matter._QUOTED, " quoted" + " x" * 50_000 + ","),
    (title_matter._NOTHING_NAMED_BEGAN, "Work" + " on" * 33_000 + " began!"),
    (title_worth._THIS_INSIDE, " this" * 20_000),
    (title_worth._A_WEEKDAY_SUBJECT, "Monday " * 14_000),
    (title_worth._DENIED, "Seoul had " * 10_000),
    (title_worth._A_PLAN, "Seoul was due " * 7_000),
    (title_cut_short._ORDINAL_CUT, " the second" * 9_000 + "x\u2026"),
    (title_cut_short._OPENING_CUT, " as" * 33_000 + "x\u2026"),
    (title_surnames._NOT_GIVEN, "Japanese" * 12_000),
], ids=lambda value: value.pattern[:20] if hasattr(value, "pattern") else str(len(value)))
def test_hostile_texts_read_quickly(pattern, text):
    assert_each_reads_quickly([pattern], text)
    assert_runs_quickly(lambda: matter_lost(text) or cut_short(text), what=text[:20])


@pytest.mark.parametrize("before", ["Halvard " * 12_500 + "Brenn", "Brenn " * 16_000 + "Sun-hee",
                                    "Mr. " * 25_000 + "Brenn", "A. " * 33_000 + "Brenn"], ids=lambda text: text[:8])
def test_hostile_names_read_quickly(before):
    assert_runs_quickly(lambda: full_names(before, "Brenn"), what=before[:20])
    assert_runs_quickly(lambda: with_referent_named(before, "Brenn was arrested"), what=before[:20])

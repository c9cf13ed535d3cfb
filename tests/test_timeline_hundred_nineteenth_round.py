"""Timeline round 119 (issue 14): a person a title names by the surname alone past its subject ("… a pardon to
Brenn") or after a style ("Mr Brenn apologised") named with the whole name the page told before ("Halvard Brenn");
a styled surname the page never names whole not proposed; a title placed "here" (the dateline's place) not proposed.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_referents
from corpus.title_referents import with_referent_named
from index import title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fifth_round import _proposed

_TOLD = ("Former Premier Halvard Brenn was jailed in 2014. Ansgar Velt took office in 2015. Typhoon Koryo hit "
         "Halden. ")


@pytest.mark.parametrize(("title", "named"), [
    ("Ansgar Velt granted a special pardon to Brenn", "Ansgar Velt granted a special pardon to Halvard Brenn"),
    ("Velt granted a special pardon to Brenn", "Ansgar Velt granted a special pardon to Halvard Brenn"),
    ("Westland's envoy thanked Brenn for the visit", "Westland's envoy thanked Halvard Brenn for the visit"),
    ("The court upheld Brenn's sentence", "The court upheld Halvard Brenn's sentence"),
    ("Mr Brenn apologised over the loans", "Halvard Brenn apologised over the loans"),
    ("Envoys met Mrs. Brenn in Halden", "Envoys met Halvard Brenn in Halden"),
    # a list of people opening the title
    ("Velt and Brenn held their first summit", "Ansgar Velt and Halvard Brenn held their first summit"),
    ("Dunn, 64, and Brenn, 62, were removed", "Dunn, 64, and Halvard Brenn, 62, were removed"),
])
def test_a_surname_past_the_subject_or_after_a_style_is_named_whole(title, named):
    assert with_referent_named(_TOLD, title) == named


@pytest.mark.parametrize(("before", "title"), [
    (_TOLD, "President Brenn thanked the envoys"),  # an office before it: a name of its own
    (_TOLD, "Westland's envoy thanked Brenn Shipping for the loan"),  # a name going on in capitals
    (_TOLD, "Envoys flew into Halden"),  # a place never told as a person's name
    (_TOLD, "The toll of typhoon Koryo rose"),  # a kind's word before a name
    (_TOLD, "Brenn ferries sailed to Halden"),  # opening the title, no list of people
    ("Ola Dunn and Maren Dunn spoke. ", "Envoys met Dunn in Halden"),  # two whole names that differ
    ("Talks went on all night. ", "Westland's envoy thanked Brenn for the visit"),  # never told whole
    ("Farmers in Norland and Upper Norland met. ", "Envoys flew to Norland"),  # told as a place
])
def test_a_capitalised_word_not_named_whole_is_left(before, title):
    assert with_referent_named(before, title) == title


@pytest.mark.parametrize("title", ["Mr Brenn apologised over the loans", "Envoys met Ms Brenn in Halden"])
def test_a_styled_surname_never_named_whole_is_not_proposable(title):
    assert with_referent_named("Talks went on all night. ", title) is None
    assert with_referent_named("Ola Brenn and Maren Brenn spoke. ", title) is None


def test_a_proposal_names_its_object_whole_or_is_not_made():
    told = "Halvard Brenn, a ferry captain from Halden, was questioned for a day.\n\n"
    assert _proposed(f"{told}Westland's envoy thanked Brenn on Nov. 18, 2016 for the rescue.") == [
        "Westland's envoy thanked Halvard Brenn for the rescue"]
    assert _proposed(f"{told}Mr Brenn apologised on Nov. 18, 2016 for the delay.") == [
        "Halvard Brenn apologised for the delay"]
    assert _proposed("Talks went on all night.\n\nMr Brenn apologised on Nov. 18, 2016 for the delay.") == []


def test_a_title_placed_here_is_not_proposed():
    for title in ("The coast guard searched the office of a ferry company here", "Here Norland signed the accord",
                  "Envoys of Norland arrived here to sign the accord"):
        assert not worth_proposing(title, None, title)
    for title in ("The coast guard searched the office of a ferry company in Halden", "Envoys met in Hereford",
                  "Norland adhered to the accord", "The coast guard searched Heredia harbour"):
        assert worth_proposing(title, None, title)


@pytest.mark.parametrize("text", ["Mr " * 33_000 + "Brenn", "to Brenn " * 11_000, "Brenn" * 20_000,
                                  "x Brenn's" * 11_000, " " * 100_000 + "Mr",
                                  "here-" * 20_000], ids=lambda text: text[:8])
def test_hostile_titles_and_texts_read_quickly(text):
    assert_each_reads_quickly([title_referents._BARE_CAPITALISED, title_referents._STYLE_BEFORE,
                               title_worth._HERE_INSIDE], text)
    assert_runs_quickly(lambda: with_referent_named(_TOLD, text), what=text[:20])
    assert_runs_quickly(lambda: with_referent_named(text, "Envoys thanked Mr Brenn"), what=text[:20])

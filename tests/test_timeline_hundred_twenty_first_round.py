"""Timeline round 121 (issue 14): a title whose main clause voices a view or a call ("Velt condemned Norland",
"Westland welcomed Norland's announcement", "The opposition pressed the government to step in") not proposed; a state
over a span ("Norland has carried out seven launches since July 25") not proposed; a subject that is a bare noun no
name before names ("The panel issued its award", "The government signed the pact") not proposed, unless there is one
of it ("The yen fell sharply"). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_referents
from corpus.title_referents import with_referent_named
from index import title_states, title_tense, title_views, title_worth
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fifth_round import _proposed


@pytest.mark.parametrize("title", [
    "Westland President Ansgar Velt condemned Norland",
    "Norland denounced the latest joint exercise of Westland and Ostland",
    "Westland's Defence Ministry welcomed the stable working of the fishing pact",
    "The Westland government welcomed Norland's announcement\u2026",
    "Norland again repeated its firm opposition to the radar",
    "Ansgar Velt spoke of the need to share data on missile launches\u2026",
    "Norland's opposition parties pressed the government to step in",
    "Westland urged Norland to return to the talks",
    "Norland strongly criticised the harbour plan",
    "Norland lashed out at Westland over the drills",
    "Westland insisted that the ship pointed its radar",
    "Norland and Westland praised the fishing treaty as a landmark",
])
def test_a_view_or_a_call_voiced_is_not_proposed(title):
    assert title_views.tells_a_view(title)
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "Westland President Ansgar Velt welcomed the leaders of Norland and Ostland to Camp Halden",  # a host
    "The Halden crowd welcomed the rescued sailors home",
    "Norland imposed curbs that Westland condemned",  # the curbs are the happening
    "Norland's cabinet approved the pact that critics denounced",
    "A Halden court condemned the smuggler to death",
    "Norland announced it would leave the pact",  # an announcement is the news
    "Westland's envoy thanked Ansgar Velt for the rescue",
    "Ansgar Velt spoke at the ceremony in Halden",
    "Norland and Westland spoke over a restored hotline",
    "Norland's foreign minister called on the Westland king in Halden",  # a visit
    "Norland lodged a formal protest over the shelling",
    "Norland's foreign minister voiced concern over Westland's steps",  # a reaction with its matter (round 113)
    "Kim spoke about his plan to the council",  # an address (round 98)
    "Typhoon Koryo slammed into the southern island of Halden",
    "Norland fired a missile after Westland warned of a test",  # the view is a clause's of its own
])
def test_a_happening_whose_title_holds_a_saying_s_word_is_proposed(title):
    assert not title_views.tells_a_view(title)
    assert worth_proposing(title, None, title)


def test_a_state_over_a_span_is_not_proposed_and_a_deed_done_is():
    for title in ("Norland has carried out seven missile and rocket launches since July 25",
                  "International pressure has mounted since the January nuclear test\u2026",
                  "Ansgar Velt had been held in custody since March"):
        assert title_states.tells_a_state(title)
        assert not worth_proposing(title, None, title)
    for title in ("Halvard Brenn has ended his eight-day hunger strike", "Norland has signed the fishing pact",
                  "Norland fired two missiles in the week since talks collapsed"):
        assert not title_states.tells_a_state(title)
        assert worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "The lower house passed the bills",
    "The panel issued its award in Halden",
    "The shooting happened at about 11.30 am",
    "The government began enforcing tighter controls on exports",
    "The rebel soldiers proclaimed martial law",
    "The storm struck the coast",
    "The curtains are closed inside the office",
])
def test_a_bare_noun_no_name_before_names_is_not_proposable(title):
    assert with_referent_named("Talks went on all night. A storm warning was issued for the coast. ", title) is None


def test_a_bare_noun_after_a_measure_is_not_proposable():
    for title in ("The 8.9-magnitude quake unleashed a wall of water", "The magnitude 7.5 quake sent waves ashore"):
        assert with_referent_named("Talks went on all night. ", title) is None
    assert with_referent_named("Talks went on all night. ", "The Halden 7.5 quake sent waves") == (
        "The Halden 7.5 quake sent waves")  # a name of its own


def test_a_bare_noun_named_before_or_one_of_a_kind_is_kept():
    assert with_referent_named("Typhoon Koryo hit Halden. ", "The storm struck the coast") == (
        "Typhoon Koryo struck the coast")
    assert with_referent_named("The Halden Fisheries Panel met. ", "The panel issued its award") == (
        "The Halden Fisheries Panel issued its award")
    for title in ("The yen fell sharply", "The euro slid against the dollar", "Norland signed the pact"):
        assert with_referent_named("Exporters feared the yen's rise. ", title) == title


def test_a_proposal_whose_subject_was_never_named_is_not_made():
    text = "Talks on the harbour went on all night.\n\nThe government signed the harbour pact on Nov. 18, 2016."
    assert _proposed(text) == []
    text = "Talks on the harbour went on all night.\n\nNorland's government signed the harbour pact on Nov. 18, 2016."
    assert _proposed(text) == ["Norland's government signed the harbour pact"]


def test_a_happening_named_by_an_ordinal_is_proposed_only_with_its_owner():
    for title in ("The fifth meeting in Halden", "Before the Halden vote, its ninth missile launch of the year"):
        assert not worth_proposing(title, None, title)
    for title in ("Norland's fifth nuclear test", "The North's second nuclear detonation",
                  "Norland's fourth nuclear test in January and its long-range rocket launch"):
        assert worth_proposing(title, None, title)


def test_a_future_after_a_setting_or_a_poll_s_finding_is_not_proposed():
    sentence = "Under the deal, Norland will scrap tariffs on 92 percent of Westland's goods on Monday."
    title = "Under the deal, Norland will scrap tariffs on 92 percent of Westland's goods"
    assert not worth_proposing(sentence, (sentence.index("scrap"), sentence.index(" tariffs")), title)
    title = "Under the deal, Norland scrapped tariffs on 92 percent of Westland's goods"
    assert worth_proposing(title, (title.index("scrapped"), title.index(" tariffs")), title)
    for title in ("A Halden Daily survey found that 59% of respondents were against the deal",
                  "Opinion polls showed support for the pact falling"):
        assert not worth_proposing(title, None, title)
    for title in ("Police found the bodies of two sailors", "The survey ship found wreckage off Halden"):
        assert worth_proposing(title, None, title)


@pytest.mark.parametrize("text", ["a " * 50_000, "welcomed " * 11_000, "Seoul " * 16_000 + "welcomed",
                                  "x welcomed" + " to" * 33_000, "Norland has " + "x " * 50_000 + "since",
                                  "pressed " + "a " * 50_000 + "to", "The " + "a-" * 50_000 + "yen fell",
                                  "Under " + "a" * 100_000, "The " + "9." * 50_000 + " quake hit",
                                  "x's " * 25_000 + "fifth"],
                         ids=lambda text: text[:8])
def test_hostile_titles_read_quickly(text):
    assert_each_reads_quickly([title_views._VIEW_VOICED, title_states._A_STATE, title_tense._STILL_TOLD,
                               title_referents._NOUN_SUBJECT], text)
    assert_runs_quickly(lambda: title_worth._MODAL_TITLE.match(text), what=text[:20])  # (asked of a title's start)
    assert_runs_quickly(lambda: title_views.tells_a_view(text), what=text[:20])
    assert_runs_quickly(lambda: with_referent_named("Talks went on. ", text), what=text[:20])
    assert_runs_quickly(lambda: title_referents._ONE_OF_A_KIND.fullmatch(text), what=text[:20])

"""Round 100 (issue 14): a proposed event's title that tells a state, a conjecture or a cut saying is not proposed
("The missile ... was the Hwasong-17", "North Korea appears to have carried out ...", "Lee charged that Seoul
was…"), nor one running to the end of a sentence the page cut inside a word; a word left hanging before an elided
subject's mark goes ("The vote by the council to … capped" -> "The vote by the council … capped"). Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from corpus import title_cuts
from index import title_states, title_worth
from index.title_states import tells_a_state
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_proposal_titles_twentieth_round import titled


@pytest.mark.parametrize("title", [
    # conjectures
    "The ferry is believed to have sunk near the harbour mouth",
    "Hundreds of villagers are feared to have drowned in the flood",
    "The rebels appear to have seized the northern airport",
    "The satellite seems to have broken up over the Pacific",
    "A rocket the navy fired appears likely to land off the coast",
    "One of the two patrol boats sent to the islands very likely ran aground",
    "Spain's ruling party looked set for a sweeping win",
    # states
    "The rocket it launched the day before was the Taepodong-2",
    "This report is the work of staff at the institute",
    "Ash still fell on the villages below the crater",
    "The navy still fired flares over the strait",
    "Ferries were still cancelled along the coast",
    "The central question remained the border dispute",
    "The new tariffs agreed aim to halve the trade deficit",
    "The mayor's office was reviewing the permit it issued",
    # sayings whose said clause the room cut
    "The former governor charged that the port authority was\u2026",
    "The two coast guards said that they have fully opened a hotline\u2026",
    "Admiral Grey agreed with French officers that training among\u2026",
])
def test_a_conjecture_a_state_or_a_cut_saying_is_not_proposed(title):
    assert tells_a_state(title)
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "The navy fired what is thought to be a cruise missile",  # the firing is told
    "The navy launched what officials believed was a drone",
    "The navy launched a rocket that it says carries a satellite",
    "Kim was the first leader to cross the border",  # a happening named by its ordinal
    "The storm flooded the valley and was weakening",  # a second clause's tense
    "The remains of the crew were returned to their families",  # a noun, no verb "remain"
    "A council meeting decided that the city will enlarge its harbour\u2026",  # a decision is news
    "The mayor announced that the festival was\u2026",
    "The two coast guards agreed to open a hotline",
    # ("The navy has intercepted nine trawlers since March 3", a tally since a date: a state since round 121)
    "The port told the trade body that the new curbs break\u2026",  # a telling to someone named (round 24)
    "The ferry sank near the harbour mouth",
    "Kim, who was the party's leader, resigned from the council",
])
def test_a_happening_told_stays_proposed(title):
    assert not tells_a_state(title)
    assert worth_proposing(title, None, title)


def test_a_title_running_to_a_passage_the_page_cut_inside_a_word_is_not_proposed():
    passage = "The fleet sailed at dawn. On May 9, 2011, the navy surprised the region by carrying out its firs"
    assert title_worth.cut_by_the_page(passage, "The navy surprised the region by carrying out its firs")


@pytest.mark.parametrize(("passage", "title"), [
    ("On May 9, 2011, the navy surprised the region by carrying out its first drill.",
     "The navy surprised the region by carrying out its first drill"),
    ("Seoul signed the fishing deal on Friday, officials said in a briefing", "Seoul signed the fishing deal"),
    ("Seoul signed the fishing deal on Friday. “It is a good day,” the mayor said", "Seoul signed the "
     "fishing deal"),
])
def test_a_finished_passage_or_a_title_short_of_the_cut_stays_proposed(passage, title):
    assert not title_worth.cut_by_the_page(passage, title)


def test_a_word_left_hanging_before_an_elided_subject_s_mark_goes():
    sentence = ("The vote by the regional council of the southern province to remove governor Lee from office on "
                "Friday capped a long and bitter political struggle over the port.")
    title = titled(sentence, "on Friday", "capped")
    assert title.startswith("The vote by the regional council \u2026 capped")  # not "council of the … capped"


def test_a_joining_word_before_an_elided_subject_s_mark_stays():
    text = ("President Alvarez of the southern republic of Vantara and Prime Minister Okonkwo of the northern "
            "islands signed a treaty")
    at = text.index("signed")
    assert " and \u2026 signed" in title_cuts.elided(text, at, at + len("signed"))


def test_an_elided_subject_ending_on_a_noun_is_kept():
    text = "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida agreed at a landmark meeting"
    at = text.index("agreed")
    assert title_cuts.elided(text, at, at + len("agreed")).endswith("\u2026 agreed at a landmark meeting")
    assert not title_cuts.elided(text, at, at + len("agreed")).split(" \u2026")[0].endswith((" to", " of", " the"))


_HOSTILE = [
    "The " + "big " * 25_000 + "was",
    "what " * 20_000,
    "Officials said that " * 5_000 + "\u2026",
    "Tensions have grown " * 5_000,
    "a " * 50_000,
    "Smoke still " * 8_000,
    "and was " * 12_000,
    "to " * 30_000 + "capped",
]


@pytest.mark.parametrize("text", _HOSTILE, ids=lambda text: text[:12])
def test_the_new_rules_read_hostile_text_quickly(text):
    assert_each_reads_quickly([title_states._CONJECTURE, title_states._A_STATE, title_states._SAYING_CUT,
                               title_worth._ENDS_IN_A_WORD], text)
    assert_runs_quickly(lambda: tells_a_state(text), what="tells_a_state")
    assert_runs_quickly(lambda: title_worth.cut_by_the_page(text, text), what="cut_by_the_page")
    assert_runs_quickly(lambda: title_cuts.elided(text, len(text) - 6, len(text)), what="elided")

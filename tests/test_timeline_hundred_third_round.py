"""Round 103 (issue 14): a proposed event's title whose subject points back to an earlier sentence ("The two
countries agreed …", "The ministry summoned …", "The capsule became …", "그는 …", "同氏は …") is named from the
article before it when one referent of that kind is named there ("Norland and Westland agreed …", "The Harbour
Ministry summoned …"); when none is, or two that differ, the title is not proposed. A subject never introduced
before ("The government decided …") stays as it is. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from bench.paraphrase_links import paraphrase_article
from corpus import title_referents
from corpus.events import dated_mentions
from corpus.title_referents import with_referent_named
from index.proposals import article_proposals
from index.readings import read_article
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly


@pytest.mark.parametrize(("before", "title", "named"), [
    ("Norland and Westland signed a fishing pact in Halden. ", "The two countries agreed to share catch data",
     "Norland and Westland agreed to share catch data"),
    ("When Ruiz and Okafor met in Lima on Monday, talks went well. ", "Both sides agreed to meet again",
     "Ruiz and Okafor agreed to meet again"),
    ("Norland and the Faroes signed a pact. Norland and the Faroes then met. ",
     "The two countries' envoys exchanged notes", "Norland and the Faroes\u2019 envoys exchanged notes"),
    ("The United States and Norland signed a pact. ", "The two nations also agreed to meet",
     "The United States and Norland also agreed to meet"),
    ("Westland's Harbour Ministry said it would act. ", "The ministry summoned the envoy",
     "Westland's Harbour Ministry summoned the envoy"),
    ("On Monday the Harbour Ministry said it would act. ", "The ministry summoned the envoy",
     "The Harbour Ministry summoned the envoy"),
    ("Halden Castle stands on a hill above the port. ", "The castle lost two walls", "Halden Castle lost two walls"),
    ("We boarded the Marisol ferry at dawn. ", "The ferry sank off Halden", "The Marisol ferry sank off Halden"),
    ("Typhoon Koryo, the strongest in years, neared. ", "The typhoon killed 40 people",
     "Typhoon Koryo killed 40 people"),
    # two names of one thing, one within the other: the nearest
    ("The Halden Daiichi nuclear plant was shut. Workers left the ruined Halden nuclear plant. ",
     "The plant was wrecked by a wave", "The Halden nuclear plant was wrecked by a wave"),
])
def test_a_subject_pointing_back_is_named_from_the_text_before(before, title, named):
    assert with_referent_named(before, title) == named


@pytest.mark.parametrize(("before", "title"), [
    # nothing of its kind named before
    ("Talks went on all night in the port. ", "The two countries agreed to share catch data"),
    ("A capsule holding the samples landed. ", "The capsule became a fireball"),
    ("A Norlandic pilot flew the jet. ", "The pilot was captured"),  # introduced, not named
    ("A magnitude 7.1 earthquake struck Halden. ", "The quake killed 70 people"),
    # two candidates that differ
    ("Norland and Westland signed a fishing pact, and Lima and Quito signed a trade pact. ",
     "The two countries agreed to meet"),
    ("Norland and Westland met in May. Lima and Quito met in June. ", "The two countries agreed to meet"),
    ("The Harbour Ministry and the Fisheries Ministry spoke. ", "The ministry summoned the envoy"),
    # a list's tail is no pair, and a list is not named
    ("The United States, Norland and Westland met. ", "The two countries agreed to meet"),
    ("Norland, Westland and Lima met. ", "The three parties agreed to meet"),
    # a Korean or Japanese pronoun subject
    ("", "그는 사표를 냈다"),
    ("", "同氏は辞任を表明した"),
    ("", "両国は協定に署名した"),
])
def test_a_subject_pointing_back_to_nothing_safely_named_is_not_proposable(before, title):
    assert with_referent_named(before, title) is None


@pytest.mark.parametrize(("before", "title"), [
    # ("The government decided to sign the pact", never introduced, is not proposable since round 121)
    ("Norland and Westland met. ", "The first summit of the two countries was held"),  # a subject of its own
    ("Norland and Westland met. ", "The vote by Norland's parliament passed"),
    ("Norland and Westland met. ", "Norland agreed to share data"),
    ('Norland and Westland met. "It is over," she said. ', "Westland ended the pact"),  # a quoted "it" before
    ("", "양측 협상 대표인 신경수 차장과 오노 과장이 협정안에 가서명했다"),  # "both sides' negotiators", named
    ("Norland and Westland met. ", 'Norland signed what it called "the deal of the century"'),
])
def test_a_title_not_pointing_back_stays_as_it_is(before, title):
    assert with_referent_named(before, title) == title


def _proposed(text: str) -> list[str]:
    article = paraphrase_article("2016-11-23", text)
    reading = read_article(article, dated_mentions(article))
    return [proposal.title for proposal in article_proposals(reading, (), [])]


def test_a_proposal_s_title_names_the_pair_the_article_names():
    text = ("Norland and Westland held fishing talks in Halden.\n\n"
            "The two countries signed the fishing pact on Nov. 18, 2016.")
    assert _proposed(text) == ["Norland and Westland signed the fishing pact"]


@pytest.mark.parametrize("text", [
    "Talks on the harbour went on all night.\n\nThe two countries signed the fishing pact on Nov. 18, 2016.",
    "A capsule holding the samples landed in the desert.\n\nThe capsule became a fireball on Nov. 18, 2016.",
    ("Norland and Westland held fishing talks, and Lima and Quito held trade talks.\n\n"
     "The two countries signed the fishing pact on Nov. 18, 2016."),
])
def test_a_proposal_pointing_back_to_nothing_safely_named_is_not_made(text):
    assert _proposed(text) == []


def test_a_name_found_makes_no_title_proposable_that_was_not():
    # "The test took place" points back as a deed named before (`index.title_worth`): named, it stays refused
    text = ("Norland's Halden nuclear test shook the region.\n\n"
            "The test took place on Nov. 18, 2016 in the northern hills.")
    assert _proposed(text) == []


# (a subject never introduced, "The government signed the harbour pact", is not proposed since round 121)


_HOSTILE = [
    "A " * 50_000,
    "Aa and " * 15_000,
    "a-" * 50_000 + "ministry",
    "a " + "ministry " * 11_000,
    "The Ministry " * 8_000,
    ". A" * 33_000,
    "x" * 100_000,
]


@pytest.mark.parametrize("before", _HOSTILE, ids=lambda text: text[:8])
def test_the_referent_is_looked_for_quickly_in_hostile_text(before):
    assert_each_reads_quickly([title_referents._PAIR], before)
    assert_runs_quickly(lambda: title_referents._names_of_kind(before, "ministry"), what="names")
    for title in ("The two countries agreed to meet", "The ministry summoned the envoy"):
        assert_runs_quickly(lambda: with_referent_named(before, title), what=title)


def test_a_hostile_title_is_read_quickly():
    for title in ("The " + "two " * 25_000 + "agreed", "The ministry " + "a " * 50_000, "Both " + "x" * 100_000):
        assert_runs_quickly(lambda: with_referent_named("Norland and Westland met. ", title), what=title[:12])

"""Round 105 (issue 14): a proposed title whose subject the article told of before without naming it ("The panel
found …" after "the dispute panel that had ruled"), its words before the noun or not ("The lower house passed …"), is
not proposed; "The storm" is named by a typhoon or a hurricane named before; "Seoul and Tokyo" name the pair "South
Korea and Japan" named before; a title whose object is a deed or a document the article told of before ("… took Japan
off the list", "Hwang started the strike") is not proposed; a clause the room cut a few words after its opening
goes ("… six missiles and have…" -> "… six missiles…"). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from bench.paraphrase_links import paraphrase_article
from corpus import title_cuts, title_referents
from corpus.event_titles import event_title
from corpus.events import dated_mentions
from corpus.title_referents import with_referent_named
from index.proposals import article_proposals
from index.readings import read_article
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly


@pytest.mark.parametrize(("before", "title"), [
    # a subject told of before, not named
    ("The appeal court threw out the findings of the dispute panel that had ruled. ", "The panel found the ban unfair"),
    ("Five years after the plane vanished, the search stopped. ", "The plane disappeared over the sea"),
    ("The tribunal set up at Halden's request lacks jurisdiction. ", "The tribunal issued its award"),
    ("Early on Saturday the upper house of parliament passed the laws. ", "The lower house passed the bills"),
    ("The Grand Harbour Party won the vote. ", "The ruling party lost two seats"),  # words before it: not named
    # an object told of before
    ("Norland dropped Westland from its whitelist in August. ", "Westland took Norland off the list"),
    ("Dock workers called a strike over pay. ", "Hwang started the strike"),
    ("Norland said it would lodge a complaint with the court. ", "Norland lodged its complaint"),
    ("Lawmakers debated the security bill for weeks. ", "The upper chamber passed the bills"),
])
def test_a_title_pointing_back_to_what_was_told_unnamed_is_not_proposable(before, title):
    assert with_referent_named(before, title) is None


@pytest.mark.parametrize(("before", "title", "named"), [
    ("Typhoon Koryo tore through the north on Saturday. ", "The storm had killed 24 people",
     "Typhoon Koryo had killed 24 people"),
    ("A day after Hurricane Marisol came ashore, officials counted the dead. Many blamed the storm. ",
     "The storm left a million homes without power", "Hurricane Marisol left a million homes without power"),
    ("South Korea and Japan met in Busan. Seoul and Tokyo then held talks. ", "The two countries agreed to meet",
     "Seoul and Tokyo agreed to meet"),
    ("Seoul and Tokyo met in Busan. Japan and South Korea then held talks. ", "The two countries agreed to meet",
     "Japan and South Korea agreed to meet"),
])
def test_a_subject_is_named_by_a_name_of_its_kind_or_its_capitals(before, title, named):
    assert with_referent_named(before, title) == named


@pytest.mark.parametrize(("before", "title"), [
    # ("The lower house passed the bills", "The storm struck the coast", never named: not proposable since round 121)
    ("Exporters feared the yen's rise. ", "The yen fell sharply"),  # an owner, not a noun told
    ("The pact was signed in May. ", "Norland signed the pact with Westland"),  # not the title's end
    ("Norland drew up a list of fish. ", "North Korea ordered a lockdown across the country"),  # not a deed
    ("Talks went on all night. ", "Norland and Westland signed the pact"),  # no pact told before
])
def test_a_title_not_pointing_back_to_what_was_told_stays_as_it_is(before, title):
    assert with_referent_named(before, title) == title


@pytest.mark.parametrize("before", [
    "South Korea and Japan met in Busan. Seoul and Washington then held talks. ",  # capitals of another pair
    "Norland and Westland met in Halden. Seoul and Tokyo then held talks. ",
    "Typhoon Koryo hit the north. Hurricane Marisol hit the south. ",  # two storms
])
def test_two_referents_that_differ_name_nothing(before):
    title = "The storm killed 24 people" if "Typhoon" in before else "The two countries agreed to meet"
    assert with_referent_named(before, title) is None


@pytest.mark.parametrize(("sentence", "title"), [
    ("Norland fired at least six missiles into the sea off its eastern coast on Monday and have since called the "
     "move a routine test of its forces", "Norland fired at least six missiles into the sea off its eastern coast…"),
    ("The Halden mayor reached Westport on Monday for a ceremonial state visit to the port that will be the first of "
     "its kind in decades", "The Halden mayor reached Westport for a ceremonial state visit to the port…"),
    ("Norland opened on Monday a new ferry crossing over the long estuary that joins the twin ports of Halden and "
     "Westport", "Norland opened a new ferry crossing over the long estuary…"),
    ("The harbour master of Halden landed in the northern port city on Monday and was met there by the mayor and a "
     "band", "The harbour master of Halden landed in the northern port city…"),
])
def test_a_clause_the_room_cut_after_its_opening_goes(sentence, title):
    at = sentence.find("on Monday")
    assert event_title(sentence, (at, at + len("on Monday"))) == title


@pytest.mark.parametrize(("cut", "verb_end"), [
    ("Norland signed and ratified the", 14),  # a second verb of the same clause
    ("Norland decided that the pact", 15),  # a verb's "that" opens its object
    ("Norland agreed with Westland's envoys that the pact", 14),  # ... further on
    ("The bridge joins Halden and Westport", 16),  # "and" joining names
    ("Norland agreed that", 14),  # nothing kept after the verb
    ("Norland opened a crossing over the estuary that joins the twin ports", 14),  # more than three words after
])
def test_a_cut_that_began_no_clause_or_keeps_too_little_stays(cut, verb_end):
    assert title_cuts._without_a_clause_begun(cut, verb_end, 10) == cut


def _proposed(text: str) -> list[str]:
    article = paraphrase_article("2016-11-23", text)
    reading = read_article(article, dated_mentions(article))
    return [proposal.title for proposal in article_proposals(reading, (), [])]


def test_a_proposal_names_its_storm_and_leaves_out_what_points_back():
    storm = "Typhoon Koryo tore through the north of Norland.\n\nThe storm killed 24 people in Halden on Nov. 18, 2016."
    assert _proposed(storm) == ["Typhoon Koryo killed 24 people in Halden"]
    strike = "Union leader Hwang started the strike on Nov. 18, 2016."
    assert _proposed(f"Dock workers in Halden called a strike over pay.\n\n{strike}") == []
    assert _proposed(f"Talks on the harbour went on all night.\n\n{strike}") == ["Union leader Hwang started the strike"]


_HOSTILE = ["the " * 25_000, "a-" * 50_000 + "strike", "The panel " * 10_000, "x" * 100_000, "list" * 25_000]


@pytest.mark.parametrize("before", _HOSTILE, ids=lambda text: text[:8])
def test_what_was_told_before_is_looked_for_quickly_in_hostile_text(before):
    assert_runs_quickly(lambda: title_referents._object_told_before(before, "Hwang started the strike"),
                        what="object")
    for title in ("The panel found the ban unfair", "The storm killed 24 people", "Norland took Westland off the list"):
        assert_runs_quickly(lambda: with_referent_named(before, title), what=title)


def test_a_hostile_title_or_cut_is_read_quickly():
    titles = ["Norland took the " + "the " * 25_000 + "list", "The " + "lower " * 16_000 + "house passed",
              "Norland fired " + "and have " * 11_000, "Norland " + "that x " * 14_000]
    for title in titles:
        assert_each_reads_quickly([title_referents._DEED_OBJECT, title_referents._NOUN_SUBJECT,
                                   title_cuts._CLAUSE_BEGUN], title)
        assert_runs_quickly(lambda: title_cuts._without_a_clause_begun(title, 8, 10), what=title[:12])
        assert_runs_quickly(lambda: title_cuts.shortened(title, 8), what=title[:12])

"""Round 67 (issue 14): a proposed event's title without the phrase at its start that only says when
or where ("At midnight,", "A week after the ferry sank,", "A year ago", "In Seoul,"); kept: a phrase
naming the happening this one answers ("After the vote,"), a concession, a manner, a phrase holding
the happening's own verb, and a time word that is the subject."""

import pytest

from corpus.title_openings import without_setting
from tests.test_proposal_titles_twentieth_round import titled
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # a time of day
    ("At midnight on Friday, Seoul decided to suspend its notice to leave the pact.", "on Friday", "decided",
     "Seoul decided to suspend its notice to leave the pact"),
    ("Around 7:15am on Jan. 19, the presenter was live on air from the capital.", "Jan. 19", "was",
     "The presenter was live on air from the capital"),
    ("At about 3 pm local time on Sunday, people in the city poured into the streets.", "on Sunday", "poured",
     "People in the city poured into the streets"),
    ("By 6pm on Sunday the typhoon had killed 24 people.", "on Sunday", "killed", "The typhoon had killed 24 people"),
    # a distance from another happening, with or without its comma
    ("A week after the ferry sank, on Wednesday divers brought up a 156th body.", "on Wednesday", "brought",
     "Divers brought up a 156th body"),
    ("A year ago on Nov. 23 the North shelled the island.", "Nov. 23", "shelled", "The North shelled the island"),
    ("Two days later, on March 3, the envoy returned to Tokyo.", "March 3", "returned", "The envoy returned to Tokyo"),
    # a span of days, the eve of a day
    ("For a third day running on Thursday, Japan protested the radar lock.", "on Thursday", "protested",
     "Japan protested the radar lock"),
    ("On the eve of the July 4 holiday, North Korea launched a missile.", "July 4", "launched",
     "North Korea launched a missile"),
    ("After weeks of talks, Seoul on Nov. 22 suspended its decision to end the pact.", "Nov. 22", "suspended",
     "Seoul suspended its decision to end the pact"),
    # a named place, or the country across
    ("In Seoul on Tuesday, the two ministers signed the pact.", "on Tuesday", "signed",
     "The two ministers signed the pact"),
    ("Across the country on Thursday people mourned the former president.", "on Thursday", "mourned",
     "People mourned the former president"),
])
def test_a_phrase_that_only_says_when_or_where_leaves_the_title(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    # the happening this one answers, a concession, a manner: what happened with them
    ("After the vote on Monday, the assembly adjourned.", "on Monday", "adjourned",
     "After the vote, the assembly adjourned"),
    ("Despite protests, Seoul on Monday signed the pact.", "on Monday", "signed",
     "Despite protests, Seoul signed the pact"),
    ("Ignoring U.N. warnings, the North on Feb. 12 held its third nuclear test.", "Feb. 12", "held",
     "Ignoring U.N. warnings, the North held its third nuclear test"),
    # the time word is the subject; the place is the subject
    ("Today marks the day the pact was signed on Nov. 23.", "Nov. 23", "marks",
     "Today marks the day the pact was signed"),
    ("Seoul on Monday signed the pact in Tokyo.", "on Monday", "signed", "Seoul signed the pact in Tokyo"),
    # "earlier" that qualifies the subject, not the time
    ("Earlier tests came on Feb. 12 and drew sanctions.", "on Feb. 12", "came",
     "Earlier tests came and drew sanctions"),
    # a place's name that is not at the start of a comma's phrase ("In Seoul's view" is not a place)
    ("In Seoul's view the pact on Monday lapsed.", "on Monday", "lapsed", "In Seoul's view the pact lapsed"),
])
def test_a_phrase_that_tells_more_than_when_or_where_stays(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title


def test_a_phrase_holding_the_happenings_own_verb_stays():
    text = "A week after the ferry sank, divers brought up a body"
    assert without_setting(text, text.index("sank")) == text
    assert without_setting(text, -1) == text  # (its verb unknown: as it was)


def test_hostile_openings_are_read_quickly():
    for text in (" " * 50_000, "A week after " + "the " * 20_000 + "sank", "In " + "Seoul " * 20_000 + "x",
                 "a " * 25_000 + "week after"):
        assert_runs_quickly(lambda: without_setting(text, len(text) - 1))

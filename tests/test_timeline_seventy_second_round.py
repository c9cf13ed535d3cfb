"""Round 72 (issue 14): a proposed event whose title is only a phrase, its sentence's main clause gone
elsewhere, is not proposed: a phrase opened by a participle ("Setting aside years of ill will") or a noun
with its participle after it ("Buildings damaged by the storm"). Titles that tell a finite verb stay. A date
said in the possessive ("at today's meeting") takes its "'s" with it: "at the meeting", not "at 's meeting"."""

import pytest

from corpus.event_titles import event_title
from index.title_verbless import verbless
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_runs_quickly

PHRASES_WITHOUT_A_CLAUSE = [
    "Putting aside a decade of mistrust",
    "Besides steaming within 12 nautical miles of the disputed reef",
    "Talking to reporters after meeting the US envoy in…",
    "Being questioned at a budget committee hearing by its chair",
    "Leaving behind burned-out barns and empty fields",
    "Houses flattened by the landslide in Hiroshima",
    "Osaka Castle, scorched by a fire in the keep",
    "The lenders, led by the state-run Development Bank",
    "Park Min-ho, credited with winning over older voters",
    "At the rally, held at the main square",
]

TITLES_WITH_A_CLAUSE = [
    "Fighting in the capital killed 20 people",
    "Nothing happened",
    "Morning traffic stalled",
    "Ichiro Suzuki retired from baseball",
    "Exports dropped by 10% in a year",
    "The bill passed by 180 votes to 95",
    "Seoul stood by its account of the drill",
    "Seoul answered by closing the industrial park",
    "Two sailors freed by the North walked off a plane",
    "Japan, in turn, removed Korea from its list",
    "The test was followed by new sanctions",
    "Testifying under oath before the Diet … stood by his account",
    "The North's second nuclear detonation",
    "A boat carrying 40 people sank off the coast",
]


@pytest.mark.parametrize("title", PHRASES_WITHOUT_A_CLAUSE)
def test_a_phrase_with_no_clause_of_its_own_is_not_proposed(title):
    assert verbless(title)
    assert not worth_proposing(title, None, title)


@pytest.mark.parametrize("title", TITLES_WITH_A_CLAUSE)
def test_a_title_with_a_finite_verb_or_a_named_happening_stays(title):
    assert not verbless(title)
    assert worth_proposing(title, None, title)


@pytest.mark.parametrize("hostile", [
    "Houses, damaged by the storm in" + " town" * 20,  # a title's length
    " " * 50_000,
    "word " * 20_000,
    "Setting aside " + "years of ill will " * 5_000,
    "Houses, damaged by " * 5_000,
    "Besides sailing " + "by " * 20_000,
], ids=["title", "spaces", "words", "participle", "agents", "bys"])
def test_hostile_titles_are_read_quickly(hostile):  # (the ids: not the texts themselves)
    assert_runs_quickly(lambda: verbless(hostile))


def _title(sentence, date):
    at = sentence.index(date)
    return event_title(sentence, (at, at + len(date)))


@pytest.mark.parametrize("sentence, date, title", [
    ("I gather the matter came up at yesterday's three-way meeting.", "yesterday",
     "I gather the matter came up at the three-way meeting"),
    ("The Cabinet decided at today's meeting (November 15) to give the troops a new task.", "today",
     "The Cabinet decided at the meeting to give the troops a new task"),
    ("Seoul let Monday's deadline pass in silence.", "Monday", "Seoul let the deadline pass in silence"),
    ("Seoul called 2019's rift a mistake.", "2019", "Seoul called the rift a mistake"),
    ("Talks ended on Monday\u2019s eve.", "Monday", "Talks ended on the eve"),
])
def test_a_dates_possessive_goes_with_the_date(sentence, date, title):
    assert _title(sentence, date) == title


@pytest.mark.parametrize("sentence, date, title", [
    ("Tokyo said Thursday's launch failed.", "Thursday's", "The launch failed"),  # the span holds it already
    ("Seoul signed the pact on Monday 'sixteen' times.", "Monday", "Seoul signed the pact 'sixteen' times"),
    ("Seoul signed the pact on Monday's.", "Monday", "Seoul signed the pact's"),  # no word after: not a possessive
])
def test_what_is_not_the_dates_possessive_stays(sentence, date, title):
    assert _title(sentence, date) == title

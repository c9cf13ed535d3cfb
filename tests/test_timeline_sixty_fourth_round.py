"""Timeline round 64 (issue 14): an event of kind `any` dated to a year and named by what happened within it ("two
nuclear tests", of 2016) is told by a page that prints no date when the clause naming it tells it as done "this year"
or "last year" (corpus/date_own_year.py): the page's year is unknown, the event's description says which year.
Each pair: a page that reports the event, and beside it one that does not (a plan, an expectation, a pair of
another year, a month of its own). And a page whose date, estimated from a day it reports, is before the event.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

EVENT = "north-korea-tests-2016"
# (a page that prints no date and reports the event, a page beside it that does not)
PAIRS = [
    # told as done this year (not a plan)
    ("Pyongyang has carried out two nuclear tests this year and fired more than twenty missiles.",
     "Pyongyang plans to carry out two nuclear tests this year and to fire more than twenty missiles."),
    # ... last year (not an expectation)
    ("Last year the North set off two nuclear tests, and its missiles flew farther than ever.",
     "Analysts expected the North to set off two nuclear tests last year, and its missiles to fly farther."),
    # ... in Spanish (not another year's pair: a year of its own in the clause)
    ("Las dos pruebas nucleares que el régimen ha realizado este año alarmaron a Seúl.",
     "Las dos pruebas nucleares que el régimen ha realizado desde 2006 alarmaron a Seúl este año."),
    # ... with no month of its own (a month says the two were told of another time)
    ("The regime has conducted two nuclear tests this year, officials in Seoul said.",
     "The regime has conducted two nuclear tests this year since May, officials in Seoul said."),
]


@pytest.mark.parametrize("place", range(len(PAIRS)), ids=lambda place: f"pair-{place + 1}")
def test_a_pair_of_one_year_told_in_its_own_year_on_an_undated_page(place: int):
    told, untold = PAIRS[place]
    assert EVENT in linked((told, None)), told
    assert EVENT not in linked((untold, None)), untold


def test_a_page_estimated_before_the_event_is_not_linked():
    page = ("On March 3, 2015, the defense ministry said Pyongyang has carried out two nuclear tests this year "
            "and fired more than twenty missiles.")
    assert EVENT not in linked((page, None))


def test_a_printed_year_other_than_the_events_still_decides():
    page = "Pyongyang has carried out two nuclear tests this year and fired more than twenty missiles."
    assert EVENT not in linked((page, "2015-06-01"))
    assert EVENT in linked((page, "2016-10-01"))

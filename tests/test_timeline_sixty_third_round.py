"""Timeline round 63 (issue 14): an event its `about` names by its month ("the January test") is named as well by
a wording of its kind that a distance back from the report dates to the event's days, on a page that prints its day:
"a month after it set off a nuclear device", of 7 February 2016 (corpus/event_rules.py). Each pair: a page that
reports the event, and beside it one that does not (a plan, an expectation, a distance too coarse to tell the month,
a distance from another happening, a date of its own in the clause, a date of attribution). Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # a distance back from the report (not a plan at that distance)
    ("fourth-nuclear-test", "2016-02-07",
     "North Korea fired a long-range rocket on Sunday, a month after it set off a nuclear device.",
     "North Korea fired a long-range rocket on Sunday, a month after it vowed to set off a nuclear device."),
    # ... after a statement that it happened (not an expectation)
    ("fourth-nuclear-test", "2016-02-07",
     "The launch came a month after the North said it had set off a hydrogen bomb.",
     "The launch came a month after the North was expected to set off a hydrogen bomb."),
    # ... the fifth test as well (not a distance too coarse to tell which of the year's tests)
    ("fifth-nuclear-test", "2016-10-10",
     "The North fired two missiles on Monday, a month after it set off a nuclear device.",
     "The North fired two missiles on Monday, a year after it set off a nuclear device."),
    # ... in the wording's own clause (not a distance from another happening: the test came after the launch)
    ("fourth-nuclear-test", "2016-03-10",
     "The drills began on Monday, two months after the North set off a nuclear device.",
     "Two months after the launch of its satellite, the North set off a nuclear device."),
    # ... a date of its own in the clause dates it (not the distance: "in February 2013" is another test)
    ("fourth-nuclear-test", "2016-02-07",
     "The bombers flew here on Sunday, a month after the North set off a nuclear device.",
     "The bombers last flew here in March 2013, a month after the North set off a nuclear device in February 2013."),
    # ... counted back from the page's day (not from a day of attribution: "said on Tuesday" dates the saying)
    ("fifth-nuclear-test", "2016-10-10",
     "A month after the North set off a nuclear device, Seoul's envoy said on Tuesday.",
     "The North set off a nuclear device on Tuesday, a month after the launch, Seoul's envoy said."),
]


@pytest.mark.parametrize("place", range(len(PAIRS)), ids=lambda place: f"pair-{place + 1}")
def test_a_distance_back_from_the_report_names_the_events_month(place: int):
    event, date, told, untold = PAIRS[place]
    assert event in linked((told, date)), told
    assert event not in linked((untold, date)), untold


def test_a_page_that_prints_no_date_is_not_dated_by_a_distance():
    page = "North Korea fired a long-range rocket on Sunday, a month after it set off a nuclear device."
    assert "fourth-nuclear-test" not in linked((page, None))

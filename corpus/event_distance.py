"""A happening dated by its distance back from the page that reports it: "less than a month after talks
resumed", in a report of 21 Nov 2016; "a month after it set off a nuclear device", of 7 February 2016.
For `corpus.event_rules`. Pure functions."""

from __future__ import annotations

import datetime

from corpus.dates_counted_from_the_page import qualified_bounds
from corpus.events import EventSpec, ReportingDate, named_by_its_month
from corpus.happenings import Happening
from corpus.intervals import days_after_in_cjk, days_before
from corpus.text_units import clause_before

# A passage with no date of its own may report an event if its article appeared this soon after.
REPORTED_WITHIN_DAYS = 7
# The widest span of days a distance may leave to tell an event's month ("a month after": 0 to 62 days).
_FINE_DISTANCE_DAYS = 62
Span = tuple[int, int]


def at_its_distance(spec: EventSpec, text: str, ways: list[Happening], published: ReportingDate | None
                    ) -> bool | None:
    """Whether a wording of the event lies as far before its report as the words leading to
    it say ("less than a month after talks resumed", in a report of 21 Nov 2016, is after 21
    Oct at the earliest, give or take the week a report may lag what it tells of); None when
    no words give a distance. The distance dates the happening, not the sentence's other
    dates ("said Friday that ..., three months after it said it would let the deal die")."""
    if published is None or published.value.granularity != "day":
        return None
    distances = [d for h in ways if (d := _distance_back(text, h)) is not None]
    if not distances:
        return None
    return any(_as_far_back(spec, published, distance) for distance in distances)


def _distance_back(text: str, way: Happening) -> tuple[int, int] | None:
    """The least and most days the words of its sentence put between a happening and the time told of."""
    return days_before(text, way.sentence.start, way.start) or days_after_in_cjk(text, way.end, way.sentence.end)


def _as_far_back(spec: EventSpec, published: ReportingDate, distance: tuple[int, int]) -> bool:
    """Whether the event's days lie `distance` days before the page's day, give or take its lag."""
    reported = published.value.bounds()[0]
    first, last = qualified_bounds(spec.date)
    least, most = distance
    return reported - datetime.timedelta(days=most + REPORTED_WITHIN_DAYS) <= last \
        and first <= reported - datetime.timedelta(days=least)


def may_be_dated_to_its_month(spec: EventSpec, published: ReportingDate | None) -> bool:
    """Whether a wording's distance back may name the event: one named by its month
    (`corpus.events.named_by_its_month`), on a page that prints its day."""
    return published is not None and not published.estimated and published.value.granularity == "day" \
        and named_by_its_month(spec)


def dated_to_its_month(spec: EventSpec, text: str, ways: list[Happening], published: ReportingDate) -> Span | None:
    """For an event `may_be_dated_to_its_month`, the span of the first of its wordings `ways` that a
    distance back from the report dates to the event's days: "a month after it set off a nuclear device",
    of 7 February 2016. The distance must be fine enough to tell a month ("a year after its nuclear test"
    could be either of that year's); a date in the wording's clause still dates it ("a month after the test
    in February 2013", `corpus.event_date_condition`)."""
    for way in ways:
        # in its own clause: "A month after the launch, the North set off a nuclear device" tells of a later test
        distance = days_before(text, way.start - len(clause_before(text, way.sentence, way.start)), way.start)
        if distance and distance[1] - distance[0] <= _FINE_DISTANCE_DAYS and _as_far_back(spec, published, distance):
            return way.start, way.end
    return None

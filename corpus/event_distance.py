"""A happening dated by its distance back from the page that reports it: "less than a month after talks
resumed", in a report of 21 Nov 2016; "a month after it set off a nuclear device", of 7 February 2016.
For `corpus.event_rules`. Pure functions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

from corpus.dates_counted_from_the_page import qualified_bounds
from corpus.events import EventSpec, ReportingDate, named_by_its_month
from corpus.happening_index import of_the_sentence_holding
from corpus.happenings import Happening, worded_ahead
from corpus.intervals import days_after_in_chinese, days_after_in_cjk, days_before
from corpus.text_units import clause_before

# A passage with no date of its own may report an event if its article appeared this soon after.
REPORTED_WITHIN_DAYS = 7
# The widest span of days a distance may leave to tell an event's month ("a month after": 0 to 62 days).
_FINE_DISTANCE_DAYS = 62
Span = tuple[int, int]


def at_its_distance(spec: EventSpec, text: str, ways: list[Happening], published: ReportingDate | None,
                    happenings: tuple[Happening, ...], listed: tuple[EventSpec, ...]) -> bool | None:
    """Whether a wording of the event lies as far before its report as the words leading to
    it say ("less than a month after talks resumed", in a report of 21 Nov 2016, is after 21
    Oct at the earliest, give or take the week a report may lag what it tells of), or as far
    before another listed event (of `listed`) its sentence tells as done (`happenings`: "signed the deal less
    than a month after it announced that talks would resume", on a page of 2019); None when
    no words give a distance. The distance dates the happening, not the sentence's other
    dates ("said Friday that ..., three months after it said it would let the deal die")."""
    if published is None or published.value.granularity != "day":
        return None
    distances = [(h, d) for h in ways if (d := _distance_back(text, h)) is not None]
    if not distances:
        return None
    reported = published.value.bounds()[0]
    return any(_as_far_back(spec, reported, distance, REPORTED_WITHIN_DAYS)
               or any(_as_far_back(spec, day, distance, 0) for day in _days_of_other_events(text, way, happenings,
                                                                                             reported, listed))
               for way, distance in distances)


def _distance_back(text: str, way: Happening) -> tuple[int, int] | None:
    """The least and most days the words of its sentence put between a happening and the time told of."""
    sentence = way.sentence
    return days_before(text, sentence.start, way.start) or days_after_in_cjk(text, way.end, sentence.end) \
        or days_after_in_chinese(text, sentence.start, way.start, way.end, sentence.end)


def _as_far_back(spec: EventSpec, reported: datetime.date, distance: tuple[int, int], lag: int) -> bool:
    """Whether the event's days lie `distance` days before the day `reported`, give or take `lag` days."""
    first, last = qualified_bounds(spec.date)
    least, most = distance
    return reported - datetime.timedelta(days=most + lag) <= last \
        and first <= reported - datetime.timedelta(days=least)


def _days_of_other_events(text: str, way: Happening, happenings: tuple[Happening, ...], reported: datetime.date,
                          listed: tuple[EventSpec, ...]) -> list[datetime.date]:
    """The days of the listed events that the other happenings of the wording's sentence tell as done, each
    the one listed event of its kind (the signing of 23 Nov 2016 for "signed"), none after the page's day: a
    distance in the sentence may be counted back from them."""
    others = (h for h in of_the_sentence_holding(way.sentence.start, happenings) if h.sentence == way.sentence
              and h.kind != way.kind and h.reported and not worded_ahead(text, h))
    days = the_one_listed_days(listed)
    return [day for h in others if (day := days.get(h.kind)) is not None and day <= reported]


@lru_cache(maxsize=16)
def the_one_listed_days(listed: tuple[EventSpec, ...]) -> Mapping[str, datetime.date]:
    """kind -> the day of the one event of `listed` of that kind that is no statement of intent; a kind with
    several (two nuclear tests), or whose one event's date is no day, is left out. (Keyed by the events
    themselves: two lists equal in every event's every field are one.)"""
    by_kind: dict[str, list[EventSpec]] = {}
    for spec in listed:
        if not spec.statement:
            by_kind.setdefault(spec.kind, []).append(spec)
    return MappingProxyType({kind: specs[0].date.bounds()[0] for kind, specs in by_kind.items()
                             if len(specs) == 1 and specs[0].date.granularity == "day"})


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
        if distance and distance[1] - distance[0] <= _FINE_DISTANCE_DAYS \
                and _as_far_back(spec, published.value.bounds()[0], distance, REPORTED_WITHIN_DAYS):
            return way.start, way.end
    return None

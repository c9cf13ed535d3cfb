"""Which listed event is named by its month (corpus/events.py `named_by_its_month`): one of its `about`
expressions is the English name of its date's month (in any case); then a wording of its kind that a distance
back from the report dates to its days names it too (corpus/event_distance.py). Not an expression that only
holds the month's name ("Cho June-hyuck", of a June day). Events and sentences written for the purpose."""

from __future__ import annotations

from corpus.dates import DateValue
from corpus.events import EventSpec, dated_mentions, named_by_its_month
from corpus.loader import Corpus, article_from_raw
from index.timeline import timeline_of

JUNE_DAY = DateValue(2016, 6, 6)
A_MONTH_AFTER = "North Korea fired a long-range rocket on Sunday, a month after it set off a nuclear device."


def _test_in_june(*about: str) -> EventSpec:
    return EventSpec("june-test", "A June test", JUNE_DAY, "nuclear-test", about)


def _linked(spec: EventSpec, text: str, date: str) -> bool:
    known = {"id": "named-by-month", "outlet": "Wire", "headline": "Story", "date": date, "date_precision": "day",
             "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:named-by-month")
    made = timeline_of((article,), {article.id: dated_mentions(article)}, (spec,), tuple(Corpus((article,)).outlets()))
    return any(event.id == spec.id and event.coverage and not event.proposed for event in made.events)


def test_an_expression_that_is_the_months_name_names_the_event_by_its_month():
    assert named_by_its_month(_test_in_june("June", "Cho June-hyuck"))
    assert named_by_its_month(_test_in_june("fourth", "june"))  # (any case, as every expression)


def test_an_expression_that_only_holds_the_months_name_does_not():
    assert not named_by_its_month(_test_in_june("Cho June-hyuck"))
    assert not named_by_its_month(_test_in_june("June\\s+test", "mid-June"))  # (nor one that needs more)
    assert not named_by_its_month(_test_in_june("Jun(?:e|\\.)"))  # (nor one written otherwise)
    assert not named_by_its_month(EventSpec("jan", "A test", JUNE_DAY, "nuclear-test", ("January",)))
    assert not named_by_its_month(EventSpec("year", "A test", DateValue(2016), "nuclear-test", ("June",)))


def test_a_distance_back_names_an_event_named_by_its_month_without_its_words():
    assert _linked(_test_in_june("June", "Cho June-hyuck"), A_MONTH_AFTER, "2016-07-07")
    assert _linked(_test_in_june("fourth", "june"), A_MONTH_AFTER, "2016-07-07")  # (in any case)


def test_a_distance_back_does_not_name_an_event_whose_expression_only_holds_a_months_name():
    assert not _linked(_test_in_june("Cho June-hyuck"), A_MONTH_AFTER, "2016-07-07")
    # (its own words still name it)
    assert _linked(_test_in_june("Cho June-hyuck"), "Cho June-hyuck said on Tuesday the North had set off a "
                   "nuclear device on Monday.", "2016-06-07")

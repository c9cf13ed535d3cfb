"""The date condition of a listed event (`corpus.event_rules`): whether a passage's dates let it report an
event of a date, and which of them say so. Pure functions."""

from __future__ import annotations

import datetime

from corpus.dates import DateValue
from corpus.dates_counted_from_the_page import agrees, qualified_bounds
from corpus.event_distance import REPORTED_WITHIN_DAYS
from corpus.events import DatedMention, ReportingDate


def date_condition(event: DateValue, published: ReportingDate | None,
                   mentions: tuple[DatedMention, ...], any_precision: bool = False
                   ) -> tuple[DatedMention, ...] | None:
    """Whether a passage with these dates may report an event of date `event`, and the dates
    that say so; None when it may not.

    * A date *speaks to* the event when it is at most one step coarser than the event's
      date ("early this month" for a day, "in 2012" for a month; "this year" says nothing
      about a day). If any date speaks to it, one must be compatible with the event's date
      (one contains the other); those dates are returned. With `any_precision` (the dates of
      the very sentence that words the happening) a coarser date that agrees speaks too:
      "the pact, signed in 2016".
    * An article cannot report an event that had not happened when it appeared, unless a
      date in the passage names the event's date exactly ("this Friday").
    * Otherwise the passage's dates must not contradict the event, and its article must
      have appeared during the event or within REPORTED_WITHIN_DAYS after it: by its printed
      date or, for a page that prints none, its estimate (the latest day the page reports,
      or the day of the one listed event it reports: it appeared then at the earliest).
    """
    speaking = tuple(m for m in mentions if _steps_coarser(m.value, event) <= 1)
    if not speaking and any_precision:  # a coarser date may agree, never object
        speaking = tuple(m for m in mentions if agrees(m.value, event))
    if speaking:
        compatible = tuple(m for m in speaking if agrees(m.value, event))
        exact = any(m.value.iso() == event.iso() for m in compatible)
        # (a page estimated by the latest day it reports appeared then at the earliest)
        if compatible and (exact or published is None or published.earliest or _not_before(published.value, event)):
            return compatible
        return None
    if any(not agrees(m.value, event) for m in mentions):
        return None
    if published is None or published.value.granularity != "day":
        return None
    day = published.value.bounds()[0]
    first, last = qualified_bounds(event)
    return () if first <= day <= last + datetime.timedelta(days=REPORTED_WITHIN_DAYS) else None


_FINENESS = {"year": 0, "month": 1, "week": 2, "day": 2}


def _steps_coarser(mention: DateValue, event: DateValue) -> int:
    return _FINENESS[event.granularity] - _FINENESS[mention.granularity]


def _not_before(published: DateValue, event: DateValue) -> bool:
    return published.bounds()[1] >= event.bounds()[0]

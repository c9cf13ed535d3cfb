"""A once-only happening told in its own month, on a page that prints no date (issue 14, timeline round 43).

"South Korea decided in August to end the three-year-old pact", on a page that prints no date and names
the GSOMIA, tells of the decision of 22 August 2019: the pact was decided to be ended once, in August, so
the month alone (no year: unplaceable without the page's date) says which happening it is. The rule holds
only for an event that happened once to what it names (`once` in `corpus/events.json`), on a page that names
it so somewhere, and for a kind not named by its noun ("a nuclear test in January" does not say which test);
every month or day the wording's sentence names must be the event's (a day at most one off it: the notice
of the next day), and at least one must be named: "signed in November" is the signing of November 2016,
"decided in November to end the pact it signed in 2016" dates nothing here. Pure standard library.
"""

from __future__ import annotations

import datetime
import re

from corpus.date_patterns import MONTH_FULL
from corpus.dates import DateValue, TemporalExpression, find_dates
from corpus.events import EventSpec
from corpus.happenings import Happening
from corpus.text_units import clause_span
from corpus.told_again import page_names

# Kinds whose `once` names the happening itself ("its fourth nuclear test"): a month does not tell which.
_NAMED_BY_ITS_NOUN = frozenset({"nuclear-test"})
# A month named: "August", "Aug. 22", "8월 22일", "8月22日" (not "last month", "Monday", "yesterday")
_NAMES_A_MONTH = re.compile(rf"(?i){MONTH_FULL}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
                            r"|\d{1,2}\s*[月월]")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d\s*[年년]")


def in_its_month(spec: EventSpec, text: str, ways: list[Happening]) -> bool:
    """Whether the sentences that word the event name its month (or its day) without a year, and no
    other, on a page that names what it happened to; only for an event that happened once. The
    caller asks it of a page that prints no date, for a passage with no date of its own. For a kind
    named by its noun, only its very day, the date named nearest a wording (`on_its_own_day`)."""
    if not ways or not spec.once or spec.date.granularity not in ("day", "month"):
        return False
    if spec.kind in _NAMED_BY_ITS_NOUN:
        return on_its_own_day(spec, text, ways)
    if not page_names(spec, text):
        return False
    first = spec.date.bounds()[0]
    found = False
    for sentence in {h.sentence: None for h in ways}:
        for named in _months_named(text[sentence.start:sentence.end], first):
            if not _the_event_s(named, spec.date):
                return False
            found = True
    return found


def _months_named(sentence: str, anchor: datetime.date) -> list[DateValue]:
    """The dates of `sentence` that name a month and no year, resolved near `anchor` (only their
    month and day are read); a date that names its year makes the list empty (the rules of
    printed dates read it)."""
    return [expression.value for expression in _yearless_dates(sentence, anchor)]


def _the_event_s(named: DateValue, event: DateValue) -> bool:
    """Whether a yearless month or day is the event's: its month, or a day at most one off the event's day."""
    first, day = event.bounds()[0], named.bounds()[0]
    if named.granularity == "month" or named.granularity == "day" and event.granularity == "month":
        return day.month == first.month
    if named.granularity != "day":
        return False
    try:
        return abs((datetime.date(first.year, day.month, day.day) - first).days) <= 1
    except ValueError:  # (29 February of another year)
        return False


def on_its_own_day(spec: EventSpec, text: str, ways: list[Happening]) -> bool:
    """Whether a wording of a happening named by its noun has, in its clause, a month and day without a
    year that are the event's: the first after it, else the last before it ("the nuclear test Pyongyang
    carried out on Jan. 6 and its Feb. 7 satellite launch", "On Jan. 6 the North said it had set off a
    hydrogen bomb": the fourth test of 6 January 2016). A day says which test a month does not ("its
    nuclear test in September" may be 2016's or 2017's); a day a year off is another's."""
    if spec.date.granularity != "day":
        return False
    first = spec.date.bounds()[0]
    for way in ways:
        start, end = clause_span(text, way.sentence, way.start, way.end)
        named = [(start + found.start, found) for found in _yearless_dates(text[start:end], first)]
        after = [found for at, found in named if at >= way.end]
        before = [found for at, found in named if at < way.start]
        nearest = after[0] if after else before[-1] if before else None
        if nearest is not None and nearest.value.granularity == "day" and _the_event_s(nearest.value, spec.date):
            return True
    return False


def _yearless_dates(sentence: str, anchor: datetime.date) -> list[TemporalExpression]:
    """The dates of `sentence` that name a month and no year (none if one names its year)."""
    found = []
    for expression in find_dates(sentence, DateValue(anchor.year, anchor.month, anchor.day)):
        if expression.kind != "date" or not _NAMES_A_MONTH.search(expression.text):
            continue
        if _YEAR.search(expression.text):
            return []
        found.append(expression)
    return found

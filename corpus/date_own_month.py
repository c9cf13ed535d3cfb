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
from corpus.dates import DateValue, find_dates
from corpus.events import EventSpec
from corpus.happenings import Happening
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
    caller asks it of a page that prints no date, for a passage with no date of its own."""
    if not ways or not spec.once or spec.kind in _NAMED_BY_ITS_NOUN \
            or spec.date.granularity not in ("day", "month") or not page_names(spec, text):
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
    values = []
    for expression in find_dates(sentence, DateValue(anchor.year, anchor.month, anchor.day)):
        if expression.kind != "date" or not _NAMES_A_MONTH.search(expression.text):
            continue
        if _YEAR.search(expression.text):
            return []
        values.append(expression.value)
    return values


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

"""A day counted from the page's date ("yesterday", "on Friday") a day off an event's is the event's, by another
clock: what the event links allow (`corpus.event_rules`), and what the proposals ask before a counted day makes a
second event beside a listed one (`index.proposals`). Pure functions."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from corpus.date_readers import tense
from corpus.date_relative_foreign import ONE_DAY_WORDS
from corpus.date_value import DateValue
from corpus.events import DatedMention, ReportingDate

_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_COUNTED_FROM_THE_PAGE = re.compile(r"(?i)(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
                                   rf"|{_WEEKDAY_NAME}(?:['\u2019]s)?|{ONE_DAY_WORDS})")
_WEEKDAY = re.compile(rf"(?i){_WEEKDAY_NAME}")


def by_the_clock(mention: DatedMention, event: DateValue, text: str, published: ReportingDate | None
                 ) -> DatedMention:
    """A day counted from the page's date ("yesterday", "on Friday") a day off the event's is
    the event's: the page's date may be in another time zone than the happening (a Taipei
    paper's "yesterday" of a Seoul decision; a US page dated the day before Seoul's). So is the
    weekday of the day after a printed date, read back six days in a clause in a past tense: a US
    page of Thursday evening telling that the North "carried out a fifth nuclear test on Friday", Asia's
    Friday (not "the decision could come on Friday")."""
    if mention.value.granularity != "day" or event.granularity != "day" \
            or not _COUNTED_FROM_THE_PAGE.fullmatch(mention.text.strip()):
        return mention
    day, said = event.bounds()[0], mention.value.bounds()[0]
    if abs((said - day).days) == 1:
        return replace(mention, value=event)
    if published is not None and not published.estimated and published.value.granularity == "day" \
            and _WEEKDAY.fullmatch(mention.text.strip()) and tense(text, mention.start, mention.end, False) == "past" \
            and day - published.value.bounds()[0] == datetime.timedelta(days=1) == (day - said) / 7:
        return replace(mention, value=event)
    return mention


def of_the_events_day(mention: DatedMention, event: DateValue, text: str, published: ReportingDate | None) -> bool:
    """Whether the mention's date is compatible with the event's, a counted day by the clock as the links read it."""
    return by_the_clock(mention, event, text, published).value.compatible(event)

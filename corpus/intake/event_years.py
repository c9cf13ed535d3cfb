"""The year of a dateline without one, from the story's listed events the page reports.

"SEOUL, Nov. 22 (Yonhap) -- ... the pact that the government said Friday it would keep" prints
no year, and no other date: but the story's events (`corpus/events.json`) hold one happening of
that kind on a 22 November, the suspension of 2019, and 22 Nov 2019 was the Friday the text
names. A year is taken from a listed event only when

* the page words the event's kind of happening as having happened (not a plan, a denial or a
  hypothetical: `corpus.happenings`), in a paragraph that names what the event is about;
* the sentence dates the happening by words counted from the dateline ("on Friday",
  "yesterday", "on Nov. 21") that, counted from the dateline's day in the event's year, fall on
  the event's day, in the week up to the dateline (or the day after it: a clock in another
  time zone), and no other date of the sentence so counted disagrees ("three years ago");
* or, with no date, the happening is worded in the lead under the dateline, not as background
  (the news of the day: "SEOUL, Aug. 23 -- South Korea decided to end ..."), or in the headline
  over a lead whose one weekday is the dateline's day or the day before; the event then fell
  within a day of the dateline;
* no year the text names as past ("since 2019", "signed in 2016") lies after that year;
* and no other listed event gives another year: when two fit, the year stays unknown.

The reasons name the event, its date and the words that date it, for the provenance.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.date_patterns import WEEKDAYS
from corpus.date_value import calendar_day, weekdays_of_day_and_eve
from corpus.dates import find_dates
from corpus.about_words import about_in
from corpus.events import EventSpec, is_dateline, load_event_specs, mention_role
from corpus.found import short
from corpus.happenings import STATEMENT_KINDS, Happening, find_happenings, worded_ahead
from corpus.intake.years import named_weekday
from corpus.text_units import Sentence, sentence_at

_WITHIN_DAYS = 1  # the event on the dateline's day or the day before (or after: time zones)
_WEEK = 6  # ... or, dated by a weekday the text counts back ("signed on Wednesday"), in its week
# "since 2016", "in 2019": a year named as past bounds the page's year from below; a deadline
# ("by 2030", "until 2024") or a thing named by its year ("the 2020 Olympics") does not.
_BOUNDING_ROLES = ("event", "attribution")
_SINCE = re.compile(r"(?i)\bsince\s+$")
# What a lead tells in such a clause, or told as a story's earlier turn, is background, not
# the day's news: "as it did before GSOMIA was signed", "the pact, which Seoul signed", "since
# Tokyo tightened its controls", "the decision was later put on hold".
_BACKGROUND_CLAUSE = re.compile(r"(?i)\b(?:before|since|until|till|once|when|while|whereas|if|unless"
                                r"|whether|which|who|whom|whose|as\s+(?:it|they|he|she|we|was|were))\b")
# Between the month of a statement and its words, a reported clause's opening, "that" said or
# left out: "(announced in August) that it would (end the pact)", "(said in August) it would
# (end it)", or the saying after a fronted month: "(In August), Seoul announced that it would".
_REPORTED_CLAUSE = re.compile(r"(?:,\s+(?:[\w'’-]+\s+){1,3}?(?:said|announced|declared|stated|decided))?"
                              r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}")
_BACKGROUND_TURN = re.compile(r"(?i)\b(?:later|earlier|previously|eventually|originally|initially"
                              r"|subsequently|first|then|getting|having)\b")


@dataclass(frozen=True)
class EventYear:
    year: int
    reason: str


@lru_cache(maxsize=1)
def _day_events() -> tuple[EventSpec, ...]:
    """The listed events of a kind of happening, dated to the day or the month."""
    return tuple(spec for spec in load_event_specs()
                 if spec.kind != "any" and spec.date.granularity in ("day", "month"))


def year_from_events(month: int, day: int, text: str, lead_at: int) -> EventYear | None:
    """The one year whose listed event the page at `text` reports on the dateline `month`/`day`
    (see the module's doc), or None. `lead_at` is the offset of the lead, the text under
    the dateline."""
    reported: dict[str, list[Happening]] = {}
    for happening in find_happenings(text):
        if happening.reported:
            reported.setdefault(happening.kind, []).append(happening)
    candidates = [(spec, filed) for spec in _day_events() if spec.kind in reported
                  for filed in _filing_days(spec, month, day)]
    if not candidates:
        return None  # (the date rules below are the costly part: only when an event may fit)
    # The dates the text places by itself ("November 23, 2016", and "the same day" after it)
    # say nothing of the dateline's year.
    placed = find_dates(text, None)
    page = _Page(text, sentence_at(text, lead_at), frozenset((e.start, e.end) for e in placed if e.value))
    latest_named = latest_year_named_as_past(text, placed)
    found: dict[int, EventYear] = {}
    for spec, filed in candidates:
        if filed.year < latest_named:
            continue  # "the pact, in force since 2019": not a page of 2016
        if reason := _reported_on(spec, filed, page, reported[spec.kind]):
            found.setdefault(filed.year, EventYear(filed.year, reason))
    return next(iter(found.values())) if len(found) == 1 else None


def year_from_months_back(month: int, day: int, text: str, lead_at: int) -> EventYear | None:
    """The one year in which the months the page words listed events in, counted back from the
    dateline ("SEOUL, Jan. 9 (Yonhap) -- ... the ministry said Thursday. Seoul decided in August
    to end the pact"), fall on those events' months, and the dateline's day on the one weekday
    its lead names; None if no year or more than one fits."""
    lead = sentence_at(text, lead_at)
    weekday = named_weekday(text[lead.start:lead.end])
    if weekday is None:
        return None
    placed = find_dates(text, None)
    page = _Page(text, lead, frozenset((e.start, e.end) for e in placed if e.value))
    latest_named = latest_year_named_as_past(text, placed)
    found: dict[int, EventYear] = {}
    happenings = find_happenings(text)
    about = {spec: about_in(spec, text) for spec in _day_events()} if happenings else {}
    for happening in happenings:
        for spec in _day_events():
            if happening.kind != spec.kind or not happening.reported \
                    or not about[spec].search(text, *_paragraph(text, happening.start)):
                continue
            for filed in _filed_months_after(spec, month, day):
                if filed.weekday() == weekday and filed.year >= latest_named \
                        and (dating := _month_counted_back(spec, page, filed, happening)):
                    found.setdefault(filed.year, EventYear(filed.year, (
                        f"the text reports \u201c{spec.title}\u201d ({spec.date.label()}) "
                        f"\u201c{dating}\u201d, that month counted back from the dateline in {filed.year}, "
                        f"whose day was the {WEEKDAYS[weekday]} its lead names")))
    return next(iter(found.values())) if len(found) == 1 else None


def _filed_months_after(spec: EventSpec, month: int, day: int) -> list[datetime.date]:
    """The days `month`/`day` within a year after the event (a month it is told of in)."""
    last = spec.date.bounds()[1]
    return [filed for year in (last.year, last.year + 1)
            if (filed := calendar_day(year, month, day)) and 0 < (filed - last).days <= 366]


def _month_counted_back(spec: EventSpec, page: "_Page", filed: datetime.date, happening: Happening) -> str | None:
    """The words of a month without a year ("in August") dating the happening that, counted back
    from `filed`, are the event's month; None if the nearest date is another."""
    dating = _nearest_date(page.text, happening, page.dates_from(filed))
    if dating is None or (dating.start, dating.end) in page.absolute or dating.value is None \
            or dating.value.granularity != "month" or not dating.value.contains(spec.date):
        return None
    role = mention_role(page.text, dating.start, dating.end)
    # "Seoul announced in August that it would end the pact": the month dates the statement,
    # which is the happening of such a kind, not the plan its words report.
    said_then = spec.kind in STATEMENT_KINDS and role == "plan" and dating.end <= happening.start \
        and worded_ahead(page.text, happening) \
        and _REPORTED_CLAUSE.fullmatch(page.text, dating.end, happening.start) is not None
    return dating.text if role == "event" or said_then else None


@dataclass
class _Page:
    """The text read once for every event and filing day tried."""

    text: str
    lead: Sentence
    absolute: frozenset[tuple[int, int]]  # the dates the text places by itself
    counted: dict[datetime.date, list] = field(default_factory=dict)  # dates counted from a day

    def dates_from(self, filed: datetime.date) -> list:
        if filed not in self.counted:
            self.counted[filed] = [e for e in find_dates(self.text, filed) if e.kind == "date"
                                   and not is_dateline(self.text, e.start, e.end)]
        return self.counted[filed]


def _filing_days(spec: EventSpec, month: int, day: int) -> list[datetime.date]:
    """The days `month`/`day` within a day of the event (of each day of its month)."""
    first, last = spec.date.bounds()
    days = []
    for year in {first.year - 1, first.year, last.year, last.year + 1}:
        filed = calendar_day(year, month, day)
        if filed and first - datetime.timedelta(days=_WITHIN_DAYS) <= filed <= last + datetime.timedelta(days=_WEEK):
            days.append(filed)
    return days


def _reported_on(spec: EventSpec, filed: datetime.date, page: _Page, happenings: list[Happening]) -> str | None:
    """Why the page, filed on `filed`, reports `spec` as happening then; None if it does not."""
    about, text = about_in(spec, page.text), page.text
    expressions = page.dates_from(filed)
    counted = [e for e in expressions if (e.start, e.end) not in page.absolute]
    undated = []  # the weaker evidence, taken only when no words date the happening
    for happening in happenings:
        if spec.kind not in STATEMENT_KINDS and worded_ahead(text, happening) \
                or not about.search(text, *_paragraph(text, happening.start)):
            continue
        dating = _nearest_date(text, happening, expressions)
        if dating is None:
            undated.append(_undated_news(spec, filed, text, happening, page.lead, expressions))
        elif (dating.start, dating.end) not in page.absolute and _dates_it(spec, filed, text, dating, happening) \
                and not _contradicted(spec, happening.sentence, counted):
            return (f"the text reports \u201c{spec.title}\u201d ({spec.date.label()}) on "
                    f"\u201c{dating.text}\u201d, within a day of the dateline in {filed.year} only of "
                    f"the listed events' years: \u201c{_quoted(text, happening.sentence)}\u201d")
    return next(filter(None, undated), None)


def _undated_news(spec: EventSpec, filed: datetime.date, text: str, happening: Happening,
                  lead: Sentence, expressions) -> str | None:
    """Why a happening worded with no date tells the news of the dateline's day, or None: it
    is the lead's (not in a clause of background), or the headline's (the text's first line)
    under a lead whose one weekday is the dateline's day or the day before in that year
    ("South Korea puts off Japan pact" over "... an official said Friday")."""
    sentence, (first, last) = happening.sentence, spec.date.bounds()
    if not first - datetime.timedelta(days=_WITHIN_DAYS) <= filed <= last + datetime.timedelta(days=_WITHIN_DAYS):
        return None  # undated news is the news of the dateline's day
    if _names_another_date(sentence, expressions) or _BACKGROUND_TURN.search(text, sentence.start, sentence.end) \
            or _BACKGROUND_CLAUSE.search(text, sentence.start, happening.start):
        return None
    quoted = _quoted(text, sentence)
    if sentence == lead:
        return f"the lead reports \u201c{spec.title}\u201d ({spec.date.label()}) with no other date: \u201c{quoted}\u201d"
    weekday = named_weekday(text[lead.start:lead.end])
    if sentence.end <= text.find("\n") and weekday is not None and weekday in weekdays_of_day_and_eve(filed):
        return (f"the headline reports \u201c{spec.title}\u201d ({spec.date.label()}), \u201c{quoted}\u201d, "
                f"and the lead names {WEEKDAYS[weekday]}, the dateline's day or the day before in {filed.year}")
    return None


def _nearest_date(text: str, happening: Happening, expressions):
    """The date expression of the happening's sentence nearest its words, or None."""
    sentence = happening.sentence
    inside = [e for e in expressions if sentence.start <= e.start and e.end <= sentence.end]
    if not inside:
        return None
    return min(inside, key=lambda e: 0 if happening.start <= e.start < happening.end
               else min(abs(e.start - happening.end), abs(happening.start - e.end)))


def _dates_it(spec: EventSpec, filed: datetime.date, text: str, dating, happening: Happening) -> bool:
    """Whether `dating`, counted from `filed` and naming no year, puts the happening on the
    event's day (in its month, for an event dated to the month) and on or just before `filed`."""
    value = dating.value
    if value is None or value.granularity != "day":
        return False
    day = value.bounds()[0]
    if not spec.date.contains(value) or not -_WITHIN_DAYS <= (filed - day).days <= _WEEK:
        return False
    role = mention_role(text, dating.start, dating.end)
    # "Seoul said Friday it would keep the pact" dates the decision by its saying; "that is
    # why Seoul chose to end it, the ministry said Thursday" tells of it days later.
    said_in_its_words = happening.start <= dating.start and dating.end <= happening.end
    return role == "event" or role == "attribution" and spec.kind in STATEMENT_KINDS \
        and (said_in_its_words or worded_ahead(text, happening))


def _contradicted(spec: EventSpec, sentence: Sentence, expressions) -> bool:
    """Whether another date of the sentence counted from the dateline disagrees with the event
    ("signed on Wednesday three years ago" under a dateline of its anniversary)."""
    return any(sentence.start <= e.start and e.end <= sentence.end and e.value is not None
               and not e.value.compatible(spec.date) for e in expressions)


def _names_another_date(sentence: Sentence, expressions) -> bool:
    return any(sentence.start <= e.start and e.end <= sentence.end for e in expressions)


def latest_year_named_as_past(text: str, placed=None) -> int:
    """The latest year the text names in a date of something past ("signed in 2016", "since
    2019"); 0 if none. `placed`: the dates the text places by itself, if already found."""
    years = [e.value.year for e in (find_dates(text, None) if placed is None else placed)
             if e.kind == "date" and e.value is not None
             and (mention_role(text, e.start, e.end) in _BOUNDING_ROLES
                  or _SINCE.search(text[max(0, e.start - 10):e.start]))]
    return max(years, default=0)


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def _quoted(text: str, sentence: Sentence) -> str:
    return short(text[sentence.start:sentence.end], width=90)


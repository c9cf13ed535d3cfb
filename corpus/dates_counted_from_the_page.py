"""Dates counted from a page's date, when the page prints none: a date counted from its estimate
("last month", "three months ago"), and a weekday with no date, which names the day of a listed
event when it is that event's weekday (timeline round 41); and whether two dates agree, as the
date condition of `corpus.event_rules` asks (moved here with them). Pure standard library.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import lru_cache

from corpus.about_words import WholeWords
from corpus.date_patterns import WEEKDAYS, weekday_number
from corpus.date_patterns_foreign import FOREIGN_WEEKDAY
from corpus.date_weekdays_cjk import CJK_WEEKDAY_NAME, weekday_number as cjk_weekday_number
from corpus.dates import DateValue, find_dates
from corpus.events import EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.happenings import Happening
from corpus.intake.languages import foreign_weekday
from corpus.per_text import PerText
from corpus.text_units import sentence_at


def dated_from_the_estimate(text: str, ways: list[Happening], published: ReportingDate | None,
                            event: DateValue) -> bool:
    """Whether a sentence that words the happening dates it counted from a page's date that is only
    estimated ("last month", "last year") and, so counted, only away from the event: left unresolved,
    such a date is unknown, not absent, and its likeliest value says it is another happening. A
    day so counted ("on Friday") is too near the estimate's own uncertainty to object."""
    return any(counted and not any(agrees(value, event) for value in counted)
               for counted in counted_from_the_estimate(text, ways, published))


def counted_to_the_event(text: str, ways: list[Happening], published: ReportingDate | None,
                         event: DateValue) -> bool:
    """Whether a sentence that words the happening dates it, counted from the day of the listed
    event its page was estimated from, to the month of the event ("Three months ago, Kim read out
    Seoul's plan not to renew the pact", under "SEOUL, Nov. 22 (Yonhap)" over the suspension of
    22 Nov 2019, is August's decision; "this year" holds too many), or to the year of an event of a
    month or a year, a year before the page's ("韓国側は4年前、…延期を申し入れた", "Hace cuatro años …
    pidió aplazar la firma", on pages estimated in 2016, are the collapse of June 2012; timeline round
    104). Not from the latest day a page reports: the page may be years later."""
    if published is None or published.earliest:
        return False
    return any(any(_counts_to(value, event, published.value) for value in counted)
               for counted in counted_from_the_estimate(text, ways, published))


def _counts_to(value: DateValue, event: DateValue, estimate: DateValue) -> bool:
    """Whether a date counted back from an estimate dates the event: a month that agrees, or an earlier year than the
    estimate's that agrees with an event no finer than a month (a year says nothing of a day)."""
    if value.granularity == "year" and (event.granularity == "day" or value.year >= estimate.year):
        return False
    return value.granularity in ("month", "year") and agrees(value, event)


def counted_from_the_estimate(text: str, ways: list[Happening], published: ReportingDate | None
                              ) -> list[list[DateValue]]:
    """For each wording of the happening, the dates coarser than a day its sentence counts from
    the page's estimated date ("last month", "three months ago"); none for a printed date."""
    if published is None or not published.estimated:
        return []
    counted = _COUNTED.answers(text)  # (a sentence read once, however many of its wordings and listed events)
    for happening in ways:
        if (key := (happening.sentence, published.value)) not in counted:
            counted[key] = _counted_in(text[happening.sentence.start:happening.sentence.end], published.value)
    return [list(counted[happening.sentence, published.value]) for happening in ways]


_COUNTED = PerText()


def _counted_in(clause: str, estimate: DateValue) -> tuple[DateValue, ...]:
    """The dates coarser than a day `clause` counts from `estimate`, the estimated date of its page."""
    calendar = {(e.start, e.end) for e in find_dates(clause, estimate, calendar_only=True) if e.kind == "date"}
    return tuple(e.value for e in find_dates(clause, estimate) if e.kind == "date"
                 and e.value.granularity != "day" and (e.start, e.end) not in calendar)


def agrees(mention: DateValue, event: DateValue) -> bool:
    """Compatible dates (one contains the other, or a week overlaps the event: "last week",
    said on 6 July, of a June event); a day must also fall in the part of the month or year
    the event's qualifier gives ("Nov. 23" is not "early November")."""
    first, last = qualified_bounds(event)
    if mention.granularity == "week" and event.granularity in ("month", "year"):
        start, end = mention.bounds()
        return start <= last and first <= end
    if not mention.compatible(event):
        return False
    return mention.granularity != "day" or first <= mention.bounds()[0] <= last


_THIRDS = {"early": (0, 1 / 3), "mid": (1 / 3, 2 / 3), "late": (2 / 3, 1)}


def qualified_bounds(value: DateValue) -> tuple[datetime.date, datetime.date]:
    """The first and last day of `value`, narrowed to its third when qualified ("early Nov")."""
    first, last = value.bounds()
    if value.qualifier not in _THIRDS:
        return first, last
    start, end = _THIRDS[value.qualifier]
    days = (last - first).days + 1
    return (first + datetime.timedelta(days=int(days * start)),
            first + datetime.timedelta(days=max(int(days * end) - 1, 0)))


# A weekday named in English, in the European languages the intake reads, in Russian, Chinese, Japanese or Korean
# ("on Thursday", "am Donnerstag", "во вторник", "в пятницу", "木曜日", "목요일", "星期四", "周四").
_ENGLISH_WEEKDAY = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\b")
_RUSSIAN_WEEKDAY = re.compile(r"(?i)(?<!\w)(?:понедельник|вторник|сред[ауы]|четверг|пятниц[ауы]|суббот[ауы]|"
                              r"воскресень[еяю])(?!\w)")
_RUSSIAN_STEMS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
_CJK_WEEKDAY = re.compile(CJK_WEEKDAY_NAME)


def _weekdays_in(text: str, start: int, end: int) -> set[int]:
    """The weekdays (Monday 0) named in `text[start:end]`."""
    days = {weekday_number(m.group()) for m in _ENGLISH_WEEKDAY.finditer(text, start, end)}
    days |= {foreign_weekday(m["weekday"]) for m in FOREIGN_WEEKDAY.finditer(text, start, end)} - {None}
    days |= {next(i for i, stem in enumerate(_RUSSIAN_STEMS) if m.group().lower().startswith(stem))
             for m in _RUSSIAN_WEEKDAY.finditer(text, start, end)}
    return days | {cjk_weekday_number(m) for m in _CJK_WEEKDAY.finditer(text, start, end)}


# Kinds of listed happening each of which fell on a weekday no other of its kind did (the fourth test on a
# Wednesday, the fifth on a Friday; the others on Monday, Monday, Tuesday, Sunday).
_OF_A_WEEKDAY_OF_ITS_OWN = frozenset({"nuclear-test"})


def on_its_weekday(spec: EventSpec, text: str, ways: list[Happening] | None, about: tuple[int, int],
                   listed: tuple[EventSpec, ...]) -> bool:
    """Whether the sentences that word the event (for an event of any kind, the one that names what
    it is about, at `about`) name its weekday and no other, on a page that prints no date: "Japan, the United
    States and South Korea agreed on Thursday to press North Korea harder" tells of the meeting of
    Thursday 27 October 2016; "said Monday that it would end the pact" is not Thursday's decision.
    A sentence that only looks ahead ("will meet on Thursday") dates no happening. Only for a happening
    named by its noun, each of a weekday of its own ("its nuclear test on Friday": the fifth; the others
    fell on Monday, Tuesday, Wednesday, Sunday): the weekday of a signing, a decision or a meeting names
    another's as often (measured, round 41: "signed on Wednesday" of a 2024 treaty)."""
    if spec.date.granularity != "day" or spec.kind not in _OF_A_WEEKDAY_OF_ITS_OWN:
        return False
    if ways is None:
        sentence = sentence_at(text, about[0])
        if only_foresees(text, sentence, *about):
            return False
        sentences = [sentence]
    else:
        sentences = list({h.sentence: None for h in ways})
    days = set().union(*(_weekdays_in(text, s.start, s.end) for s in sentences))
    return days == {spec.date.bounds()[0].weekday()} and not _of_a_later_week(spec, text, listed)


_YEAR = re.compile(r"(?<![\d.,])(?:19\d\d|20\d\d)(?!\d)")


def names_a_year_after(text: str, year: int) -> bool:
    """Whether `text` names a year (a four-digit one, not part of a number) later than `year`."""
    return any(int(named.group()) > year for named in _YEAR.finditer(text))


def _of_a_later_week(spec: EventSpec, text: str, listed: tuple[EventSpec, ...]) -> bool:
    """Whether the page tells of a time after the event's week, so that a weekday, which names a day
    of the page's week, is not the event's: a later year ("Tuesday", on a page that names 2016, is not a
    Tuesday of 2012), or a listed happening of a later week named as the one it was ("its fifth nuclear
    test"; not the GSOMIA, signed, ended and kept)."""
    if names_a_year_after(text, spec.date.year):
        return True
    later = _named_later(spec.date.bounds()[1], listed)
    return later is not None and later.search(text) is not None


@lru_cache(maxsize=256)
def _named_later(last_day: datetime.date, specs: tuple[EventSpec, ...]) -> WholeWords | None:
    """The names (`once`) of the events of `specs` that began more than a week after `last_day`, each
    the name of one happening only ("its fifth nuclear test"; not "GSOMIA", what three happened to)."""
    shared = Counter(name for spec in specs for name in set(spec.once))
    names = [name for later in specs if later.date.bounds()[0] > last_day + datetime.timedelta(days=7)
             for name in later.once if shared[name] == 1]
    return WholeWords(names) if names else None

"""The year of a dateline that prints none ("SEOUL, Nov. 23 (Yonhap)"), inferred with reasons.

Two kinds of evidence give a year, the stronger first:
* a full date elsewhere on the page (a date line, the address, the HTML's metadata): the
  year that puts the dateline within a few weeks before it;
* full dates the text itself names ("on Nov. 14, 2016"): the year that puts the dateline
  shortly after them.
When neither decides, the user's own library can (`year_from_span`): the one year in which
the month and day fall within the dates of the library's dated articles (a few weeks either
side); in a library of several such years, the one year in which the library holds other
articles within two weeks of that day *and* that day was the weekday the lead names.
Coverage comes in clusters around events, so a wire's dateline falls in one; when two
clusters fit, or none, the year stays unknown.
The weekday the story's lead names ("on Wednesday") only confirms a year found so: alone it
is too weak (a story of 2023 naming 2016 and 2017 finds a year whose 16 March was a
Thursday one time in seven), so it is added to the reasons when it agrees, and a year it
contradicts is kept but said to be contradicted. Alone it gives a year only within the page's
own span (`year_of_the_weekday_since`): from the latest year the text names as past to this year,
when one year only fits it. When no evidence points to one year, the year stays unknown.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from corpus.date_patterns import WEEKDAYS
from corpus import date_value
from corpus.date_value import calendar_day, weekdays_of_day_and_eve
from corpus.intake.printed_dates import full_dates

_STAMP = re.compile(r"(?<![\d-])(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)[ T][0-2]\d:[0-5]\d")

_CLOSE_DAYS = 45  # a page reposts a wire story within weeks, not months
_AFTER_DAYS = 60  # a date the text names is at most this long before the story
_CLUSTER_DAYS = 14  # the articles of one event's coverage lie within days of each other
_MIN_SPAN_ARTICLES = 3  # fewer dated articles than this say too little of a library's period
SPAN_REASON = "the span of your library"  # marks a year inferred so (never itself a span date)
_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")
# A lead naming weekdays more often than this is no story's opening to date by its weekday (a schedule, a hostile
# text): left unread, as each mention's role takes a reading of its own.
_MOST_WEEKDAYS_OF_A_LEAD = 12
# ... told as another day's than the story's by its words: "last Friday", "this past Friday", "the previous Friday",
# "since Friday", "a week ago Friday" (review 45)
_ANOTHER_DAYS_WEEKDAY = re.compile(r"(?i)\b(?:last|past|previous|since|ago)\s+$")


@dataclass(frozen=True)
class InferredYear:
    year: int
    reason: str


def infer_year(month: int, day: int, page_dates: list[tuple[str, str]], text: str,
               lead: str, story: tuple[str, str] | None = None) -> InferredYear | None:
    """The year of `month`/`day`, from the page's dated facts, `text` and its `lead` (the
    words whose weekday counts). `story` is (the headline and the paragraphs, the lead's
    first words), what the listed events are read in; by default `text` and `lead`.

    `page_dates` are (ISO day, where it was found) pairs."""
    found = _from_page_dates(month, day, page_dates) or _from_named_dates(month, day, text) \
        or _from_events(month, day, *(story or (text, lead)))
    if found is None:
        return _from_offices(month, day, text, lead) or _from_office_start(month, day, lead) \
            or _from_the_openings_year(month, day, text, *(story or (text, lead))) \
            or year_of_the_weekday_since(month, day, text, lead) \
            or _from_the_storys_weekday(month, day, text, *(story or (text, lead)))
    weekday = _weekday_check(found.year, month, day, lead)
    return InferredYear(found.year, f"{found.reason}{weekday}")


@dataclass(frozen=True)
class CorpusSpan:
    """The first and last day of a library's dated articles, and how many there are.

    `stored_between(first, last)` counts the stored articles dated within those days (the
    store answers it); `added` are the days of articles added since the span was read."""

    first: datetime.date | None = None
    last: datetime.date | None = None
    count: int = 0
    stored_between: Callable[[datetime.date, datetime.date], int] | None = None
    added: tuple[datetime.date, ...] = ()

    def including(self, iso_days) -> "CorpusSpan":
        days = [datetime.date.fromisoformat(day) for day in iso_days if len(day or "") == 10]
        if not days:
            return self
        known = [d for d in (self.first, self.last) if d]
        return CorpusSpan(min(days + known), max(days + known), self.count + len(days),
                          self.stored_between, self.added + tuple(days))

    def articles_near(self, day: datetime.date) -> bool:
        """Whether the library has dated articles within two weeks of `day`."""
        first, last = day - datetime.timedelta(_CLUSTER_DAYS), day + datetime.timedelta(_CLUSTER_DAYS)
        return any(first <= added <= last for added in self.added) or bool(
            self.stored_between and self.stored_between(first, last))


def year_from_span(month: int, day: int, span: CorpusSpan, lead: str = "",
                   text: str = "") -> InferredYear | None:
    """The one year in which `month`/`day` falls within `span` (give or take a few weeks),
    and not before a year `text` names as past, unless the weekday the lead names says
    otherwise."""
    if span.count < _MIN_SPAN_ARTICLES or span.first is None or span.last is None:
        return None
    start = span.first - datetime.timedelta(days=_CLOSE_DAYS)
    end = span.last + datetime.timedelta(days=_CLOSE_DAYS)
    since = _named_as_past(text)
    years = [year for year in range(max(start.year, since), end.year + 1)
             if (filed := calendar_day(year, month, day)) and start <= filed <= end]
    if len(years) > 1:
        return _year_of_a_cluster(month, day, years, span, lead) \
            or (_year_of_the_weekday(month, day, years, span, lead, since) if since else None)
    if not years:
        return None
    weekday = _weekday_check(years[0], month, day, lead)
    if "though that day" in weekday:
        return None  # the lead's weekday points to another year
    bound = f" from {since}, which the text names as past," if since else ""
    return InferredYear(years[0], f"{SPAN_REASON} ({span.count} dated articles from "
                                  f"{span.first} to {span.last}), in which{bound} "
                                  f"{day} {calendar.month_name[month]} falls in "
                                  f"{years[0]} only{weekday}")


def _named_as_past(text: str) -> int:
    if not text:
        return 0
    from corpus.intake.event_years import latest_year_named_as_past  # (the date rules, only when needed)

    return latest_year_named_as_past(text)


def _year_of_the_weekday(month: int, day: int, years: list[int], span: CorpusSpan, lead: str,
                         since: int) -> InferredYear | None:
    """Of `years` (none before `since`, a year the text names as past), the one in which
    `month`/`day`, or the day before it (a story filed the morning after), was the weekday
    the lead names: bounded so, a weekday picks one year of a few."""
    weekday = named_weekday(lead)
    if weekday is None:
        return None
    fitting = [year for year in years
               if (filed := calendar_day(year, month, day)) and weekday in weekdays_of_day_and_eve(filed)]
    if len(fitting) != 1 or _exactly_outside(fitting[0], month, day, weekday, years, since):
        return None
    return InferredYear(fitting[0], f"{SPAN_REASON} ({span.count} dated articles from "
                                    f"{span.first} to {span.last}) and the text, which names "
                                    f"{since} as past: of {years[0]} to {years[-1]}, only in "
                                    f"{fitting[0]} was {day} {calendar.month_name[month]} (or "
                                    f"the day before) the {WEEKDAYS[weekday]} the lead names")


def _exactly_outside(year: int, month: int, day: int, weekday: int, years: list[int],
                     since: int) -> bool:
    """Whether `year` fits the lead's weekday only as the day before `month`/`day` while a year
    after `since` but before the library's span fits it on the day itself ("SEOUL, April 9
    (Yonhap) -- … on Tuesday": 9 April 2013 was one, 2014's 8 April too; a library of 2013–2015
    whose dated pages start after April 2013 must not make it 2014)."""
    if calendar_day(year, month, day).weekday() == weekday:
        return False
    return any((filed := calendar_day(other, month, day)) and filed.weekday() == weekday
               for other in range(since, years[0]))


def _year_of_a_cluster(month: int, day: int, years: list[int], span: CorpusSpan,
                       lead: str) -> InferredYear | None:
    """Of `years`, the one in which the library has articles near `month`/`day` and that day
    was the weekday the lead names."""
    weekday = named_weekday(lead)
    if weekday is None:
        return None
    fitting = [year for year in years if (filed := calendar_day(year, month, day))
               and filed.weekday() == weekday and span.articles_near(filed)]
    if len(fitting) != 1:
        return None
    filed = calendar_day(fitting[0], month, day)
    return InferredYear(fitting[0], f"{SPAN_REASON} ({span.count} dated articles from "
                                    f"{span.first} to {span.last}): the lead names "
                                    f"{WEEKDAYS[weekday]}; of the years in which {day} "
                                    f"{calendar.month_name[month]} was a {WEEKDAYS[weekday]}, "
                                    f"the library has articles within {_CLUSTER_DAYS} days "
                                    f"of it in {filed.year} only")


def named_weekday(lead: str) -> int | None:
    """The one weekday the lead names as the day of what it tells (not of a plan: "was due
    to be renewed on Saturday"; not another day's: "last Friday", "since Friday"), or None."""
    from corpus.events import mention_role  # (the date rules, only when needed)

    mentions = list(islice(_WEEKDAY.finditer(lead), _MOST_WEEKDAYS_OF_A_LEAD + 1))
    if len(mentions) > _MOST_WEEKDAYS_OF_A_LEAD:
        return None
    weekdays = {WEEKDAYS.index(m["weekday"]) for m in mentions
                if not _ANOTHER_DAYS_WEEKDAY.search(lead, max(0, m.start() - 12), m.start())
                and mention_role(lead, m.start(), m.end()) != "plan"}
    return weekdays.pop() if len(weekdays) == 1 else None


def _from_page_dates(month: int, day: int, page_dates) -> InferredYear | None:
    for iso, where in page_dates:
        if len(iso) != 10:
            continue
        anchor = datetime.date.fromisoformat(iso)
        for year in (anchor.year, anchor.year - 1):
            filed = calendar_day(year, month, day)
            if filed and 0 <= (anchor - filed).days <= _CLOSE_DAYS:
                return InferredYear(year, f"the year of the page's date {iso} ({where})")
    return None


def _from_named_dates(month: int, day: int, text: str) -> InferredYear | None:
    years = set()
    for iso, printed in (*full_dates(text), *_stamps(text)):
        named = datetime.date.fromisoformat(iso)
        for year in (named.year, named.year + 1):
            filed = calendar_day(year, month, day)
            if filed and 0 <= (filed - named).days <= _AFTER_DAYS:
                years.add((year, printed))
    if len({year for year, _ in years}) != 1:
        return None
    year, named_text = sorted(years)[0]
    return InferredYear(year, f"the text names {named_text!r}, shortly before")


def _stamps(text: str) -> list[tuple[str, str]]:
    """A site's time stamps in `text`: an ISO day with its time ("2016-11-24 16:58:10"), which
    a sentence never prints, as (ISO day, the stamp)."""
    return [(match["day"], match.group(0)) for match in _STAMP.finditer(text)
            if _valid_day(match["day"])]


def _valid_day(iso: str) -> bool:
    try:
        datetime.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def _from_events(month: int, day: int, text: str, lead: str) -> InferredYear | None:
    from corpus.intake.event_years import year_from_events, year_from_months_back  # (only when needed)

    lead_at = text.find(lead[:80]) if lead else -1
    if lead_at < 0:
        return None  # no lead to read the day's news in (a headline is none)
    found = year_from_events(month, day, text, lead_at) or year_from_months_back(month, day, text, lead_at)
    return InferredYear(found.year, found.reason) if found else None


def _from_offices(month: int, day: int, text: str, lead: str) -> InferredYear | None:
    from corpus.intake.office_years import year_from_offices  # (only when needed)

    found = year_from_offices(month, day, text, _named_as_past(text), named_weekday(lead))
    return InferredYear(found.year, found.reason) if found else None


def _from_office_start(month: int, day: int, lead: str) -> InferredYear | None:
    from corpus.intake.office_starts import year_of_taking_office  # (only when needed)

    found = year_of_taking_office(month, day, lead)
    return InferredYear(found.year, found.reason) if found else None


def _from_the_storys_weekday(month: int, day: int, text: str, story: str, lead: str) -> InferredYear | None:
    from corpus.intake.story_weekdays import year_of_the_storys_weekday  # (only when needed)

    found = year_of_the_storys_weekday(month, day, text, story, lead, date_value.today())
    return InferredYear(*found) if found else None


_OPENING_LINES = 3  # the headline and the first two paragraphs, where the news itself is told


def _from_the_openings_year(month: int, day: int, text: str, story: str, lead: str) -> InferredYear | None:
    """The latest year the text names, named as past in the story's opening ("the exams for the
    2017 and 2018 academic years"), when no later year is named and `month`/`day` of it was the
    weekday the lead names: the news is of that year. A year named only further down is history
    ("killed him in 1979"), and a weekday alone fits a day one year in seven."""
    from corpus.dates_counted_from_the_page import names_a_year_after  # (the date rules, only when needed)

    since, weekday = _named_as_past(text), named_weekday(lead)
    filed = calendar_day(since, month, day) if since and weekday is not None else None
    if filed is None or filed.weekday() != weekday or names_a_year_after(text, since):
        return None
    opening = "\n".join(story.split("\n")[:_OPENING_LINES])
    named = re.search(rf"[^\n.]{{0,60}}(?<!\d){since}(?!\d)[^\n.]{{0,30}}", opening)
    if named is None:
        return None
    return InferredYear(since, f"the year the story's opening names as past, the latest the text names "
                               f"({named.group(0).strip()!r}), in which {day} {calendar.month_name[month]} "
                               f"was the {WEEKDAYS[weekday]} the lead names")


# "last year", "去年", "昨年", "지난해", "작년": the page counts back a year from its own (perhaps the year it names)
_LAST_YEAR = re.compile(r"(?i)\blast\s+year\b|去年|昨年|지난\s?해|작년")


def year_of_the_weekday_since(month: int, day: int, text: str, lead: str) -> InferredYear | None:
    """The one year, from the latest the text names as past (the story is no older) to this one (it is no newer), in
    which `month`/`day` or the day before (a story filed the morning after) was the weekday the lead names, when in no
    other of them either was. A story of the very year it names as past is refused when the text says "last year": it
    may be the next year's, whose day is another weekday."""
    since, weekday, today = _named_as_past(text), named_weekday(lead), date_value.today()
    if not since or weekday is None:
        return None
    days = [filed for year in range(since, today.year + 1)
            if (filed := calendar_day(year, month, day)) and filed <= today]
    if (filed := the_one_day_of_the_weekday(days, weekday, since, text)) is None:
        return None
    return InferredYear(filed.year, f"the weekday the lead names: of {since}, the latest year the text names "
                                    f"as past, to {today.year}, {only_that_year(filed, weekday)}")


def the_one_day_of_the_weekday(days: list[datetime.date], weekday: int, since: int,
                               text: str) -> datetime.date | None:
    """The one of `days` that was `weekday` or whose day before was (a story filed the morning after), when no other
    of them was and none's day before was: a year that fits by its eve is no weaker than one that fits by its day
    (round 96's merge), so one year fits either way or none is taken. Not one of `since`, the latest year the text
    names as past, if the text says "last year" (the page may be the next year's)."""
    fitting = [filed for filed in days if weekday in weekdays_of_day_and_eve(filed)]
    if len(fitting) != 1 or (fitting[0].year == since and _LAST_YEAR.search(text)):
        return None
    return fitting[0]


def only_that_year(filed: datetime.date, weekday: int) -> str:
    """The reasoning's end for a day the weekday fits in one year only: "only in 2016 was 23 November a Wednesday (nor
    in another that day or the day before)", or "... a Friday, the day after the Thursday named (...)"."""
    eve = "" if filed.weekday() == weekday else f", the day after the {WEEKDAYS[weekday]} named"
    return (f"only in {filed.year} was {filed.day} {calendar.month_name[filed.month]} a {WEEKDAYS[filed.weekday()]}"
            f"{eve} (nor in another that day or the day before)")


def _weekday_check(year: int, month: int, day: int, lead: str) -> str:
    """What the weekday the lead names says of `year`, as words for the reasons."""
    weekday, filed = named_weekday(lead), calendar_day(year, month, day)
    if weekday is None or filed is None:
        return ""
    name = WEEKDAYS[weekday]
    if filed.weekday() == WEEKDAYS.index(name):
        return f"; the lead names {name}, which that day was"
    return f"; the lead names {name}, though that day was a {WEEKDAYS[filed.weekday()]}"

"""The date of a page that prints none, estimated from what its opening reports (issue 14): a page
whose opening passage words an event that happened once (`once` in events.json) as news, in
English, by a verb in a past form (not the past perfect of background), with no date of its own
in that sentence (but "today" or the event's weekday), appeared on the event's day or in the
week after: "South Korea has pulled out of an agreement to share intelligence with Japan" opens a
page of the days after the decision of 22 Aug 2019. Not a page that names a later year, tells of
the event's year (or a later one) as past ("came close to signing the pact in 2012"), counts a
year back ("in July last year"), or words anywhere a kind of happening that only later listed
events are of ("Seoul pulled back its notice of withdrawal", under an opening that "struck a
deal"); and only when one year's events fit: a wrong date is worse than none. The estimate is the
event's day, the first on which the page could tell of it (so an "earliest" estimate).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.date_patterns import WEEKDAYS
from corpus.date_readers import day_value, tense
from corpus.dates import DateValue, find_dates
from corpus.about_words import named_in
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate, dated_mentions
from corpus.happenings import Happening, in_past_form
from corpus.model import Article, Passage
from corpus.text_units import clause_before

# What a news opening may date its happening by without a date of its own: the page's own day, or
# a weekday of the event's day or the next (one of another day tells of another day).
_COUNTED_FROM_THE_PAGE = re.compile(r"(?i)today|tonight|earlier\s+today|this\s+(?:morning|afternoon|evening)")
_A_WEEKDAY = re.compile(r"(?i)(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?")
# A day of the month is a date of its own: "on the 14th".
_DAY_OF_MONTH = re.compile(r"(?i)\b\d{1,2}(?:st|nd|rd|th)\b")
_HAD_BEFORE = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?$")
# A page that counts a year back from its own tells of a year before the page's.
_A_YEAR_BEFORE_THE_PAGES = re.compile(
    r"(?i)\b(?:last\s+(?:year|summer|autumn|fall|winter|spring)|(?:a|one|two|three|\d+)\s+years?\s+ago"
    r"|(?:the\s+)?(?:previous|past)\s+year)\b|지난해|작년|昨年|去年")
# An opening is a passage of prose, not an address or a line of page furniture.
_PROSE = re.compile(r"\S+\s+\S+\s+\S+\s+\S+|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{20}")
_OPENING_MIN_CHARS = 60

Fits = Callable[[Article, tuple[DatedMention, ...], object], bool]


def estimate_from_opening(article: Article, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                          fits_datelines: Fits) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The estimate (and the mentions resolved against it) from the one year's listed events the
    page's opening reports as done with no date of its own; None if none or two years' fit."""
    opening = _opening(article)
    if opening is None:
        return None
    text, named = article.clean_text, dated_mentions(article)
    if _A_YEAR_BEFORE_THE_PAGES.search(text):
        return None  # "in July last year": a page of a later year than what it recalls
    latest_year = max((m.value.year for m in named), default=None)
    latest_past_year = max((m.value.year for m in told_as_past(text, named)), default=None)
    found = {}
    for spec in specs:
        if not spec.once or spec.date.granularity != "day" \
                or latest_year is not None and latest_year > spec.date.year \
                or latest_past_year is not None and latest_past_year >= spec.date.year \
                or not named_in(spec, opening.text):
            continue
        if _reports_a_later_kind(text, happenings, specs, spec):
            continue
        worded = [h for h in happenings if h.kind == spec.kind and h.reported
                  and opening.start <= h.start < opening.end and _told_as_news(text, h)]
        mentions = dated_mentions(article, spec.date)
        if not any(_undated_sentence(text, h, spec.date) for h in worded):
            continue
        estimate = ReportingDate(spec.date, True,
                                 f"estimated from the text: its opening reports \u201c{spec.title}\u201d as done, "
                                 f"with no date of its own, so on {spec.date.label()} or in the week after "
                                 f"(passage {opening.number})", earliest=True)
        if fits_datelines(article, mentions, spec.date) \
                and passage_reports(spec, opening, text, happenings, mentions, estimate, specs):
            found.setdefault(spec.date.year, (estimate, mentions))
    return next(iter(found.values())) if len(found) == 1 else None


def told_as_past(text: str, mentions: tuple[DatedMention, ...]) -> list[DatedMention]:
    """The mentions that date a happening in a clause in a past tense ("signed a three-way
    arrangement in 2014"): times the page tells of as past."""
    return [m for m in mentions if m.role == "event" and tense(text, m.start, m.end, look_after=False) == "past"]


def _opening(article: Article) -> Passage | None:
    """The page's first passage of prose."""
    return next((p for p in article.passages if len(p.text) >= _OPENING_MIN_CHARS and _PROSE.search(p.text)), None)


def _undated_sentence(text: str, happening: Happening, event: DateValue) -> bool:
    """Whether the sentence that words the happening has no date of its own but the page's day
    ("today") or a weekday of the event's day or the next (a page may be dated in another time
    zone): no other weekday, "yesterday", day of the month ("on the 14th") or calendar date."""
    sentence = happening.sentence
    if _DAY_OF_MONTH.search(text, sentence.start, sentence.end):
        return False
    next_day = day_value(event.bounds()[0], 1)
    return all(_COUNTED_FROM_THE_PAGE.fullmatch(found.text)
               or _A_WEEKDAY.fullmatch(found.text) and found.value in (event, next_day)
               for found in find_dates(text[sentence.start:sentence.end], next_day) if found.kind == "date")


def _told_as_news(text: str, happening: Happening) -> bool:
    """Whether an English wording tells of a verb done as news: in a past form ("has called
    off", not "a deadline to tell Japan it was pulling out"), not the past perfect of
    background ("news that the ministry had quietly signed a pact")."""
    words = text[happening.start:happening.end]
    return words.isascii() and in_past_form(words) \
        and not _HAD_BEFORE.search(clause_before(text, happening.sentence, happening.start))


def _reports_a_later_kind(text: str, happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                          spec: EventSpec) -> bool:
    """Whether the page words as done, anywhere, a kind of happening that only listed events of
    later years are of, about what it names: "struck a deal to keep alive their pact" opens no
    page of the signing when its next passage tells of a notice of withdrawal pulled back."""
    own_year = {other.kind for other in specs if other.date.year <= spec.date.year}
    later = {other.kind for other in specs if other.date.year > spec.date.year and other.kind not in own_year
             and named_in(other, text)}
    return any(h.reported and h.kind in later for h in happenings)

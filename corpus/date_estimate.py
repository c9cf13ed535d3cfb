"""The date of an article that prints none, estimated from what it reports (never shown as printed).

* From the dates that name their year: an article appeared no earlier than the latest day it
  reports as past ("signed on November 23, 2016"): that day is its estimate.
* Failing those, from a listed event it reports with a date that lacks its year: a page that
  words the collapse of the signing and is datelined "June 29" reports June 2012, the only
  year in which a listed event of that kind falls on that date; a page datelined "Aug. 23"
  that reports the decision of 22 Aug 2019 (with no date of its own) appeared on 23 Aug 2019,
  a wire's dateline being the day of the report or within the week after what it reports. If two years would do, the
  date stays unknown: a wrong date is worse than none.
* Failing all those, from the officeholders it names in office and a listed event of their time it
  reports as done (`corpus.date_officeholders`).

Each estimate carries its provenance, for people to read.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import replace

from corpus.date_after_reported import not_before_what_it_reports
from corpus.date_readers import day_value, tense
from corpus.date_birthdays import estimate_from_a_birthday
from corpus.date_datelines import dateline_after, dateline_just_after, dateline_years_after, fits_its_datelines
from corpus.date_from_opening import estimate_from_opening, told_as_past
from corpus.date_officeholders import estimate_from_officeholders
from corpus.date_last_year import told_as_last_years
from corpus.date_later_events import dates_a_later_event, tells_of_a_later_event, year_fixed
from corpus.date_month_event import days_of_a_month_event, month_end
from corpus.date_own_day import counts_years_ago, counts_years_since
from corpus.date_weekday_and_year import estimate_from_a_weekday_and_its_year
from corpus.date_told_today import estimate_from_what_it_tells_as_today
from corpus.date_weekdays import names_the_event_day
from corpus.dates import DateValue, find_dates
from corpus.about_words import about_in, named_in
from corpus.event_rules import about_pattern, passage_reports
from corpus.events import (
    SAME_DAY_REACH, THE_SAME_DAY, DatedMention, EventSpec, ReportingDate, dated_mentions, event_days, mention_role,
    publication_value,
)
from corpus.happenings import STATEMENT_KINDS, Happening, in_past_form
from corpus.happening_index import of_the_sentence_holding
from corpus.text_units import clause_span, sentence_at
from corpus.model import Article

# A page dated by a listed event it reports must name the story's matter somewhere: fisheries
# "talks [that] broke down" on June 22nd are no collapse of the pact's signing in June 2012. ("韓日GSOMIA":
# no word's edge before a Latin name after Chinese characters.)
_NAMES_THE_STORY = re.compile(r"(?i)\b(?:intelligen|militar|milit\u00e4r|renseign|military|defen[cs]e|GSOMIA|pacts?\b"
                              r"|военн|разведк)|(?<![a-z])GSOMIA|정보|군사|지소미아|협정|情報|軍事|情报|军事|協定|协定")
# "Kono met the ambassador on Thursday, hours after Seoul announced its decision."
_THE_DECISION = re.compile(r"(?i)\b(?:its|the|this|that|their)\s+(?:[\w-]+\s+)?(?:decision|announcement)\b")
_YESTERDAY = re.compile(r"(?i)yesterday|어제|昨日|昨天")


def article_reporting_date(article: Article, mentions: tuple[DatedMention, ...],
                           happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...]
                           ) -> tuple[ReportingDate | None, tuple[DatedMention, ...]]:
    """The article's date, printed or else estimated (from its dates that name their year,
    then from the listed events it reports), with its mentions (resolved against the
    estimate when that is what dates them)."""
    if publication_value(article) is None:  # a printed date already makes a past day no plan
        mentions = as_happened(article.clean_text, mentions, happenings)
    published = reporting_date(article, mentions)
    story = _NAMES_THE_STORY.search(article.clean_text)
    if not story:  # of another story only its own events (not the pact's), on a day and weekday it names
        specs = tuple(spec for spec in specs if not _of_the_pact(spec))
    if (published is None or published.estimated) and specs:
        # The latest day a page reports is only when it appeared at the earliest: a listed
        # event it reports later than that (a caption's "August 3, 2019" over the decision of
        # 22 Aug) dates it better.
        estimated = estimate_from_reports(article, happenings, specs, on_a_named_weekday=not story) \
            or story and estimate_from_opening(article, happenings, specs, fits_its_datelines) or None
        if estimated is None and published is None:  # no date of its own: the holders it names in office
            estimated = estimate_from_officeholders(article, happenings, specs, as_happened)
        if estimated is None and published is None:  # nor any holder: a leader's counted birthday, its year
            estimated = estimate_from_a_birthday(article, happenings, as_happened)
        if estimated is None and published is None:  # nor a birthday: a day printed with its weekday, the year's
            estimated = estimate_from_a_weekday_and_its_year(article, happenings, as_happened)
        if estimated is None and published is None:  # nor such a pair: a listed event it tells as happening today
            estimated = estimate_from_what_it_tells_as_today(article, mentions, happenings, specs, as_happened)
        if estimated is not None and estimated[0].value.bounds()[1] < _told_as_past_since(article.clean_text, mentions):
            estimated = None  # "the approval ... on Tuesday" is no Tuesday of 2012 on a page telling of 2014 as past
        if estimated is not None and (published is None
                                      or estimated[0].value.bounds()[0] > published.value.bounds()[0]):
            published, mentions = estimated
        elif published is not None and published.estimated:  # (one from a listed event's day fits its datelines)
            published, mentions = _moved_to_its_dateline(article, published, mentions, happenings)
    published = not_before_what_it_reports(article, published, mentions, happenings, specs)
    return published, _past_no_plan(mentions, published)


def _moved_to_its_dateline(article: Article, published: ReportingDate, mentions: tuple[DatedMention, ...],
                           happenings: tuple[Happening, ...]) -> tuple[ReportingDate, tuple[DatedMention, ...]]:
    """An estimate from the latest day a page reports moved forward to its yearless dateline that falls
    after it (the page cannot be older than its dateline; the first such day, so at the earliest), the
    days it sent back a year placed again: "新华社东京11月25日电" over "2019年8月22日" is of 25 Nov 2019,
    not of 22 Aug 2019 with its dateline in 2018."""
    dateline = dateline_after(article, published.value)
    if dateline is None:
        return published, mentions
    named_year = {m.start for m in dated_mentions(article)}
    again = {(m.start, m.end): m for m in as_happened(article.clean_text, dated_mentions(article, dateline.value),
                                                      happenings)}
    after = published.value.bounds()[1]  # (only the days it sent back a year are placed again)
    mentions = tuple(again[m.start, m.end] if m.start not in named_year and (m.start, m.end) in again
                     and again[m.start, m.end].value.bounds()[0] > after >= m.value.bounds()[1] else m for m in mentions)
    return ReportingDate(dateline.value, True, f"estimated from the text: its dateline \u201c{dateline.text}\u201d, "
                         f"the first such day after {published.value.label()} (passage {dateline.passage})",
                         earliest=True), mentions


def _of_the_pact(spec: EventSpec) -> bool:
    """Whether a listed event is the pact's own: its title names the story's matter ("South Korea's
    cabinet approves the pact") or what it is about names the pact (its aliases)."""
    return bool(_NAMES_THE_STORY.search(spec.title) or about_pattern(spec).search("GSOMIA"))


def _told_as_past_since(text: str, mentions: tuple[DatedMention, ...]) -> datetime.date:
    """The first day of the latest time a page tells of, naming its year, in a clause in a past
    tense ("signed a three-way arrangement in 2014"): the page appeared no earlier."""
    return max((m.value.bounds()[0] for m in told_as_past(text, mentions)), default=datetime.date.min)


def _past_no_plan(mentions: tuple[DatedMention, ...], published: ReportingDate | None) -> tuple[DatedMention, ...]:
    """A date before the day a page is estimated from is past, as before a printed date, and no
    plan: "tried to sign a similar pact in 2012, but it collapsed", under a caption of 2013."""
    if published is None or not published.estimated:
        return mentions
    first = published.value.bounds()[0]
    return tuple(replace(m, role="event") if m.role == "plan" and m.value.bounds()[1] < first else m
                 for m in mentions)


# Between a verb and the date that dates it: "put their names on Wednesday", "Concluded on Nov. 23, 2016".
_PREPOSITION_BEFORE = re.compile(r"(?i)(?:\s+(?:on|in|at))?\s*$")


def as_happened(text: str, mentions: tuple[DatedMention, ...], happenings: tuple[Happening, ...]
                ) -> tuple[DatedMention, ...]:
    """The mentions of a page that prints no date, a date right after a verb that words a
    happening as having happened dating it whatever a later clause looks ahead to ("South Korea
    and Japan put their names on Wednesday to an agreement under which the two will exchange
    ...", "Concluded on Nov. 23, 2016, the pact renews itself ... before it expires": neither
    date is a plan). On a dated page such a date, if past, is no plan already; if it lies ahead
    of the page, the page foresees it."""
    ends = _verb_ends(text, happenings)
    return tuple(replace(m, role="event") if m.role == "plan" and _right_after(text, m.start, ends) else m
                 for m in mentions)


def _verb_ends(text: str, happenings: tuple[Happening, ...] | list[Happening]) -> set[int]:
    """Where the wordings of happenings as having happened that start with a verb in a past form end."""
    return {h.end for h in happenings if h.reported and in_past_form(text[h.start:h.end])}


def _right_after(text: str, at: int, ends: set[int]) -> bool:
    """Whether the date at offset `at` follows one of the wordings ending at `ends`, a
    preposition at most between, and looks ahead only after it ("will hold a briefing on Dec. 5"
    is a plan)."""
    return _PREPOSITION_BEFORE.search(text, max(0, at - 8), at).start() in ends \
        and tense(text, at, at, look_after=False) != "future"


def _right_before(text: str, at: int, starts: set[int]) -> bool:
    """Whether the date ending at offset `at` stands right before one of the wordings starting at
    `starts` ("South Korea on Friday put on hold its decision"): it dates that verb, whatever a
    later clause looks ahead to ("... only hours before the move was to take effect")."""
    return len(text) - len(text[at:].lstrip()) in starts and tense(text, at, at, look_after=False) != "future"


def reporting_date(article: Article, mentions: tuple[DatedMention, ...]) -> ReportingDate | None:
    """The article's publication date, or else its estimate from the dates that name their year (not
    one in a sentence that counts years since: "2010년 11월 23일 북한이 연평도를 포격한 이후 13년이 지났다")."""
    printed = publication_value(article)
    if printed is not None:
        return ReportingDate(printed, False, article.date_provenance)
    days_not_long_past = tuple(m for m in mentions if not counts_years_since(article.clean_text, m.start, m.end))
    estimate = estimated_publication(days_not_long_past)
    if estimate is not None and dateline_years_after(article, {m.start for m in mentions}, estimate.value):
        return None  # "SEOUL, Nov. 22 --" over "signed on November 23, 2016": not of 23 Nov 2016
    return estimate


def estimated_publication(mentions: tuple[DatedMention, ...]) -> ReportingDate | None:
    """The latest day the article reports as past, as its estimated date."""
    reported = [m for m in mentions if m.role != "plan" and m.value.granularity == "day"]
    if not reported:
        return None
    latest = max(reported, key=lambda m: m.value.bounds()[0])
    return ReportingDate(latest.value, True,
                         f"estimated from the text: the latest day it reports, \u201c{latest.text}\u201d "
                         f"(passage {latest.passage})", earliest=True)


def estimate_from_reports(article: Article, happenings: tuple[Happening, ...],
                          specs: tuple[EventSpec, ...], on_a_named_weekday: bool = False
                          ) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The estimate (and the mentions resolved against it) from the one listed event whose
    year makes the article's yearless dates fall on it while a passage reports it (and, with
    `on_a_named_weekday`, only by a numbered day on a weekday the page names: the two fix the year)."""
    year_named = dated_mentions(article)  # (without an estimate: the dates that name their year)
    named_year = {m.start for m in year_named}
    kinds = {h.kind for h in happenings if h.reported}
    found: dict[int, tuple[ReportingDate, tuple[DatedMention, ...]]] = {}
    text = article.clean_text
    for spec in specs:
        if spec.kind not in kinds and not (spec.kind == "any" and kinds) \
                or spec.date.granularity not in ("day", "month") or not named_in(spec, text):
            continue
        mentions, on_event = _dates_on_the_event(article, spec, happenings, named_year)
        if spec.kind == "any" and not on_event:
            continue
        dated = _dated_by_the_event(article, spec, happenings, mentions, on_event, named_year)
        if dated is None:
            continue
        estimate, source, mentions, own_days = dated
        if not fits_its_datelines(article, mentions, estimate.value) \
                or on_a_named_weekday and not year_fixed(article, spec, happenings, specs, bool(on_event), own_days,
                                                         estimate.value, year_named) \
                or dates_a_later_event(article, happenings, specs, estimate.value, (source.start, source.end)):
            continue
        if any(passage_reports(spec, p, article.clean_text, happenings, mentions, estimate, specs)
               for p in article.passages):
            kept = found.get(spec.date.year)  # of one year's events, the latest: it appeared after each
            if kept is None or kept[0].value.bounds()[0] < estimate.value.bounds()[0]:
                found[spec.date.year] = (estimate, mentions)
    if len(found) > 1:  # of two years, not one the page could not have appeared in
        found = {year: kept for year, kept in found.items()
                 if not tells_of_a_later_event(article, happenings, specs, kept[0].value, year_named)}
    return next(iter(found.values())) if len(found) == 1 else None


_DatedByTheEvent = tuple[ReportingDate, DatedMention, tuple[DatedMention, ...], Sequence[DatedMention]]


def _dates_on_the_event(article: Article, spec: EventSpec, happenings: tuple[Happening, ...], named_year: set[int]
                        ) -> tuple[tuple[DatedMention, ...], list[DatedMention]]:
    """The page's mentions, were it of the event's year, and those of them (yearless, no plan's) on the event's
    days; of an event of a month, its days told otherwise (`days_of_a_month_event`) when none is."""
    mentions = as_happened(article.clean_text, dated_mentions(article, spec.date), happenings)
    on_event = [m for m in mentions if m.start not in named_year and m.role not in ("plan", "reference")
                and m.value.granularity == "day" and spec.date.contains(m.value)]
    if spec.date.granularity == "month" and not on_event \
            and (in_month := days_of_a_month_event(article, spec, happenings, about_in(spec, article.clean_text),
                                                   named_year)):
        on_event = list(in_month)
        placed = _placed_by_its_last_day(article, spec, mentions, happenings)
        mentions = tuple(sorted(placed + in_month, key=lambda m: m.start))
    return mentions, [m for m in on_event if not counts_years_ago(article.clean_text, m.start)]


def _dated_by_the_event(article: Article, spec: EventSpec, happenings: tuple[Happening, ...],
                        mentions: tuple[DatedMention, ...], on_event: list[DatedMention], named_year: set[int]
                        ) -> _DatedByTheEvent | None:
    """(the estimate, the words it is taken from, the mentions resolved against it, the event's own days) by the
    latest yearless day on the event, else a dateline just after its days, last year's event, a weekday of it."""
    if on_event:
        latest = max(on_event, key=lambda m: m.value.bounds()[0])
        return ReportingDate.from_report(latest.value, spec.title, f"on \u201c{latest.text}\u201d, a date of "
                                         f"{spec.date.year} (passage {latest.passage})"), latest, mentions, on_event
    placed = _placed_by_its_last_day(article, spec, mentions, happenings)
    if dateline := dateline_just_after(article, placed, spec, named_year):
        return ReportingDate.from_report(dateline.value, spec.title, f"under the dateline \u201c{dateline.text}\u201d, "
                                         f"days after it in {spec.date.year} (passage {dateline.passage})"), \
            dateline, placed, on_event
    if told := told_as_last_years(article, spec, happenings, as_happened):
        source, told_mentions = told
        return ReportingDate.from_report(DateValue(spec.date.year + 1), spec.title,
                                         f"as of \u201c{source.text}\u201d, last year's, so in {spec.date.year + 1} "
                                         f"(passage {source.passage})"), source, told_mentions, on_event
    if on_weekday := _on_a_weekday_of(article, spec, happenings):
        day, weekdays = on_weekday  # (the weekday's days, a day of the month as well: "6일")
        return ReportingDate.from_report(day, spec.title, f"on \u201c{weekdays[0].text}\u201d, "
                                         f"{'the weekday of' if day == spec.date or day in spec.held else 'so on'} "
                                         f"{day.label()} (passage {weekdays[0].passage})"), \
            weekdays[0], tuple(sorted(mentions + weekdays + _that_day(article, weekdays), key=lambda m: m.start)), \
            weekdays
    return None


def _on_a_weekday_of(article: Article, spec: EventSpec, happenings: tuple[Happening, ...]
                     ) -> tuple[DateValue, tuple[DatedMention, ...]] | None:
    """The first of the event's days (its date, then the days it was `held`: talks announced on
    a Thursday, held on a Tuesday) whose weekday the page names where it words the event."""
    for day in event_days(spec):
        if weekdays := _on_its_weekday(article, replace(spec, date=day), happenings):
            return day, weekdays
    for day in event_days(spec):  # "the ministry said yesterday the two have tentatively signed": the day after
        after = day_value(day.bounds()[0], 1) if day.granularity == "day" else None
        if after and (told := _on_its_weekday(article, replace(spec, date=day), happenings, page_day=after)):
            return after, told
    return None


def _on_its_weekday(article: Article, spec: EventSpec, happenings: tuple[Happening, ...],
                    page_day: DateValue | None = None) -> tuple[DatedMention, ...]:
    """"Seoul said Thursday it had decided to end the pact", in a page that prints no date: its
    weekdays that name the event's own day (not plans), if the event fell on that weekday, in
    the clause that words the event's kind as having happened or in its sentence's saying ("A
    paper reported Thursday that Seoul decided to restore the pact" is no report of a Thursday's
    decision to end it). With `page_day`, the day after the event's: its "yesterday"."""
    if spec.date.granularity != "day":
        return ()
    text, found = article.clean_text, []
    worded = [h for h in happenings if h.kind == spec.kind and h.reported]
    verb_ends = _verb_ends(text, worded)
    verb_starts = {h.start for h in worded if in_past_form(text[h.start:h.end])}
    for expression in find_dates(text, page_day or spec.date):
        passage = article.passage_at(expression.start)
        names_it = _YESTERDAY.fullmatch(expression.text) and expression.value == spec.date if page_day \
            else names_the_event_day(expression.text, expression.value, spec.date)
        if names_it and passage:
            role = mention_role(text, expression.start, expression.end)
            if role == "plan" and (_right_after(text, expression.start, verb_ends)
                                   or _right_before(text, expression.end, verb_starts)):
                role = "event"
            if role != "plan" and (any(_dates_the_wording(text, h, expression.start, expression.end, role)
                                       for h in of_the_sentence_holding(expression.start, worded))
                                   or spec.kind in STATEMENT_KINDS and _points_back_to_a_decision(text, expression.start)):
                found.append(DatedMention(article.id, passage.number, expression.start, expression.end,
                                          expression.text, spec.date, role))
    return tuple(found)


def _dates_the_wording(text: str, happening: Happening, at: int, until: int, role: str) -> bool:
    """Whether a weekday at `text[at:until]` dates the happening: in its clause, opening its
    sentence before it ("Last Thursday, Seoul said it would resume talks", "Jeudi dernier, Séoul
    a fait savoir qu'il relançait les discussions"), or in its sentence's saying ("South Korea
    decided to end the pact, the ministry said Thursday"); not in another clause of its sentence
    ("Japan and South Korea froze the pact on Friday ..., an embarrassing reversal for both":
    Friday is the freezing's, not the reversal's)."""
    sentence = happening.sentence
    if not sentence.start <= at < sentence.end:
        return False
    start, end = clause_span(text, sentence, happening.start, happening.end)
    opening = _OPENS_THE_SENTENCE.fullmatch(text, sentence.start, at) and _A_COMMA.fullmatch(text, until, start)
    return role == "attribution" or start <= at < end or bool(opening)


# What may stand before a weekday that opens a sentence ("On", "El", "Am"), and after it before its clause.
_OPENS_THE_SENTENCE = re.compile(r"(?:(?i:on|el|le|am|il|pada|en)\s+)?")
_A_COMMA = re.compile(r"\s*,\s*")


def _points_back_to_a_decision(text: str, at: int) -> bool:
    """Whether the sentence at offset `at` tells of "its decision" (or "the announcement"),
    a decision its page has worded before."""
    unit = sentence_at(text, at)
    return _THE_DECISION.search(text, unit.start, unit.end) is not None


def _placed_by_its_last_day(article: Article, spec: EventSpec, mentions: tuple[DatedMention, ...],
                            happenings: tuple[Happening, ...]) -> tuple[DatedMention, ...]:
    """For a month event, the page's dates with its yearless days placed from the month's last
    day, for its dateline to date it: "SEOUL, July 2 (UPI)" over the collapse of June 2012 is 2
    July 2012 (a month alone places no day)."""
    if spec.date.granularity != "month":
        return mentions
    return as_happened(article.clean_text, dated_mentions(article, month_end(spec)), happenings)


def _that_day(article: Article, weekdays: tuple[DatedMention, ...]) -> tuple[DatedMention, ...]:
    """"... South Korean media said on Friday. Earlier, the ministry had said the two planned to
    sign it later that day": a "that day" soon after a weekday the estimate placed is its day, as
    on a page that prints its date."""
    text, carried = article.clean_text, []
    for weekday in weekdays:
        for match in THE_SAME_DAY.finditer(text, weekday.end, min(len(text), weekday.end + SAME_DAY_REACH)):
            passage = article.passage_at(match.start())
            if passage is not None:
                carried.append(DatedMention(article.id, passage.number, match.start(), match.end(), match.group(),
                                            weekday.value, mention_role(text, match.start(), match.end())))
    return tuple(carried)

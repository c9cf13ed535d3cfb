"""A page that prints no date, dated by a listed event its opening tells as happening "today" or "yesterday"
(issue 14, timeline round 77): "South Korea and Japan signed the pact today", "本日23日、ソウルにて ... 署名しました",
"O pacto, assinado ontem em Seul" date the page to the signing's day, at the earliest (a page says "yesterday" the
day after, and in its own time zone).

Only an event that happened once (`once`) and on a single day, so that its kind's wording cannot be another year's
(a cabinet approved the pact in 2012 and in 2016; only 2012's is listed); only a wording told as done ("will sign
today" is a plan), in the first half of the page's passages, where a page tells its own story; never "today" in a
quotation (a speaker's day), in a sentence that counts years ("a year ago today") or in one that holds another date
("오늘부로 2019년 8월 '종료 통보' ... 철회": the wording is of August); a day printed with "today" ("오늘(22일)", "today
(23)") must be the event's. The passage must report the event were the page of its day (the linking rule), and
every event so told must be of the same day. For `corpus.date_estimate`, where nothing else estimated the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.date_after_reported import names_a_later_event, on_its_first_day, told_as_done, wordings_told_as_done
from corpus.date_own_day import counts_years
from corpus.date_patterns import NOT_AN_OUTLETS_NAME
from corpus.dates import find_dates
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate, dated_mentions
from corpus.happenings import Happening
from corpus.model import Article, Passage
from corpus.text_units import Sentence

AsHappened = Callable[[str, tuple[DatedMention, ...], tuple[Happening, ...]], tuple[DatedMention, ...]]

# ("오늘날", "nowadays", is no day; German "hier" is "here")
_TODAY = re.compile(rf"(?i)\b{NOT_AN_OUTLETS_NAME}(?:today|yesterday|this\s(?:morning|afternoon|evening)|tonight"
                    r"|hoy|ayer|esta\smañana|hoje|ontem|aujourd'hui|ce\smatin|heute|gestern|oggi|ieri)\b"
                    r"|오늘(?!날)|어제|금일|本日|今日|昨日|今朝|今天|昨天")
# The day printed with it: "today (23)", "오늘(22일)", "本日23日", "today, Nov. 23".
_ITS_DAY = re.compile(r"[\s,]{0,2}[(\uff08]?\s{0,2}(?:[A-Z][a-z]{2,8}\.?\s)?(\d{1,2})(?!\d)(?:일|日|号)?\s?[)\uff09]?")
# A longer "sentence" is a transcript or a list run together, not a lead's sentence (and each wording in it would
# read its clauses again).
_LONGEST_SENTENCE = 1_000
_QUOTES = (('"', '"'), ("\u201c", "\u201d"), ("\u300c", "\u300d"), ("\u00ab", "\u00bb"))


def estimate_from_what_it_tells_as_today(article: Article, mentions: tuple[DatedMention, ...],
                                         happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...],
                                         as_happened: AsHappened
                                         ) -> tuple[ReportingDate, tuple[DatedMention, ...]] | None:
    """The day of the listed event the page's opening tells as happening today or yesterday, at the earliest,
    with the page's mentions resolved against it; None if there is none, or two of different days."""
    text = article.clean_text
    if not _TODAY.search(text) or not article.passages:
        return None
    opening_end = article.passages[(len(article.passages) + 1) // 2 - 1].end
    days: dict[Sentence, int | None] = {}
    told = {(h.kind, day, h.start) for h in happenings if h.start < opening_end and h.reported
            and h.sentence.end - h.sentence.start <= _LONGEST_SENTENCE
            and (day := _day_of(text, h.sentence, days)) is not None and told_as_done(text, h)}
    found = set()
    for spec in (spec for spec in specs if spec.once and spec.date.granularity == "day"):
        passages = {article.passage_at(start) for kind, day, start in told
                    if kind == spec.kind and day in (0, spec.date.day)} - {None}
        if passages and _reports_on_its_day(article, spec, passages, happenings, mentions, specs):
            found.add(spec)
    if len({spec.date for spec in found}) != 1:
        return None
    spec = next(iter(found))
    if names_a_later_event(spec, specs, text):
        return None
    value = on_its_first_day(spec).value
    return ReportingDate(value, True, f"estimated from the text: it tells \u201c{spec.title}\u201d as happening "
                         f"today or yesterday, so it appeared on {value.label()} at the earliest", earliest=True), \
        as_happened(text, dated_mentions(article, value), happenings)


def _day_of(text: str, sentence: Sentence, known: dict[Sentence, int | None]) -> int | None:
    """`_day_told_in` the sentence, read once per sentence."""
    if sentence not in known:
        known[sentence] = _day_told_in(text, sentence)
    return known[sentence]


def _day_told_in(text: str, sentence: Sentence) -> int | None:
    """The day printed with "today" in the sentence (0 if none is); None if it holds no "today" outside a
    quotation, counts years, or holds another date."""
    words = [m for m in _TODAY.finditer(text, sentence.start, sentence.end)
             if not _in_a_quotation(text[sentence.start:m.start()])]
    if not words or counts_years(text, sentence):
        return None
    days = [_ITS_DAY.match(text, m.end(), sentence.end) for m in words]
    printed = {int(day[1]) for day in days if day}
    spans = [(m.start(), day.end() if day else m.end()) for m, day in zip(words, days)]
    for expression in find_dates(text[sentence.start:sentence.end], None, calendar_only=True):
        start, end = sentence.start + expression.start, sentence.start + expression.end
        if not any(first <= start and end <= last for first, last in spans):
            return None
    if len(printed) > 1:
        return None
    return printed.pop() if printed else 0


def _in_a_quotation(before: str) -> bool:
    return any((before.count(opening) % 2 if opening == closing else before.count(opening) > before.count(closing))
               for opening, closing in _QUOTES)


def _reports_on_its_day(article: Article, spec: EventSpec, passages: set[Passage], happenings: tuple[Happening, ...],
                        mentions: tuple[DatedMention, ...], specs: tuple[EventSpec, ...]) -> bool:
    """Whether one of the passages reports the event, were the page of the event's day."""
    text = article.clean_text
    on_its_day, done = on_its_first_day(spec), wordings_told_as_done(text, spec, happenings)
    return any(passage_reports(spec, passage, text, done, mentions, on_its_day, specs) is not None
               for passage in passages)

"""Whether a passage reports a listed event: the rule of `corpus/events.json`, as pure functions.

A passage reports an event when
* one of its sentences words the event's kind of happening as having happened
  (`corpus.happenings`; not "will sign", "aims to sign", "did not sign");
* it names what the event is about (one of the event's `about` expressions);
* its dates agree with the event's (`corpus.event_date_condition`), the dates of the happening's own
  clause first. Dates of statements ("a spokesman said Tuesday") and of plans ("will meet
  Friday") do not date a happening, unless the event is itself a statement; a distance ("less
  than a month after talks resumed") dates it back from the report (`corpus.event_distance`); a day
  counted from the page's date may be a day off the event's (the page's time zone).
A page that names another pact and never the GSOMIA reports none of its events (`corpus.another_pact`).
An event that happened once to what it names is reported by a later page, or by one that prints
no date, that tells of it in a sentence naming it (`corpus.told_again`).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache

from corpus.about_words import about_in, about_pattern
from corpus.another_pact import of_another_pact, of_the_gsomia
from corpus.date_anniversary import on_an_anniversary
from corpus.date_day_of_month import on_its_day_of_the_month
from corpus.date_own_month import in_its_month
from corpus.date_own_year import in_its_own_year
from corpus.day_by_the_clock import by_the_clock
from corpus.date_weekday_and_day import on_its_weekday_and_day
from corpus.dates_counted_from_the_page import (agrees, counted_to_the_event, dated_from_the_estimate, on_its_weekday,
                                              qualified_bounds)
from corpus.dates import DateValue
from corpus.dates_of_other_verbs import (after_a_past_perfect, before_a_japanese_relative_clause, before_a_then,
                                         dates_a_nearer_verb, dates_an_earlier_verb, opens_the_sentence_of,
                                         right_after_a_happening, within_days_after)
from corpus.event_date_condition import date_condition
from corpus.event_distance import (REPORTED_WITHIN_DAYS, at_its_distance, dated_to_its_month,
                                   may_be_dated_to_its_month)
from corpus.events import DatedMention, EventSpec, ReportingDate, event_days, named_by_its_month
from corpus.foresight import only_foresees
from corpus.happening_index import starting_within
from corpus.happening_objects import of_another_document
from corpus.happenings import STATEMENT_KINDS, Happening, worded_ahead
from corpus.named_before import named_in_the_sentence_before
from corpus.model import Passage
from corpus.per_text import PerText
from corpus.presupposition import attributive, names_a_decision_made
from corpus.shared_names import named_on_this_page
from corpus.span_start import begins_a_span
from corpus.stated_ahead import stated_ahead
from corpus.told_again import told_again
from corpus.told_by_its_name import told_by_its_name
from corpus.told_as_already_done import told_as_already_done
from corpus.text_units import clause_span, sentence_at

Span = tuple[int, int]


def passage_reports(spec: EventSpec, passage: Passage, text: str, happenings: tuple[Happening, ...],
                    mentions: tuple[DatedMention, ...], published: ReportingDate | None,
                    listed: tuple[EventSpec, ...]) -> tuple[Span, ...] | None:
    """The spans (offsets into the clean text `text`) that tie `passage` to `spec`'s event, or
    None. `happenings` and `mentions` may be the whole article's: only the passage's are read.
    `listed` are the events the page is read against (a distance may count back from another's day).
    An event the coverage dates to other days as well (`held`: talks announced on 27 October,
    held from 1 November) is reported on any of them, there by a wording of it as done ("resumed
    talks last week", not "the announcement that the two will resume talks").
    """
    spec = named_on_this_page(spec, text)
    spans = _reports_on(spec, passage, text, happenings, mentions, published, listed)
    for day in event_days(spec)[1:] if spans is None else ():
        done = _but_those_worded_ahead(spec.kind, text, happenings)
        spans = _reports_on(replace(spec, date=day), passage, text, done, mentions, published, listed)
        if spans is not None:
            break
    return spans


_DONE = PerText()


def _but_those_worded_ahead(kind: str, text: str, happenings: tuple[Happening, ...]) -> tuple[Happening, ...]:
    """The happenings but those of `kind` worded as planned: found once per page (not once per passage, perf31), and
    the same tuple each time (`corpus.happening_index` indexes it once)."""
    known = _DONE.answers(text)
    kept = known.get(kind)
    if kept is None or kept[0] is not happenings:
        kept = known[kind] = (happenings, tuple(h for h in happenings if h.kind != kind or not worded_ahead(text, h)))
    return kept[1]


def _reports_on(spec: EventSpec, passage: Passage, text: str, happenings: tuple[Happening, ...],
                mentions: tuple[DatedMention, ...], published: ReportingDate | None, listed: tuple[EventSpec, ...]
                ) -> tuple[Span, ...] | None:
    words_in = _may_hold_its_words(spec, passage)
    if not words_in and not named_by_its_month(spec):
        return None  # a cheap test first: the regular expressions cost more
    if of_the_gsomia(spec) and of_another_pact(text):
        return None  # "the cost-sharing deal took effect on Wednesday": not the GSOMIA's
    about = _naming_span(spec, passage, text, happenings, published, words_in)
    if about is None:
        return None
    ways = _wordings(spec, passage, text, happenings)
    if ways is not None and not ways:
        return None
    agreeing = _dates_that_tie(spec, passage, text, happenings, mentions, published, ways, about, listed)
    if agreeing is None:
        return None
    return (about, *((h.start, h.end) for h in ways or ()), *((m.start, m.end) for m in agreeing))


def _may_hold_its_words(spec: EventSpec, passage: Passage) -> bool:
    """Whether the passage holds the plain words one of the event's `about` expressions starts with (always, for
    an event with one that starts with none): without them, none of its expressions matches there."""
    prefixes = _literal_prefixes(spec)
    if not prefixes:
        return True
    lowered = passage.text.lower()
    return any(prefix in lowered for prefix in prefixes)


def _naming_span(spec: EventSpec, passage: Passage, text: str, happenings: tuple[Happening, ...],
                 published: ReportingDate | None, words_in: bool) -> Span | None:
    """Where the passage names what the event is about (offsets into `text`): its `about` words (`words_in`:
    it may hold them), an "it" standing for what the sentence before names, or, for an event named by its
    month, a wording of it that its distance back from the report dates to its days."""
    match = (_about_match(spec, passage, text) if words_in else None) \
        or named_in_the_sentence_before(spec.kind, passage, text, happenings, about_pattern(spec))
    if match is not None:
        return passage.start + match.start(), passage.start + match.end()
    if not may_be_dated_to_its_month(spec, published):
        return None
    ways = [way for way in _wordings(spec, passage, text, happenings) or () if way.end <= passage.end]
    return dated_to_its_month(spec, text, ways, published)


def _dates_that_tie(spec: EventSpec, passage: Passage, text: str, happenings: tuple[Happening, ...],
                    mentions: tuple[DatedMention, ...], published: ReportingDate | None,
                    ways: list[Happening] | None, about: Span, listed: tuple[EventSpec, ...]
                    ) -> tuple[DatedMention, ...] | None:
    """The passage's dates that tie its wording to the event's days (() when none is needed), or None: the
    passage does not report the event on these days."""
    dates, in_clause = _relevant_dates(spec, passage, text, mentions, ways, happenings, published)
    # A past perfect ("had endorsed it") came before its sentence's later dates; not for an event
    # that is a statement: what "had said" it would do is dated by its saying.
    last_day = qualified_bounds(spec.date)[1]
    later = () if in_clause or spec.statement else after_a_past_perfect(last_day, text, dates, ways or ())
    dates = tuple(m for m in dates if m not in later)
    agreeing = _agreeing(spec, passage, text, published, dates, later, in_clause, ways, about, happenings, listed)
    if agreeing is not None:
        return agreeing
    # A date that agrees but is too coarse to speak ("in 2019", of an August day) does not
    # keep a later page from telling of a once-only event.
    objecting = any(not agrees(m.value, spec.date) for m in dates)
    told = told_again(spec, text, ways or (), happenings, published) \
        or told_by_its_name(spec, text, passage.start, passage.end, published)
    return None if objecting or not told else ()


def _agreeing(spec: EventSpec, passage: Passage, text: str, published: ReportingDate | None,
              dates: tuple[DatedMention, ...], later: tuple[DatedMention, ...], in_clause: bool,
              ways: list[Happening] | None, about: Span, happenings: tuple[Happening, ...],
              listed: tuple[EventSpec, ...]) -> tuple[DatedMention, ...] | None:
    """The dates that agree with the event's (() when the passage needs none), or None."""
    # "The pact, signed in 2016": a coarse date in the clause that says it happened dates it;
    # what was only said or planned ("would sign it in 2012") needs a date near the event's.
    distance = None if in_clause else at_its_distance(spec, text, ways or (), published, happenings, listed)
    if distance is not None:  # "the signing came less than a month after talks resumed"
        return () if distance else None
    agreeing = date_condition(spec.date, published, dates, any_precision=in_clause and not spec.statement)
    if agreeing is None:
        if not dates and counted_to_the_event(text, ways or (), published, spec.date):
            return ()  # "Three months ago ... Seoul's plan not to renew the pact", on a page estimated 22 Nov 2019
    elif agreeing or not dated_from_the_estimate(text, ways or (), published, spec.date):
        return agreeing
    # (and not by "Last month Seoul froze the signing", on a page only estimated: when is unknown)
    return _agreeing_otherwise(spec, passage, text, published, dates, later, ways, about, listed)


def _agreeing_otherwise(spec: EventSpec, passage: Passage, text: str, published: ReportingDate | None,
                        dates: tuple[DatedMention, ...], later: tuple[DatedMention, ...],
                        ways: list[Happening] | None, about: Span, listed: tuple[EventSpec, ...]
                        ) -> tuple[DatedMention, ...] | None:
    """For a passage whose dates do not say, what else may date its wording to the event's days."""
    if not dates and told_as_already_done(text, ways or [], published, spec.date):
        return ()  # "이미 가서명을 마친 협정은", eight days after the initialling
    last_day = qualified_bounds(spec.date)[1]
    if not dates:  # "called off on Friday ... the way the Cabinet had endorsed it"
        soon_after = tuple(m for m in later if within_days_after(m.value, last_day, REPORTED_WITHIN_DAYS))[:1]
        if soon_after:
            return soon_after
    if on_an_anniversary(spec, text, passage.start, passage.end, published):
        return ()  # "the fifth anniversary of the North's artillery attack on Yeonpyeong", of 2015
    if not dates and published is None and (
            on_its_weekday(spec, text, ways, about, listed) or in_its_month(spec, text, ways or [])
            or on_its_weekday_and_day(spec, text, ways) or in_its_own_year(spec, text, about)
            or passage.number and on_its_day_of_the_month(spec, text, ways)):
        # "agreed on Thursday" (of a Thursday's meeting), "decided in August to end the pact" (on a page
        # naming the GSOMIA), "said on Thursday (22) that it would end the pact", on a page that prints no date
        # "has carried out two nuclear tests this year" (of the pair of 2016); "北朝鮮は6日、4回目の核実験を強行した" (not
        # in a headline: "23일 서울서 … 서명" heads a page of a signing to come)
        return ()
    return None


def _about_match(spec: EventSpec, passage: Passage, text: str) -> re.Match | None:
    """The first words of the passage that name what the event is about; for an event that
    needs no wording of a happening ("any"), in a clause that does not only foresee it."""
    for match in about_in(spec, passage.text).finditer(passage.text):
        if begins_a_span(passage.text, match.start(), match.end()):
            continue  # "two nuclear tests since January"
        if spec.kind != "any" or spec.statement:
            return match
        start = passage.start + match.start()
        sentence = sentence_at(text, start, passage.start, passage.end)
        if not only_foresees(text, sentence, start, passage.start + match.end()):
            return match
    return None


def _wordings(spec: EventSpec, passage: Passage, text: str, happenings: tuple[Happening, ...]
              ) -> list[Happening] | None:
    """The passage's wordings of the event's happening (None: the event needs none); for an
    event that is a statement ("Seoul says it will sign"), the statements of it."""
    if spec.kind == "any":
        return None
    own = [h for h in starting_within(passage.start, passage.end, happenings)
           if h.kind == spec.kind and not of_another_document(text, h, about_pattern(spec))]
    if spec.statement:
        return [h for h in own if h.frame != "denied" and stated_ahead(text, h)]
    return [h for h in own if h.frame == "reported"]


def _relevant_dates(spec: EventSpec, passage: Passage, text: str, mentions: tuple[DatedMention, ...],
                    ways: list[Happening] | None, happenings: tuple[Happening, ...],
                    published: ReportingDate | None = None) -> tuple[tuple[DatedMention, ...], bool]:
    """The passage's dates that may date the happening: those of the clauses that word it,
    if there are any (and True: "Kim read out the statement three months ago on the pact,
    which was signed in 2016" dates the signing by 2016 alone), else the passage's (and False)
    but those of another sentence that words a happening of its own ("The whitelist took
    effect on Wednesday. Tokyo brushed aside Seoul's offer to reconsider its decision to end
    the pact": Wednesday is the whitelist's)."""
    own = _not_of_other_deeds(spec, text, _passage_dates(spec, passage, text, mentions, ways, published), ways)
    in_clauses = _in_the_wordings_clauses(spec, text, own, ways, happenings)
    if any(_ANNIVERSARY.search(text, h.sentence.start, h.start) for h in ways or ()):
        # "his Aug. 15 address marking the anniversary of Korea's liberation": the day is the anniversary's
        in_clauses = tuple(m for m in in_clauses if agrees(m.value, spec.date))
        return in_clauses, bool(in_clauses)
    if in_clauses:
        return in_clauses, True
    if ways:
        own = tuple(m for m in own if not _dates_another_happening(m, spec.kind, happenings)
                    and not dates_a_nearer_verb(text, m, spec.kind, ways, happenings))
    elif ways is None:  # "since North Korea's fifth nuclear test on Sept. 9" does not date a briefing
        own = tuple(m for m in own if agrees(m.value, spec.date) or not right_after_a_happening(text, m, happenings))
    return own, False


def _passage_dates(spec: EventSpec, passage: Passage, text: str, mentions: tuple[DatedMention, ...],
                   ways: list[Happening] | None, published: ReportingDate | None) -> tuple[DatedMention, ...]:
    """The passage's dates of a role that may date the event (a day by the clock or of saying read as its)."""
    statement = spec.statement or spec.kind in STATEMENT_KINDS
    # "Seoul said Thursday it would end the pact" is the decision, dated by its saying; "that is
    # why Seoul chose to end the pact, the ministry said Thursday" tells of it a week later.
    ahead = statement and (spec.statement or any(worded_ahead(text, h) for h in ways or ()))
    # The day of what a statement of a kind announces ("Seoul said the two will sign it on Friday") comes after the
    # saying: it may agree (said that very day), never object.
    announced = spec.statement and spec.kind != "any"
    roles = ("event", "attribution") if announced else ("event", "attribution", "plan") if ahead else ("event",)
    # A reference ("since December 2014", "the notice of Aug. 23") may agree; it never objects.
    may_agree = ("reference", "attribution", *(("plan",) if announced else ())) if statement else ("reference",)
    if spec.kind in _UNDOES_A_PLAN:  # "had been ready to sign it in 2012, but Seoul put it off": the plan's time
        may_agree += ("plan",)  # is its undoing's
    return tuple(m for m in (_day_of_saying(by_the_clock(m, spec.date, text, published), spec.date, statement)
                             for m in mentions if m.passage == passage.number)
                 if m.role in roles or m.role in may_agree and agrees(m.value, spec.date)
                 or m.role == "attribution" and _the_very_day(m.value, spec.date))


def _not_of_other_deeds(spec: EventSpec, text: str, own: tuple[DatedMention, ...], ways: list[Happening] | None
                        ) -> tuple[DatedMention, ...]:
    """`own` but the dates of another deed its wordings' sentences tell of (one that agrees may be kept)."""
    if ways and all(names_a_decision_made(text, h.start, h.end) for h in ways):
        # "lauded on Nov. 22 Korea's decision to halt the termination": the day is the lauding's
        own = tuple(m for m in own if agrees(m.value, spec.date))
    if ways and all(attributive(text, h.start, h.end) for h in ways):
        # "An investigation into how the now-cancelled agreement was processed got under way on
        # Wednesday": the sentence's date is its verb's, not the participle's before a noun
        told = [h.sentence for h in ways]
        own = tuple(m for m in own if not any(s.start <= m.start < s.end for s in told))
    # "In August Seoul notified Tokyo ..., then suspended it": August, before the "then", is the
    # earlier deed's and does not object (a date that agrees is kept)
    return tuple(m for m in own if not before_a_japanese_relative_clause(text, m, ways or [])
                 and (agrees(m.value, spec.date) or not before_a_then(text, m, ways or [], spec.date)))


def _in_the_wordings_clauses(spec: EventSpec, text: str, own: tuple[DatedMention, ...], ways: list[Happening] | None,
                             happenings: tuple[Happening, ...]) -> tuple[DatedMention, ...]:
    """The dates of `own` in the clauses that word the event's happening (not a participle's before a noun), or
    opening their sentence, that date no other verb."""
    clauses = [clause_span(text, h.sentence, h.start, h.end)
               for h in ways or () if not attributive(text, h.start, h.end)]
    return tuple(m for m in own if (any(start <= m.start < end for start, end in clauses)
                                    or opens_the_sentence_of(text, m, ways or [], happenings))
                 and not dates_an_earlier_verb(text, m, spec.kind, ways or (), happenings)
                 and not dates_a_nearer_verb(text, m, spec.kind, ways or [], happenings))


# Kinds of happening that undo a plan: the plan's date, when it agrees, may be theirs.
_UNDOES_A_PLAN = frozenset({"collapse"})
_ANNIVERSARY = re.compile(r"(?i)\banniversary\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}?$")


def _the_very_day(mention: DateValue, event: DateValue) -> bool:
    """Whether a day of saying is the event's own day: "Pyongyang said on January 6, 2016 that it had
    set off a hydrogen bomb" tells of a happening of that day (it agrees, never objects)."""
    return mention.granularity == "day" and event.granularity == "day" and mention.iso() == event.iso()


def _dates_another_happening(mention: DatedMention, kind: str, happenings: tuple[Happening, ...]) -> bool:
    """Whether the mention's sentence words a happening of another kind and none of `kind`."""
    kinds = {h.kind for h in happenings
             if h.frame == "reported" and h.sentence.start <= mention.start < h.sentence.end}
    return bool(kinds) and kind not in kinds


def _day_of_saying(mention: DatedMention, event: DateValue, statement: bool) -> DatedMention:
    """A statement made the day after the decision it tells of ("Seoul told Tokyo on Aug. 23 that
    it would let the pact expire", of a decision announced on 22 Aug; a wire's clock a time zone
    away) dates that decision: a decision is told on its day or after, never before. For an
    event that is itself a statement, so does any date of the next day ("the decision on
    August 23rd to end the pact": the formal notice). Not a date ahead: "expected the pact to lapse
    on Nov. 23" tells of no statement made then."""
    if mention.role != "attribution" and not statement or mention.role == "plan" \
            or mention.value.granularity != "day" or event.granularity != "day":
        return mention
    if mention.value.bounds()[0] - event.bounds()[0] == datetime.timedelta(days=1):
        return replace(mention, value=event)
    return mention


_PLAIN_START = re.compile(r"[\w' -]*")


@lru_cache(maxsize=None)
def _literal_prefixes(spec: EventSpec) -> tuple[str, ...]:
    """The plain words each `about` expression starts with, in lower case; () if one has none."""
    prefixes = []
    for term in spec.about:
        plain = _PLAIN_START.match(term).group()
        if term[len(plain):len(plain) + 1] in ("?", "*", "{"):  # its last letter is optional
            plain = plain[:-1]
        prefixes.append(plain.lower())
    return tuple(prefixes) if all(len(prefix) >= 3 for prefix in prefixes) else ()

"""An estimated date never before what its page tells again as already happened (issue 14): a page estimated from
the latest day it reports, or from a listed event it dates ("Seoul had announced on Aug. 22 that it would end the
pact"), that also tells a later listed event as done by the name that event's `once` gives it ("conditionally
suspended its decision", "通告の効力を停止した") appeared on that later event's first day at the earliest.

A page with no date and no estimate at all is estimated so from every listed event (round 71): "Pyongyang carried out
its fifth nuclear test" dates it to 9 Sep 2016 at the earliest.

Only forward: a retelling of a much older event never moves an estimate back. An event the page looks ahead to
("will freeze its decision", "정지할 가능성") is no wording of it as done, so it moves nothing.
"""

from __future__ import annotations

from dataclasses import replace

from corpus.date_own_day import counts_years
from corpus.date_readers import day_value
from corpus.dates import DateValue
from corpus.date_later_events import later_listed_events
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.happenings import Happening, worded_ahead
from corpus.model import Article, Passage
from corpus.shared_names import with_shared_names
from corpus.told_again import once_pattern, told_again

# Before any listed event: a page with no estimate may tell any of them as done.
_BEFORE_ANY = DateValue(1900)


def not_before_what_it_reports(article: Article, published: ReportingDate | None,
                               mentions: tuple[DatedMention, ...], happenings: tuple[Happening, ...],
                               specs: tuple[EventSpec, ...]) -> ReportingDate | None:
    """The estimate moved forward to the first day of the latest listed event after it that a passage
    tells again as done (were the page of that day, it would report it); a printed date as it is; none
    estimated so from every listed event (`estimate_from_what_it_tells_as_done`)."""
    if published is None:
        return estimate_from_what_it_tells_as_done(article, mentions, happenings, specs)
    if not published.estimated:
        return published
    latest = _latest_told_as_done(article, published.value, mentions, happenings, tuple(map(with_shared_names, specs)))
    if latest is None:
        return published
    later, at_its_start = latest
    return _appeared_at_the_earliest(later, at_its_start, f" (not {published.value.label()})")


def estimate_from_what_it_tells_as_done(article: Article, mentions: tuple[DatedMention, ...],
                                        happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...]
                                        ) -> ReportingDate | None:
    """The estimate of a page with no date and no other estimate: the first day of the latest listed event it
    tells again as done by its own name ("the fifth nuclear test the North carried out"), at the earliest. None
    where it names a still later listed event by its own name however worded ("ahead of a fifth nuclear test",
    "the fifth nuclear test on Friday" in a clause the vocabulary does not read as done): the page may be of
    that one's days, and an estimate before it would refuse it. Only told in the first half of its passages,
    where a page tells its own story: one of 2017 ends on "That test was the fifth" of 2016. Not told in a sentence
    that counts years or an anniversary since it."""
    opening = replace(article, passages=article.passages[:(len(article.passages) + 1) // 2])
    text = article.clean_text
    # "북한이 4차 핵실험을 한 지 꼭 1년 되는 날이다", "two years after its fifth test": long before the page
    counting = {sentence: counts_years(text, sentence) for sentence in {h.sentence for h in happenings}}
    happenings = tuple(h for h in happenings if not counting[h.sentence])
    kinds = {h.kind for h in happenings if h.reported}
    named = tuple(spec for spec in specs if spec.once and spec.kind in kinds and once_pattern(spec).search(text))
    latest = _latest_told_as_done(opening, _BEFORE_ANY, mentions, happenings, named) if named else None
    if latest is None:
        return None
    told, at_its_start = latest
    if names_a_later_event(told, specs, text):
        return None
    return _appeared_at_the_earliest(told, at_its_start)


def _appeared_at_the_earliest(told: EventSpec, at_its_start: ReportingDate, note: str = "") -> ReportingDate:
    """The estimate of a page telling `told` as done: the first day of it, at the earliest."""
    return ReportingDate.from_report(at_its_start.value, told.title, f"as done, so it appeared on "
                                     f"{at_its_start.value.label()} at the earliest{note}", earliest=True)


def names_a_later_event(told: EventSpec, specs: tuple[EventSpec, ...], text: str) -> bool:
    """Whether the text names a listed event later than `told` by its own name, however worded ("bracing for a
    fifth nuclear test"): the page may be of that one's days."""
    return any(later.once and later.date.bounds()[0] > told.date.bounds()[1] and once_pattern(later).search(text)
               for later in specs)


def _latest_told_as_done(article: Article, after: DateValue, mentions: tuple[DatedMention, ...],
                         happenings: tuple[Happening, ...], specs: tuple[EventSpec, ...]
                         ) -> tuple[EventSpec, ReportingDate] | None:
    """The latest listed event after `after` (of a day or a month) that a passage tells again as done, with the
    estimate at its first day."""
    latest = None
    for later in later_listed_events(article, happenings, specs, after):
        if later.date.granularity not in ("day", "month"):
            continue
        at_its_start = on_its_first_day(later)
        if (latest is None or later.date.bounds()[0] > latest[0].date.bounds()[0]) \
                and _reported(article, later, happenings, mentions, at_its_start, specs):
            latest = (later, at_its_start)
    return latest


def _reported(article: Article, spec: EventSpec, happenings: tuple[Happening, ...],
              mentions: tuple[DatedMention, ...], published: ReportingDate, specs: tuple[EventSpec, ...]) -> bool:
    """Whether a passage reports the event, were the page of its day, and tells it as done there."""
    text = article.clean_text
    done = wordings_told_as_done(text, spec, happenings)
    return any(_done_in(spec, p, text, done)
               and passage_reports(spec, p, text, done, mentions, published, specs) is not None
               for p in article.passages)


def on_its_first_day(spec: EventSpec) -> ReportingDate:
    """An estimate at the event's first day, at the earliest: the page were it of that day."""
    return ReportingDate(day_value(spec.date.bounds()[0]), True, "", earliest=True)


def wordings_told_as_done(text: str, spec: EventSpec, happenings: tuple[Happening, ...]) -> tuple[Happening, ...]:
    """The happenings, without the wordings of the event's kind that look ahead (`told_as_done`)."""
    return tuple(h for h in happenings if h.kind != spec.kind or told_as_done(text, h))


def told_as_done(text: str, happening: Happening) -> bool:
    """Whether a wording does not look ahead ("will freeze its decision", "효력을 정지할 예정이다": the
    vocabulary takes them for happenings all the same)."""
    return not worded_ahead(text, happening) and not only_foresees(text, happening.sentence, happening.start,
                                                                   happening.end)


def _done_in(spec: EventSpec, passage: Passage, text: str, done: tuple[Happening, ...]) -> bool:
    """Whether the passage tells again, by its own name, what happened once (`once`: "통보의 효력을 정지했다",
    "conditionally suspended its decision"), in the sentence of a wording of its kind told as on a page that prints
    no date (`corpus.told_again`). Not an event whose `once` takes the pact's bare name (the signing, the decision
    to end it: "日韓のどちらからも破棄の通告はなかった" names no decision made), nor a verb alone ("have initialed",
    "signed", "maintaining the agreement"): the vocabulary words steps of every year so, and only the date
    condition tells them apart."""
    named = once_pattern(spec)
    ways = [h for h in done if h.kind == spec.kind and passage.start <= h.start < passage.end
            and named.search(text, h.sentence.start, h.sentence.end)]
    return bool(spec.once) and not named.search("GSOMIA") and told_again(spec, text, ways, done, None)

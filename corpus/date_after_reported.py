"""An estimated date never before what its page tells again as already happened (issue 14): a page estimated from
the latest day it reports, or from a listed event it dates ("Seoul had announced on Aug. 22 that it would end the
pact"), that also tells a later listed event as done by the name that event's `once` gives it ("conditionally
suspended its decision", "通告の効力を停止した") appeared on that later event's first day at the earliest.

Only forward: a retelling of a much older event never moves an estimate back. An event the page looks ahead to
("will freeze its decision", "정지할 가능성") is no wording of it as done, so it moves nothing.
"""

from __future__ import annotations

from corpus.date_readers import day_value
from corpus.date_later_events import later_listed_events
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, ReportingDate
from corpus.foresight import only_foresees
from corpus.happenings import Happening, worded_ahead
from corpus.model import Article, Passage
from corpus.told_again import once_pattern, told_again


def not_before_what_it_reports(article: Article, published: ReportingDate | None,
                               mentions: tuple[DatedMention, ...], happenings: tuple[Happening, ...],
                               specs: tuple[EventSpec, ...]) -> ReportingDate | None:
    """The estimate moved forward to the first day of the latest listed event after it that a passage
    tells again as done (were the page of that day, it would report it); a printed date, or none, as it is."""
    if published is None or not published.estimated:
        return published
    latest = None
    for later in later_listed_events(article, happenings, specs, published.value):
        if later.date.granularity not in ("day", "month"):
            continue
        at_its_start = ReportingDate(day_value(later.date.bounds()[0]), True, "", earliest=True)
        if (latest is None or later.date.bounds()[0] > latest[0].date.bounds()[0]) \
                and _reported(article, later, happenings, mentions, at_its_start):
            latest = (later, at_its_start)
    if latest is None:
        return published
    later, at_its_start = latest
    return ReportingDate(at_its_start.value, True,
                         f"estimated from the text: it reports \u201c{later.title}\u201d as done, so it appeared on "
                         f"{at_its_start.value.label()} at the earliest (not {published.value.label()})",
                         earliest=True)


def _reported(article: Article, spec: EventSpec, happenings: tuple[Happening, ...],
              mentions: tuple[DatedMention, ...], published: ReportingDate) -> bool:
    """Whether a passage reports the event, were the page of its day, and tells it as done there."""
    text = article.clean_text
    done = tuple(h for h in happenings if h.kind != spec.kind or _told_as_done(text, h))
    return any(_done_in(spec, p, text, done) and passage_reports(spec, p, text, done, mentions, published) is not None
               for p in article.passages)


def _told_as_done(text: str, happening: Happening) -> bool:
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

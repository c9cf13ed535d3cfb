"""The story's timeline: each event linked to the passages, outlet by outlet, that report it.

Listed events (corpus/events.json) find their coverage by rule (`corpus.event_rules`): a
sentence wording the event's kind of happening as having happened, in a passage about the
event, with dates that agree. Dated mentions that no listed event claims are grouped into
proposed events (`index.proposals`), so that a user's new articles extend the timeline;
those that only announce a plan are kept apart as anticipated.

`timeline_of` is a pure function of the articles and their dated mentions, so that any store
of them can build the timeline; `build_timeline` feeds it from the search engine's corpus
and the mention cache beside its index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from corpus.dates import parse_date_value
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, load_event_specs
from corpus.happenings import Happening
from corpus.model import Article
from index.mention_cache import cached_readings
from index.proposals import propose_events
from index.readings import ArticleReading, coverage_of, make_event, read_article
from index.results import Span, Timeline, TimelineEvent


def build_timeline(engine, specs: Iterable[EventSpec] | None = None) -> Timeline:
    corpus = engine.corpus
    mentions, happenings = cached_readings(corpus, engine.opened.location)
    return timeline_of(corpus.articles, mentions, tuple(specs or load_event_specs()),
                       tuple(corpus.outlets()), happenings)


def timeline_of(articles: Iterable[Article], mentions: Mapping[str, tuple[DatedMention, ...]],
                specs: tuple[EventSpec, ...], outlets: tuple[tuple[str, str], ...],
                happenings: Mapping[str, tuple[Happening, ...]] | None = None) -> Timeline:
    """The timeline of `articles`, from their dated mentions (and happenings, found here if
    not given)."""
    readings = [read_article(article, mentions[article.id], specs,
                             happenings[article.id] if happenings is not None else None)
                for article in articles]
    listed = [listed_event(spec, readings) for spec in specs]
    listed, proposed, anticipated = propose_events(readings, specs, listed)
    return Timeline(tuple(sorted(listed + proposed, key=_order)), outlets,
                    tuple(sorted(anticipated, key=_order)))


def listed_event(spec: EventSpec, readings: Iterable[ArticleReading]) -> TimelineEvent:
    coverage = []
    for reading in readings:
        if spec.kind != "any" and spec.kind not in reading.kinds:
            continue
        for passage in reading.article.passages:
            if spec.kind != "any" and spec.kind not in reading.kinds_by_passage.get(passage.number, ()):
                continue
            spans = passage_reports(spec, passage, reading.article.clean_text, reading.happenings,
                                    reading.mentions, reading.published)
            if spans is not None:
                coverage.append(coverage_of(reading, passage.number, (Span(*s) for s in spans)))
    return make_event(spec.id, spec.title, spec.date, coverage)


def _order(event: TimelineEvent) -> tuple:
    """By date, a month before its days (as "Nov 2016" reads before "23 Nov 2016")."""
    value = parse_date_value(event.date)
    return value.year, value.month or 0, value.day or 0, event.proposed, event.id

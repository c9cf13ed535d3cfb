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
from dataclasses import dataclass

from corpus.dates import parse_date_value
from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, load_event_specs
from corpus.happenings import Happening
from corpus.model import Article
from index.mention_cache import cached_readings
from index.proposals import Proposal, article_proposals, merge_proposals
from index.readings import ArticleReading, coverage_of, make_event, read_article
from index.results import Coverage, Span, Timeline, TimelineEvent


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
    parts = (article_part(read_article(article, mentions[article.id], specs,
                                       happenings[article.id] if happenings is not None else None),
                          specs)
             for article in articles)
    return merge_parts(parts, specs, outlets)


@dataclass(frozen=True)
class ArticlePart:
    """What one article gives the timeline, whatever the other articles: its passages that
    report listed events, and its dated happenings that join a listed event or are proposed."""

    listed: tuple[tuple[str, Coverage], ...]  # (listed event id, a passage covering it)
    proposals: tuple[Proposal, ...]


def article_part(reading: ArticleReading, specs: tuple[EventSpec, ...]) -> ArticlePart:
    listed = tuple((spec.id, item) for spec in specs for item in listed_coverage(spec, reading))
    return ArticlePart(listed, article_proposals(reading, specs, listed))


def merge_parts(parts: Iterable[ArticlePart], specs: tuple[EventSpec, ...],
                outlets: tuple[tuple[str, str], ...]) -> Timeline:
    """The timeline from every article's part, in reading order: what depends on all of them
    (grouping proposals across outlets, each event's coverage in order) is done here."""
    covering: dict[str, list[Coverage]] = {spec.id: [] for spec in specs}
    proposals: list[Proposal] = []
    for part in parts:
        for event_id, item in part.listed:
            covering[event_id].append(item)
        proposals.extend(part.proposals)
    listed = [make_event(spec.id, spec.title, spec.date, covering[spec.id]) for spec in specs]
    listed, proposed, anticipated = merge_proposals(listed, proposals)
    return Timeline(tuple(sorted(listed + proposed, key=_order)), outlets,
                    tuple(sorted(anticipated, key=_order)))


def listed_coverage(spec: EventSpec, reading: ArticleReading) -> Iterable[Coverage]:
    """The article's passages that report the listed event `spec`."""
    if spec.kind != "any" and spec.kind not in reading.kinds:
        return
    for passage in reading.article.passages:
        if spec.kind != "any" and spec.kind not in reading.kinds_by_passage.get(passage.number, ()):
            continue
        spans = passage_reports(spec, passage, reading.article.clean_text, reading.happenings,
                                reading.mentions, reading.published)
        if spans is not None:
            yield coverage_of(reading, passage.number, (Span(*s) for s in spans))


def _order(event: TimelineEvent) -> tuple:
    """By date, a month before its days (as "Nov 2016" reads before "23 Nov 2016")."""
    value = parse_date_value(event.date)
    return value.year, value.month or 0, value.day or 0, event.proposed, event.id

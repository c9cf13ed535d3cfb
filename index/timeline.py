"""The story's timeline: each event linked to the passages, outlet by outlet, that report it.

Listed events (corpus/events.json) find their coverage by rule (`corpus.event_rules`): a
sentence wording the event's kind of happening as having happened, in a passage about the
event, with dates that agree. Dated mentions that no listed event claims are grouped into
proposed events (`index.proposals`), so that a user's new articles extend the timeline;
those that only announce a plan are kept apart as anticipated.

`timeline_of` is a pure function of the articles and their dated mentions, so that any store
of them can build the timeline; `build_timeline` feeds it from the search engine's corpus
and the mention cache beside its index. It works in two steps: each article's part alone
(`article_part`, which the article store keeps: `index.timeline_rows`), then the merge of every
part (`index.timeline_merge`), which is all a change of one article costs a kept library.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from corpus.event_rules import passage_reports
from corpus.events import DatedMention, EventSpec, load_event_specs
from corpus.happenings import Happening
from corpus.model import Article, Passage
from index.mention_cache import cached_readings
from index.proposals import article_proposals
from index.readings import ArticleReading, coverage_of, read_article
from index.results import Coverage, Span, Timeline, TimelineEvent
from index.timeline_merge import ArticlePart, make_event, merge_parts


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


def article_part(reading: ArticleReading, specs: tuple[EventSpec, ...]) -> ArticlePart:
    listed = tuple((spec.id, item) for spec in specs for item in listed_coverage(spec, reading, specs))
    published = reading.published
    estimate = (published.value.iso(), published.provenance) if published and published.estimated else None
    return ArticlePart(listed, article_proposals(reading, specs, listed), estimate)


def listed_event(spec: EventSpec, readings: Iterable[ArticleReading], listed: tuple[EventSpec, ...]
                 ) -> TimelineEvent:
    """The listed event `spec` (one of `listed`) with its coverage in these articles alone."""
    return make_event(spec.id, spec.title, spec.date,
                      [item for reading in readings for item in listed_coverage(spec, reading, listed)])


def listed_coverage(spec: EventSpec, reading: ArticleReading, listed: tuple[EventSpec, ...]) -> Iterable[Coverage]:
    """The article's passages that report the listed event `spec`; if none does but its
    headline does ("South Korea and Japan seal intelligence deal despite protests", over a
    lede that only says they "have struck their closest military partnership"), its lede."""
    found = False
    if spec.kind == "any" or spec.kind in reading.kinds:
        for passage in reading.article.passages:
            if spec.kind != "any" and spec.kind not in reading.kinds_by_passage.get(passage.number, ()):
                continue
            spans = passage_reports(spec, passage, reading.article.clean_text, reading.happenings,
                                    reading.mentions, reading.published, listed)
            if spans is not None:
                found = True
                yield coverage_of(reading, passage.number, (Span(*s) for s in spans))
    if not found and reading.article.passages and headline_reports(spec, reading, listed):
        yield coverage_of(reading, reading.article.passages[0].number, ())


def headline_reports(spec: EventSpec, reading: ArticleReading, listed: tuple[EventSpec, ...]) -> bool:
    """Whether the article's headline reports the event as having happened, by the same rule as
    a passage with no date of its own (a headline's present tense tells of what happened)."""
    headline, happenings, mentions = reading.headline
    if headline.endswith("?") or spec.kind != "any" and not any(h.kind == spec.kind for h in happenings):
        return False  # "Is Seoul scrapping GSOMIA?" asks
    passage = Passage(reading.article.id, 0, 0, len(headline), headline)
    return passage_reports(spec, passage, headline, happenings, mentions, reading.published, listed) is not None

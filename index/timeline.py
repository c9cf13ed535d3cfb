"""The story's timeline: each event linked to the passages, outlet by outlet, that report it.

Listed events (corpus/events.json) find their coverage by rule: the passages matching the
event's query whose dates agree with the event's (corpus.events.date_condition). Dated
mentions that no listed event claims are grouped into proposed events, so that a user's
new articles extend the timeline on their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from corpus.dates import DateValue
from corpus.events import (
    DatedMention,
    EventSpec,
    date_condition,
    load_event_specs,
)
from corpus.model import Article
from index.mention_cache import all_mentions
from index.results import Coverage, Span, Timeline, TimelineEvent
from index.search import SearchEngine

PROPOSABLE_GRANULARITIES = ("day", "month")
SIMILAR_WORDING = 0.15  # Jaccard overlap of content words that makes two mentions one event
_CONTENT_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def build_timeline(engine: SearchEngine, specs: Iterable[EventSpec] | None = None) -> Timeline:
    corpus = engine.corpus
    mentions = all_mentions(corpus, engine.opened.location)
    events = [_listed_event(engine, spec, mentions) for spec in (specs or load_event_specs())]
    claimed = _claimed_mentions(events, mentions)
    events += _proposed_events(corpus, mentions, claimed)
    events.sort(key=lambda e: (_sort_key(e.date), e.proposed, e.id))
    return Timeline(tuple(events), tuple(corpus.outlets()))


def _listed_event(engine: SearchEngine, spec: EventSpec,
                  mentions: dict[str, tuple[DatedMention, ...]]) -> TimelineEvent:
    coverage = []
    for match in engine.search_passages(spec.query):
        article = engine.corpus.get(match.article_id)
        passage = article.passage(match.number)
        dates = date_condition(spec.date, article, passage, mentions[article.id])
        if dates is not None:
            spans = match.spans + tuple(Span(m.start, m.end) for m in dates)
            coverage.append(_coverage(article, match.number, spans))
    return _event(spec.id, spec.title, spec.date, coverage, proposed=False)


def _coverage(article: Article, number: int, spans: Iterable[Span]) -> Coverage:
    passage = article.passage(number)
    return Coverage(
        article_id=article.id, outlet_id=article.outlet_id, outlet_label=article.outlet_label,
        article_date=article.date, headline=article.headline, passage=number,
        start=passage.start, end=passage.end,
        spans=tuple(sorted(set(spans), key=lambda s: (s.start, s.end))),
    )


def _event(event_id: str, title: str, date: DateValue, coverage: list[Coverage],
           proposed: bool) -> TimelineEvent:
    coverage.sort(key=lambda c: (c.article_date or "", c.outlet_label, c.article_id, c.passage))
    return TimelineEvent(id=event_id, title=title, date=date.iso(), date_label=date.label(),
                         granularity=date.granularity, proposed=proposed, coverage=tuple(coverage))


def _claimed_mentions(events: list[TimelineEvent], mentions) -> set[DatedMention]:
    """Mentions in a covering passage whose date agrees with the event's."""
    claimed: set[DatedMention] = set()
    for event in events:
        value = _value_of(event)
        for item in event.coverage:
            claimed.update(m for m in mentions[item.article_id]
                           if m.passage == item.passage and m.value.compatible(value))
    return claimed


def _value_of(event: TimelineEvent) -> DateValue:
    from corpus.dates import parse_date_value

    return parse_date_value(event.date)


def _proposed_events(corpus, mentions, claimed) -> list[TimelineEvent]:
    groups: dict[str, list[list[DatedMention]]] = defaultdict(list)
    for mention in (m for ms in mentions.values() for m in ms):
        if mention in claimed or mention.value.granularity not in PROPOSABLE_GRANULARITIES:
            continue
        clusters = groups[mention.value.iso()]
        words = _content_words(corpus, mention)
        home = next((c for c in clusters if _similar(words, _content_words(corpus, c[0]))), None)
        if home is None:
            clusters.append([mention])
        else:
            home.append(mention)
    events = []
    for iso, clusters in sorted(groups.items()):
        for number, cluster in enumerate(clusters, start=1):
            first = cluster[0]
            coverage = [_coverage(corpus.get(m.article_id), m.passage, [Span(m.start, m.end)])
                        for m in cluster]
            events.append(_event(f"proposed-{iso}-{number}", _sentence(corpus, first),
                                 first.value, _one_per_passage(coverage), proposed=True))
    return events


def _one_per_passage(coverage: list[Coverage]) -> list[Coverage]:
    merged: dict[tuple[str, int], Coverage] = {}
    for item in coverage:
        key = (item.article_id, item.passage)
        if key in merged:
            item = _coverage_with(merged[key], item.spans)
        merged[key] = item
    return list(merged.values())


def _coverage_with(item: Coverage, spans: tuple[Span, ...]) -> Coverage:
    from dataclasses import replace

    return replace(item, spans=tuple(sorted(set(item.spans + spans), key=lambda s: s.start)))


def _content_words(corpus, mention: DatedMention) -> set[str]:
    return {w.lower() for w in _CONTENT_WORD.findall(_sentence(corpus, mention, limit=None))}


def _similar(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SIMILAR_WORDING


def _sentence(corpus, mention: DatedMention, limit: int | None = 90) -> str:
    """The sentence holding the mention: the proposed event's provisional title."""
    article = corpus.get(mention.article_id)
    passage = article.passage(mention.passage)
    offset = mention.start - passage.start
    start = 0
    for piece in _SENTENCE_END.split(passage.text):
        end = start + len(piece)
        if start <= offset <= end:
            break
        start = end + 1
    sentence = piece.strip()
    if limit and len(sentence) > limit:
        sentence = sentence[:limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence


def _sort_key(iso: str) -> tuple[int, int, int]:
    parts = [int(p) for p in iso.split("-")] + [0, 0]
    return parts[0], parts[1], parts[2]

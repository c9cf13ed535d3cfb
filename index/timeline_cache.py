"""The timeline kept in the article store, so that it is merged once per change of the corpus.

Each article's part of the timeline is kept with it (`index.timeline_rows`); merging them
still reads every article's part, so the merged timeline is kept too: its answer changes
only when the articles do (the store's fingerprint) or the code and data that build it do
(`timeline_rules`), so it is kept under both and read back as is.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Callable

from corpus.article_store import ArticleStore
from corpus.rules import rules_version
from index.results import Coverage, Span, Timeline, TimelineEvent

CACHE_KEY = "timeline"
_INDEX = Path(__file__).parent
_EVENTS = _INDEX.parent / "corpus" / "events.json"


@lru_cache(maxsize=1)
def timeline_rules() -> str:
    """Changes whenever the code that searches and builds the timeline, or the events, do."""
    digest = hashlib.sha256(rules_version().encode())
    for path in sorted(_INDEX.glob("*.py")) + [_EVENTS]:
        digest.update(path.name.encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()[:16]


def current_timeline(engine, build: Callable | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Timeline:
    """The timeline of the engine's articles: from the store when it is still right there,
    else merged from the articles' kept parts (`index.timeline_rows`) or built by
    `build(engine)`, and kept. A corpus held in memory is built (index.timeline's build by
    default; imported only then, with the date rules it needs)."""
    store = engine.corpus
    if not isinstance(store, ArticleStore):
        return (build or _default_build)(engine)
    if build is None:
        return store_timeline(store, progress)
    kept = kept_timeline(store)
    return kept if kept is not None else _keep(store, build(engine))


def store_timeline(store: ArticleStore, progress: Callable[[int, int], None] | None = None
                   ) -> Timeline:
    """The timeline of the store's articles (no index needed): kept, else merged and kept."""
    kept = kept_timeline(store)
    if kept is not None:
        return kept
    from index.timeline_rows import timeline_from_store

    return _keep(store, timeline_from_store(store, progress))


def _keep(store: ArticleStore, timeline: Timeline) -> Timeline:
    try:
        with store.writing() as writer:
            writer.cache(CACHE_KEY, _version(store), timeline_to_json(timeline))
    except sqlite3.Error:
        pass  # a busy or read-only store: built again next time
    return timeline


def kept_timeline(store: ArticleStore) -> Timeline | None:
    """The timeline kept for the store's current articles and rules, or None."""
    kept = store.cached(CACHE_KEY, _version(store))
    try:
        return None if kept is None else timeline_from_json(kept)
    except (ValueError, KeyError, TypeError):
        return None  # a record this code cannot read: built again


def _version(store: ArticleStore) -> str:
    return f"{store.fingerprint}|{timeline_rules()}"


def _default_build(engine) -> Timeline:
    from index.timeline import build_timeline

    return build_timeline(engine)


# Kept as rows in field order rather than objects of named values: a large library's timeline
# has thousands of events and tens of thousands of covering passages, read on every run.
_EVENT_FIELDS = tuple(f.name for f in fields(TimelineEvent) if f.name != "coverage")
COVERAGE_FIELDS = tuple(f.name for f in fields(Coverage) if f.name != "spans")


def timeline_to_json(timeline: Timeline) -> str:
    return json.dumps({"fields": [_EVENT_FIELDS, COVERAGE_FIELDS],
                       "events": _event_rows(timeline.events),
                       "anticipated": _event_rows(timeline.anticipated),
                       "outlets": timeline.outlets}, ensure_ascii=False)


def timeline_from_json(text: str) -> Timeline:
    data = json.loads(text)
    if data["fields"] != [list(_EVENT_FIELDS), list(COVERAGE_FIELDS)]:
        raise ValueError("kept by another version of the timeline's fields")
    return Timeline(_events(data["events"]), tuple(tuple(pair) for pair in data["outlets"]),
                    _events(data["anticipated"]))


def _event_rows(events: tuple[TimelineEvent, ...]) -> list:
    return [[*(getattr(event, name) for name in _EVENT_FIELDS),
             [coverage_row(item) for item in event.coverage]] for event in events]


def _events(rows: list) -> tuple[TimelineEvent, ...]:
    return tuple(TimelineEvent(**dict(zip(_EVENT_FIELDS, event)),
                               coverage=tuple(coverage_from_row(item) for item in event[-1]))
                 for event in rows)


def coverage_row(item: Coverage) -> list:
    """A covering passage as kept: its values in `COVERAGE_FIELDS` order, then its spans."""
    return [*(getattr(item, name) for name in COVERAGE_FIELDS),
            [[span.start, span.end] for span in item.spans]]


def coverage_from_row(row: list) -> Coverage:
    *values, spans = row
    return Coverage(**dict(zip(COVERAGE_FIELDS, values)),
                    spans=tuple(Span(start, end) for start, end in spans))

"""The timeline kept in the article store, so that it is built once per change of the corpus.

Building it runs every event's passage query and groups every dated mention: seconds at 10k
articles. Its answer changes only when the articles do (the store's fingerprint) or the code
and data that build it do (`timeline_rules`), so it is kept under both and read back as is.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
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


def current_timeline(engine, build: Callable) -> Timeline:
    """The timeline of the engine's articles: from the store when it is still right there,
    else built by `build(engine)` and kept (a corpus held in memory is simply built)."""
    store = engine.corpus
    if not isinstance(store, ArticleStore):
        return build(engine)
    version = f"{store.fingerprint}|{timeline_rules()}"
    kept = store.cached(CACHE_KEY, version)
    if kept is not None:
        try:
            return timeline_from_json(kept)
        except (ValueError, KeyError, TypeError):
            pass  # a record this code cannot read: built again below
    timeline = build(engine)
    try:
        with store.writing() as writer:
            writer.cache(CACHE_KEY, version, json.dumps(asdict(timeline), ensure_ascii=False))
    except sqlite3.Error:
        pass  # a busy or read-only store: built again next time
    return timeline


def timeline_from_json(text: str) -> Timeline:
    data = json.loads(text)
    events = tuple(
        TimelineEvent(**{**event, "coverage": tuple(
            Coverage(**{**item, "spans": tuple(Span(**span) for span in item["spans"])})
            for item in event["coverage"])})
        for event in data["events"])
    return Timeline(events, tuple(tuple(pair) for pair in data["outlets"]))

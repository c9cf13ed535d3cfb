"""Dated mentions cached beside the index, per article fingerprint.

Resolving dates costs milliseconds per article (about a minute at 10k articles), and the
answer only changes when the article or the resolver does: so it is kept in the index
directory, keyed by each article's fingerprint and by the resolver's own source.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import corpus.date_patterns
import corpus.date_value
import corpus.dates
import corpus.events
from corpus.dates import DateValue
from corpus.events import DatedMention, dated_mentions
from corpus.loader import Corpus, article_fingerprint

CACHE_FILE = "dated-mentions.json"


def resolver_version() -> str:
    """Changes whenever the date resolver's code does."""
    digest = hashlib.sha256()
    for module in (corpus.dates, corpus.date_value, corpus.date_patterns, corpus.events):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def all_mentions(articles: Corpus, location: Path | None) -> dict[str, tuple[DatedMention, ...]]:
    """article id -> its dated mentions, from the cache where it is still right."""
    cached = _read(location)
    fresh: dict[str, list] = {}
    mentions: dict[str, tuple[DatedMention, ...]] = {}
    for article in articles:
        key = article_fingerprint(article)
        known = _cached(article.id, cached.get(key))
        mentions[article.id] = known if known is not None else dated_mentions(article)
        fresh[key] = [_row(m) for m in mentions[article.id]]
    if location is not None and fresh.keys() != cached.keys():
        _write(location, fresh)
    return mentions


def _cached(article_id: str, rows) -> tuple[DatedMention, ...] | None:
    """The cached mentions, or None when none are cached or they are damaged."""
    if not isinstance(rows, list):
        return None
    try:
        return tuple(_mention(article_id, row) for row in rows)
    except (TypeError, ValueError):
        return None


def _row(m: DatedMention) -> list:
    v = m.value
    return [m.passage, m.start, m.end, m.text, v.year, v.month, v.day, v.qualifier, v.week]


def _mention(article_id: str, row: list) -> DatedMention:
    passage, start, end, text, year, month, day, qualifier, week = row
    return DatedMention(article_id, passage, start, end, text,
                        DateValue(year, month, day, qualifier, week))


def _read(location: Path | None) -> dict[str, list]:
    if location is None:
        return {}
    try:
        data = json.loads((location / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("resolver") != resolver_version():
        return {}
    articles = data.get("articles")
    return articles if isinstance(articles, dict) else {}


def _write(location: Path, rows: dict[str, list]) -> None:
    target = location / CACHE_FILE
    partial = target.with_name(f".{CACHE_FILE}.{os.getpid()}")
    try:
        partial.write_text(json.dumps({"resolver": resolver_version(), "articles": rows}),
                           encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        pass  # a cache only: the next build resolves the dates again

"""Dated mentions and wordings of happenings cached beside the index, per article fingerprint.

Resolving dates and finding happenings cost milliseconds per article (about a minute and a
half at 10k articles), and the answer only changes when the article or the rules do: so it
is kept in the index directory, keyed by each article's fingerprint and by the rules' source.
"""

from __future__ import annotations

import ast
import hashlib
from functools import lru_cache
from importlib.machinery import ModuleSpec
from importlib.util import find_spec
from pathlib import Path

import corpus.date_chronology
import corpus.date_cjk_sentences
import corpus.date_patterns
import corpus.date_patterns_foreign
import corpus.date_readers
import corpus.date_readers_cjk
import corpus.date_scan
import corpus.date_value
import corpus.date_weekdays_cjk
import corpus.dates
import corpus.events
import corpus.happenings
import corpus.presupposition
import corpus.text_units
from corpus.article_store import ArticleStore
from corpus.dates import DateValue
from corpus.events import DatedMention, dated_mentions
from corpus.happenings import Happening, find_happenings
from corpus.loader import Corpus, article_fingerprint
from corpus.text_units import Sentence
from index.cache_file import read_cache, write_cache

CACHE_FILE = "dated-mentions.json"


def resolver_version() -> str:
    """Changes whenever the code of the date resolver or of the happenings does, or of any module of the corpus they
    import (the Chinese plan words, the intake's month names, the word lists' compiler ...)."""
    digest = hashlib.sha256()
    for source in _rule_sources():
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


_RULES = (corpus.dates, corpus.date_readers, corpus.date_scan, corpus.date_value, corpus.date_patterns,
          corpus.date_chronology, corpus.events, corpus.happenings, corpus.presupposition, corpus.text_units,
          corpus.date_patterns_foreign, corpus.date_readers_cjk, corpus.date_cjk_sentences, corpus.date_weekdays_cjk)


@lru_cache(maxsize=1)
def _rule_sources() -> tuple[Path, ...]:
    """The files of `_RULES` and of every `corpus` module they import, directly or not, in a fixed order."""
    found: dict[str, Path] = {}
    waiting = [module.__name__ for module in _RULES]
    while waiting:
        name = waiting.pop()
        spec = None if name in found else _spec(name)
        if spec is not None and spec.origin:
            found[name] = Path(spec.origin)
            waiting.extend(_corpus_imports(found[name]))
    return tuple(found[name] for name in sorted(found))


def _corpus_imports(source: Path) -> list[str]:
    """The names `source` imports from the `corpus` package: modules, and names that may be modules
    ("from corpus import date_patterns")."""
    names = []
    for node in ast.walk(ast.parse(source.read_bytes())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return [name for name in names if name == "corpus" or name.startswith("corpus.")]


def _spec(name: str) -> ModuleSpec | None:
    try:
        return find_spec(name)
    except ModuleNotFoundError:  # ("corpus.dates.DateValue": a name inside a module, not a module)
        return None


Readings = tuple[dict[str, tuple[DatedMention, ...]], dict[str, tuple[Happening, ...]]]


def cached_readings(articles: Corpus | ArticleStore, location: Path | None) -> Readings:
    """(article id -> its dated mentions, article id -> its happenings), from the cache where
    it is still right; the article store's mentions (derived when each article was stored)
    where it is not."""
    stored = articles.mentions() if isinstance(articles, ArticleStore) else None
    cached = _read(location)
    fresh: dict[str, dict] = {}
    mentions: dict[str, tuple[DatedMention, ...]] = {}
    happenings: dict[str, tuple[Happening, ...]] = {}
    for article in articles:
        key = article_fingerprint(article)
        known = _cached(article.id, cached.get(key))
        if known is not None:
            mentions[article.id], happenings[article.id] = known
        else:
            mentions[article.id] = (stored[article.id] if stored is not None
                                    else dated_mentions(article))
            happenings[article.id] = find_happenings(article.clean_text)
        fresh[key] = {"mentions": [_row(m) for m in mentions[article.id]],
                      "happenings": [_happening_row(h) for h in happenings[article.id]]}
    if location is not None and fresh.keys() != cached.keys():
        _write(location, fresh)
    return mentions, happenings


def _happening_row(h: Happening) -> list:
    return [h.kind, h.start, h.end, h.sentence.start, h.sentence.end, h.frame]


def _happening(row: list) -> Happening:
    kind, start, end, sentence_start, sentence_end, frame = row
    return Happening(kind, start, end, Sentence(sentence_start, sentence_end), frame)


def _cached(article_id: str, entry) -> tuple[tuple[DatedMention, ...], tuple[Happening, ...]] | None:
    """The cached mentions and happenings, or None when none are cached or they are damaged."""
    if not isinstance(entry, dict):
        return None
    try:
        return (tuple(_mention(article_id, row) for row in entry["mentions"]),
                tuple(_happening(row) for row in entry["happenings"]))
    except (KeyError, TypeError, ValueError):
        return None


def _row(m: DatedMention) -> list:
    v = m.value
    return [m.passage, m.start, m.end, m.text, v.year, v.month, v.day, v.qualifier, v.week, m.role]


def _mention(article_id: str, row: list) -> DatedMention:
    passage, start, end, text, year, month, day, qualifier, week, role = row
    return DatedMention(article_id, passage, start, end, text,
                        DateValue(year, month, day, qualifier, week), role)


def _read(location: Path | None) -> dict[str, dict]:
    data = read_cache(location / CACHE_FILE) if location is not None else {}
    if data.get("resolver") != resolver_version():
        return {}
    articles = data.get("articles")
    return articles if isinstance(articles, dict) else {}


def _write(location: Path, rows: dict[str, dict]) -> None:
    write_cache(location / CACHE_FILE, {"resolver": resolver_version(), "articles": rows})

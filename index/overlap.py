"""What one article shares with others, passage by passage, and what it alone reported.

The sentence pairs are kept beside the index (`index.overlap_store`), brought up to date
article by article when articles are added or removed (`update_shared`), built whole by the
first add (or the first use, in a library from before the store); without an index directory they are found in memory
(`index.shared_text.find_shared`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from corpus.loader import Corpus
from corpus.model import Article
from index.overlap_store import STORE_FILE, Cancelled, OverlapStore, Progress
from index.shared_text import SharedSentence, find_shared

OLD_CACHE_FILE = "shared-sentences.json"  # before the store: removed when the store is made


@dataclass(frozen=True)
class Carrier:
    """Another article's sentence that carries the same wording."""

    article_id: str
    outlet_id: str
    outlet_label: str
    date: str | None
    headline: str
    passage: int
    start: int  # offsets into that passage's text
    end: int
    text: str  # the sentence it carries
    overlap: float


@dataclass(frozen=True)
class SharedPart:
    start: int  # offsets into this passage's text
    end: int
    carriers: tuple[Carrier, ...]


@dataclass(frozen=True)
class PassageOverlap:
    number: int
    text: str
    shared: tuple[SharedPart, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """Labels of the other outlets carrying any of it, each once."""
        return tuple(dict.fromkeys(c.outlet_label for part in self.shared for c in part.carriers))


@dataclass(frozen=True)
class ArticleOverlap:
    article: Article
    passages: tuple[PassageOverlap, ...]
    by_outlet: tuple[tuple[str, float], ...]  # (outlet label, share of the text), most first

    @property
    def shared_share(self) -> float:
        """The part of the article's passage text in sentences another article carries."""
        total = sum(len(p.text) for p in self.passages)
        shared = sum(part.end - part.start for p in self.passages for part in p.shared)
        return shared / total if total else 0.0

    @property
    def own_passages(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.passages if not p.shared)


def shared_sentences(corpus: Corpus, location: Path | None, cancelled: Cancelled | None = None
                     ) -> tuple[SharedSentence, ...]:
    """Every shared sentence of the corpus, from the store beside the index (brought in step
    first; `cancelled` can stop building it whole, with `BuildCancelled`); in memory when
    there is no index directory or it cannot be written."""
    if location is not None:
        try:
            with OverlapStore(location / STORE_FILE) as store:
                store.synchronise(corpus, cancelled)
                found = store.shared()
            (location / OLD_CACHE_FILE).unlink(missing_ok=True)
            return found
        except (sqlite3.Error, OSError):
            pass  # a cache only: the answer is found in memory instead
    return find_shared((a.id, p.number, p.text) for a in corpus for p in a.passages)


def update_shared(corpus: Corpus, location: Path | None,
                  progress: Progress | None = None) -> str | None:
    """After an add, edit or removal: bring the store in step (article by article for a few
    articles; built whole, with `progress`, when there is none yet or many changed). None
    without an index directory or when it cannot be written (the next use tries again)."""
    if location is None:
        return None
    try:
        with OverlapStore(location / STORE_FILE) as store:
            return store.synchronise(corpus, progress=progress)
    except (sqlite3.Error, OSError):
        return None


def article_overlap(article: Article, shared: tuple[SharedSentence, ...], corpus: Corpus
                    ) -> ArticleOverlap:
    mine: dict[int, dict[tuple[int, int], list[Carrier]]] = {}
    for item in shared:
        if item.sentence.article_id == article.id:
            span = (item.sentence.start, item.sentence.end)
            mine.setdefault(item.sentence.passage, {}).setdefault(span, []).append(
                _carrier(item, corpus))
    passages = tuple(
        PassageOverlap(p.number, p.text, tuple(
            SharedPart(start, end, tuple(carriers))
            for (start, end), carriers in sorted(mine.get(p.number, {}).items())))
        for p in article.passages)
    return ArticleOverlap(article, passages, _by_outlet(passages))


def _carrier(item: SharedSentence, corpus: Corpus) -> Carrier:
    other = corpus.get(item.other.article_id)
    text = other.passage(item.other.passage).text[item.other.start:item.other.end]
    return Carrier(other.id, other.outlet_id, other.outlet_label, other.date, other.headline,
                   item.other.passage, item.other.start, item.other.end, text, item.overlap)


def _by_outlet(passages: tuple[PassageOverlap, ...]) -> tuple[tuple[str, float], ...]:
    total = sum(len(p.text) for p in passages) or 1
    chars: dict[str, int] = {}
    for passage in passages:
        for part in passage.shared:
            for label in dict.fromkeys(c.outlet_label for c in part.carriers):
                chars[label] = chars.get(label, 0) + part.end - part.start
    return tuple(sorted(((label, n / total) for label, n in chars.items()),
                        key=lambda item: (-item[1], item[0])))

"""What one article shares with others, passage by passage, and what it alone reported.

The sentence pairs (`index.shared_text.find_shared`) are computed once per corpus and kept
beside the index, keyed by the corpus fingerprint and the algorithm's version; opening an
article's overlap afterwards reads that file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corpus.loader import Corpus
from corpus.model import Article
from index.cache_file import read_cache, write_cache
from index.shared_text import ALGORITHM_VERSION, Sentence, SharedSentence, find_shared

CACHE_FILE = "shared-sentences.json"


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


def shared_sentences(corpus: Corpus, location: Path | None) -> tuple[SharedSentence, ...]:
    """Every shared sentence of the corpus, from the cache beside the index when it is right."""
    key = f"{ALGORITHM_VERSION}:{corpus.fingerprint}"
    cached = _read(location, key)
    if cached is not None:
        return cached
    found = find_shared((a.id, p.number, p.text) for a in corpus for p in a.passages)
    if location is not None:
        _write(location, key, found)
    return found


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


def _read(location: Path | None, key: str) -> tuple[SharedSentence, ...] | None:
    data = read_cache(location / CACHE_FILE) if location is not None else {}
    if data.get("key") != key:
        return None
    try:
        return tuple(SharedSentence(Sentence(*row[0:4]), Sentence(*row[4:8]), row[8])
                     for row in data["shared"])
    except (KeyError, TypeError):
        return None  # damaged: computed again


def _write(location: Path, key: str, found: tuple[SharedSentence, ...]) -> None:
    rows = [[s.sentence.article_id, s.sentence.passage, s.sentence.start, s.sentence.end,
             s.other.article_id, s.other.passage, s.other.start, s.other.end, s.overlap]
            for s in found]
    write_cache(location / CACHE_FILE, {"key": key, "shared": rows})

"""Sentences that several articles carry: wire copy, found through light editing.

A pure function over (article id, passage number, text), so that whatever stores the
articles can also store its answer. Each sentence becomes a set of word shingles (three
consecutive words, folded, stemmed and with stop words dropped, through the index's own
analysis, plus demonyms: "South Korea's Defense Minister Han Min-koo" and "South Korean
Defense Minister Han Min Koo" give the same words). A shingle in many articles is a stock
phrase of the story and is ignored. An inverted index of the other shingles finds, exactly,
the sentences that have enough of them in common: with stock phrases gone its lists are short
(at most a few hundred sentences at 10k articles), and the same index, kept on disk
(`index.overlap_store`), answers for one new article without reading the others.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Iterator

from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map

from corpus.text_units import sentences as text_sentences
from index.analysis import SPELLING_VARIANTS, STORY_STOP_WORDS

ALGORITHM_VERSION = 3  # part of every cache key: bump when the rules below change
SHINGLE_WORDS = 3
MIN_SHINGLES = 4  # a sentence shorter than this says too little to be called shared
MIN_SHARED = 4  # shingles two sentences must have in common...
MIN_OVERLAP = 0.3  # ...and that share of the shorter sentence's shingles
# A shingle in more articles than this is a stock phrase of the story, not copy.
STOCK_MIN_ARTICLES, STOCK_SHARE = 10, 0.02
# Stemmed demonym -> country, so "Korean ministry" meets "Korea's ministry".
DEMONYMS = {"korean": "korea", "japanes": "japan", "chines": "china", "russian": "russia",
            "american": "america"}
_WORD = re.compile(r"\w+(?:\.?\w+)*")  # the index's tokenizer: "U.S." is one word
_ACCENTS = accent_map


@dataclass(frozen=True)
class Sentence:
    article_id: str
    passage: int
    start: int  # offsets into the passage's text
    end: int


@dataclass(frozen=True)
class SharedSentence:
    """A sentence of one passage whose wording another article's sentence carries."""

    sentence: Sentence
    other: Sentence
    overlap: float  # shared shingles / the shorter sentence's shingles, 0..1


def sentences(article_id: str, passage: int, text: str) -> Iterator[Sentence]:
    """The passage's sentences (`corpus.text_units`: "U.S." and "Nov. 23" end none)."""
    for unit in text_sentences(text):
        yield Sentence(article_id, passage, unit.start, unit.end)


def normal_words(text: str) -> list[str]:
    """The words of `text` as the index reads them, demonyms as their country."""
    return list(filter(None, map(_normal_word, _WORD.findall(text.lower()))))


def shingles(text: str) -> frozenset[int]:
    """Three-word shingles of normalised words, as 32-bit hashes: the CRC-32 of the three
    words joined by a space, in UTF-8 (encoded once, then split again: no word has a space)."""
    words = " ".join(normal_words(text)).encode().split(b" ")
    return frozenset(map(zlib.crc32, map(b" ".join, zip(
        *(words[i:] for i in range(SHINGLE_WORDS))))))


def sentence_units(passages: Iterable[tuple[str, int, str]]) -> list[tuple[Sentence, frozenset[int]]]:
    """Every sentence of `passages` ((article id, passage number, text)) with its shingles."""
    return [(sentence, shingles(text[sentence.start:sentence.end]))
            for article_id, number, text in passages
            for sentence in sentences(article_id, number, text)]


def stock_cap(articles: int) -> float:
    """A shingle found in more articles than this (of `articles` with sentences) is stock."""
    return max(STOCK_MIN_ARTICLES, STOCK_SHARE * articles)


def article_frequencies(units: Iterable[tuple[Sentence, frozenset[int]]]) -> Counter:
    """Shingle -> the number of articles whose sentences have it."""
    by_article: dict[str, set[int]] = {}
    for sentence, found in units:
        by_article.setdefault(sentence.article_id, set()).update(found)
    frequency: Counter = Counter()
    for found in by_article.values():
        frequency.update(found)
    return frequency


def shared_overlap(common: int, kept: int, other_kept: int) -> float | None:
    """The overlap of two sentences of different articles with `common` shingles in common
    (of `kept` and `other_kept` that are not stock), or None when they are not shared."""
    if kept < MIN_SHINGLES or other_kept < MIN_SHINGLES or common < MIN_SHARED:
        return None
    overlap = round(common / min(kept, other_kept), 3)
    return overlap if overlap >= MIN_OVERLAP else None


def without_stock(units: list[tuple[Sentence, frozenset[int]]]
                  ) -> tuple[Counter, list[frozenset[int]]]:
    """Each shingle's article count, and each sentence's shingles that are not stock."""
    frequency = article_frequencies(units)
    cap = stock_cap(len({sentence.article_id for sentence, _ in units}))
    return frequency, [frozenset(h for h in found if frequency[h] <= cap) for _, found in units]


def pairs_among(units: list[tuple[Sentence, frozenset[int]]], kept: list[frozenset[int]]
                ) -> Iterator[tuple[int, int, float]]:
    """(row, other row, overlap) for every shared pair of sentences, row < other row: an
    inverted index of the shingles that are not stock counts the ones each pair has in common."""
    postings: dict[int, list[int]] = {}
    for row, found in enumerate(kept):
        if len(found) >= MIN_SHINGLES:
            for shingle in found:
                postings.setdefault(shingle, []).append(row)
    for row, found in enumerate(kept):
        if len(found) < MIN_SHINGLES:
            continue
        common = Counter(other for shingle in found for other in postings[shingle] if other > row)
        for other, count in common.items():
            overlap = shared_overlap(count, len(found), len(kept[other]))
            if overlap is not None and units[other][0].article_id != units[row][0].article_id:
                yield row, other, overlap


def find_shared(passages: Iterable[tuple[str, int, str]]) -> tuple[SharedSentence, ...]:
    """Every sentence whose wording a sentence of another article carries, both ways round.

    `passages` are (article id, passage number, text)."""
    units = sentence_units(passages)
    _, kept = without_stock(units)
    shared = []
    for row, other, overlap in pairs_among(units, kept):
        sentence, other_sentence = units[row][0], units[other][0]
        shared += [SharedSentence(sentence, other_sentence, overlap),
                   SharedSentence(other_sentence, sentence, overlap)]
    return sort_shared(shared)


def sort_shared(shared: Iterable[SharedSentence]) -> tuple[SharedSentence, ...]:
    """In article, passage and sentence order; a sentence's carriers by overlap, most first."""
    return tuple(sorted(shared, key=lambda s: (
        s.sentence.article_id, s.sentence.passage, s.sentence.start, -s.overlap,
        s.other.article_id, s.other.passage, s.other.start)))


@lru_cache(maxsize=200_000)
def _normal_word(word: str) -> str | None:
    """One lower-cased word as the index reads it (accents folded, dots of abbreviations
    dropped, British spelling made American, stop words out, stemmed), demonyms as their
    country; None for a stop word."""
    word = word.translate(_ACCENTS).replace(".", "")
    word = SPELLING_VARIANTS.get(word, word)
    if len(word) < 2 or word in STORY_STOP_WORDS:
        return None
    stemmed = stem(word)
    return DEMONYMS.get(stemmed, stemmed)

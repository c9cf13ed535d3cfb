"""Sentences that several articles carry: wire copy, found through light editing.

A pure function over (article id, passage number, text), so that whatever stores the
articles can also store its answer. Each sentence becomes a set of word shingles (three
consecutive words, folded, stemmed and with stop words dropped, through the index's own
analysis, plus demonyms: "South Korea's Defense Minister Han Min-koo" and "South Korean
Defense Minister Han Min Koo" give the same words). MinHash LSH (datasketch) proposes the
sentence pairs that may share wording, in time that grows with the corpus, not with its
square; each proposal is then checked exactly on the shingles.
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

ALGORITHM_VERSION = 2  # part of every cache key: bump when the rules below change
SHINGLE_WORDS = 3
MIN_SHINGLES = 4  # a sentence shorter than this says too little to be called shared
MIN_SHARED = 4  # shingles two sentences must have in common...
MIN_OVERLAP = 0.3  # ...and that share of the shorter sentence's shingles
LSH_THRESHOLD = 0.1  # candidate pairs (checked exactly afterwards)
NUM_PERM = 256
MAX_BUCKET = 2000  # a band shared by more sentences than this proposes no pairs
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
    return [word for word in map(_normal_word, _WORD.findall(text.lower())) if word]


def shingles(text: str) -> frozenset[int]:
    """Three-word shingles of normalised words, as 32-bit hashes."""
    words = normal_words(text)
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode())
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def find_shared(passages: Iterable[tuple[str, int, str]]) -> tuple[SharedSentence, ...]:
    """Every sentence whose wording a sentence of another article carries, both ways round.

    `passages` are (article id, passage number, text)."""
    units = [(sentence, shingles(text[sentence.start:sentence.end]))
             for article_id, number, text in passages
             for sentence in sentences(article_id, number, text)]
    units = _without_stock_phrases(units)
    shared = []
    for first, second in candidate_pairs([found for _, found in units]):
        (sentence, found), (other, other_found) = units[first], units[second]
        if other.article_id == sentence.article_id:
            continue
        common = len(found & other_found)
        overlap = round(common / min(len(found), len(other_found)), 3)
        if common >= MIN_SHARED and overlap >= MIN_OVERLAP:
            shared += [SharedSentence(sentence, other, overlap),
                       SharedSentence(other, sentence, overlap)]
    shared.sort(key=lambda s: (s.sentence.article_id, s.sentence.passage, s.sentence.start,
                               -s.overlap, s.other.article_id, s.other.passage, s.other.start))
    return tuple(shared)


def candidate_pairs(sets: list[frozenset[int]]) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of `sets` whose MinHash signatures agree on a whole band: pairs
    likely to have a Jaccard similarity over LSH_THRESHOLD. Banding is done with numpy, band
    by band over every signature at once; datasketch computes the signatures and chooses
    the bands (rows per band) for the threshold."""
    import numpy
    from datasketch import MinHash, MinHashLSH

    if len(sets) < 2:
        return
    signatures = numpy.empty((len(sets), NUM_PERM), dtype=numpy.uint32)  # values < 2**32
    for row, minhash in enumerate(MinHash.generator(
            (list(found) for found in sets), num_perm=NUM_PERM, hashfunc=_already_hashed)):
        signatures[row] = minhash.hashvalues
    params = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    seen: set[tuple[int, int]] = set()
    for band in range(params.b):
        rows = numpy.ascontiguousarray(signatures[:, band * params.r:(band + 1) * params.r])
        _, bucket = numpy.unique(rows.view(numpy.dtype((numpy.void, rows.dtype.itemsize *
                                                         params.r))).ravel(), return_inverse=True)
        for members in _groups(numpy, bucket):
            for i, first in enumerate(members):
                for second in members[i + 1:]:
                    if (first, second) not in seen:
                        seen.add((first, second))
                        yield first, second


def _groups(numpy, bucket) -> Iterator[list[int]]:
    """The indices sharing a bucket number, for buckets of 2..MAX_BUCKET members."""
    order = numpy.argsort(bucket, kind="stable")
    ordered = bucket[order]
    starts = numpy.flatnonzero(numpy.r_[True, ordered[1:] != ordered[:-1]])
    sizes = numpy.diff(numpy.r_[starts, len(order)])
    wanted = (sizes > 1) & (sizes <= MAX_BUCKET)
    for start, size in zip(starts[wanted].tolist(), sizes[wanted].tolist()):
        yield sorted(order[start:start + size].tolist())


def _without_stock_phrases(units):
    """Shingles found in many articles ("North Korea's nuclear and missile threats", "said on
    Wednesday") are the story's stock phrases, not copy: dropped, then sentences left too
    short to say anything are dropped too."""
    by_article: dict[str, set[int]] = {}
    for sentence, found in units:
        by_article.setdefault(sentence.article_id, set()).update(found)
    articles = Counter()
    for found in by_article.values():
        articles.update(found)
    cap = max(STOCK_MIN_ARTICLES, STOCK_SHARE * len(by_article))
    kept = [(sentence, frozenset(h for h in found if articles[h] <= cap))
            for sentence, found in units]
    return [(sentence, found) for sentence, found in kept if len(found) >= MIN_SHINGLES]


def _already_hashed(shingle: int) -> int:
    """The shingles are 32-bit hashes already (MinHash would hash them again with SHA-1)."""
    return shingle


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

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
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Iterator

from index.analysis import story_analyzer

ALGORITHM_VERSION = 1  # part of every cache key: bump when the rules below change
SHINGLE_WORDS = 3
MIN_SHINGLES = 4  # a sentence shorter than this says too little to be called shared
MIN_SHARED = 4  # shingles two sentences must have in common...
MIN_OVERLAP = 0.3  # ...and that share of the shorter sentence's shingles
LSH_THRESHOLD = 0.15  # candidate pairs (checked exactly afterwards)
NUM_PERM = 128
# Stemmed demonym -> country, so "Korean ministry" meets "Korea's ministry".
DEMONYMS = {"korean": "korea", "japanes": "japan", "chines": "china", "russian": "russia",
            "american": "america"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])")


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
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        yield Sentence(article_id, passage, start, boundary.start())
        start = boundary.end()
    if text[start:].strip():
        yield Sentence(article_id, passage, start, len(text.rstrip()))


def shingles(text: str) -> frozenset[int]:
    """Three-word shingles of normalised words, as 32-bit hashes."""
    words = [DEMONYMS.get(token.text, token.text) for token in _analyzer()(text)]
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode())
                     for i in range(len(words) - SHINGLE_WORDS + 1))


def find_shared(passages: Iterable[tuple[str, int, str]]) -> tuple[SharedSentence, ...]:
    """Every sentence whose wording a sentence of another article carries, both ways round.

    `passages` are (article id, passage number, text)."""
    from datasketch import MinHash, MinHashLSH

    units = [(sentence, shingles(text[sentence.start:sentence.end]))
             for article_id, number, text in passages
             for sentence in sentences(article_id, number, text)]
    units = [(sentence, found) for sentence, found in units if len(found) >= MIN_SHINGLES]
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    signatures = MinHash.bulk([[h.to_bytes(4, "little") for h in found] for _, found in units],
                              num_perm=NUM_PERM)
    with lsh.insertion_session() as session:
        for key, signature in enumerate(signatures):
            session.insert(key, signature, check_duplication=False)
    shared = []
    for key, signature in enumerate(signatures):
        sentence, found = units[key]
        for other_key in lsh.query(signature):
            other, other_found = units[other_key]
            if other.article_id == sentence.article_id:
                continue
            common = len(found & other_found)
            overlap = common / min(len(found), len(other_found))
            if common >= MIN_SHARED and overlap >= MIN_OVERLAP:
                shared.append(SharedSentence(sentence, other, round(overlap, 3)))
    shared.sort(key=lambda s: (s.sentence.article_id, s.sentence.passage, s.sentence.start,
                               -s.overlap, s.other.article_id, s.other.passage))
    return tuple(shared)


@lru_cache(maxsize=1)
def _analyzer():
    return story_analyzer()

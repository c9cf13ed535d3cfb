"""The same quote carried by several outlets, listed once with every outlet's wording.

Two quotes of different articles are one when, read as the index reads words, the shorter
is a run of the longer's words ("significantly strengthen" inside the White House's whole
sentence) or most of their three-word shingles agree (light edits). Candidates come from an
inverted index of word pairs, so the work grows with the quotes, not with their square.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from corpus.loader import Corpus
from corpus.quotes import Quote, article_quotes
from corpus.speakers import speaker_key
from index.shared_text import normal_words, shingles

SAME_SHINGLES = 0.5  # share of the shorter quote's shingles that makes two quotes one
MAX_PAIR_QUOTES = 200  # a word pair in more quotes than this proposes nothing
_WORDS = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class QuoteCopy:
    quote: Quote
    outlet_id: str
    outlet_label: str
    date: str | None
    headline: str
    difference: str  # how this wording differs from the group's fullest one ("" if it is it)


@dataclass(frozen=True)
class QuoteGroup:
    speaker: str | None  # the name most copies give
    text: str  # the fullest wording
    copies: tuple[QuoteCopy, ...]  # by date, then outlet

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.outlet_label for c in self.copies))


def corpus_quotes(corpus: Corpus) -> tuple[Quote, ...]:
    return tuple(quote for article in corpus for quote in article_quotes(article))


def group_quotes(quotes: Iterable[Quote], corpus: Corpus) -> tuple[QuoteGroup, ...]:
    quotes = list(quotes)
    words = [normal_words(q.text) for q in quotes]
    shingled = [shingles(q.text) for q in quotes]
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for first, second in _candidates(words):
        if quotes[first].article_id != quotes[second].article_id and \
                _same_quote(words[first], words[second], shingled[first], shingled[second]):
            parent[root(first)] = root(second)
    members: dict[int, list[int]] = {}
    for index in range(len(quotes)):
        members.setdefault(root(index), []).append(index)
    groups = [_group([quotes[i] for i in indices], corpus) for indices in members.values()]
    groups.sort(key=lambda g: (-len(g.outlets), g.copies[0].date or "9999",
                               g.speaker or "", g.copies[0].quote.article_id,
                               g.copies[0].quote.passage, g.copies[0].quote.start))
    return tuple(groups)


def by_speaker(groups: Iterable[QuoteGroup], wanted: str) -> tuple[QuoteGroup, ...]:
    """Groups in which some outlet gives a speaker whose name holds every word of `wanted`
    ("kishida", "Fumio Kishida", "defense ministry")."""
    needed = set(speaker_key(wanted).split())
    return tuple(g for g in groups if any(
        c.quote.speaker_name and needed <= set(speaker_key(c.quote.speaker_name).split())
        for c in g.copies))


def _candidates(words: list[list[str]]) -> set[tuple[int, int]]:
    postings: dict[tuple[str, str], list[int]] = {}
    for index, sequence in enumerate(words):
        for pair in set(zip(sequence, sequence[1:])):
            postings.setdefault(pair, []).append(index)
    pairs = set()
    for indices in postings.values():
        if 1 < len(indices) <= MAX_PAIR_QUOTES:
            pairs.update((a, b) for i, a in enumerate(indices) for b in indices[i + 1:])
    return pairs


def _same_quote(first_words: list[str], second_words: list[str], first_shingles: frozenset[int],
                second_shingles: frozenset[int]) -> bool:
    shorter, longer = sorted((first_words, second_words), key=len)
    if len(shorter) >= 2 and _contains_run(longer, shorter):
        return True
    a, b = first_shingles, second_shingles
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= SAME_SHINGLES


def _contains_run(words: list[str], run: list[str]) -> bool:
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _group(quotes: list[Quote], corpus: Corpus) -> QuoteGroup:
    fullest = max(quotes, key=lambda q: (len(q.text), q.article_id))
    copies = []
    for quote in quotes:
        article = corpus.get(quote.article_id)
        copies.append(QuoteCopy(quote, article.outlet_id, article.outlet_label, article.date,
                                article.headline, wording_difference(fullest.text, quote.text)))
    copies.sort(key=lambda c: (c.date or "9999", c.outlet_label, c.quote.passage))
    names = Counter(q.speaker_name for q in quotes if q.speaker_name)
    speaker = fullest.speaker_name  # unless more copies agree on another name
    if names and names.most_common(1)[0][1] > names.get(speaker, 0):
        speaker = min(names, key=lambda n: (-names[n], n))
    return QuoteGroup(speaker, fullest.text, tuple(copies))


def wording_difference(reference: str, wording: str) -> str:
    """How `wording` differs from `reference`, in words a person reads: "" when the same,
    "a part of it" for a fragment, else the changed words ("North Korean threat" ->
    "North Korea's threats")."""
    ours, theirs = _plain_words(reference), _plain_words(wording)
    if ours == theirs:
        return ""
    if _contains_run(ours, theirs):
        return "quotes a part of it"
    changes = []
    matcher = difflib.SequenceMatcher(a=ours, b=theirs, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "replace":
            changes.append(f"\u201c{' '.join(ours[a1:a2])}\u201d \u2192 "
                           f"\u201c{' '.join(theirs[b1:b2])}\u201d")
        elif tag == "delete":
            changes.append(f"omits \u201c{' '.join(ours[a1:a2])}\u201d")
        elif tag == "insert":
            changes.append(f"adds \u201c{' '.join(theirs[b1:b2])}\u201d")
    shown = changes[:4] + ([f"and {len(changes) - 4} more changes"] if len(changes) > 4 else [])
    return "; ".join(shown)


def _plain_words(text: str) -> list[str]:
    return [w.casefold().replace("\u2019", "'") for w in _WORDS.findall(text)]

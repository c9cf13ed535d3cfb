"""Every match of a query and its score, a posting list at a time rather than a document at a time.

Whoosh's collectors walk a query's matcher tree one matching document at a time: for a typed
prefix (`int` expands to some hundred terms in two fields) at 10k articles that is ~10,000
documents through a tree of ~200 union matchers, 300-800 ms of method calls, most of a
keystroke's search. Here the same tree, built by Whoosh for the same search context, is read
whole: each leaf's postings a block at a time, scored with its own scorer's BM25 figures, and
the tree's unions, intersections and boosts applied to whole sets of documents.

The scores are Whoosh's to the bit: a leaf's score is the expression of `whoosh.scoring.bm25`
with the same operands in the same order, and each node adds or multiplies its children's
scores as its `score()` does (a union adds where both match, an intersection adds, a wrapper
multiplies by its boost, an exact phrase keeps the documents where its words stand side by
side), following the tree's own shape, so even the order of additions is Whoosh's. Whoosh's
block format is read through its matcher's own block readers (`_read_ids`, `_read_weights`):
whoosh-reloaded is frozen, and `tests/test_bulk_scoring.py` compares every answer with its
collectors'. A matcher of any other kind (NOT, AND MAYBE, a sloppy phrase...) raises
`Unsupported`, and the caller collects with Whoosh as before. Which terms matched a document:
the leaves holding it on a path where every intersection holds it too (what `TermsCollector`
notes, without the stray term of an intersection that failed).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from itertools import accumulate
from pickle import UnpicklingError, loads
from typing import Iterable

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3LeafMatcher, _lenfield
from whoosh.formats import Positions
from whoosh.matching import IntersectionMatcher, NullMatcherClass, UnionMatcher, WrappingMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.scoring import BM25FScorer
from whoosh.system import _INT_SIZE
from whoosh.util.numeric import byte_to_length

from index.phrase import AdjacentWordsMatcher


class Unsupported(Exception):
    """A matcher this module does not read: collect with Whoosh."""


@dataclass
class Node:
    """One matcher of the tree, read: its documents' scores (segment numbers), and its
    children, or for a leaf its term."""

    scores: dict[int, float]
    children: tuple["Node", ...] = ()
    term: tuple | None = None


class PostingMemo:
    """What one searcher's searches share, kept for its life: per segment reader and field,
    each document's `K1 * ((1 - B) + B * fl / avgfl)` (the part of BM25 that depends on the
    document), and the scores of the most recently read posting lists, up to `budget`
    postings in all (typing `i`, `in`, `int` reads many of the same terms: ~100 bytes a
    posting, so 25 MB at most)."""

    def __init__(self, budget: int = 250_000) -> None:
        self.budget = budget
        self._norms: dict[tuple, list[float]] = {}
        self._scores: OrderedDict[tuple, dict[int, float]] = OrderedDict()
        self._kept = 0  # postings in `_scores`

    def norms(self, reader, fieldname: str, scorer: BM25FScorer) -> list[float | None]:
        key = (id(reader), fieldname, scorer.avgfl, scorer.B, scorer.K1)
        norms = self._norms.get(key)
        if norms is None:
            norms = self._norms[key] = _length_norms(reader, fieldname, scorer)
        return norms

    def warm(self, searcher, fieldnames: Iterable[str]) -> None:
        """Compute the norms of `fieldnames` now, as their first search would."""
        for subsearcher, _ in searcher.leaf_searchers():
            reader = subsearcher.reader()
            for fieldname in fieldnames:
                first = next(iter(reader.lexicon(fieldname)), None)
                if first is not None:
                    scorer = searcher.weighting.scorer(subsearcher, fieldname, first)
                    if type(scorer) is BM25FScorer:
                        self.norms(reader, fieldname, scorer)

    def scores(self, reader, matcher: W3LeafMatcher) -> dict[int, float]:
        """The leaf's postings scored (never to be changed by the caller: they are kept)."""
        scorer = matcher.scorer
        key = (id(reader), matcher.term(), scorer.idf, scorer.avgfl, scorer.B, scorer.K1)
        found = self._scores.get(key)
        if found is None:
            found = _leaf_scores(matcher, reader, self)
            self._keep(key, found)
        else:
            self._scores.move_to_end(key)
        return found

    def _keep(self, key: tuple, scores: dict[int, float]) -> None:
        self._scores[key] = scores
        self._kept += len(scores)
        while self._kept > self.budget and len(self._scores) > 1:
            _, dropped = self._scores.popitem(last=False)
            self._kept -= len(dropped)


def _length_norms(reader, fieldname: str, scorer: BM25FScorer) -> list[float | None]:
    """Each document's norm, from the field's length bytes (`doc_field_length` decodes the
    same byte the same way: none for 0, a document without the field, never scored)."""
    count = reader.doc_count_all()
    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        values = [None] * count  # no lengths kept: Whoosh's default length, 1
        lengths = {None: 1}
    else:
        values = column if isinstance(column, bytes) else [column[d] for d in range(count)]
        lengths = {byte: byte_to_length(byte) for byte in set(values[:count]) if byte}
    B, K1, avgfl = scorer.B, scorer.K1, scorer.avgfl
    by_value = {value: K1 * ((1 - B) + B * fl / avgfl) for value, fl in lengths.items()}
    return list(map(by_value.get, values[:count]))


def read_tree(matcher, reader, memo: PostingMemo, read: dict[int, Node] | None = None) -> Node:
    """The matcher's documents and scores (`read`: leaves read already, by `id`)."""
    kind = type(matcher)
    if read and id(matcher) in read:
        return read[id(matcher)]
    if kind is AdjacentWordsMatcher:
        return _phrase(matcher, reader, memo)
    if kind is UnionMatcher:
        a, b = read_tree(matcher.a, reader, memo, read), read_tree(matcher.b, reader, memo, read)
        return Node(_union(a.scores, b.scores), (a, b))
    if kind is IntersectionMatcher:
        a, b = read_tree(matcher.a, reader, memo, read), read_tree(matcher.b, reader, memo, read)
        return Node(_intersection(a.scores, b.scores), (a, b))
    if kind is FilterMatcher:
        child = read_tree(matcher.child, reader, memo, read)
        ids, exclude = matcher._ids, matcher._exclude
        kept = {doc: score for doc, score in child.scores.items() if (doc in ids) != exclude}
        return Node(_boosted(kept, matcher.boost), (child,))
    if kind is WrappingMatcher:
        child = read_tree(matcher.child, reader, memo, read)
        return Node(_boosted(child.scores, matcher.boost), (child,))
    if kind is W3LeafMatcher:
        if type(matcher.scorer) is not BM25FScorer:
            raise Unsupported(type(matcher.scorer).__name__)
        return Node(memo.scores(reader, matcher), term=matcher.term())
    if isinstance(matcher, NullMatcherClass):
        return Node({})
    raise Unsupported(kind.__name__)


def _phrase(matcher: AdjacentWordsMatcher, reader, memo: PostingMemo) -> Node:
    """An exact phrase: the intersection of its words (scored as Whoosh's tree of them, its
    `child`), kept where the words stand side by side (`AdjacentWordsMatcher._get_spans`).
    Its matcher has already moved to its first match: a document skipped is none."""
    read: dict[int, Node] = {}
    values: list[dict[int, bytes]] = []
    for word in matcher.ms:
        leaf = _leaf_of(word)
        found: dict[int, bytes] = {}
        read[id(leaf)] = Node(_leaf_scores(leaf, reader, memo, found), term=leaf.term())
        values.append(found)
    words = read_tree(matcher.child, reader, memo, read)
    kept = _side_by_side_documents(_leaf_of(matcher.ms[0]).format, words.scores, values)
    scores = {doc: score for doc, score in words.scores.items() if doc in kept}
    return Node(_boosted(scores, matcher.boost), (words,))


def _leaf_of(matcher) -> W3LeafMatcher:
    while type(matcher) in (FilterMatcher, WrappingMatcher):
        matcher = matcher.child
    if type(matcher) is not W3LeafMatcher:
        raise Unsupported(type(matcher).__name__)
    return matcher


def _positions(value: bytes) -> Iterable[int]:
    """`Positions.decode_positions` with the running sum in C: a phrase's words are decoded
    for every document holding them all (26,000 of 100k generated articles for "Han Min-koo")."""
    if not value.endswith(b"."):
        value += b"."
    return accumulate(loads(value[_INT_SIZE:]))


def _side_by_side_documents(form, docs: Iterable[int], values: list[dict[int, bytes]]
                            ) -> set[int]:
    """The documents where the phrase's words stand side by side (`values`: each word's
    encoded positions by document, in the phrase's order)."""
    if type(form) is not Positions:
        decode = form.decode_positions
        return {doc for doc in docs if _side_by_side(decode, [word[doc] for word in values])}
    first, *rest = values
    following = list(enumerate(rest, start=1))
    kept = set()
    for doc in docs:
        try:  # `_positions` written out: a call a word a document was a fifth of the time
            starts = set(accumulate(loads(first[doc][_INT_SIZE:])))
            for offset, word in following:
                starts.intersection_update(
                    map(offset.__rsub__, accumulate(loads(word[doc][_INT_SIZE:]))))  # p - offset
                if not starts:
                    break
            else:
                kept.add(doc)
        except (UnpicklingError, EOFError):  # a value stored without its stop
            if _side_by_side(_positions, [word[doc] for word in values]):
                kept.add(doc)
    return kept


def _side_by_side(decode, encoded: list[bytes]) -> bool:
    starts = set(decode(encoded[0]))
    for offset, value in enumerate(encoded[1:], start=1):
        starts.intersection_update([p - offset for p in decode(value)])
        if not starts:
            return False
    return True


def terms_at(node: Node, docnum: int) -> Iterable[tuple]:
    """The terms of the leaves under `node` that matched `docnum` (a segment number)."""
    if docnum not in node.scores:
        return
    if node.term is not None:
        yield node.term
    for child in node.children:
        yield from terms_at(child, docnum)


def _union(a: dict[int, float], b: dict[int, float]) -> dict[int, float]:
    if len(a) < len(b):
        a, b = b, a  # (addition commutes exactly: a + b == b + a)
    merged = dict(a)
    for doc, score in b.items():
        other = merged.get(doc)
        merged[doc] = score if other is None else other + score
    return merged


def _intersection(a: dict[int, float], b: dict[int, float]) -> dict[int, float]:
    if len(a) > len(b):
        a, b = b, a
    return {doc: score + b[doc] for doc, score in a.items() if doc in b}


def _boosted(scores: dict[int, float], boost: float) -> dict[int, float]:
    if boost == 1.0:
        return scores  # (x * 1.0 is x)
    return {doc: score * boost for doc, score in scores.items()}


def _leaf_scores(matcher: W3LeafMatcher, reader, memo: PostingMemo,
                 values: dict[int, bytes] | None = None) -> dict[int, float]:
    """The leaf's postings, a block at a time, each scored as `BM25FScorer.score` scores it
    (and into `values`, if given, each posting's encoded value), read from the first (an
    intersection's leaves have moved to its first match when it was made)."""
    scorer = matcher.scorer
    if type(scorer) is not BM25FScorer:
        raise Unsupported(type(scorer).__name__)
    norm = memo.norms(reader, matcher.term()[0], scorer)
    matcher.reset()
    idf, k1_plus_1 = scorer.idf, scorer.K1 + 1
    scores: dict[int, float] = {}
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        if values is not None:
            matcher._read_values()
            values.update(zip(matcher._ids, matcher._values))
        for doc, tf in zip(matcher._ids, matcher._weights):
            # bm25(): idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)))
            scores[doc] = idf * ((tf * k1_plus_1) / (tf + norm[doc]))
        if matcher._lastblock:
            break
        matcher._next_block()
    return scores

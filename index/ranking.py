"""Collecting a search: its top hits (with their matched terms) and the facets of every match.

The facets need every match; the hits only the best `limit`. Scoring every match to find them
is most of a search at 10k articles (BM25 for each term of each of thousands of documents).
When every match must hold all of several words (an `And` at the top), a relevance search with
a limit takes two passes: every match unscored (counted into the facets, and kept as the
filter of the second pass), then the top, scored with Whoosh's block-quality skipping (a block
of postings whose best possible score cannot enter the top is not scored): `intelligence
sharing` at 10k, 157 ms in one pass, 34 + 61 ms in two. A union of words gains nothing from
skipping (some word of it is in almost every block), so it is scored in one pass. Skipped
documents score at most the lowest of the top, and ties go to the earlier document, so the
hits are those of scoring everything.

Since then a relevance search with a limit is first read whole, a posting list at a time
(`collect_in_bulk`, `index.bulk_scoring`: every match scored as Whoosh scores it, 2-4x faster
than either pass at 10k); the collectors here answer the queries it does not read and the
searches sorted by date.
"""

from __future__ import annotations

import gc
import heapq
from contextlib import contextmanager
from typing import Iterator

from whoosh import collectors
from whoosh import query as wq
from whoosh.searching import Results, Searcher

from index.bulk_scoring import PostingMemo, Node, read_tree, terms_at
from index.columns import DocumentTable, FacetCounter, TopTermsCollector
from index.segment_workers import map_groups, split_segments


def collect(searcher: Searcher, q: wq.Query, table: DocumentTable, allowed: set[int] | None,
            wanted_outlets: set[str] | None, sort: str, limit: int | None
            ) -> tuple[Results, FacetCounter]:
    """The hits of `q` among the `allowed` documents (None: every document), and the counter
    of every match (its outlets' counts ignore `wanted_outlets`; the hits, total and months
    respect it)."""
    two_passes = sort == "relevance" and bool(limit) and isinstance(q, wq.And)
    top = _top_collector(sort, limit, skipping=two_passes)
    counter = FacetCounter(_terms_collector(top), table, wanted_outlets)
    if two_passes:
        passing = counter.count_all([docnum for docnum in searcher.docs_for_query(q)
                                     if allowed is None or docnum in allowed])
        collector = collectors.FilterCollector(counter.child, set(passing) or {-1})
    else:
        collector = collectors.FilterCollector(counter, allowed)
    searcher.search_with_collector(q, collector)
    return collector.results(), counter


def _top_collector(sort: str, limit: int | None, skipping: bool) -> collectors.Collector:
    """Only the top `limit` matches become hits (stored fields, matched terms, snippets).
    Block-quality `skipping` only when the facets were counted apart: a skipped document is
    not counted. Without matcher replacement: the `TermsCollector` around it holds the
    original term matchers (it also selects the matchers that rank wildcard and fuzzy words
    as before)."""
    if sort in ("date", "newest"):
        return collectors.SortingCollector("date", limit=limit, reverse=sort == "newest")
    if limit:
        return collectors.TopCollector(limit, usequality=skipping, replace=0)
    return collectors.UnlimitedCollector()


def _terms_collector(top: collectors.Collector) -> collectors.TermsCollector:
    """The matched terms of the hits (`TopTermsCollector`: of the top's documents only)."""
    if isinstance(top, collectors.TopCollector):
        return TopTermsCollector(top)
    return collectors.TermsCollector(top)


def collect_in_bulk(searcher: Searcher, q: wq.Query, table: DocumentTable,
                    allowed: set[int] | None, wanted_outlets: set[str] | None, limit: int,
                    memo: PostingMemo, workers: int = 1
                    ) -> tuple[list[tuple[int, float, dict[str, set[str]]]], FacetCounter]:
    """What `collect` finds for a relevance search with a limit, read a posting list at a time
    (`index.bulk_scoring`): the top `limit` as (docnum, score, matched terms by field), by
    score then document as Whoosh's `TopCollector` keeps them, and the counter of every match
    (`allowed` None: every document may match). With `workers` over 1, groups of segments are
    read in forked children (`index.segment_workers`): the same answer, each group's best
    `limit` and counts merged. Raises `Unsupported` for a query whose matchers it does not read."""
    context = searcher.context(needs_current=True)  # as TermsCollector builds the matchers
    segments = list(searcher.leaf_searchers())
    groups = split_segments([sub.doc_count_all() for sub, _ in segments], workers)

    def read(group: list[int]) -> tuple[list[tuple], tuple]:
        counter = FacetCounter(None, table, wanted_outlets)
        best = _best_of_segments([segments[position] for position in group], q, context,
                                 counter, allowed, limit, memo)
        return best, counter.counts()

    counter = FacetCounter(None, table, wanted_outlets)
    found: list[tuple] = []
    with collections_paused():
        answers = map_groups(read, groups)
    for best, counts in answers:
        found += best
        counter.add_counts(counts)
    top = heapq.nsmallest(limit, found, key=lambda entry: entry[:2])
    return [(docnum, -score, terms) for score, docnum, terms in top], counter


@contextmanager
def collections_paused() -> Iterator[None]:
    """Python's cycle collector off while posting lists are read: the reading makes some
    100,000 floats, tuples and dicts, none in a cycle (freed as they are let go), and the
    collector's passes over them and every older object were a tenth of a 100k search."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _best_of_segments(segments: list[tuple], q: wq.Query, context, counter: FacetCounter,
                      allowed: set[int] | None, limit: int, memo: PostingMemo) -> list[tuple]:
    """The best `limit` matches of these segments as (-score, docnum, matched terms), every
    match counted into `counter`."""
    passing: list[tuple[float, int]] = []  # (-score, docnum): best first as tuples sort
    trees = []
    for subsearcher, offset in segments:
        tree = read_tree(q.matcher(subsearcher, context), subsearcher.reader(), memo)
        trees.append((offset, tree))
        scores = tree.scores
        matched = list(map(offset.__add__, scores))
        if allowed is not None:
            matched = [docnum for docnum in matched if docnum in allowed]
        passing += [(-scores[docnum - offset], docnum) for docnum in counter.count_all(matched)]
    return [(score, docnum, _terms_of(trees, docnum))
            for score, docnum in heapq.nsmallest(limit, passing)]


def _terms_of(trees: list[tuple[int, Node]], docnum: int) -> dict[str, set[str]]:
    offset, tree = next((offset, tree) for offset, tree in reversed(trees) if offset <= docnum)
    by_field: dict[str, set[str]] = {}
    for fieldname, term in terms_at(tree, docnum - offset):
        by_field.setdefault(fieldname, set()).add(
            term.decode("utf-8") if isinstance(term, bytes) else term)
    return by_field

"""Every match scored a posting list at a time (`index.bulk_scoring`, `ranking.collect_in_bulk`):
the same hits, scores (to the bit), matched terms, counts and facets as Whoosh's own
collectors scoring every match, on an index of several posting blocks, several segments and
deleted documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from corpus.loader import Corpus
from index.bulk_scoring import PostingMemo, Unsupported
from index.passage_search import matched_terms
from index.ranking import collect, collect_in_bulk
from index.schema import ARTICLE
from index.search import SearchEngine
from index.wildcards import match_written_words

QUERIES = [
    "(int OR int*)", "(intellig OR intellig*)", "intelligence (shari OR shari*)",
    "intelligence sharing", "nuclear (minist OR minist*)", "Nagamine", "pact OR agreement",
    '"Han Min-koo"', "Han Min-koo", '"intelligence sharing" OR pact', "signi*",
    "GSOMIA", "headline:pact^3 body:korea", "(Japan OR Korea) agreement", "intel* OR nuclear",
    "(sign OR sign*)", 'Korea "intelligence sharing"', "Seoul^0.5 Tokyo^2",
]


def written(engine: SearchEngine, text: str) -> wq.Query:
    return match_written_words(engine.parse(text), engine._searcher.reader(), exact=True)


def whoosh_collected(engine: SearchEngine, q: wq.Query, allowed, wanted, limit: int):
    with engine._lock:
        results, counter = collect(engine._searcher, q, engine.table, allowed, wanted,
                                   "relevance", limit)
        return [(hit.docnum, hit.score, matched_terms(hit)) for hit in results], counter


def bulk_collected(engine: SearchEngine, q: wq.Query, allowed, wanted, limit: int,
                   memo: PostingMemo | None = None, workers: int = 1):
    with engine._lock:
        return collect_in_bulk(engine._searcher, q, engine.table, allowed, wanted, limit,
                               memo or PostingMemo(), workers)


def assert_same(engine: SearchEngine, text: str, limit: int = 50, wanted=None, allowed=None,
                memo: PostingMemo | None = None, workers: int = 1, every_document=False):
    """`every_document`: the bulk reading is told no document is filtered out (None)."""
    q = written(engine, text)
    allowed = allowed if allowed is not None else engine.table.of_kind(ARTICLE)
    expected, counter = whoosh_collected(engine, q, allowed, wanted, limit)
    found, bulk_counter = bulk_collected(engine, q, None if every_document else allowed, wanted,
                                         limit, memo, workers)
    assert found == expected
    assert (bulk_counter.passed, bulk_counter.outlets, bulk_counter.months) == \
        (counter.passed, counter.outlets, counter.months)
    return counter.passed


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """An index kept in step with a library that lost some articles and gained others: a
    second segment, and deleted documents in the first."""
    from bench.generate import generate_articles

    articles = tuple(generate_articles(460, seed=11))
    root = tmp_path_factory.mktemp("bulk-changed")
    SearchEngine.open(Corpus(articles[:400]), root).close()
    engine = SearchEngine.open(Corpus(articles[:150] + articles[170:]), root)
    yield engine
    engine.close()


@pytest.mark.parametrize("text", QUERIES)
def test_every_match_scored_in_bulk_is_whooshs_search(generated, text):
    total = assert_same(generated, text)
    assert total


@pytest.mark.parametrize("budget", [250_000, 300])
def test_posting_lists_kept_from_earlier_searches_score_alike(generated, budget):
    """Searches sharing one memo (as the engine's do: typing `i`, `in`, `int` reads the same
    terms again), kept whole or dropped as the budget of postings fills."""
    memo = PostingMemo(budget=budget)
    for text in QUERIES + QUERIES[::-1]:
        assert_same(generated, text, memo=memo)
    assert memo._kept <= budget or len(memo._scores) == 1


@pytest.mark.parametrize("limit", [1, 10])
def test_a_short_top_breaks_ties_by_document_as_whoosh_does(generated, limit):
    assert assert_same(generated, "(int OR int*)", limit=limit) > limit


def test_counts_every_outlet_and_ranks_only_the_wanted_ones(generated):
    table = generated.table
    outlet = table.outlet_id[next(iter(table.of_kind(ARTICLE)))]
    assert assert_same(generated, "(intellig OR intellig*)", wanted={outlet}) > 0


def test_a_date_restriction_counts_only_its_documents(generated):
    allowed = generated._restriction(ARTICLE, ("2016-01", "2017-12"))
    assert 0 < len(allowed) < len(generated.table.of_kind(ARTICLE))
    assert_same(generated, "pact OR agreement", allowed=allowed)


def test_segments_and_deleted_documents(changed):
    assert len(changed._searcher.reader().leaf_readers()) > 1
    assert changed._searcher.reader().has_deletions()
    for text in ("(int OR int*)", '"Han Min-koo"', "intelligence sharing"):
        assert_same(changed, text)


@pytest.mark.parametrize("text", ["(int OR int*)", '"Han Min-koo"', "intelligence sharing",
                                  "pact OR agreement"])
def test_segments_read_in_forked_children_answer_alike(changed, monkeypatch, text):
    """Each segment read in a process of its own (`index.segment_workers`, here with segments
    of a few hundred documents) gives the same hits, scores, terms and counts."""
    from index import segment_workers

    forks = []
    start = segment_workers._Child.start
    monkeypatch.setattr(segment_workers, "MIN_DOCUMENTS_PER_GROUP", 50)
    monkeypatch.setattr(segment_workers._Child, "start",
                        classmethod(lambda cls, *args: forks.append(start(*args)) or forks[-1]))
    assert_same(changed, text, workers=2)
    assert_same(changed, text, workers=2, wanted={changed.table.outlet_id[0]})
    assert len(forks) == 2 and all(forks)


def test_no_filter_when_every_document_may_match(generated, changed):
    """The engine builds no filter when every indexed document is an article and no dates
    restrict a search; the answer is the filtered one."""
    assert generated._restriction(ARTICLE, None) is None
    assert generated._restriction(ARTICLE, ("2016-01", None)) is not None
    for engine in (generated, changed):
        assert_same(engine, "pact OR agreement", every_document=True)
        for text in ("pact OR agreement", "intelligence sharing"):  # (an AND: two passes)
            q, articles = written(engine, text), engine.table.of_kind(ARTICLE)
            unfiltered, counter = whoosh_collected(engine, q, None, None, 20)
            filtered, expected = whoosh_collected(engine, q, articles, None, 20)
            assert unfiltered == filtered
            assert (counter.passed, counter.outlets) == (expected.passed, expected.outlets)


def test_a_query_it_does_not_read_is_left_to_whoosh(generated):
    q = written(generated, "Korea NOT Japan")
    with pytest.raises(Unsupported):
        bulk_collected(generated, q, generated.table.of_kind(ARTICLE), None, 10)
    result = generated.search("Korea NOT Japan", limit=10)  # collected by Whoosh instead
    assert result.total and len(result.hits) == 10


def test_the_engine_answers_as_before(generated):
    """`SearchEngine.search` through the bulk reading gives what Whoosh's collectors give."""
    for text in ("(intel OR intel*)", '"Han Min-koo"'):
        bulk = generated.search(text, limit=20)
        generated._recent.clear()
        with generated._lock:
            matched, counter = _whoosh_matched(generated, text)
        assert [(hit.article_id, hit.score) for hit in bulk.hits] == \
            [(article_id, round(score, 4)) for article_id, score, _ in matched]
        assert bulk.total == counter.passed
        generated._recent.clear()


def _whoosh_matched(engine: SearchEngine, text: str):
    q = written(engine, text)
    results, counter = collect(engine._searcher, q, engine.table, engine.table.of_kind(ARTICLE),
                               None, "relevance", 20)
    return [(hit["article_id"], hit.score, matched_terms(hit)) for hit in results], counter


def test_warming_reads_the_norms_the_first_search_uses(generated):
    memo = PostingMemo()
    memo.warm(generated._searcher, ("headline", "body", "words"))
    warmed = dict(memo._norms)
    assert len(warmed) == 3 * len(generated._searcher.leaf_searchers())
    assert_same(generated, "(intel OR intel*)", memo=memo)
    assert all(memo._norms[key] is norms for key, norms in warmed.items())  # used, not redone
    assert set(memo._norms) == set(warmed)


def test_an_engine_warmed_answers_as_a_cold_one(generated):
    cold = generated.search("pact OR agreement", limit=10)
    generated._recent.clear()
    generated.warm()
    assert generated.search("pact OR agreement", limit=10) == cold


@pytest.mark.parametrize("positions", [[], [0], [3, 4, 9], list(range(0, 3000, 7)), [70000, 70001]])
def test_a_phrases_positions_are_decoded_as_whoosh_decodes_them(positions):
    from whoosh.formats import Positions

    from index.bulk_scoring import _positions

    encoded = Positions().encode(positions)
    assert list(_positions(encoded)) == Positions().decode_positions(encoded) == positions
    assert list(_positions(encoded[:-1])) == positions  # (a value stored without its stop)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(*[st.sets(st.integers(0, 40), min_size=1, max_size=6)] * 3,
                          st.booleans()), max_size=30))
def test_a_phrases_documents_are_those_with_its_words_side_by_side(documents):
    """Three words' positions in each document (some values stored without their stop):
    the documents kept are those where some position of the first has the second one after
    it and the third two after."""
    from whoosh.formats import Positions

    from index.bulk_scoring import _side_by_side_documents

    values: list[dict[int, bytes]] = [{}, {}, {}]
    expected = set()
    for doc, (*words, stopless) in enumerate(documents):
        for word, places in zip(values, words):
            encoded = Positions().encode(sorted(places))
            word[doc] = encoded[:-1] if stopless else encoded
        if any(p + 1 in words[1] and p + 2 in words[2] for p in words[0]):
            expected.add(doc)
    assert _side_by_side_documents(Positions(), range(len(documents)), values) == expected


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_paused_while_reading_and_left_as_it_was(enabled):
    import gc

    from index.ranking import collections_paused

    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError), collections_paused():
            assert not gc.isenabled()
            raise RuntimeError("a failed read")
        assert gc.isenabled() == enabled
    finally:
        gc.enable()

"""How a search is collected (`index.ranking`) and kept (`index.result_cache`): the same hits,
scores, counts and facets as scoring every match afresh, on a corpus of several blocks of
postings (where Whoosh's block-quality skipping and the two passes come into play)."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from index.ranking import collect
from index.result_cache import RecentResults, query_key
from index.schema import ARTICLE
from index.search import SearchEngine
from index.wildcards import match_written_words

AND_QUERIES = ["intelligence sharing", "nuclear minister", "Korea intelligence", "defense pact",
               "(Japan OR Korea) agreement", "military information"]


def written(engine: SearchEngine, text: str) -> wq.Query:
    return match_written_words(engine.parse(text), engine._searcher.reader(), exact=True)


def every_match_scored(engine: SearchEngine, q: wq.Query, limit: int, outlets=None):
    """Every match scored by Whoosh's own search without any optimisation (with `terms=True`,
    which selects the matchers a wildcard is ranked with): (docnum, score) of the best `limit`,
    by score then document, and the total."""
    table = engine.table
    allowed = {d for d in table.of_kind(ARTICLE)
               if outlets is None or table.outlet_id[d] in outlets}
    every = engine._searcher.search(q, limit=None, filter=allowed or {-1}, optimize=False,
                                    terms=True)
    # ranked here, not by Whoosh's own limited search: with one document an article (schema 5)
    # its `limit=1` top of "military information" at 400 articles was the third best score
    ranked = sorted(((hit.docnum, hit.score) for hit in every), key=lambda x: (-x[1], x[0]))
    return ranked[:limit], len(every)


@pytest.mark.parametrize("text", AND_QUERIES)
@pytest.mark.parametrize("limit", [1, 10, 50])
def test_two_passes_rank_as_scoring_every_match(generated, text, limit):
    q = written(generated, text)
    assert isinstance(q, wq.And)
    expected, total = every_match_scored(generated, q, limit)
    with generated._lock:
        results, counter = collect(generated._searcher, q, generated.table,
                                   generated.table.of_kind(ARTICLE), None, "relevance", limit)
        found = [(hit.docnum, hit.score) for hit in results]
    assert total > limit  # the top is a choice among more matches
    assert found == expected and counter.passed == total


def test_two_passes_count_facets_of_every_outlet_and_filter_the_hits(generated):
    q = written(generated, "intelligence sharing")
    table = generated.table
    outlet = table.outlet_id[next(iter(table.of_kind(ARTICLE)))]
    expected, total = every_match_scored(generated, q, 10, outlets={outlet})
    _, everywhere = every_match_scored(generated, q, 10)
    with generated._lock:
        results, counter = collect(generated._searcher, q, table, table.of_kind(ARTICLE),
                                   {outlet}, "relevance", 10)
        assert [(hit.docnum, hit.score) for hit in results] == expected
    assert counter.passed == total == counter.outlets[outlet]
    assert sum(counter.outlets.values()) == everywhere > total
    assert sum(counter.months.values()) == total


def test_a_search_kept_from_before_is_the_search_made_afresh(generated, tmp_path):
    """`intelli`, `intellig`, ... `intelligence` expand alike: one search, kept; each answer
    still says what was typed, and equals a new engine's."""
    fresh = SearchEngine.open(generated.corpus, generated.opened.location.parent)
    try:
        typed = ["intellig", "intellige", "intelligen", "intelligence sharing", "intel"]
        for text in typed:
            kept, new = generated.search(f"({text} OR {text}*)"), fresh.search(f"({text} OR {text}*)")
            assert kept == new and kept.query == f"({text} OR {text}*)"
            fresh._recent.clear()
    finally:
        fresh.close()


def test_queries_key_by_what_their_prefixes_expanded_to(generated):
    def key(text):
        return query_key(written(generated, text))

    assert key("intellige*") == key("intelligen*")  # both: intelligence, intelligent...
    assert key("intel*") != key("intellige*") or key("intel") != key("intellige")
    assert key("Seoul") == key("Seoul") and key("Seoul") != key("Tokyo")
    assert key("headline:intellige*") != key("intellige*")
    assert key("intellige*^2") != key("intellige*")


def test_recent_results_keep_the_most_recently_used():
    recent: RecentResults[str] = RecentResults(kept=2)
    recent.put("a", "A")
    recent.put("b", "B")
    assert recent.get("a") == "A"  # now the most recent
    recent.put("c", "C")
    assert recent.get("b") is None and recent.get("a") == "A" and recent.get("c") == "C"
    recent.clear()
    assert recent.get("a") is None


@pytest.mark.parametrize("text", ["intelligence OR pact", "Nagamine", "sign* OR minister",
                                  '"intelligence sharing"'])
def test_one_pass_counts_and_ranks_every_match(generated, text):
    q = written(generated, text)
    expected, total = every_match_scored(generated, q, 1)
    with generated._lock:
        results, counter = collect(generated._searcher, q, generated.table,
                                   generated.table.of_kind(ARTICLE), None, "relevance", 1)
        assert [(hit.docnum, hit.score) for hit in results] == expected
    assert counter.passed == total

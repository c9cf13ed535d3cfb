"""Passage search without passage documents (index.passage_search): a passage matches when
the query matches it alone, wherever else its article's words are."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from corpus.loader import Corpus, article_from_raw
from index.passage_search import article_query
from index.search import SearchEngine

PAGES = {
    "split": ("Ministers meet", ["Nagamine signed the pact in Seoul.",
                                 "Blinken welcomed the pact from Washington."]),
    "together": ("Envoys react", ["Nagamine and Blinken both spoke of the pact."]),
    "other": ("Outlet notes", ["Protests in Seoul against the pact.",
                               "Nagamine declined to comment."]),
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    articles = tuple(
        article_from_raw(headline + "\n\n" + "\n\n".join(paragraphs),
                         {"id": f"{name:0<12}", "outlet": "Test Wire", "date": "2016-11-24"},
                         f"test {name}")
        for name, (headline, paragraphs) in PAGES.items())
    engine = SearchEngine.open(Corpus(articles), tmp_path_factory.mktemp("index"))
    yield engine
    engine.close()


def found(engine, query) -> set[tuple[str, int]]:
    return {(match.article_id.rstrip("0"), match.number)
            for match in engine.search_passages(query)}


def test_a_passage_matches_what_its_article_does_not(engine):
    assert engine.search("Nagamine NOT Blinken").total == 1  # only "other" as an article
    assert found(engine, "Nagamine NOT Blinken") == {("split", 1), ("other", 2)}
    assert found(engine, "pact NOT (Nagamine OR Blinken)") == {("other", 1)}
    assert found(engine, "Nagamine ANDNOT Blinken") == {("split", 1), ("other", 2)}


def test_all_words_in_one_passage_and_phrases_within_it(engine):
    assert found(engine, "Nagamine Blinken") == {("together", 1)}
    assert found(engine, '"the pact"') == {("split", 1), ("split", 2), ("together", 1),
                                           ("other", 1)}
    assert found(engine, "headline:ministers") == set()  # a passage has no headline
    assert found(engine, "outlet:wire declined") == {("other", 2)}


def test_only_passages_holding_a_word_of_the_query_are_searched_unless_any_may_match(engine):
    assert found(engine, "Naga* NOT Blinken") == {("split", 1), ("other", 2)}
    assert found(engine, "Blinkin~") == {("split", 2), ("together", 1)}
    assert found(engine, "outlet:wire") == {("split", 1), ("split", 2), ("together", 1),
                                            ("other", 1), ("other", 2)}
    assert found(engine, "NOT Nagamine") == {("split", 2), ("other", 1)}


def test_spans_point_into_the_article_text(engine):
    (match,) = engine.search_passages("Blinken welcomed")
    text = engine.corpus.get(match.article_id).clean_text
    assert [text[s.start:s.end] for s in match.spans] == ["Blinken welcomed"]


def test_the_article_query_drops_only_exclusions():
    nagamine, blinken = wq.Term("body", "nagamin"), wq.Term("body", "blinken")
    assert article_query(wq.And([nagamine, wq.Not(blinken)])) == wq.And([nagamine, wq.Every()])
    assert article_query(wq.AndNot(nagamine, blinken)) == nagamine
    assert article_query(wq.Or([nagamine, blinken])) == wq.Or([nagamine, blinken])
    assert article_query(wq.Not(wq.Not(nagamine))) == wq.Every()

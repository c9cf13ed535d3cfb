"""`index.phrase.AdjacentPhrase` finds exactly what Whoosh's `Phrase` finds, scored the same."""

from __future__ import annotations

import random

import pytest
from whoosh import query as wq

from index.analysis import story_analyzer
from index.phrase import AdjacentPhrase, AdjacentWordsMatcher, adjacent_phrases
from index.schema import build_schema
from index.store import PrivateRamStorage, write_articles


def sample_phrases(articles, sizes=(2, 3, 4, 5), per_article=12, seed=5) -> list[list[str]]:
    """Runs of analysed words from the articles (found), the same words shuffled (mostly not
    found, though every word is), and a word repeated ("korea korea")."""
    rng = random.Random(seed)
    analyzer = story_analyzer()
    phrases = []
    for article in articles:
        words = [token.text for token in analyzer(article.clean_text)]
        for _ in range(per_article):
            size = rng.choice(sizes)
            start = rng.randrange(len(words) - size)
            run = words[start:start + size]
            phrases += [run, rng.sample(run, size), [run[0], run[0]]]
    return phrases


def ranked(searcher, q) -> list[tuple[int, float]]:
    return [(hit.docnum, round(hit.score, 9)) for hit in searcher.search(q, limit=None)]


@pytest.fixture(scope="module")
def generated_searcher():
    from bench.generate import generate_articles

    articles = tuple(generate_articles(60, seed=11))
    index = PrivateRamStorage().create_index(build_schema())
    write_articles(index, articles)
    with index.searcher() as searcher:
        yield articles, searcher


def assert_same_as_whoosh(searcher, phrases, fieldname="body"):
    found = 0
    for words in phrases:
        whoosh, ours = wq.Phrase(fieldname, words), AdjacentPhrase(fieldname, words)
        expected = ranked(searcher, whoosh)
        assert ranked(searcher, ours) == expected, words
        found += bool(expected)
    assert found > len(phrases) / 4  # the runs taken from the text are found


def test_the_bundled_articles(engine, corpus):
    with engine._lock:
        assert_same_as_whoosh(engine._searcher, sample_phrases(corpus.articles))


def test_generated_articles_with_recurring_names_and_phrases(generated_searcher):
    articles, searcher = generated_searcher
    assert_same_as_whoosh(searcher, sample_phrases(articles))
    assert_same_as_whoosh(searcher, [["han", "min", "koo"], ["intellig", "share"],
                                     ["gener", "secur", "militari", "inform", "agreement"]])


def test_the_phrase_matcher_is_ours_only_for_exact_phrases(generated_searcher):
    _, searcher = generated_searcher
    exact = AdjacentPhrase("body", ["intellig", "share"]).matcher(searcher)
    sloppy = AdjacentPhrase("body", ["intellig", "share"], slop=3).matcher(searcher)
    assert isinstance(exact, AdjacentWordsMatcher)
    assert not isinstance(sloppy, AdjacentWordsMatcher)
    assert ranked(searcher, AdjacentPhrase("body", ["intellig", "share"], slop=3)) == \
        ranked(searcher, wq.Phrase("body", ["intellig", "share"], slop=3))
    assert ranked(searcher, AdjacentPhrase("body", ["intellig", "zzzunknown"])) == []


def test_parsed_queries_use_it_everywhere_a_phrase_is(engine):
    q = engine.parse('GSOMIA OR ("Han Min-koo" AND NOT headline:"foreign ministry")')
    phrases = [leaf for leaf in q.leaves() if isinstance(leaf, wq.Phrase)]
    assert phrases and all(type(leaf) is AdjacentPhrase for leaf in phrases)
    assert adjacent_phrases(q) == q

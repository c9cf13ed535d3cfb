"""Issue 16, queries: every spelling of a limit is refused in one line, and no query, however
built, nor any article, however long, makes a search backtrack or walk a whole huge text."""

from __future__ import annotations

import fnmatch
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import finishes
from corpus.loader import Corpus, article_from_raw
from explorer.cli import main
from index.highlight import HIGHLIGHT_CHARS, HitPattern, find_spans, glob_matches
from index.results import QueryError
from index.search import SearchEngine
from index.store import OpenedIndex, build_in_memory


@pytest.mark.parametrize("query", ["intelligence~9^1", "pact~9/1", "pact~9^2", "pact~3/1^2",
                                   "(pact~9)", "headline:pact~9/2"])
def test_the_fuzzy_limit_holds_for_every_spelling(engine, query):
    with pytest.raises(QueryError, match="the most is 2"):
        engine.search(query)


def test_a_fuzzy_prefix_longer_than_the_word_is_a_one_line_error(capsys):
    assert main(["search", "pact~1/5"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "prefix" in err[0] and "pact~1/5" in err[0]


def test_fuzzy_prefixes_within_the_word_still_search(engine):
    assert engine.search("pact~1/4").total == engine.search("pact").total


@pytest.mark.parametrize("boost", ["9" * 400, "1000", "99999.5"])
def test_a_huge_boost_is_refused(engine, boost, capsys):
    with pytest.raises(QueryError, match="boost"):
        engine.search(f"pact^{boost}")
    assert main(["search", f"(pact signed)^{boost}", "--json"]) == 2
    assert "Infinity" not in capsys.readouterr().out


def test_json_scores_stay_finite_with_the_largest_boost(capsys):
    assert main(["search", "pact^100 OR signed", "--json"]) == 0
    for line in capsys.readouterr().out.splitlines():
        assert json.loads(line, parse_constant=lambda name: pytest.fail(name))["score"] > 0


@settings(max_examples=300, deadline=None)
@given(st.text("ab*?", max_size=8), st.text("ab", max_size=10))
def test_wildcard_matching_agrees_with_fnmatch(pattern, term):
    assert glob_matches(pattern, term) == fnmatch.fnmatchcase(term, pattern)


def test_highlighting_a_wildcard_never_backtracks():
    article = article_from_raw(
        "Long word\n\nThe pact was signed in Seoul today, and one word in it was "
        + "a" * 60 + " for all to see in the article.", {}, "long.txt")
    engine = SearchEngine(Corpus((article,)), OpenedIndex(build_in_memory(Corpus((article,))),
                                                          None, None))
    query = "aaaa* OR aa" + "*a" * 40 + "*b"
    result = finishes(lambda: engine.search(query))
    [hit] = result.hits
    assert [article.clean_text[s.start:s.end] for s in hit.spans] == ["a" * 60]


def test_a_huge_article_is_highlighted_from_a_window():
    text = "pact " * 800_000  # 4 MB
    spans = finishes(lambda: find_spans(text, HitPattern(frozenset({"pact"}), ())))
    assert spans and all(span.end <= HIGHLIGHT_CHARS for span in spans)
    assert text[spans[0].start:spans[0].end].startswith("pact")

"""Prefixes and wildcards match the words as written, not their stems: `intelligen*` finds
what "intelligence" finds, and the explorer never says "0 articles" part-way through a word."""

from __future__ import annotations

import re

import pytest

from conftest import settle
from corpus.loader import Corpus, article_from_raw
from explorer.tui.screens import background
from explorer.tui.screens.background import SearchRequest
from index.analysis import word_analyzer
from index.search import SearchEngine
from index.store import OpenedIndex, build_in_memory
from tests.conftest import span_texts

WHOLE_WORDS = ("intelligence", "nuclear", "Kishida", "Nagamine", "signing")


def ids(result):
    return {hit.article_id for hit in result.hits}


def written_words(article) -> set[str]:
    return {token.text for token in word_analyzer()(f"{article.headline}\n{article.clean_text}")}


@pytest.mark.parametrize("word", WHOLE_WORDS)
def test_every_prefix_from_three_letters_finds_what_the_whole_word_finds(engine, word):
    whole = ids(engine.search(word, limit=None))
    assert whole
    for end in range(3, len(word) + 1):
        assert ids(engine.search(f"{word[:end]}*", limit=None)) >= whole, word[:end]


@pytest.mark.parametrize("prefix", ["mi", "in", "int", "intelligen", "nuc", "kis", "sig",
                                    "signi", "han", "min", "koo", "defen", "seo"])
def test_a_prefix_finds_only_articles_holding_a_word_it_begins(engine, corpus, prefix):
    found = engine.search(f"{prefix}*", limit=None)
    assert found.total
    for article_id in ids(found):
        words = written_words(corpus.get(article_id))
        assert any(w.startswith(prefix) for w in words), (prefix, article_id)


def test_a_prefix_finds_no_article_holding_only_another_form_of_its_stem():
    """`signi*` expands to "signing" (stem `sign`): an article that only says "signed" holds
    no word `signi` begins."""
    texts = {"signed": "Signed pact\n\nThe two ministers signed the pact in Seoul.",
             "signing": "Signing day\n\nThe signing of the pact took place in Seoul.",
             "navy": "Navy drills\n\nThe navy held drills.",  # stem `navi`
             "navies": "Two navies\n\nBoth navies held drills."}
    articles = tuple(article_from_raw(text, {}, f"{name}.txt") for name, text in texts.items())
    corpus = Corpus(articles)
    engine = SearchEngine(corpus, OpenedIndex(build_in_memory(corpus), None, None))
    headlines = lambda q: {hit.headline for hit in engine.search(q).hits}  # noqa: E731
    assert headlines("signed") == {"Signed pact", "Signing day"}  # one stem
    assert headlines("signi*") == headlines("signin*") == {"Signing day"}
    assert headlines("signe*") == {"Signed pact"}
    assert headlines("navy") == {"Navy drills", "Two navies"}
    assert headlines("navi*") == {"Two navies"}  # "navy" does not begin with "navi"
    assert headlines("nav*") == {"Navy drills", "Two navies"}
    assert {m.article_id for m in engine.search_passages("signi*")}  # passages too


def test_prefixes_at_each_side_of_the_stem_agree(engine):
    """"intelligence" is indexed as `intellig`: the prefixes before and after it find alike."""
    found = [ids(engine.search(q, limit=None)) for q in
             ("intellig*", "intelligen*", "intelligence*", "intelligence", "in*ence", "intel?igence")]
    assert found[0] and all(f == found[0] for f in found)


def test_a_prefix_is_folded_like_the_words(engine):
    assert ids(engine.search("SÉOU*", limit=None)) == ids(engine.search("Seoul", limit=None))
    assert ids(engine.search("Defence*", limit=None)) >= ids(engine.search("defense", limit=None))


def test_a_prefix_highlights_the_words_it_begins(engine, corpus):
    result = engine.search("intelligen*")
    assert result.description.startswith("words starting “intelligen”")
    for hit in result.hits:
        words = span_texts(corpus.get(hit.article_id).clean_text, hit.spans)
        assert words and all(re.match("(?i)intelligen", w) for w in words), words


def test_a_prefix_finds_passages(engine):
    assert {m.article_id for m in engine.search_passages("intelligen*")} == \
        {m.article_id for m in engine.search_passages("intelligence")}


@pytest.mark.parametrize("typed", ["intelligence", "nuclear missile", "Han Min-koo", "Kishida"])
def test_typing_never_shows_no_match_from_the_third_letter(engine, typed):
    for end in range(3, len(typed) + 1):
        outcome = background.search(engine, SearchRequest(typed[:end]))
        assert outcome.total or outcome.hint, typed[:end]
    assert background.search(engine, SearchRequest(typed)).total


def test_a_short_last_word_that_finds_nothing_is_still_being_typed(engine):
    assert background.search(engine, SearchRequest("Han Mi")).hint
    assert background.search(engine, SearchRequest("Han Min-ko")).hint
    ended = background.search(engine, SearchRequest("zzqx "))
    assert ended.total == 0 and not ended.hint  # a word that finds nothing is said so


async def test_typing_intelligence_never_shows_zero_articles_after_the_fourth_letter(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        shown = []
        show = screen.search_box.show_outcome
        screen.search_box.show_outcome = lambda outcome, *a: (shown.append(outcome), show(outcome, *a))
        await pilot.press("slash")
        for end, char in enumerate("intelligence", start=1):
            await pilot.press(char)
            await settle(app, pilot)
            if end >= 4:
                assert shown and shown[-1].request.query == "intelligence"[:end]
                assert shown[-1].total > 0, shown[-1].request.query
                assert screen.results.option_count > 0

"""Search: exact hit offsets, name variants and aliases both ways, filters, facets."""

from __future__ import annotations

import pytest

from index.results import QueryError
from tests.conftest import span_texts

HERALD, KBS, BLOG, JA2012, JA2016 = (
    "5dc33988083df1cc", "e2bd46779e3cb77d", "81cfaf9f30d2f96d", "e7526d7d388919c6",
    "90dd09783d8c4acf",
)


def ids(result):
    return {hit.article_id for hit in result.hits}


def hit_words(engine, corpus, query, article_id):
    hit = next(h for h in engine.search(query).hits if h.article_id == article_id)
    return span_texts(corpus.get(article_id).clean_text, hit.spans)


def test_hit_offsets_point_at_the_matched_words(engine, corpus):
    result = engine.search("Nagamine")
    assert ids(result) == {KBS, BLOG}
    for hit in result.hits:
        assert span_texts(corpus.get(hit.article_id).clean_text, hit.spans) == ["Nagamine"]
    assert set(hit_words(engine, corpus, "signing", BLOG)) == {"signed", "signing", "sign"}


def test_passages_hold_the_hits_and_the_snippet_shows_them(engine, corpus):
    hit = engine.search("Kishida").hits[0]
    article = corpus.get(hit.article_id)
    assert [p.number for p in hit.passages] == [4, 5]
    for passage_hit in hit.passages:
        passage = article.passage(passage_hit.number)
        assert (passage_hit.start, passage_hit.end) == (passage.start, passage.end)
        assert all(passage.start <= s.start < s.end <= passage.end for s in passage_hit.spans)
    snippet = hit.snippet
    assert article.clean_text[snippet.offset:snippet.offset + len(snippet.text)] == snippet.text
    assert span_texts(snippet.text, snippet.spans) == ["Kishida"]


@pytest.mark.parametrize("query", ["Han Min Koo", "Han Min-koo", '"Han Min Koo"', '"han min-koo"'])
def test_hyphenated_names_match_both_ways(engine, corpus, query):
    assert ids(engine.search(query)) == {KBS, BLOG}
    assert "Han Min-koo" in hit_words(engine, corpus, query, KBS)
    assert "Han Min Koo" in hit_words(engine, corpus, query, BLOG)


@pytest.mark.parametrize("query", ["Kim Kwan-jin", "Kim Kwan jin", '"kim kwan jin"'])
def test_kim_kwan_jin_in_any_spelling(engine, corpus, query):
    assert ids(engine.search(query)) == {JA2012}
    assert hit_words(engine, corpus, query, JA2012) == ["Kim Kwan-jin"]


def test_gsomia_finds_its_spelled_out_name_and_gsomia(engine, corpus):
    words = hit_words(engine, corpus, "GSOMIA", JA2012)
    assert words == ["General Security of Military Information Agreement", "Gsomia", "Gsomia"]


def test_the_spelled_out_name_finds_gsomia(engine, corpus):
    words = hit_words(engine, corpus, '"General Security of Military Information Agreement"', JA2016)
    assert words.count("GSOMIA") == 6
    assert "General Security of Military Information Agreement" in words


def test_defense_and_defence_find_each_other(engine, corpus):
    assert "Defense" in hit_words(engine, corpus, "Defence", HERALD)
    assert "Defence" in hit_words(engine, corpus, "Defense", BLOG)


def test_us_and_u_s_are_one_word(engine, corpus):
    assert "U.S" in hit_words(engine, corpus, "US", KBS)
    assert "US" in hit_words(engine, corpus, "U.S.", HERALD)


def test_a_phrase_is_highlighted_only_where_its_words_stand_together(engine, corpus):
    result = engine.search('"closest allies"')
    assert ids(result) == {HERALD, KBS}
    assert hit_words(engine, corpus, '"closest allies"', HERALD) == ["closest allies"] * 2
    assert ids(engine.search('"allies closest"')) == set()


def test_fuzzy_and_wildcards(engine, corpus):
    assert hit_words(engine, corpus, "Nagamin~", KBS) == ["Nagamine"]
    assert ids(engine.search("Kishda~")) == {BLOG}
    assert set(hit_words(engine, corpus, "denuclear*", HERALD)) == {"denuclearization"}
    assert ids(engine.search("denuclear*")) == {HERALD, JA2016}
    assert hit_words(engine, corpus, "Kis?ida", BLOG) == ["Kishida"] * 2


def test_boolean_operators(engine):
    assert ids(engine.search("Nagamine AND Kishida")) == {BLOG}
    assert ids(engine.search("Blinken OR Carter")) == {HERALD, JA2016}
    assert ids(engine.search("Nagamine NOT Kishida")) == {KBS}
    assert ids(engine.search("(Blinken OR Carter) AND Sugiyama")) == {JA2016}


def test_words_under_not_are_not_highlighted(engine, corpus):
    assert hit_words(engine, corpus, "Nagamine NOT Kishida", KBS) == ["Nagamine"]


def test_outlet_field_and_filter(engine):
    assert ids(engine.search("outlet:herald")) == {HERALD}
    assert ids(engine.search('outlet:"korea joongang daily"')) == {JA2012, JA2016}
    assert ids(engine.search("Japan", outlets=["joongang-daily"])) == {JA2012, JA2016}
    assert ids(engine.search("Japan", outlets=["KBS World Radio", "herald"])) == {HERALD, KBS}
    with pytest.raises(QueryError, match="no outlet matches"):
        engine.search("Japan", outlets=["Pravda"])


def test_headline_field(engine, corpus):
    result = engine.search("headline:sign")
    assert ids(result) == {KBS, BLOG}
    hit = next(h for h in result.hits if h.article_id == KBS)
    assert span_texts(hit.headline, hit.headline_spans) == ["Sign"]


@pytest.mark.parametrize("query,expected", [
    ("date:2016-11", {HERALD, KBS, BLOG}),
    ("date:2012", {JA2012}),
    ("date:2016-11-23", {BLOG}),
    ("date:[2016-10-01 to 2016-11-30]", {HERALD, KBS, BLOG, JA2016}),
    ("date:[2016-10 to 2016-11-23]", {BLOG, JA2016}),
    ("Japan date:[2012 to 2016-10]", {JA2012, JA2016}),
])
def test_date_field(engine, query, expected):
    assert ids(engine.search(query)) == expected


def test_date_range_argument(engine):
    assert ids(engine.search("Japan", date_range=("2016-11-24", None))) == {HERALD, KBS}
    assert ids(engine.search("Japan", date_range=(None, "2012"))) == {JA2012}
    with pytest.raises(QueryError, match="not a date"):
        engine.search("Japan", date_range=("yesterday", None))


def test_sort_by_date_is_chronological(engine):
    dates = [hit.date for hit in engine.search("Japan", sort="date").hits]
    assert dates == sorted(dates) and len(dates) == 5
    with pytest.raises(QueryError, match="unknown sort"):
        engine.search("Japan", sort="alphabet")


def test_relevance_puts_the_headline_match_first(engine):
    assert engine.search("restarted").hits[0].article_id == JA2016


@pytest.mark.parametrize("query", ["Japan", "signed", "Nagamine OR Blinken", "outlet:joongang",
                                   "date:2016", "nucleer"])
def test_facet_counts_sum_to_the_hit_total(engine, query):
    result = engine.search(query, limit=2)
    assert sum(f.count for f in result.outlet_facets) == result.total
    assert sum(f.count for f in result.month_facets) == result.total
    assert len(result.hits) == min(2, result.total)


def test_facets_name_outlets_and_months(engine):
    result = engine.search("signed")
    assert {(f.key, f.count) for f in result.outlet_facets} == {
        ("kbs-world-radio", 1), ("unknown-81cfaf9f", 1), ("korea-herald", 1), ("joongang-daily", 2)}
    assert [(f.label, f.count) for f in result.month_facets] == [
        ("Jun 2012", 1), ("Oct 2016", 1), ("Nov 2016", 3)]


@pytest.mark.parametrize("query", ["signed", "Japan", "GSOMIA OR Nagamine"])
def test_one_filtered_search_gives_its_matches_and_every_outlets_count(engine, query):
    everything = engine.search(query, limit=None)
    for facet in everything.outlet_facets:
        filtered = engine.search(query, outlets=[facet.key], limit=None)
        assert filtered.total == facet.count == len(filtered.hits)
        assert {hit.outlet_id for hit in filtered.hits} == {facet.key}
        assert sum(f.count for f in filtered.month_facets) == filtered.total
        assert filtered.outlet_facets == everything.outlet_facets


def test_outlet_facets_still_follow_the_date_range(engine):
    dated = engine.search("signed", date_range=("2016-11-01", "2016-11-30"), outlets=["kbs"])
    assert sum(f.count for f in dated.outlet_facets) == 3 and dated.total == 1
    assert {f.key for f in dated.outlet_facets} <= {"kbs-world-radio", "unknown-81cfaf9f",
                                                  "joongang-daily", "korea-herald"}


def test_did_you_mean(engine):
    result = engine.search("nucleer tests")
    assert result.total == 0
    assert result.suggestion == "nuclear tests"
    assert engine.search("Nagamine").suggestion is None
    assert engine.search("Nagamien").suggestion == "nagamine"


@pytest.mark.parametrize("typed,meant", [("Kish", "kishida"), ("Nag", "nagamine"),
                                         ("Seo", "seoul"), ("Han Nagam", "Han nagamine")])
def test_a_word_still_being_typed_is_completed_not_corrected(engine, typed, meant):
    assert engine.search(typed).suggestion == meant


def test_the_query_is_echoed_in_words(engine):
    assert engine.search("Han Min-koo").description == "“Han” and “Min-koo”"
    assert engine.search("GSOMIA").description == (
        "“GSOMIA” or “General Security of Military Information Agreement”")
    assert engine.search("nucl* NOT headline:japan").description == (
        "words starting “nucl” and not “japan” in the headline")
    assert engine.search("date:[2016-10 to 2016-11]").description == "dated from 2016-10 to 2016-11"


def test_passage_level_search_needs_all_words_in_one_passage(engine, corpus):
    matches = engine.search_passages("Nagamine Han")
    assert {(m.article_id, m.number) for m in matches} == {(KBS, 2), (BLOG, 3)}
    for match in matches:
        text = corpus.get(match.article_id).clean_text
        assert sorted(span_texts(text, match.spans)) == ["Han", "Nagamine"] or \
            span_texts(text, match.spans)[0].startswith("Han")
    assert engine.search_passages("Nagamine Blinken") == ()


def test_passage_search_takes_every_field_and_form_of_the_query(engine):
    by_outlet = engine.search_passages('outlet:"KBS World Radio" Nagamine')
    assert {(m.article_id, m.number) for m in by_outlet} == {(KBS, 2)}
    phrase = engine.search_passages('"Han Min-koo"')
    assert phrase and all(m.spans for m in phrase)
    assert engine.search_passages("Naga*") and engine.search_passages("Nagamin~")


def test_an_article_search_walks_the_postings_of_articles_only(engine):
    """Passage documents keep their words in fields of their own: the article fields' postings
    hold one entry per article, not one per passage too (a 2-3x cost at 10k articles)."""
    from whoosh import query as wq

    with engine._lock:
        reader = engine._searcher.reader()
        articles = set(engine._searcher.docs_for_query(wq.Term("kind", "article")))
        for field in ("body", "outlet", "headline"):
            postings = set(engine._searcher.docs_for_query(wq.Every(field)))
            assert postings and postings <= articles, field
        nagamine_postings = reader.doc_frequency("body", "nagamin")
    assert nagamine_postings == engine.search("Nagamine").total


def stemmed(tokens) -> list[tuple[str, int, int, int]]:
    """`highlight.folded_tokens` with each word's term, as the story analyzer gives them."""
    from index.analysis import stem_word

    return [(stem_word(folded), position, start, end) for folded, position, start, end in tokens]


def test_fast_tokens_equal_the_analyzer_on_every_text(corpus):
    from index.analysis import story_analyzer
    from index.highlight import folded_tokens

    analyzer = story_analyzer()
    for article in corpus:
        for text in (article.clean_text, article.headline):
            expected = [(t.text, t.pos, t.startchar, t.endchar)
                        for t in analyzer(text, positions=True, chars=True, mode="index")]
            assert stemmed(folded_tokens(text)) == expected


def test_fast_tokens_equal_the_analyzer_on_words_learnt_together_or_apart():
    from bench.generate import generate_articles
    from index import highlight
    from index.analysis import story_analyzer

    analyzer = story_analyzer()
    texts = ["The U.S. and Séoul's défence ministers met; a I x y Min-koo 2016-11-23 e.g. "
             "ORGANISATION programme the the of Über naïve café 3.14 _under_ a.b.c.",
             "Defence offence us may MAY Us of", ""]
    texts += [a.clean_text for a in generate_articles(30, seed=3)]
    for learnt_apart in (False, True):
        highlight._FOLDS.clear()
        highlight.folded_tokens.cache_clear()
        for text in texts:
            if learnt_apart:  # words already known from another text mix with new ones
                highlight.folded_tokens(text[: len(text) // 2])
            expected = [(t.text, t.pos, t.startchar, t.endchar)
                        for t in analyzer(text, positions=True, chars=True, mode="index")]
            assert stemmed(highlight.folded_tokens(text)) == expected


def test_a_restriction_that_leaves_no_article_finds_nothing(engine):
    """Whoosh reads an empty filter as no filter: nothing in the range must not mean all."""
    assert engine.search("Nagamine", date_range=("1990", "1991")).total == 0
    assert engine.search("Nagamine", date_range=("1990", "1991")).hits == ()
    assert engine.search_passages("Nagamine", date_range=("1990", "1991")) == ()
    assert engine.search("Nagamine", date_range=("2016-11", "2016-11")).total == 2


@pytest.mark.parametrize("query", ["pact OR agreement OR Nagamine", "sign* OR intelligence"])
def test_the_top_hits_highlight_the_same_words_as_an_unlimited_search(engine, query):
    """Only the top's documents have their matched terms noted (`TopTermsCollector`): the
    hits of a limited search are the first of the unlimited one, spans and all."""
    every = engine.search(query, limit=None).hits
    for limit in (1, 2, 3):
        top = engine.search(query, limit=limit).hits
        assert len(every) > limit
        assert top == every[:limit]

"""Each article's text is analysed once (index.analysis.ArticleTerms): the
postings Whoosh writes from those term lists are the ones it writes from the texts, but for
word positions counted from the first word kept rather than from stop words before it (a
phrase compares positions with each other: found the same)."""

from __future__ import annotations

import dataclasses

import pytest

from bench.generate import generate_articles
from corpus.loader import load_bundled
from index.analysis import ArticleTerms
from index.passage_search import passage_schema
from index.schema import ARTICLE, build_schema
from index.store import article_document

SCHEMA = build_schema()
PASSAGE_SCHEMA = passage_schema()


def postings(field: str, value, schema=SCHEMA) -> list[tuple]:
    """What Whoosh indexes for `value` in `field`: (term, frequency, weight, positions), the
    positions counted from the first one."""
    fieldtype = schema[field]
    found = list(fieldtype.index(value))
    if not fieldtype.format.supports("positions"):
        return sorted(found)
    decoded = [(term, frequency, weight, fieldtype.format.decode_positions(value))
               for term, frequency, weight, value in found]
    first = min((positions[0] for *_, positions in decoded), default=0)
    return sorted((term, frequency, weight, [p - first for p in positions])
                  for term, frequency, weight, positions in decoded)


def assert_same_postings(article) -> None:
    """The article's document (index.store), and each passage's in a passage search
    (index.passage_search), index what the analysers make of the texts."""
    document = article_document(article)
    assert document["kind"] == ARTICLE
    texts = {"body": article.clean_text, "words": f"{article.headline}\n{article.clean_text}"}
    for field, text in texts.items():
        assert isinstance(document[field], list)
        assert postings(field, document[field]) == postings(field, text), (article.id, field)
    terms = ArticleTerms(article.headline, article.clean_text)
    for passage in article.passages:
        given = terms.passage(passage.start, passage.end)
        assert postings("body", given, PASSAGE_SCHEMA) == \
            postings("body", passage.text, PASSAGE_SCHEMA), (article.id, passage.number)


def test_the_same_postings_as_analysing_each_text():
    articles = list(load_bundled()) + list(generate_articles(40))
    assert len(articles) > 40
    for article in articles:
        assert_same_postings(article)


@pytest.mark.parametrize("text", [
    "U.S.\nDefence centre: the U.S. and Japan's Ministry of Defence signed it.",
    "Séoul-Tokyo pact.U.S.A\n\nnot.a.word\n\nx",
    "a\n\nthe\n\nof and\n\n1,000.5 missiles",
])
def test_passages_cut_through_tokens_are_analysed_on_their_own(text):
    article = next(iter(load_bundled()))
    # passages whose edges fall inside words: the body's tokens cross them
    cuts = [0, 3, 9, 14, len(text)]
    passages = tuple(dataclasses.replace(article.passages[0], number=n + 1, start=a, end=b,
                                         text=text[a:b])
                     for n, (a, b) in enumerate(zip(cuts, cuts[1:])))
    odd = dataclasses.replace(article, clean_text=text, passages=passages)
    assert_same_postings(odd)


def test_a_passage_between_whole_tokens_takes_the_body_s_terms():
    terms = ArticleTerms("Headline", "Defence ministers signed. The pact lapses.")
    assert terms.passage(0, 25) == ["defens", "minist", "sign"]
    assert terms.passage(26, 42) == ["pact", "laps"]
    assert terms.words == ["headline", "defense", "ministers", "signed", "pact", "lapses"]


def test_kept_terms_are_indexed_alone_at_their_places():
    from index.schema import _postings

    form = SCHEMA["body"].format
    terms = ["pact", "sign", "seoul", "pact", "tokyo"]
    whole = {term: rest for term, *rest in _postings(terms, form)}
    kept = {term: rest for term, *rest in _postings(terms, form, frozenset({"pact", "tokyo"}))}
    assert kept == {term: whole[term] for term in (b"pact", b"tokyo")}
    assert form.decode_positions(kept[b"tokyo"][2]) == [4]

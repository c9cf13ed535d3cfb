"""Passages matching a query on their own: all its words in one passage.

The index keeps one document per article (a document per passage as well cost ten times the
documents and half again the postings at every add). A passage search finds the articles that
may hold such a passage, then runs the same query over their passages alone, indexed for
this search in memory. A passage that matches a query lies in an article that matches the
query without its exclusions (the passage's words, and its phrases' consecutive words, are
the article's too): those articles are the candidates.
"""

from __future__ import annotations

from typing import Iterable

from whoosh import query as wq
from whoosh.fields import ID, STORED, TEXT, Schema

from corpus.model import Article
from index.analysis import ArticleTerms, name_analyzer, story_analyzer
from index.schema import AnalysedText
from index.store import PrivateRamStorage


def article_query(q: wq.Query) -> wq.Query:
    """A query that every article holding a passage that matches `q` matches: `q` without
    what it excludes (a passage matches "Nagamine NOT Blinken" in an article that names
    Blinken in another passage)."""
    if isinstance(q, wq.Not):
        return wq.Every()
    if isinstance(q, wq.AndNot):
        return article_query(q.a)
    if q.is_leaf():
        return q
    return q.apply(article_query)


def passage_schema() -> Schema:
    """A passage's fields under the names of the article's that a query may name (a passage
    has no headline: its words match no passage)."""
    return Schema(
        article_id=STORED,
        number=STORED,
        headline=TEXT(analyzer=story_analyzer(), phrase=True),
        body=AnalysedText(analyzer=story_analyzer(), phrase=True),
        outlet=TEXT(analyzer=name_analyzer(), phrase=True),
        date=ID,
    )


def matching_passages(articles: Iterable[Article], q: wq.Query, limit: int | None
                      ) -> list[tuple[str, int, float, dict[str, set[str]]]]:
    """(article id, passage number, score, matched terms by field) of the passages of
    `articles` matching `q`, best first."""
    index = PrivateRamStorage().create_index(passage_schema())
    with index.writer() as writer:
        for article in articles:
            _add_passages(writer, article)
    with index.searcher() as searcher:
        hits = searcher.search(q, limit=limit, terms=True)
        return [(hit["article_id"], hit["number"], hit.score or 0.0, matched_terms(hit))
                for hit in hits]


def _add_passages(writer, article: Article) -> None:
    terms = ArticleTerms(article.headline, article.clean_text)
    for passage in article.passages:
        writer.add_document(article_id=article.id, number=passage.number,
                            body=terms.passage(passage.start, passage.end),
                            outlet=article.outlet_label, date=article.date or "")


def matched_terms(hit) -> dict[str, set[str]]:
    """A hit's matched terms (searched with `terms=True`), by field."""
    by_field: dict[str, set[str]] = {}
    for fieldname, term in hit.matched_terms():
        text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
        by_field.setdefault(fieldname, set()).add(text)
    return by_field

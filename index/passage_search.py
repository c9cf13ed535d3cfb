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


def needed_terms(q: wq.Query, reader) -> frozenset[str] | None:
    """The body terms (in `reader`) of which a passage must hold one to match `q`, a query
    without exclusions (`article_query`); None when any passage may match (a word of the
    outlet, a date, or no word at all: every passage has its article's)."""
    leaves = [q] if q.is_leaf() else list(q.leaves())
    if any(leaf.field() not in ("body", "headline") for leaf in leaves):
        return None
    # (not `q.existing_terms`: its loop variable overwrites its `fieldname` argument)
    return frozenset(_text(term) for leaf in leaves
                     for fieldname, term in leaf.expanded_terms(reader, phrases=True)
                     if fieldname == "body" and (fieldname, term) in reader)


def _text(term) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


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


def matching_passages(articles: Iterable[Article], q: wq.Query, limit: int | None,
                      needed: frozenset[str] | None = None
                      ) -> list[tuple[str, int, float, dict[str, set[str]]]]:
    """(article id, passage number, score, matched terms by field) of the passages of
    `articles` matching `q`, best first; only passages holding one of the `needed` terms
    (if given) are searched."""
    index = PrivateRamStorage().create_index(passage_schema())
    with index.writer() as writer:
        for article in articles:
            _add_passages(writer, article, needed)
    with index.searcher() as searcher:
        hits = searcher.search(q, limit=limit, terms=True)
        return [(hit["article_id"], hit["number"], hit.score or 0.0, matched_terms(hit))
                for hit in hits]


def _add_passages(writer, article: Article, needed: frozenset[str] | None) -> None:
    terms = ArticleTerms(article.headline, article.clean_text)
    for passage in article.passages:
        body = terms.passage(passage.start, passage.end)
        if needed is not None and needed.isdisjoint(body):
            continue
        writer.add_document(article_id=article.id, number=passage.number, body=body,
                            outlet=article.outlet_label, date=article.date or "")


def matched_terms(hit) -> dict[str, set[str]]:
    """A hit's matched terms (searched with `terms=True`), by field."""
    by_field: dict[str, set[str]] = {}
    for fieldname, term in hit.matched_terms():
        text = term.decode("utf-8") if isinstance(term, bytes) else str(term)
        by_field.setdefault(fieldname, set()).add(text)
    return by_field

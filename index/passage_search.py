"""Passages matching a query on their own: all its words in one passage.

The index keeps one document per article (a document per passage as well cost ten times the
documents and half again the postings at every add). A passage search finds the articles that
may hold such a passage, then runs the same query over their passages alone, indexed for
this search in memory. A passage that matches a query lies in an article that matches the
query without its exclusions (the passage's words, and its phrases' consecutive words, are
the article's too): those articles are the candidates.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class QueryTerms:
    """The body terms (as the index expands them) that decide which passages match a query:
    a passage must hold one of `needed` (None: any passage may match, by a word of the
    outlet, a date, or no word at all), and only the postings of `kept` are read."""

    needed: frozenset[str] | None
    kept: frozenset[str]

    @classmethod
    def of(cls, q: wq.Query, candidates: wq.Query, reader) -> "QueryTerms":
        """For `q`, whose `candidates` query (`article_query`) every matching passage matches."""
        leaves = _leaves(candidates)
        positive_elsewhere = any(leaf.field() not in ("body", "headline") for leaf in leaves)
        return cls(None if positive_elsewhere else _body_terms(leaves, reader),
                   _body_terms(_leaves(q), reader))


def _leaves(q: wq.Query) -> list[wq.Query]:
    return [q] if q.is_leaf() else list(q.leaves())


def _body_terms(leaves: list[wq.Query], reader) -> frozenset[str]:
    # (not `q.existing_terms`: its loop variable overwrites its `fieldname` argument)
    return frozenset(_text(term) for leaf in leaves
                     for fieldname, term in leaf.expanded_terms(reader, phrases=True)
                     if fieldname == "body" and (fieldname, term) in reader)


def _text(term) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


class _SomeTerms(list):
    """A passage's terms, of which only `kept` are indexed (`AnalysedText`)."""

    kept: frozenset[str] = frozenset()


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
                      terms: QueryTerms) -> list[tuple[str, int, float, dict[str, set[str]]]]:
    """(article id, passage number, score, matched terms by field) of the passages of
    `articles` matching `q`, best first (BM25 over the query's words in those passages)."""
    index = PrivateRamStorage().create_index(passage_schema())
    with index.writer() as writer:
        for article in articles:
            _add_passages(writer, article, terms)
    with index.searcher() as searcher:
        hits = searcher.search(q, limit=limit, terms=True)
        return [(hit["article_id"], hit["number"], hit.score or 0.0, matched_terms(hit))
                for hit in hits]


def _add_passages(writer, article: Article, query_terms: QueryTerms) -> None:
    terms = ArticleTerms("", article.clean_text)
    for passage in article.passages:
        body = _SomeTerms(terms.passage(passage.start, passage.end))
        if query_terms.needed is not None and query_terms.needed.isdisjoint(body):
            continue
        body.kept = query_terms.kept
        writer.add_document(article_id=article.id, number=passage.number, body=body,
                            outlet=article.outlet_label, date=article.date or "")


def matched_terms(hit) -> dict[str, set[str]]:
    """A hit's matched terms (searched with `terms=True`), by field."""
    by_field: dict[str, set[str]] = {}
    for fieldname, term in hit.matched_terms():
        by_field.setdefault(fieldname, set()).add(_text(term))
    return by_field

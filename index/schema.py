"""The Whoosh schema: one document per article. Body text is not stored: the corpus keeps it.

Passages have no documents of their own (until schema 4 each had one: eleven documents an
article and half again the postings, written at every add). Which passages of an article hold
its hits is read from the hits' offsets (`index.search`); which passages match a query on
their own, from the candidate articles' passages (`index.passage_search`).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

from index.analysis import name_analyzer, story_analyzer, word_analyzer

# Bump whenever the schema or the analysis changes: it is part of every index key.
SCHEMA_VERSION = 5

ARTICLE = "article"
SEARCHABLE_FIELDS = ("headline", "body")
QUERY_FIELDS = {"headline", "body", "outlet", "date"}


class AnalysedText(TEXT):
    """A TEXT field that also takes the terms of a text analysed already (a list:
    `index.analysis.ArticleTerms`) and makes their postings at once: the ones Whoosh makes of
    a list (tests/test_index_terms.py), without making a token object a term. A list with a
    `kept` set of terms makes the postings of those alone, at their places in the list."""

    def index(self, value, **kwargs):
        if isinstance(value, list) and type(self.format) in (Positions, Frequency):
            return _postings(value, self.format, getattr(value, "kept", None))
        return super().index(value, **kwargs)


def _postings(terms: list[str], form, kept: frozenset[str] | None = None
              ) -> list[tuple[bytes, int, float, bytes]]:
    """(term, frequency, weight, encoded value) of each distinct term (of `kept`, if given)."""
    if kept is not None and type(form) is Frequency:
        terms = [term for term in terms if term in kept]
    boost = form.field_boost
    if type(form) is Frequency:
        return [(term.encode("utf-8"), count, count * boost, pack_uint(count))
                for term, count in Counter(terms).items()]
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for position, term in enumerate(terms):
        if kept is None or term in kept:
            positions[term].append(position)
    return [(term.encode("utf-8"), len(found), len(found) * boost, form.encode(found))
            for term, found in positions.items()]


def build_schema() -> Schema:
    analyzer = story_analyzer()
    return Schema(
        # Fields only read back from a hit are stored, not indexed: every indexed term is a
        # posting written at each add.
        doc_id=STORED,
        kind=ID(stored=True),
        article_id=ID(stored=True),
        fingerprint=STORED,  # of an article document: changes when the article does
        headline=TEXT(analyzer=analyzer, phrase=True, field_boost=2.0, multitoken_query="phrase"),
        body=AnalysedText(analyzer=analyzer, phrase=True, multitoken_query="phrase"),
        outlet=TEXT(analyzer=name_analyzer(), phrase=True, multitoken_query="phrase"),
        outlet_id=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),
        month=ID(sortable=True),
        words=AnalysedText(analyzer=word_analyzer(), phrase=False),
    )

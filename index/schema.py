"""The Whoosh schema: one document per article. Body text is not stored: the corpus keeps it.

Passages have no documents of their own (until schema 4 each had one: eleven documents an
article and half again the postings, written at every add). Which passages of an article hold
its hits is read from the hits' offsets (`index.search`); which passages match a query on
their own, from the candidate articles' passages (`index.passage_search`).
"""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import name_analyzer, story_analyzer, word_analyzer

# Bump whenever the schema or the analysis changes: it is part of every index key.
SCHEMA_VERSION = 5

ARTICLE = "article"
SEARCHABLE_FIELDS = ("headline", "body")
QUERY_FIELDS = {"headline", "body", "outlet", "date"}


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
        body=TEXT(analyzer=analyzer, phrase=True, multitoken_query="phrase"),
        outlet=TEXT(analyzer=name_analyzer(), phrase=True, multitoken_query="phrase"),
        outlet_id=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),
        month=ID(sortable=True),
        words=TEXT(analyzer=word_analyzer(), phrase=False),
    )

"""The Whoosh schema: one document per article and one per passage.

Article documents answer "which articles" (a query may match words from several
passages); passage documents answer "which passages" for passage-level rules such as
linking an event to its coverage. Body text is not stored: the corpus keeps it.

Passage documents keep their words in fields of their own (`PASSAGE_FIELDS`): an article
search then walks only the postings of articles, not those of the ten times as many
passages (2-3x faster at 10k articles; `python -m bench.search_bench`).
"""

from __future__ import annotations

from whoosh.fields import ID, STORED, TEXT, Schema

from index.analysis import name_analyzer, story_analyzer, word_analyzer

# Bump whenever the schema or the analysis changes: it is part of every index key.
SCHEMA_VERSION = 4

ARTICLE = "article"
PASSAGE = "passage"
SEARCHABLE_FIELDS = ("headline", "body")
QUERY_FIELDS = {"headline", "body", "outlet", "date"}
# an article field -> the same words in a passage document
PASSAGE_FIELDS = {"body": "passage_body", "outlet": "passage_outlet"}


def build_schema() -> Schema:
    analyzer = story_analyzer()
    return Schema(
        # Fields only read back from a hit are stored, not indexed: every indexed term of every
        # passage document is a posting written at each add (a tenth of them were these).
        doc_id=STORED,
        kind=ID(stored=True),
        article_id=ID(stored=True),
        fingerprint=STORED,  # of an article document: changes when the article does
        passage=STORED,
        headline=TEXT(analyzer=analyzer, phrase=True, field_boost=2.0, multitoken_query="phrase"),
        body=TEXT(analyzer=analyzer, phrase=True, multitoken_query="phrase"),
        outlet=TEXT(analyzer=name_analyzer(), phrase=True, multitoken_query="phrase"),
        passage_body=TEXT(analyzer=analyzer, phrase=True),
        passage_outlet=TEXT(analyzer=name_analyzer(), phrase=True),
        outlet_id=ID(stored=True, sortable=True),
        date=ID(stored=True, sortable=True),
        month=ID(sortable=True),
        words=TEXT(analyzer=word_analyzer(), phrase=False),
    )

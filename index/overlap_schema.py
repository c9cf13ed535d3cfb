"""The tables of the shared-text store (`index.overlap_store`) and the version of their layout."""

from __future__ import annotations

from array import array
from typing import Iterable

from index.shared_text import ALGORITHM_VERSION

# Bump when the tables below change: a store of another layout is built whole again.
LAYOUT = 2
VERSION = f"{ALGORITHM_VERSION}.{LAYOUT}"
TABLES_SQL = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS articles ("
    " article_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, sentences INTEGER NOT NULL)",
    # kept: the sentence's shingles that are not stock; shingles: all of them, packed
    "CREATE TABLE IF NOT EXISTS sentences ("
    " sid INTEGER PRIMARY KEY, article_id TEXT NOT NULL, passage INTEGER NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, kept INTEGER NOT NULL,"
    " shingles BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS postings ("
    " shingle INTEGER NOT NULL, sid INTEGER NOT NULL, PRIMARY KEY (shingle, sid)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS frequency ("
    " shingle INTEGER PRIMARY KEY, articles INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pairs ("
    " sid INTEGER NOT NULL, other INTEGER NOT NULL, overlap REAL NOT NULL,"
    " PRIMARY KEY (sid, other)) WITHOUT ROWID",
)
# Made after a whole build's rows are in (quicker than keeping them up to date row by row).
# Only shingles of two articles or more are ever looked up by their count, and most shingles
# are in one article: a query uses the partial index by saying `articles > 1` itself.
INDEXES_SQL = {
    "sentences_by_article": "CREATE INDEX IF NOT EXISTS sentences_by_article"
                            " ON sentences (article_id)",
    "frequency_by_articles": "CREATE INDEX IF NOT EXISTS frequency_by_articles"
                             " ON frequency (articles) WHERE articles > 1",
    "pairs_by_other": "CREATE INDEX IF NOT EXISTS pairs_by_other ON pairs (other)",
}
SCHEMA = ";\n".join((*TABLES_SQL, *INDEXES_SQL.values())) + ";\n"
TABLES = ("meta", "articles", "sentences", "postings", "frequency", "pairs")
SHINGLE_BYTES = array("I").itemsize  # a shingle's bytes in `sentences.shingles`


def packed(shingles: Iterable[int]) -> bytes:
    """A sentence's shingles as stored in `sentences.shingles`."""
    return array("I", sorted(shingles)).tobytes()


def unpacked(blob: bytes) -> array:
    """The shingles `packed` gives back, in order (an array of ints)."""
    values = array("I")
    values.frombytes(blob)
    return values

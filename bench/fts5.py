"""The SQLite FTS5 twin that `bench.search_bench` measures our search against.

The same articles in an FTS5 table (`tokenize='porter'`, headline weighted 2 like ours),
ranked by bm25 with a snippet; FTS5 has no fuzzy search, so ``word~`` becomes an OR of the
index's terms within one edit of the word (looked up in an ``fts5vocab`` table).
"""

from __future__ import annotations

import sqlite3
import string
import time
from pathlib import Path

from bench.search_queries import LIMIT, BenchQuery

FTS_SCHEMA = """
CREATE VIRTUAL TABLE docs USING fts5(
    headline, body, article_id UNINDEXED, outlet_id UNINDEXED, date UNINDEXED,
    tokenize='porter'
);
CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, 'row');
"""
FTS_SELECT = ("SELECT article_id, headline, snippet(docs, 1, '«', '»', '…', 24), "
              "bm25(docs, 2.0, 1.0) AS score FROM docs WHERE docs MATCH ?")


def build_fts(corpus, path: Path) -> tuple[sqlite3.Connection, float | None]:
    """(connection, build seconds or None when reused) for the FTS5 twin of `corpus`."""
    if path.exists():
        connection = sqlite3.connect(str(path), check_same_thread=False)
        (count,) = connection.execute("SELECT count(*) FROM docs").fetchone()
        if count == len(corpus):
            return connection, None
        connection.close()
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    started = time.perf_counter()
    connection = sqlite3.connect(str(building))
    connection.executescript(FTS_SCHEMA)
    connection.executemany(
        "INSERT INTO docs(headline, body, article_id, outlet_id, date) VALUES (?, ?, ?, ?, ?)",
        ((a.headline, a.clean_text, a.id, a.outlet_id, a.date or "") for a in corpus))
    connection.commit()
    connection.close()
    seconds = time.perf_counter() - started
    building.replace(path)
    return sqlite3.connect(str(path), check_same_thread=False), seconds


def _edits1(word: str) -> set[str]:
    letters = string.ascii_lowercase + string.digits
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


def fts_search(connection: sqlite3.Connection, bq: BenchQuery, limit: int = LIMIT) -> list:
    match = bq.fts
    if bq.fuzzy:
        candidates = sorted(_edits1(bq.fuzzy.lower()) | {bq.fuzzy.lower()})
        marks = ",".join("?" * len(candidates))
        terms = [t for (t,) in connection.execute(
            f"SELECT term FROM vocab WHERE term IN ({marks})", candidates)]
        match = " OR ".join(f'"{t}"' for t in terms) or f'"{bq.fuzzy}"'
    sql, params = FTS_SELECT, [match]
    if bq.outlets:
        sql += f" AND outlet_id IN ({','.join('?' * len(bq.outlets))})"
        params += list(bq.outlets)
    if bq.date_range:
        sql += " AND date BETWEEN ? AND ?"
        params += list(bq.date_range)
    sql += " ORDER BY score LIMIT ?"
    return connection.execute(sql, params + [limit]).fetchall()


def fts_total(connection: sqlite3.Connection, bq: BenchQuery) -> int:
    return len(fts_search(connection, bq, limit=10**9))

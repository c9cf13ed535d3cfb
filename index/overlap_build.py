"""Building the shared-text store whole, in memory that does not grow with the corpus.

Each article's sentences are found on every core (`corpus.bulk`, `article_rows`: a stored
article's text travels packed as stored, its shingles come back packed, not as sets of ints)
and are written as they come; their postings go to a temporary table that SQLite sorts on
disk into the postings. Each shingle's article count is its postings (read in order) less its
repeats, the postings of a shingle an earlier sentence of the same article has too (few:
staged apart). A sentence's `kept` is its number of shingles less its stock ones (found
through the counts). The pairs are counted a block at a time: the postings of the shingles
that can be shared (in two articles or more, not stock) of the sentences that can be shared
(enough of them), in sentence order, are read `BLOCK_POSTINGS` at a time into an inverted
index, and every such sentence from the block's first on is looked up in it. Memory holds
one block whatever the size of the corpus, and the result is what `shared_text.find_shared`
gives (tests/test_overlap_store.py holds it to that).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from itertools import chain, groupby, islice, repeat
from typing import Callable, Iterable, Iterator

from corpus.article_store import passage_texts
from corpus.model import Article
from index.overlap_schema import INDEXES_SQL, SHINGLE_BYTES, TABLES, packed, unpacked
from index.shared_text import MIN_SHARED, MIN_SHINGLES, sentence_units, shared_overlap, stock_cap

BLOCK_POSTINGS = 500_000  # postings in memory at once while pairs are counted (~50 MB)
# SQLite's page cache, and its sorter's memory, while building (for the main and the temporary
# database each): 16 MB built the 10k store in the same time as 32 MB with 36 MB less at peak
# (141 against 177 MB, `bench.overlap_bench --library`, 2026-12-02); the build runs beside the
# index's writers, and the add's processes together are to stay within 500 MB.
CACHE_KB = 16_384
WRITE_BATCH = 10_000  # pairs written at a time
ROWS_AT_ONCE = 200  # staged rows an INSERT statement holds
STAGED_VALUES = 100_000  # ints held before they are inserted (800 KB)
# An article's id, its sentences as (passage, start, end, shingles packed) and its repeats:
# the shingles (packed, as often as repeated) of its sentences that an earlier sentence of it
# has too (`article_rows`: cheaper to send from a worker than sentences and sets of ints)
ArticleRows = tuple[str, list[tuple[int, int, int, bytes]], bytes]
Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]  # (articles done, articles in all)
Shareable = tuple[int, str, int, list[int]]  # sid, article id, kept, shareable shingles


class BuildCancelled(Exception):
    """The caller gave up (the explorer quit) while the store was built: nothing written."""


def build_whole(db: sqlite3.Connection, articles: Iterable[ArticleRows],
                fingerprints: dict[str, str], cancelled: Cancelled,
                progress: Progress | None = None) -> None:
    """Replace the store's rows with those of `articles`, inside the caller's transaction."""
    (cache,) = db.execute("PRAGMA cache_size").fetchone()
    db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    db.execute(f"PRAGMA temp.cache_size = -{CACHE_KB}")
    try:
        _empty(db)
        _stage(db, articles, fingerprints, cancelled, progress)
        _count(db)
        (with_sentences,) = db.execute(
            "SELECT count(*) FROM articles WHERE sentences > 0").fetchone()
        cap = stock_cap(with_sentences)
        _drop_stock(db, cap)
        _collect_shareable(db, cap)
        pairs = _pairs(db, BLOCK_POSTINGS, cancelled)
        while batch := list(islice(pairs, WRITE_BATCH)):
            db.executemany("INSERT INTO pairs VALUES (?, ?, ?)", batch)
        db.execute("DROP TABLE temp.shareable")
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")
        db.execute(f"PRAGMA temp.cache_size = {cache}")


def _empty(db: sqlite3.Connection) -> None:
    for name in INDEXES_SQL:
        db.execute(f"DROP INDEX IF EXISTS {name}")  # made again once the rows are in
    for table in TABLES:
        db.execute(f"DELETE FROM {table}")  # noqa: S608 - our own table names
    db.execute("CREATE TEMP TABLE staged_postings"
               " (shingle INTEGER NOT NULL, sid INTEGER NOT NULL)")
    db.execute("CREATE TEMP TABLE staged_repeats (shingle INTEGER NOT NULL)")


def _stage(db: sqlite3.Connection, articles: Iterable[ArticleRows], fingerprints: dict[str, str],
           cancelled: Cancelled, progress: Progress | None) -> None:
    """Every article's row and sentences; postings and repeated shingles staged, unsorted.
    (The postings' values are made by `zip` and `repeat`, not a Python loop a posting.)"""
    postings, repeated = _Staging(db, "staged_postings", 2), _Staging(db, "staged_repeats", 1)
    sid = 1
    for done, (article_id, sentences, repeats) in enumerate(articles, 1):
        if cancelled():
            raise BuildCancelled  # rolled back: the store stays as it was
        db.execute("INSERT INTO articles VALUES (?, ?, ?)",
                   (article_id, fingerprints[article_id], len(sentences)))
        sids = range(sid, sid + len(sentences))
        db.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?)", (
            (n, article_id, passage, start, end, len(shingles) // SHINGLE_BYTES, shingles)
            for n, (passage, start, end, shingles) in zip(sids, sentences)))
        postings.add(chain.from_iterable(chain.from_iterable(
            map(zip, (unpacked(row[3]) for row in sentences), map(repeat, sids)))))
        repeated.add(unpacked(repeats))
        sid += len(sentences)
        if progress:
            progress(done, len(fingerprints))
    postings.flush(end=True)
    repeated.flush(end=True)


class _Staging:
    """Rows of ints for a temporary table, held flat in an array and inserted `ROWS_AT_ONCE` a
    statement (a statement a row costs SQLite three times as much)."""

    def __init__(self, db: sqlite3.Connection, table: str, columns: int) -> None:
        self.db, self.columns, self.values = db, columns, array("q")
        row = "(" + ", ".join("?" * columns) + ")"
        self.one_row = f"INSERT INTO temp.{table} VALUES {row}"
        self.many_rows = f"INSERT INTO temp.{table} VALUES " + ", ".join([row] * ROWS_AT_ONCE)

    def add(self, values: Iterable[int]) -> None:
        self.values.extend(iter(values))  # (an array of another kind is read value by value)
        if len(self.values) >= STAGED_VALUES:
            self.flush()

    def flush(self, end: bool = False) -> None:
        """Insert the whole statements' worth held (and at the `end`, the rest a row at a time)."""
        size = self.columns * ROWS_AT_ONCE
        whole = len(self.values) // size * size
        self.db.executemany(self.many_rows, zip(*[iter(self.values[:whole])] * size))
        del self.values[:whole]
        if end:
            self.db.executemany(self.one_row, zip(*[iter(self.values)] * self.columns))
            del self.values[:]


def _count(db: sqlite3.Connection) -> None:
    """The postings in key order, sorted by SQLite (on disk beyond its cache); each shingle's
    article count, its postings (read in order) less its repeats within an article; then the
    indexes."""
    db.execute("INSERT INTO postings SELECT shingle, sid FROM temp.staged_postings"
               " ORDER BY shingle, sid")
    db.execute("DROP TABLE temp.staged_postings")
    db.execute("INSERT INTO frequency SELECT shingle, count(*) FROM postings GROUP BY shingle"
               " ORDER BY shingle")
    db.execute("UPDATE frequency SET articles = articles - repeated.times FROM ("
               "SELECT shingle, count(*) AS times FROM temp.staged_repeats GROUP BY shingle"
               ") AS repeated WHERE frequency.shingle = repeated.shingle")
    db.execute("DROP TABLE temp.staged_repeats")
    for create in INDEXES_SQL.values():
        db.execute(create)


def _drop_stock(db: sqlite3.Connection, cap: float) -> None:
    """Each sentence's `kept` (all its shingles so far) less its stock shingles."""
    stock = db.execute(
        "SELECT p.sid, count(*) FROM frequency f JOIN postings p USING (shingle)"
        " WHERE f.articles > 1 AND f.articles > ? GROUP BY p.sid", (cap,))
    while rows := stock.fetchmany(WRITE_BATCH):
        db.executemany("UPDATE sentences SET kept = kept - ? WHERE sid = ?",
                       [(count, sid) for sid, count in rows])


def _collect_shareable(db: sqlite3.Connection, cap: float) -> None:
    """The postings that can make a pair, in sentence order: shingles of two articles or
    more and not stock, of sentences with enough shingles that are not stock and at least
    `MIN_SHARED` such shingles (two sentences of different articles share only those)."""
    db.execute("CREATE TEMP TABLE shareable (sid INTEGER NOT NULL, shingle INTEGER NOT NULL,"
               " PRIMARY KEY (sid, shingle)) WITHOUT ROWID")
    db.execute(
        "INSERT INTO temp.shareable SELECT p.sid, p.shingle FROM frequency f"
        " JOIN postings p USING (shingle) JOIN sentences s ON s.sid = p.sid"
        " WHERE f.articles > 1 AND f.articles <= ? AND s.kept >= ? ORDER BY p.sid, p.shingle",
        (cap, MIN_SHINGLES))
    db.execute("DELETE FROM temp.shareable WHERE sid IN (SELECT sid FROM temp.shareable"
               " GROUP BY sid HAVING count(*) < ?)", (MIN_SHARED,))


def article_rows(article_id: str, passages: Iterable[tuple[int, str]]) -> ArticleRows:
    """The article's id, sentences and repeats (`ArticleRows`) from its passages' (number,
    text); in a worker when many."""
    sentences, repeats, seen = [], array("I"), set()
    for sentence, found in sentence_units((article_id, number, text) for number, text in passages):
        sentences.append((sentence.passage, sentence.start, sentence.end, packed(found)))
        repeats.extend(found & seen)
        seen |= found
    return article_id, sentences, repeats.tobytes()


def stored_article_rows(stored: tuple[str, str, bytes]) -> ArticleRows:
    """`article_rows` of an article as `ArticleStore.packed_passages` gives it."""
    article_id, bounds, packed_text = stored
    return article_rows(article_id, passage_texts(bounds, packed_text))


def loaded_article_rows(article: Article) -> ArticleRows:
    """`article_rows` of an article in memory."""
    return article_rows(article.id, ((p.number, p.text) for p in article.passages))


def _shareable(db: sqlite3.Connection, first: int) -> Iterator[Shareable]:
    rows = db.execute("SELECT u.sid, s.article_id, s.kept, u.shingle FROM temp.shareable u"
                      " JOIN sentences s ON s.sid = u.sid WHERE u.sid >= ? ORDER BY u.sid",
                      (first,))
    for (sid, article_id, kept), group in groupby(rows, key=lambda row: row[:3]):
        yield sid, article_id, kept, [row[3] for row in group]


def _pairs(db: sqlite3.Connection, block: int, cancelled: Cancelled
           ) -> Iterator[tuple[int, int, float]]:
    """Both ways round, every shared pair: the sentences of each block against every
    sentence from the block's first on (each pair counted once, in the block of its first)."""
    first = 1
    while True:
        if cancelled():
            raise BuildCancelled
        postings: dict[int, list[int]] = {}
        about: dict[int, tuple[str, int]] = {}  # sid -> (article id, kept)
        held = 0
        for sid, article_id, kept, shingles in _shareable(db, first):
            if held >= block:
                break
            about[sid] = (article_id, kept)
            for shingle in shingles:
                postings.setdefault(shingle, []).append(sid)
            held += len(shingles)
        if not about:
            return
        for sid, article_id, kept, shingles in _shareable(db, first):
            common = Counter(other for h in shingles for other in postings.get(h, ())
                             if other < sid)
            for other, count in common.items():
                other_article, other_kept = about[other]
                overlap = shared_overlap(count, other_kept, kept)
                if overlap is not None and other_article != article_id:
                    yield other, sid, overlap
                    yield sid, other, overlap
        first = max(about) + 1

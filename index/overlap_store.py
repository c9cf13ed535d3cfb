"""The shared sentences kept on disk beside the index, and kept in step article by article.

One SQLite file holds each article's sentences with their shingles, the inverted index
shingle -> sentences, each shingle's article count and the shared pairs. Adding an article
reads only the sentences that have its shingles; removing one drops its rows. When a change
moves a shingle across the stock-phrase line (`shared_text.stock_cap`: more articles, or a
higher line as the corpus grows), the sentences that have that shingle are checked again, so
the pairs stay what `shared_text.find_shared` finds for the whole corpus at once
(tests/test_overlap_store.py checks it after adds and removals).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from corpus.article_store import ArticleStore
from corpus.bulk import map_in_order
from corpus.model import Article
from index.overlap_build import (
    BuildCancelled, Cancelled, Progress, build_whole, loaded_article_rows, stored_article_rows,
)
from index.overlap_schema import SCHEMA, VERSION, packed, unpacked
from index.shared_text import (
    MIN_SHINGLES, Sentence, SharedSentence, sentence_units, shared_overlap, sort_shared,
    stock_cap,
)

__all__ = ["BuildCancelled", "Cancelled", "OverlapStore", "Progress", "STORE_FILE"]

STORE_FILE = "shared-sentences.sqlite"
INCREMENTAL_LIMIT = 500  # articles changed at once beyond which building it whole is quicker
BUSY_SECONDS = 900  # another process building the store at 10k takes about a minute


class OverlapStore:
    """An open store; `synchronise` brings it in step with a corpus, `shared` reads it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = self._connect(path)

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        def connect() -> sqlite3.Connection:
            db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            db.executescript(SCHEMA)
            return db

        try:
            return connect()
        except sqlite3.DatabaseError:
            # not a database, or damaged: it is only a cache, made again from the articles
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return connect()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "OverlapStore":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _key(self, corpus) -> str:
        return f"{VERSION}:{corpus.fingerprint}"

    def in_step(self, corpus) -> bool:
        return self._meta("corpus") == self._key(corpus)

    def synchronise(self, corpus, cancelled: Cancelled | None = None,
                    progress: Progress | None = None) -> str:
        """"in step", "updated" (article by article) or "built" (whole), in one transaction:
        a reader or a killed process sees the store before or after, never half of it."""
        if self.in_step(corpus):
            return "in step"
        with self._transaction():
            if self.in_step(corpus):  # another process did it while this one waited
                return "in step"
            stored = dict(self.db.execute("SELECT article_id, fingerprint FROM articles"))
            wanted = corpus.fingerprints()
            stale = [aid for aid, print_ in stored.items() if wanted.get(aid) != print_]
            fresh = [aid for aid, print_ in wanted.items() if stored.get(aid) != print_]
            version = self._meta("version")
            if version == VERSION and len(stale) + len(fresh) <= INCREMENTAL_LIMIT:
                self._apply(stale, [(corpus.get(aid), wanted[aid]) for aid in fresh])
                done = "updated"
            else:
                self._build(corpus, wanted, cancelled or (lambda: False), progress)
                done = "built"
            self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
                ("version", VERSION), ("corpus", self._key(corpus))])
        return done

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")  # one writer at a time; readers go on
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def shared(self) -> tuple[SharedSentence, ...]:
        rows = self.db.execute(
            "SELECT s.article_id, s.passage, s.start, s.end, o.article_id, o.passage, o.start,"
            " o.end, p.overlap FROM pairs p JOIN sentences s ON s.sid = p.sid"
            " JOIN sentences o ON o.sid = p.other")
        return sort_shared(SharedSentence(Sentence(*row[:4]), Sentence(*row[4:8]), row[8])
                           for row in rows)

    def _build(self, corpus, fingerprints: dict[str, str], cancelled: Cancelled,
               progress: Progress | None = None) -> None:
        """Every article's sentences and shingles found on every core (`corpus.bulk`), the
        rest in flat memory (`index.overlap_build`)."""
        rows = map_in_order(stored_article_rows, corpus.packed_passages()) \
            if isinstance(corpus, ArticleStore) else map_in_order(loaded_article_rows, corpus)
        build_whole(self.db, rows, fingerprints, cancelled, progress)

    # --- article by article --------------------------------------------------------

    def _articles_with_sentences(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles WHERE sentences > 0").fetchone()[0]

    def _frequency(self, shingle: int) -> int:
        row = self.db.execute("SELECT articles FROM frequency WHERE shingle = ?",
                              (shingle,)).fetchone()
        return row[0] if row else 0

    def _apply(self, removed: list[str], added: list[tuple[Article, str]]) -> None:
        cap_before = stock_cap(self._articles_with_sentences())
        before: dict[int, int] = {}  # touched shingle -> its article count before
        for article_id in removed:
            self._remove(article_id, before)
        fresh: list[int] = []
        for article, fingerprint in added:
            fresh += self._add(article, fingerprint, before)
        cap = stock_cap(self._articles_with_sentences())
        crossed = {h for h, count in before.items()
                   if (count > cap_before) != (self._frequency(h) > cap)}
        if cap != cap_before:  # untouched shingles between the two lines crossed too
            low, high = sorted((cap_before, cap))
            crossed.update(h for (h,) in self.db.execute(
                "SELECT shingle FROM frequency WHERE articles > 1 AND articles > ?"
                " AND articles <= ?",
                (low, high)) if h not in before)
        affected = set(fresh)
        for shingle in crossed:
            affected.update(sid for (sid,) in self.db.execute(
                "SELECT sid FROM postings WHERE shingle = ?", (shingle,)))
        self._recheck(sorted(affected), cap)

    def _remove(self, article_id: str, before: dict[int, int]) -> None:
        rows = self.db.execute("SELECT sid, shingles FROM sentences WHERE article_id = ?",
                               (article_id,)).fetchall()
        found: set[int] = set()
        for sid, blob in rows:
            shingles = unpacked(blob)
            found.update(shingles)
            self.db.executemany("DELETE FROM postings WHERE shingle = ? AND sid = ?",
                                ((h, sid) for h in shingles))
            self.db.execute("DELETE FROM pairs WHERE sid = ?", (sid,))
            self.db.execute("DELETE FROM pairs WHERE other = ?", (sid,))
        self.db.execute("DELETE FROM sentences WHERE article_id = ?", (article_id,))
        self.db.execute("DELETE FROM articles WHERE article_id = ?", (article_id,))
        for shingle in found:
            before.setdefault(shingle, self._frequency(shingle))
        self.db.executemany("UPDATE frequency SET articles = articles - 1 WHERE shingle = ?",
                            ((h,) for h in found))
        self.db.execute("DELETE FROM frequency WHERE articles <= 0")

    def _add(self, article: Article, fingerprint: str, before: dict[int, int]) -> list[int]:
        sids, found = self._insert(*article_units(article), fingerprint=fingerprint)
        for shingle in found:
            before.setdefault(shingle, self._frequency(shingle))
        self.db.executemany(
            "INSERT INTO frequency VALUES (?, 1) ON CONFLICT (shingle)"
            " DO UPDATE SET articles = articles + 1", ((h,) for h in found))
        return sids

    def _insert(self, article_id: str, units: list[tuple[Sentence, frozenset[int]]],
                fingerprint: str) -> tuple[list[int], set[int]]:
        """The article's sentences and postings (their stock shingles not yet counted)."""
        self.db.execute("INSERT INTO articles VALUES (?, ?, ?)",
                        (article_id, fingerprint, len(units)))
        # the ids SQLite would give one insert at a time (the largest so far, plus one), given
        # here so that all the article's rows go in two statements
        (first,) = self.db.execute("SELECT coalesce(max(sid), 0) + 1 FROM sentences").fetchone()
        sids = list(range(first, first + len(units)))
        self.db.executemany(
            "INSERT INTO sentences (sid, article_id, passage, start, end, kept, shingles)"
            " VALUES (?, ?, ?, ?, ?, 0, ?)",
            ((sid, sentence.article_id, sentence.passage, sentence.start, sentence.end,
              packed(shingles)) for sid, (sentence, shingles) in zip(sids, units)))
        self.db.executemany("INSERT INTO postings VALUES (?, ?)",
                            ((h, sid) for sid, (_, shingles) in zip(sids, units) for h in shingles))
        return sids, {h for _, shingles in units for h in shingles}

    def _recheck(self, sids: list[int], cap: float) -> None:
        """Each sentence's shingles that are not stock, then its pairs, found again."""
        frequency: dict[int, int] = {}
        kept: dict[int, set[int]] = {}
        for sid in sids:
            (blob,) = self.db.execute("SELECT shingles FROM sentences WHERE sid = ?",
                                      (sid,)).fetchone()
            kept[sid] = {h for h in unpacked(blob)
                         if frequency.setdefault(h, self._frequency(h)) <= cap}
            self.db.execute("UPDATE sentences SET kept = ? WHERE sid = ?", (len(kept[sid]), sid))
            self.db.execute("DELETE FROM pairs WHERE sid = ?", (sid,))
            self.db.execute("DELETE FROM pairs WHERE other = ?", (sid,))
        known: dict[int, tuple[str, int]] = {}  # sid -> (article id, kept shingles)

        def about(sid: int) -> tuple[str, int]:
            if sid not in known:
                known[sid] = self.db.execute("SELECT article_id, kept FROM sentences"
                                             " WHERE sid = ?", (sid,)).fetchone()
            return known[sid]

        for sid in sids:
            if len(kept[sid]) < MIN_SHINGLES:
                continue
            article_id = about(sid)[0]
            common = Counter(other for shingle in kept[sid] for (other,) in self.db.execute(
                "SELECT sid FROM postings WHERE shingle = ?", (shingle,)) if other != sid)
            for other, count in common.items():
                other_article, other_kept = about(other)
                overlap = shared_overlap(count, len(kept[sid]), other_kept)
                if overlap is not None and other_article != article_id:
                    self.db.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?)",
                                        [(sid, other, overlap), (other, sid, overlap)])


def article_units(article: Article) -> tuple[str, list[tuple[Sentence, frozenset[int]]]]:
    """The article's id and its sentences with their shingles (an article added alone)."""
    return article.id, sentence_units((article.id, p.number, p.text) for p in article.passages)

"""The article store: everything derived from every article, in one SQLite file, read lazily.

It answers what the rest of the program asks of a `Corpus` (`get`, `outlets`, `len`,
`fingerprint`, ...) without holding the articles: an article is read when it is asked for.
It is a cache of the raw files (the bundle and the user's library), brought up to date on
open by `corpus.store_sync`; WAL journaling lets any number of readers work while one
writer commits, and each write is one transaction, so a killed writer leaves the store as
it was before.
"""

from __future__ import annotations

import errno
import json
import sqlite3
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from corpus.loader import LoadProblem
from corpus.model import Article, ArticleSummary, by_id_or_prefix
from corpus.store_schema import (
    FILE_NAME,
    EXTRAS_SCHEMA,
    INSERT_ARTICLE,
    INSERT_MENTION,
    SCHEMA,
    SELECT_ARTICLE,
    STORE_VERSION,
    article_from_row,
    article_row,
    mention_from_row,
    mention_rows,
    unpack,
)

if TYPE_CHECKING:
    from corpus.derive import Derived
    from corpus.events import DatedMention

BUSY_TIMEOUT = 30.0  # seconds a writer waits for another
BUSY = "busy: another gsomia-tui holds it"
LOCKED_RETRY_S = 0.05  # between two tries to open a store another process holds
RECENT_ARTICLES = 512
READ_AT_ONCE = 256  # articles `packed_passages` reads a statement
Result = TypeVar("Result")


class DamagedStore(Exception):
    """The store file cannot be read as a store; it is rebuilt from the raw files."""


class OutdatedStore(DamagedStore):
    """A store laid out by another version of gsomia-tui: rebuilt, without alarm."""


_SUMMARY = ", ".join(field.name for field in fields(ArticleSummary))


class ArticleStore:
    """The store at `path` (in memory with None). Each thread reads through a connection of
    its own, so a long read in a worker never holds up one on the UI thread; an in-memory
    store has one connection, shared behind a lock."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.notice: str | None = None
        self._lock = threading.RLock()
        self._local = threading.local()
        self._local.db = _connect(path)
        self._opened = [self._local.db]
        self._recent: OrderedDict[str, Article] = OrderedDict()

    @classmethod
    def in_folder(cls, folder: Path) -> "ArticleStore":
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder / FILE_NAME)

    def close(self) -> None:
        with self._lock:
            for db in self._opened:
                db.close()
            self._opened.clear()

    # --- what a Corpus answers ---
    def __len__(self) -> int:
        return int(self.state("articles"))

    def __contains__(self, article_id: str) -> bool:
        return self._one("SELECT 1 FROM articles WHERE id = ?", (article_id,)) is not None

    def __iter__(self) -> Iterator[Article]:
        for (article_id,) in self._all("SELECT id FROM articles ORDER BY ordinal"):
            yield self.get(article_id)

    @property
    def articles(self) -> tuple[Article, ...]:
        """Every article, read now: only for work that needs them all."""
        return tuple(self)

    def packed_passages(self) -> Iterator[tuple[str, str, bytes]]:
        """Every article's id, passage bounds and packed text, in reading order, as stored: for
        work on many articles in worker processes, which unpack them (`passage_texts`) instead
        of this process (reading articles whole took 1.4 CPU s of 10k, then sending them)."""
        ids = [found for (found,) in self._all("SELECT id FROM articles ORDER BY ordinal")]
        for first in range(0, len(ids), READ_AT_ONCE):
            group = ids[first:first + READ_AT_ONCE]
            rows = {row[0]: row for row in self._all(
                "SELECT id, passages, clean_text FROM articles"
                f" WHERE id IN ({', '.join('?' * len(group))})", tuple(group))}
            yield from (rows[article_id] for article_id in group)

    @property
    def problems(self) -> tuple[LoadProblem, ...]:
        return tuple(LoadProblem(folder, reason) for folder, reason in
                     self._all("SELECT folder, reason FROM problems ORDER BY folder"))

    @property
    def fingerprint(self) -> str:
        """Changes whenever any article is added, removed or derived differently."""
        return f"{int(self.state('articles'))}-{int(self.state('mark')):015x}"

    def get(self, id_or_prefix: str) -> Article:
        """An article by its id or a unique prefix of it (at least four characters). The
        last few hundred read are kept: the timeline and highlighting ask for the same ones
        again and again."""
        with self._lock:
            if id_or_prefix in self._recent:
                self._recent.move_to_end(id_or_prefix)
                return self._recent[id_or_prefix]
        article = self._read(id_or_prefix)
        with self._lock:
            self._recent[article.id] = article
            if len(self._recent) > RECENT_ARTICLES:
                self._recent.popitem(last=False)
        return article

    def _read(self, id_or_prefix: str) -> Article:
        row = self._one(f"{SELECT_ARTICLE} WHERE id = ?", (id_or_prefix,))
        if row is None:  # a prefix: the ids it may be, for the lookup (and its messages)
            found = self._all("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 6",
                              (id_or_prefix, id_or_prefix + "\U0010ffff"))
            (article_id,) = by_id_or_prefix(id_or_prefix, {aid: (aid,) for aid, in found},
                                            "article", "gsomia-tui articles")
            row = self._one(f"{SELECT_ARTICLE} WHERE id = ?", (article_id,))
        return article_from_row(row)

    def outlets(self) -> list[tuple[str, str]]:
        """(outlet id, label) pairs, each once, in order of first appearance."""
        return self._all("SELECT outlet_id, label FROM outlets ORDER BY first")

    def outlet_counts(self) -> list[tuple[str, str, int]]:
        """(outlet id, label, articles), most articles first."""
        return self._all("SELECT outlet_id, label, articles FROM outlets "
                         "ORDER BY articles DESC, label")

    def fingerprints(self) -> dict[str, str]:
        return dict(self._all("SELECT id, fingerprint FROM articles"))

    def document_count(self) -> int:
        """Index documents the articles make: one per article and one per passage."""
        return int(self.state("documents"))

    def summaries(self, outlet_id: str | None = None, order: str = "relevance",
                  limit: int | None = None) -> list[ArticleSummary]:
        """Articles' metadata in reading order, or by date ("date": oldest first, "newest":
        newest first; undated last either way)."""
        where = "WHERE outlet_id = ?" if outlet_id else ""
        order = {"date": "date IS NULL, date, ordinal",
                 "newest": "date IS NULL, date DESC, ordinal"}.get(order, "ordinal")
        rows = self._all(f"SELECT {_SUMMARY} FROM articles {where} ORDER BY {order} "
                         f"LIMIT {int(limit) if limit else -1}", (outlet_id,) if outlet_id else ())
        return [ArticleSummary(*row) for row in rows]

    def mentions(self, article_ids: Iterable[str] | None = None
                 ) -> dict[str, tuple[DatedMention, ...]]:
        """article id -> its dated mentions (every article's without ids)."""
        found: dict[str, list[DatedMention]] = {}
        if article_ids is None:
            ids = [row[0] for row in self._all("SELECT id FROM articles ORDER BY ordinal")]
            rows = self._all("SELECT * FROM mentions ORDER BY rowid")
        else:
            ids = list(article_ids)
            rows = [row for aid in ids for row in self._all(
                "SELECT * FROM mentions WHERE article_id = ? ORDER BY rowid", (aid,))]
        for row in rows:
            found.setdefault(row[0], []).append(mention_from_row(row))
        return {aid: tuple(found.get(aid, ())) for aid in ids}

    def extras(self, key: str) -> list[tuple[str, str | None, str | None]]:
        """(article id, version, value) of every article's extra `key` in reading order;
        (id, None, None) for an article without one."""
        return self._all("SELECT a.id, e.version, e.value FROM articles a LEFT JOIN "
                         "article_extras e ON e.article_id = a.id AND e.key = ? "
                         "ORDER BY a.ordinal", (key,))

    def extras_of(self, key: str, article_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(article id, version, value) of the extra `key` of those of `article_ids` that have one."""
        return [row for aid in article_ids for row in self._all(
            "SELECT article_id, version, value FROM article_extras WHERE article_id = ? AND key = ?", (aid, key))]

    def library_span(self) -> tuple[str | None, str | None, int]:
        """(first, last, how many) of the days of the user's own articles dated to the day:
        not the bundle's, nor those whose year was itself inferred from the library's span."""
        from corpus.intake.years import SPAN_REASON

        first, last, count = self._one(
            "SELECT min(date), max(date), count(*) FROM articles WHERE origin = 'library' "
            "AND date_precision = 'day' AND instr(date_provenance, ?) = 0", (SPAN_REASON,))
        return first, last, int(count)

    def dated_between(self, first: str, last: str) -> int:
        """How many of the user's articles counted in `library_span` are dated from `first`
        to `last` (ISO days, both included)."""
        from corpus.intake.years import SPAN_REASON

        (count,) = self._one(
            "SELECT count(*) FROM articles WHERE origin = 'library' AND date_precision = 'day' "
            "AND date BETWEEN ? AND ? AND instr(date_provenance, ?) = 0", (first, last, SPAN_REASON))
        return int(count)

    # --- bookkeeping for store_sync and the library ---
    def state(self, key: str):
        row = self._one("SELECT value FROM state WHERE key = ?", (key,))
        return row[0] if row else None

    def records(self, origin: str) -> dict[str, tuple[str, str, str]]:
        """folder -> (article id, stamp, rules) of every article of one origin."""
        return {folder: (aid, stamp, rules) for aid, folder, stamp, rules in self._all(
            "SELECT id, folder, stamp, rules FROM articles WHERE origin = ?", (origin,))}

    def sources(self, origin: str) -> dict[str, str]:
        """source (a file as given, with its record) -> the id of the article last added from it."""
        return dict(self._all("SELECT source, id FROM articles WHERE origin = ? ORDER BY ordinal",
                              (origin,)))

    def problem_stamps(self) -> dict[str, str]:
        return dict(self._all("SELECT folder, stamp FROM problems"))

    def cached(self, key: str, version: str) -> str | None:
        row = self._one("SELECT value FROM derived_cache WHERE key = ? AND version = ?",
                        (key, version))
        return row[0] if row else None

    @contextmanager
    def writing(self):
        """One transaction: all of it is seen by readers at once, or none of it."""
        with self._connection() as db:
            db.execute("BEGIN IMMEDIATE")
            with self._lock:
                self._recent.clear()
            try:
                yield _Writer(db)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _one(self, sql: str, parameters: tuple = ()):
        with self._connection() as db:
            return db.execute(sql, parameters).fetchone()

    def _all(self, sql: str, parameters: tuple = ()) -> list:
        with self._connection() as db:
            return db.execute(sql, parameters).fetchall()

    @contextmanager
    def _connection(self):
        if self.path is None:
            with self._lock:
                yield self._opened[0]
            return
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = _connect(self.path)
            with self._lock:
                self._opened.append(db)
        yield db


class _Writer:
    """What a transaction may do."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def put(self, derived: Derived, **where) -> None:
        """Add an article's record, replacing any it had (`where`: see `article_row`)."""
        self.delete(derived.article.id)
        self.db.execute(INSERT_ARTICLE, article_row(derived, **where))
        self.db.executemany(INSERT_MENTION, mention_rows(derived))

    def owner(self, article_id: str) -> tuple[str, str] | None:
        """(origin, folder) of the article stored under this id, if any."""
        return self.db.execute("SELECT origin, folder FROM articles WHERE id = ?",
                               (article_id,)).fetchone()

    def delete(self, article_id: str) -> None:
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def put_extra(self, article_id: str, key: str, version: str, value: str) -> None:
        """Keep something derived from a stored article (gone when the article goes or is
        derived again); nothing if the article is no longer stored."""
        self.db.execute("INSERT OR REPLACE INTO article_extras SELECT id, ?, ?, ? FROM articles "
                        "WHERE id = ?", (key, version, value, article_id))

    def set_state(self, key: str, value) -> None:
        self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def problem(self, folder: str, stamp: str | None, reason: str | None) -> None:
        """Record why a folder cannot be read (or, with no reason, that it now can)."""
        self.db.execute("DELETE FROM problems WHERE folder = ?", (folder,))
        if reason:
            self.db.execute("INSERT INTO problems VALUES (?, ?, ?)", (folder, stamp, reason))

    def cache(self, key: str, version: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO derived_cache VALUES (?, ?, ?)",
                        (key, version, value))


def is_locked(error: BaseException) -> bool:
    """Another connection holds the store (it is creating, upgrading or writing it): a store
    busy, not damaged (SQLite may say so at once, without waiting its busy timeout)."""
    return isinstance(error, sqlite3.OperationalError) and (
        "locked" in str(error) or "busy" in str(error))


def _connect(path: Path | None) -> sqlite3.Connection:
    """Open (creating if need be) and check the store; DamagedStore if it is not one. A store
    another process holds is waited for (up to `BUSY_TIMEOUT`, then an OSError: busy), never
    called damaged: setting it aside would pull it from under that process."""
    try:
        return retried_while_locked(lambda: _connect_once(path))
    except sqlite3.OperationalError as error:  # (a lock, or a file SQLite cannot open)
        if not is_locked(error):
            raise
        raise OSError(errno.EBUSY, BUSY) from None


def retried_while_locked(work: Callable[[], Result]) -> Result:
    """`work()`, tried again while another process holds the store, up to `BUSY_TIMEOUT`
    (then its lock error); any other error at once."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            return work()
        except sqlite3.OperationalError as error:
            if not is_locked(error) or time.monotonic() > deadline:
                raise
            time.sleep(LOCKED_RETRY_S)


def _connect_once(path: Path | None) -> sqlite3.Connection:
    target = str(path) if path is not None else ":memory:"
    db = sqlite3.connect(target, timeout=BUSY_TIMEOUT, isolation_level=None,
                         check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'state'").fetchone() is None:
            db.executescript(f"BEGIN IMMEDIATE; {SCHEMA}; COMMIT;")  # once, as one transaction
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article_extras'").fetchone() is None:
            db.executescript(f"BEGIN IMMEDIATE; {EXTRAS_SCHEMA}; COMMIT;")
        version = db.execute("SELECT value FROM state WHERE key = 'version'").fetchone()
        if version is None:
            raise DamagedStore("no version recorded")
        if int(version[0]) != STORE_VERSION:
            raise OutdatedStore(f"store version {version[0]}, expected {STORE_VERSION}")
        db.execute("SELECT count(*) FROM articles WHERE rowid = 1").fetchone()
    except sqlite3.DatabaseError as error:
        db.close()
        if is_locked(error):
            raise
        raise DamagedStore(str(error)) from error
    except DamagedStore:
        db.close()
        raise
    return db


def passage_texts(bounds: str, packed_text: bytes) -> list[tuple[int, str]]:
    """(number, text) of each passage, from what `ArticleStore.packed_passages` gives."""
    text = unpack(packed_text)
    return [(number, text[start:end]) for number, (start, end) in enumerate(json.loads(bounds), 1)]

"""The article store's tables, and the conversions between their rows and the corpus's objects.

Counts, outlets and the corpus fingerprint are kept by triggers as rows come and go, so no
reader ever scans every article to learn them.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any

from corpus.model import Article, Passage

if TYPE_CHECKING:  # the date rules take 120 ms to import: only deriving needs them
    from corpus.derive import Derived
    from corpus.events import DatedMention

STORE_VERSION = 4
FILE_NAME = "articles.sqlite3"
MARK_BITS = 60  # of the fingerprint, XOR-ed into the corpus fingerprint (fits SQLite's int64)

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value);
INSERT OR IGNORE INTO state VALUES ('version', {STORE_VERSION}), ('articles', 0),
    ('documents', 0), ('mark', 0), ('library', ''), ('bundle', '');
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    ordinal TEXT NOT NULL,         -- reading order: the bundle, then the user's as added
    origin TEXT NOT NULL,          -- 'bundled' or 'library'
    folder TEXT NOT NULL,          -- the bundled file or the library folder it came from
    stamp TEXT NOT NULL,           -- sizes and times of the raw files it was derived from
    rules TEXT NOT NULL,           -- corpus.derive.rules_version() that derived it
    fingerprint TEXT NOT NULL,
    mark INTEGER NOT NULL,
    outlet_label TEXT NOT NULL,    -- the name facets show (an unknown outlet's is the article's)
    headline TEXT NOT NULL, outlet TEXT, outlet_id TEXT NOT NULL, date TEXT,
    date_precision TEXT, date_provenance TEXT NOT NULL, byline TEXT, url TEXT,
    source TEXT NOT NULL, section TEXT, notes TEXT,
    known TEXT NOT NULL,           -- JSON: the facts it was derived with, with provenance
    passages TEXT NOT NULL,        -- JSON: [[start, end], ...] into clean_text
    passage_count INTEGER NOT NULL,
    clean_text BLOB NOT NULL,      -- UTF-8, zlib-compressed (a third of the size to read)
    raw_text BLOB NOT NULL         -- the same: the text as read from the raw file
);
CREATE INDEX IF NOT EXISTS articles_in_order ON articles (ordinal);
CREATE INDEX IF NOT EXISTS articles_by_rules ON articles (rules);
CREATE INDEX IF NOT EXISTS articles_by_folder ON articles (origin, folder);
CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    mention TEXT NOT NULL          -- JSON: the DatedMention's fields, its value's as an object
);
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article_id);
CREATE TABLE IF NOT EXISTS outlets (
    outlet_id TEXT PRIMARY KEY, label TEXT NOT NULL, first TEXT NOT NULL,
    articles INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (folder TEXT PRIMARY KEY, stamp TEXT, reason TEXT);
CREATE TABLE IF NOT EXISTS derived_cache (key TEXT PRIMARY KEY, version TEXT, value TEXT);
CREATE TRIGGER IF NOT EXISTS article_added AFTER INSERT ON articles BEGIN
    INSERT INTO outlets VALUES (new.outlet_id, new.outlet_label, new.ordinal, 1)
        ON CONFLICT (outlet_id) DO UPDATE SET articles = articles + 1,
            label = CASE WHEN excluded.first < first THEN excluded.label ELSE label END,
            first = min(first, excluded.first);
    UPDATE state SET value = (value | new.mark) - (value & new.mark) WHERE key = 'mark';
    UPDATE state SET value = value + 1 WHERE key = 'articles';
    UPDATE state SET value = value + 1 + new.passage_count WHERE key = 'documents';
END;
CREATE TRIGGER IF NOT EXISTS article_removed AFTER DELETE ON articles BEGIN
    UPDATE outlets SET articles = articles - 1 WHERE outlet_id = old.outlet_id;
    DELETE FROM outlets WHERE outlet_id = old.outlet_id AND articles <= 0;
    DELETE FROM mentions WHERE article_id = old.id;
    UPDATE state SET value = (value | old.mark) - (value & old.mark) WHERE key = 'mark';
    UPDATE state SET value = value - 1 WHERE key = 'articles';
    UPDATE state SET value = value - 1 - old.passage_count WHERE key = 'documents';
END;
"""

# Added after STORE_VERSION 4 without changing it: a store without these tables gets them on
# open (an upgrade in place; the articles need not be derived again).
EXTRAS_SCHEMA = """
CREATE TABLE IF NOT EXISTS article_extras (
    article_id TEXT NOT NULL,
    key TEXT NOT NULL,             -- what it is: 'timeline' is the article's part of it
    version TEXT NOT NULL,         -- of the rules that derived it: another is derived again
    value TEXT NOT NULL,
    PRIMARY KEY (article_id, key)
);
CREATE TRIGGER IF NOT EXISTS article_extras_removed AFTER DELETE ON articles BEGIN
    DELETE FROM article_extras WHERE article_id = old.id;
END;
"""

ARTICLE_COLUMNS = ("id", "headline", "outlet", "outlet_id", "date", "date_precision",
                   "date_provenance", "byline", "url", "source", "section", "notes")
SELECT_ARTICLE = f"SELECT {', '.join(ARTICLE_COLUMNS)}, passages, clean_text, raw_text " \
                 "FROM articles"
INSERT_ARTICLE = (
    "INSERT INTO articles (ordinal, origin, folder, stamp, rules, fingerprint, mark, known, "
    f"passage_count, passages, clean_text, raw_text, outlet_label, "
    f"{', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * (13 + len(ARTICLE_COLUMNS)))})")
INSERT_MENTION = "INSERT INTO mentions VALUES (?, ?)"


def article_row(derived: Derived, *, ordinal: str, origin: str, folder: str, stamp: str,
                rules: str, known: dict[str, Any]) -> tuple:
    article = derived.article
    bounds = [[p.start, p.end] for p in article.passages]
    mark = int(derived.fingerprint, 16) >> (len(derived.fingerprint) * 4 - MARK_BITS)
    return (ordinal, origin, folder, stamp, rules, derived.fingerprint, mark,
            json.dumps(known, ensure_ascii=False), len(bounds), json.dumps(bounds),
            pack(article.clean_text), pack(article.raw_text), article.outlet_label,
            *(getattr(article, name) for name in ARTICLE_COLUMNS))


def article_from_row(row: tuple) -> Article:
    facts = dict(zip(ARTICLE_COLUMNS, row))
    bounds, clean_text, raw_text = row[len(ARTICLE_COLUMNS):]
    clean_text, raw_text = unpack(clean_text), unpack(raw_text)
    passages = tuple(Passage(facts["id"], number, start, end, clean_text[start:end])
                     for number, (start, end) in enumerate(json.loads(bounds), start=1))
    return Article(**facts, raw_text=raw_text, clean_text=clean_text, passages=passages)


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def mention_rows(derived: Derived) -> list[tuple]:
    """Each mention by its fields' names: the timeline's rules may add fields (a field the
    store does not know changes the rules' version, and the articles are derived again)."""
    return [(m.article_id, json.dumps({**{f.name: getattr(m, f.name) for f in fields(m)
                                          if f.name not in ("article_id", "value")},
                                       "value": asdict(m.value)}, ensure_ascii=False))
            for m in derived.mentions]


def mention_from_row(row: tuple) -> DatedMention:
    from corpus.date_value import DateValue
    from corpus.events import DatedMention

    article_id, data = row
    facts = json.loads(data)
    return DatedMention(article_id=article_id, value=DateValue(**facts.pop("value")), **facts)

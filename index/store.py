"""Where the index lives, and building it so that a reader never sees half of one.

The index is a cache: it is keyed by the corpus fingerprint and the schema version,
built in a temporary directory beside its final place and renamed into place, and
rebuilt from the articles whenever the key changes or the index on disk is damaged.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import tempfile
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import RamStorage

from corpus.loader import Corpus
from corpus.model import Article
from index.schema import ARTICLE, PASSAGE, SCHEMA_VERSION, build_schema

INDEX_ENV = "GSOMIA_TUI_INDEX"
APP_NAME = "gsomia-tui"
# What a damaged index raises on open (see the project's PERF-NOTES): detected, then rebuilt.
_OUR_ENTRY = re.compile(r"^(?:v\d+-[0-9a-f]{20}|\.building-v\d+-[0-9a-f]{20}-.*)$")
DAMAGED_INDEX_ERRORS = (
    whoosh_index.EmptyIndexError, OSError, EOFError, TypeError, ValueError, KeyError,
    AttributeError, IndexError,
)


@dataclass
class OpenedIndex:
    index: whoosh_index.Index
    location: Path | None  # None for an in-memory index
    notice: str | None  # one line for the user when something unusual happened


def default_index_root() -> Path:
    configured = os.environ.get(INDEX_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME)) / "index"


def index_key(corpus: Corpus) -> str:
    return f"v{SCHEMA_VERSION}-{corpus.fingerprint}"


def open_or_build(corpus: Corpus, root: Path | None = None) -> OpenedIndex:
    """Open the index for this corpus, building it first when needed."""
    root = root or default_index_root()
    location = root / index_key(corpus)
    notice = None
    if location.is_dir():
        try:
            return OpenedIndex(_open_checked(location, corpus), location, None)
        except DAMAGED_INDEX_ERRORS as error:
            notice = f"the index at {location} was damaged ({type(error).__name__}); rebuilt it"
    try:
        index = _build_on_disk(corpus, root, location)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return OpenedIndex(
            build_in_memory(corpus),
            None,
            f"cannot write the index cache at {root} ({reason}); using an in-memory index"
            f" for this run (set {INDEX_ENV} or --index to a writable directory)",
        )
    _remove_stale_indexes(root, keep=location)
    return OpenedIndex(index, location, notice)


def _open_checked(location: Path, corpus: Corpus) -> whoosh_index.Index:
    index = whoosh_index.open_dir(str(location))
    expected = len(corpus) + sum(len(article.passages) for article in corpus)
    with index.searcher() as searcher:
        if searcher.doc_count() != expected:
            raise ValueError(f"{searcher.doc_count()} documents, expected {expected}")
    return index


def _build_on_disk(corpus: Corpus, root: Path, location: Path) -> whoosh_index.Index:
    root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".building-{location.name}-", dir=root))
    try:
        index = whoosh_index.create_in(str(building), build_schema())
        write_articles(index, corpus.articles)
        if location.exists():
            shutil.rmtree(location, ignore_errors=True)
        os.replace(building, location)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return whoosh_index.open_dir(str(location))


def build_in_memory(corpus: Corpus) -> whoosh_index.Index:
    index = RamStorage().create_index(build_schema())
    write_articles(index, corpus.articles)
    return index


def write_articles(index: whoosh_index.Index, articles: tuple[Article, ...]) -> None:
    writer = index.writer()
    try:
        for article in articles:
            for document in article_documents(article):
                writer.add_document(**document)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def article_documents(article: Article):
    common = {
        "article_id": article.id,
        "outlet": article.outlet_label,
        "outlet_id": article.outlet_id,
        "date": article.date or "",
        "month": (article.date or "")[:7],
    }
    yield {
        **common,
        "doc_id": article.id,
        "kind": ARTICLE,
        "headline": article.headline,
        "body": article.clean_text,
        "words": f"{article.headline}\n{article.clean_text}",
    }
    for passage in article.passages:
        yield {
            **common,
            "doc_id": f"{article.id}#{passage.number}",
            "kind": PASSAGE,
            "passage": passage.number,
            "body": passage.text,
        }


def _remove_stale_indexes(root: Path, keep: Path) -> None:
    """Indexes of older keys are dead weight (a running reader keeps its open files).

    Only directories this module names are touched: the root may be a user's own folder.
    """
    for entry in root.iterdir():
        if entry == keep or not entry.is_dir() or not _OUR_ENTRY.match(entry.name):
            continue
        if entry.name.startswith(".building-") and _younger_than_an_hour(entry):
            continue  # another process may be building right now
        shutil.rmtree(entry, ignore_errors=True)


def _younger_than_an_hour(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime < 3600
    except OSError:
        return False

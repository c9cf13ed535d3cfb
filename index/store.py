"""Where the index lives, and keeping it in step with the articles.

The index is a cache of the corpus. On open it is *synchronised*: articles that are new or
changed (by fingerprint) are added, removed ones deleted, in one Whoosh commit, which is
atomic: a reader, or a process killed mid-way, only ever sees the previous commit or the
new one. A first build, a damaged index or a wholesale change is built in a temporary
directory beside the index and swapped into place.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import LockError

from corpus.bulk import worker_count
from corpus.loader import Corpus, article_fingerprint
from corpus.model import Article
import index.field_lengths  # noqa: F401 - field lengths read whole (see the module)
import index.mapped_files  # noqa: F401 - index files read in place (see the module)
import index.posting_runs  # noqa: F401 - postings spilled a chunk at a time (see the module)
import index.posting_lists  # noqa: F401 - postings handed over a term at a time (see the module)
from index.analysis import ArticleTerms
from index.integrity import DamagedFile, record_checksums, verify_checksums
from index.schema import ARTICLE, SCHEMA_VERSION, build_schema
from index.spawned_writer import SpawnedWriter, stop_tasks

INDEX_ENV = "GSOMIA_TUI_INDEX"
APP_NAME = "gsomia-tui"
WRITER_TIMEOUT = 30.0  # seconds to wait for another process's writer
REBUILD_SHARE = 0.5  # beyond this share of the corpus changed, rebuilding beats updating
REBUILD_MINIMUM = 20  # ...and beyond this many articles
BULK_FROM = 1000  # articles from which a build uses every core
# Postings a writer (each writer process) keeps in memory before it sorts and writes them as a
# run: the writers' memory follows it (a writer process ~75 MB at 32, ~200 MB at Whoosh's
# default 128, at any size of export), while the CPU barely does (runs are written and merged
# a chunk at a time: index.posting_runs) and the segments are the same (one a writer process).
WRITER_MEMORY_MB = 32
PROGRESS_EVERY = 64  # articles between two reports of progress
# Files beside the index that do not depend on its schema (the shared sentences of
# index.overlap_store, the dated mentions of index.mention_cache): an index of a new schema
# takes them over from the one it replaces, instead of finding them all again.
SCHEMA_FREE_FILES = ("shared-sentences.sqlite", "dated-mentions.json")
Progress = Callable[[int, int], None]  # (articles indexed, articles to index)
SYNCHRONISED_FILE = "corpus-fingerprint"
# Entries of the index root that this module made (the root may be a user's own folder).
_OUR_ENTRY = re.compile(r"^(?:v\d+(?:-[0-9a-f]{20})?|\.(?:building|old)-v\d+-.*)$")
# What a damaged index raises on open or read (see the project's PERF-NOTES).
DAMAGED_INDEX_ERRORS = (
    DamagedFile, whoosh_index.EmptyIndexError, OSError, EOFError, TypeError, ValueError, KeyError,
    AttributeError, IndexError, AssertionError,
)


@dataclass
class OpenedIndex:
    index: whoosh_index.Index
    location: Path | None  # None for an in-memory index
    notice: str | None  # one line for the user when something unusual happened
    updated: int = 0  # articles added, changed or removed by this open


class _RebuildInstead(Exception):
    pass


def default_index_root() -> Path:
    configured = os.environ.get(INDEX_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME)) / "index"


def index_location(root: Path) -> Path:
    return root / f"v{SCHEMA_VERSION}"


def open_or_build(corpus: Corpus, root: Path | None = None,
                  progress: Progress | None = None) -> OpenedIndex:
    """Open the index for this corpus, bringing it up to date first (an index of an older
    schema is built again from the corpus; `progress` is told of the articles indexed)."""
    root = root or default_index_root()
    location = index_location(root)
    notice = None
    if location.is_dir():
        try:
            recorded = verify_checksums(location)
            index = whoosh_index.open_dir(str(location))
            updated = 0 if _synchronised_with(location) == corpus.fingerprint else \
                synchronise(index, corpus, progress)
            _check_complete(index, corpus)
            if updated or not recorded:
                record_checksums(location)
            _remember_synchronised(location, corpus.fingerprint)
            return OpenedIndex(index, location, None, updated)
        except LockError:
            return OpenedIndex(index, location, "another gsomia-tui is updating the index; "
                               "searching the last complete one")
        except _RebuildInstead:
            pass
        except DAMAGED_INDEX_ERRORS as error:
            notice = damaged_notice(location, error)
    return _build(corpus, root, location, notice, progress)


def damaged_notice(location: Path, error: BaseException) -> str:
    what = str(error) if isinstance(error, DamagedFile) else type(error).__name__
    return f"the index at {location} was damaged ({what}); rebuilt it"


def rebuild(corpus: Corpus, root: Path, error: BaseException) -> OpenedIndex:
    """After a read failed on a damaged index: build it afresh, with the one-line notice."""
    return _build(corpus, root, index_location(root), damaged_notice(index_location(root), error))


def _build(corpus: Corpus, root: Path, location: Path, notice: str | None,
           progress: Progress | None = None) -> OpenedIndex:
    try:
        index = _build_on_disk(corpus, root, location, progress)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        return OpenedIndex(
            build_in_memory(corpus), None,
            f"cannot write the index cache at {root} ({reason}); using an in-memory index"
            f" for this run (set {INDEX_ENV} or --index to a writable directory)",
            len(corpus))
    _take_over_schema_free_files(root, location)
    _remove_stale_entries(root, keep=location)
    _remember_synchronised(location, corpus.fingerprint)
    return OpenedIndex(index, location, notice, len(corpus))


def _synchronised_with(location: Path) -> str | None:
    """The fingerprint of the corpus the index last matched: a quick check that spares
    reading every article's stored fingerprint (seconds at 10k articles) on each open."""
    try:
        return (location / SYNCHRONISED_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _remember_synchronised(location: Path, fingerprint: str) -> None:
    if _synchronised_with(location) == fingerprint:
        return
    marker = location / SYNCHRONISED_FILE
    try:
        partial = marker.with_name(f".{SYNCHRONISED_FILE}.{os.getpid()}")
        partial.write_text(fingerprint, encoding="ascii")
        os.replace(partial, marker)
    except OSError:
        pass  # only an optimisation: the next open compares article by article


def synchronise(index: whoosh_index.Index, corpus: Corpus, progress: Progress | None = None
                ) -> int:
    """Add new and changed articles, delete removed ones; the number of articles touched."""
    with index.searcher() as searcher:
        indexed = {fields["article_id"]: fields.get("fingerprint")
                   for fields in searcher.documents(kind=ARTICLE)}
    wanted = corpus.fingerprints()
    stale = [aid for aid, fingerprint in indexed.items() if wanted.get(aid) != fingerprint]
    fresh = [aid for aid, fingerprint in wanted.items() if indexed.get(aid) != fingerprint]
    touched = len(set(stale) | set(fresh))
    if not touched:
        return 0
    if touched > max(REBUILD_SHARE * len(corpus), REBUILD_MINIMUM):
        raise _RebuildInstead
    writer = _writer(index, bulk=len(fresh) >= BULK_FROM)
    _commit(writer, stale, (corpus.get(aid) for aid in fresh), _Reporter(progress, len(fresh)))
    return touched


def _check_complete(index: whoosh_index.Index, corpus: Corpus) -> None:
    expected = len(corpus)
    with index.searcher() as searcher:
        if searcher.doc_count() != expected:
            raise ValueError(f"{searcher.doc_count()} documents, expected {expected}")


def _build_on_disk(corpus: Corpus, root: Path, location: Path, progress: Progress | None
                   ) -> whoosh_index.Index:
    root.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".building-{location.name}-", dir=root))
    try:
        write_articles(whoosh_index.create_in(str(building), build_schema()), iter(corpus),
                       bulk=len(corpus) >= BULK_FROM, progress=progress, total=len(corpus))
        record_checksums(building)
        _swap_into_place(building, location)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return whoosh_index.open_dir(str(location))


def _swap_into_place(built: Path, location: Path) -> None:
    """Rename the new index into place; the old one (if any) is moved aside first, then
    removed (a reader that has it open keeps its files)."""
    old = None
    if location.exists():
        old = location.with_name(f".old-{location.name}-{os.getpid()}-{time.time_ns()}")
        os.replace(location, old)
    os.replace(built, location)
    if old:
        shutil.rmtree(old, ignore_errors=True)


class PrivateRamStorage(RamStorage):
    """Whoosh's in-memory storage writes a segment's columns through a scratch folder it
    names after the index ("/tmp/MAIN.tmp"), the same for every process: two processes
    building at once would delete each other's files, and another user's folder of that name
    would stop the build. Here each build's scratch folder is its own."""

    def __init__(self):
        super().__init__()
        self._scratch = tempfile.mkdtemp(prefix="gsomia-tui-ram-")
        weakref.finalize(self, shutil.rmtree, self._scratch, True)

    def temp_storage(self, name=None):
        return FileStorage(os.path.join(self._scratch, name or "scratch.tmp")).create()


def build_in_memory(corpus: Corpus) -> whoosh_index.Index:
    index = PrivateRamStorage().create_index(build_schema())
    write_articles(index, iter(corpus))
    return index


def write_articles(index: whoosh_index.Index, articles: Iterable[Article], bulk: bool = False,
                   progress: Progress | None = None, total: int = 0) -> None:
    """All the articles in one commit; `bulk` analyses them on every core, into segments
    that are not merged (merging them costs more than searching a few segments saves);
    `progress` is told of them (`total` articles) as they are indexed."""
    _commit(_writer(index, bulk), (), articles, _Reporter(progress, total))


def _writer(index: whoosh_index.Index, bulk: bool):
    if bulk and worker_count() > 1 and threading.active_count() == 1:
        # (the explorer, a process with threads, writes in one process, as it always has)
        return SpawnedWriter(index, procs=worker_count(), multisegment=True,
                             limitmb=WRITER_MEMORY_MB, timeout=WRITER_TIMEOUT)
    return index.writer(limitmb=WRITER_MEMORY_MB, timeout=WRITER_TIMEOUT)


def _commit(writer, delete_ids, articles, progress: "_Reporter") -> None:
    """Delete, then add, in one commit: all of it becomes visible at once, or none (on
    Ctrl-C too: the writer's processes are stopped, and the writer cancelled)."""
    try:
        for article_id in delete_ids:
            writer.delete_by_term("article_id", article_id)
        for article in progress.counting(articles):
            writer.add_document(**article_document(article))
        writer.commit()
    except BaseException:
        stop_tasks(writer)
        if not writer.is_closed:  # (closed: the commit was through)
            writer.cancel()
        raise
    progress.finished()


class _Reporter:
    """Articles handed to the writer, reported every few; all of them once it has committed
    (a writer's processes write the postings then: the longest wait of a large build)."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress if total >= PROGRESS_EVERY else None  # (a few: no bar)
        self.total = total

    def counting(self, articles: Iterable[Article]) -> Iterator[Article]:
        if not self.progress:
            yield from articles
            return
        for done, article in enumerate(articles):
            if done % PROGRESS_EVERY == 0:
                self.progress(done, self.total)
            yield article

    def finished(self) -> None:
        if self.progress:
            self.progress(self.total, self.total)


def article_document(article: Article) -> dict:
    """The article's document (its text fields analysed once: `ArticleTerms`)."""
    terms = ArticleTerms(article.headline, article.clean_text)
    return {
        "doc_id": article.id,
        "kind": ARTICLE,
        "article_id": article.id,
        "fingerprint": article_fingerprint(article),
        "headline": article.headline,
        "body": terms.body,
        "outlet": article.outlet_label,
        "outlet_id": article.outlet_id,
        "date": article.date or "",
        "month": (article.date or "")[:7],
        "words": terms.words,
    }


def _take_over_schema_free_files(root: Path, location: Path) -> None:
    """Move the schema-free files of the newest older index into the new one (a database
    only when it was closed cleanly: no write-ahead log beside it)."""
    version = int(location.name[1:])
    older = [entry for entry in root.glob("v*") if re.fullmatch(r"v\d+", entry.name)
             and int(entry.name[1:]) < version and entry.is_dir()]
    if not older:
        return
    previous = max(older, key=lambda entry: int(entry.name[1:]))
    for name in SCHEMA_FREE_FILES:
        source = previous / name
        if source.is_file() and not (location / name).exists() \
                and not source.with_name(f"{name}-wal").exists():
            try:
                os.replace(source, location / name)
            except OSError:
                pass  # only a saving: what it holds is found again


def _remove_stale_entries(root: Path, keep: Path) -> None:
    """Indexes of older schemas and left-over temporary directories are dead weight."""
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

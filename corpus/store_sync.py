"""Keeping the article store in step with the raw files: the bundle and the user's library.

The raw files are the truth and the store a cache of what is derived from them. On open, two
cheap checks (the bundle's file stamps; the library folder's own stamp, which changes when an
article folder comes or goes) decide whether anything needs looking at; only then are the
folders compared one by one, and only new, changed or differently-ruled articles derived
again. A library from before the store existed is thus upgraded in place on first open; a
damaged store is set aside and rebuilt from the raw files.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from corpus.article_store import (
    ArticleStore,
    DamagedStore,
    OutdatedStore,
    BUSY,
    is_locked,
    retried_while_locked,
)
from corpus.bulk import BATCH, map_in_order
from corpus.loader import BUNDLED_DIR, MANIFEST
from corpus.paths import data_root
from corpus.rules import INTAKE_VERSION, rules_version
from corpus.store_schema import FILE_NAME

if TYPE_CHECKING:
    from corpus.derive import Derived

Progress = Callable[[int, int], None]  # (articles done, articles to do)
ARTICLES_FOLDER = "articles"


def open_library(root: Path | None = None, progress: Progress | None = None,
                 reread: Progress | None = None) -> ArticleStore:
    """The store of the library at `root` (the user's, by default), up to date."""
    return open_store(root or data_root(), progress=progress, reread=reread)


def open_store(root: Path, bundle_dir: Path = BUNDLED_DIR, progress: Progress | None = None,
               reread: Progress | None = None) -> ArticleStore:
    """The store beside the library at `root`, up to date with the bundle and the library:
    after an upgrade of the intake rules, its articles read again first (`reread` told of it)."""
    notice = None
    try:
        store = _open_writable(root)
    except OutdatedStore:
        _set_aside(root / FILE_NAME)
        store = _open_writable(root)
    except DamagedStore as damage:
        notice = (f"the article store at {root / FILE_NAME} was damaged ({damage}); "
                  "rebuilt it from the article files")
        _set_aside(root / FILE_NAME)
        store = _open_writable(root)
    except OSError as error:
        store, notice = ArticleStore(None), _in_memory_notice(root, error.strerror or error)
    try:
        # (a lock is not damage: another process is writing the store)
        if store.path is not None and retried_while_locked(
                lambda: store.state("intake")) != INTAKE_VERSION:
            from corpus.edits import refresh_if_free  # (the intake's rules: imported only then)

            notice = "; ".join(filter(None, (notice, refresh_if_free(store, root, reread)))) or None
        retried_while_locked(lambda: synchronise(store, root, bundle_dir, progress))
    except sqlite3.DatabaseError as damage:  # damage found only once read
        store.close()
        if is_locked(damage):  # held past the wait: busy, and never set aside from under its writer
            store, notice = ArticleStore(None), _in_memory_notice(root, BUSY)
        else:
            _set_aside(root / FILE_NAME)
            store = _open_writable(root)
            notice = (f"the article store at {root / FILE_NAME} was damaged ({damage}); "
                      "rebuilt it from the article files")
        synchronise(store, root, bundle_dir, progress)
    store.notice = notice
    return store


def _in_memory_notice(root: Path, reason) -> str:
    return (f"cannot write the article store in {root} ({reason}); "
            "reading the articles into memory for this run")


def _open_writable(root: Path) -> ArticleStore:
    root.mkdir(parents=True, exist_ok=True)
    if not os.access(root, os.W_OK):
        raise PermissionError(13, "not writable")
    return ArticleStore.in_folder(root)


def _set_aside(path: Path) -> None:
    """Remove a damaged store (a cache: the article files hold everything it held)."""
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def synchronise(store: ArticleStore, root: Path, bundle_dir: Path = BUNDLED_DIR,
                progress: Progress | None = None) -> None:
    _synchronise_bundle(store, bundle_dir)
    _synchronise_library(store, root / ARTICLES_FOLDER, progress)


def library_stamp(folder: Path) -> str:
    """Changes when an article folder is added, removed or renamed, or the rules change."""
    try:
        status = folder.stat()
    except OSError:
        return f"none|{rules_version()}"
    return f"{status.st_mtime_ns}|{rules_version()}"


def _synchronise_bundle(store: ArticleStore, directory: Path) -> None:
    stamp = f"{_file_stamps(directory.iterdir())}|{directory}|{rules_version()}"
    if store.state("bundle") == stamp:
        return
    from corpus.derive import derive

    manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    with store.writing() as writer:
        for article_id, _, _ in store.records("bundled").values():
            writer.delete(article_id)
        for number, known in enumerate(manifest["articles"]):
            path = directory / known["file"]
            try:
                raw = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as error:
                writer.problem(str(path), None, f"cannot be read ({error}); reinstall gsomia-tui")
                continue
            writer.problem(str(path), None, None)
            writer.put(derive(raw, known, f"bundled:{known['file']}"), ordinal=f"0:{number:06d}",
                       origin="bundled", folder=known["file"], stamp="", rules=rules_version(),
                       known=known)
        writer.set_state("bundle", stamp)


def _file_stamps(paths) -> str:
    return ",".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(paths))


def _synchronise_library(store: ArticleStore, folder: Path, progress: Progress | None) -> None:
    stamp = library_stamp(folder)
    if store.state("library") == stamp:
        return
    on_disk = dict(_article_folders(folder))
    stored = store.records("library")
    rules = rules_version()
    failed = store.problem_stamps()
    todo = [(folder / name, stamp_now) for name, stamp_now in on_disk.items()
            if stored.get(name, (None, None, None))[1:] != (stamp_now, rules)
            and failed.get(name) != stamp_now]
    with store.writing() as writer:
        for name, (article_id, _, _) in stored.items():
            if name not in on_disk:
                writer.delete(article_id)
        for name in failed:
            if name not in on_disk and "/" not in name:  # (a bundled file's is a path)
                writer.problem(name, None, None)
    for done, batch in _batches(map_in_order(derive_folder, todo), len(todo), progress):
        with store.writing() as writer:
            for name, folder_stamp, result in batch:
                record_folder(writer, name, folder_stamp, result)
    with store.writing() as writer:
        writer.set_state("library", stamp)


def _batches(results: Iterator, total: int, progress: Progress | None):
    batch, done = [], 0
    for result in results:
        batch.append(result)
        if len(batch) == BATCH:
            done += len(batch)
            yield done, batch
            if progress:
                progress(done, total)
            batch = []
    if batch:
        yield done + len(batch), batch
        if progress:
            progress(total, total)


def _article_folders(folder: Path) -> Iterator[tuple[str, str]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(".") and entry.is_dir():
            yield entry.name, folder_stamp(Path(entry.path))


def folder_stamp(path: Path) -> str:
    """Sizes and times of an article folder's text and metadata: changes when either does."""
    parts = []
    for name in ("meta.json", "text.txt"):
        try:
            status = (path / name).stat()
            parts.append(f"{status.st_size}:{status.st_mtime_ns}")
        except OSError:
            parts.append("missing")
    return ",".join(parts)


def derive_folder(job: tuple[Path, str]) -> tuple[str, str, tuple[Derived, dict] | str]:
    """One library folder derived (in a worker process): (name, stamp, (record, facts) or
    why it cannot be read)."""
    from corpus.derive import derive
    from corpus.edits import apply_edits

    path, stamp = job
    try:
        known = apply_edits(json.loads((path / "meta.json").read_text(encoding="utf-8")))
        text = (path / "text.txt").read_text(encoding="utf-8")
        return path.name, stamp, (derive(text, known, known["source"]), known)
    except (OSError, ValueError, KeyError, TypeError) as error:
        return path.name, stamp, (f"cannot be read ({type(error).__name__}: {error}); remove it "
                                  f"with `gsomia-tui remove {path.name}`")


def record_folder(writer, name: str, stamp: str, result: tuple[Derived, dict] | str) -> None:
    """Store one library folder's derived record, or why it cannot be read."""
    if isinstance(result, str):
        writer.problem(name, stamp, result)
        return
    derived, known = result
    owner = writer.owner(derived.article.id)
    if owner not in (None, ("library", name)):
        writer.problem(name, stamp, f"the same article as {owner[1]}; remove it with "
                                    f"`gsomia-tui remove {name}`")
        return
    writer.problem(name, None, None)
    ordinal = f"1:{known.get('added', '')}:{derived.article.id}"
    writer.put(derived, ordinal=ordinal, origin="library", folder=name, stamp=stamp,
               rules=rules_version(), known=known)

"""The user's own articles: kept as received, with their metadata, beside the bundle.

Layout of the data directory (platformdirs' user data dir, or $GSOMIA_TUI_DATA):

    articles/<id>/received.<ext>   the file's bytes exactly as received
    articles/<id>/text.txt         the text read from it (decoded, extracted)
    articles/<id>/meta.json        what is known of it and where each fact came from
    removed/<id>/                  an article `remove` took out, for `remove --undo` (corpus.removed,
                                   taken out and put back by corpus.removals)

Each article is written into a temporary directory and renamed into place, so a killed
`add` leaves whole articles or none. What is derived from them (clean text, passages, dated
mentions...) is kept in the article store beside them (corpus.article_store), written as
each article is added; the store and the index are rebuilt from here, never the reverse.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from corpus.article_store import ArticleStore
from corpus.bulk import in_batches, map_in_order
from corpus.describe import describe_received
from corpus.edits import INTAKE_VERSION, refresh_once
from corpus.finding import LeftOut, find_files, shown_path
from corpus.formats import NOT_ARTICLES, Received, Unreadable, read_articles
from corpus.interrupts import interrupts_deferred
from corpus.library_lock import (  # noqa: F401 - part of this module's interface
    ADDING,
    LibraryBusy,
    library_lock,
)
from corpus.model import Article
from corpus.paths import DATA_ENV, data_root  # noqa: F401 - part of this module's interface
from corpus.span_dates import dated_by_span, library_span, prepared_days
from corpus.store_sync import (
    ARTICLES_FOLDER,
    Progress,
    folder_stamp,
    library_stamp,
    open_library,
    open_store,
    record_folder,
)

if TYPE_CHECKING:
    from corpus.derive import Derived

# What else to keep with an added article, from its derived record: [(key, version, value)].
Extras = Callable[["Derived"], Iterable[tuple[str, str, str]]]


@dataclass(frozen=True)
class AddOutcome:
    source: str  # the file (and record) it came from
    status: str  # "added" | "duplicate" | "skipped" | "left out" (on purpose: see corpus.finding)
    reason: str = ""
    article: Article | None = None
    earlier: str | None = None  # the id of an article added before from the same file (other text)


def load_corpus(root: Path | None = None, progress: Progress | None = None) -> ArticleStore:
    """The bundled articles followed by the user's, in the order they were added: the store
    beside the library, brought up to date with the article files."""
    return open_library(root, progress)


def add_paths(paths: Iterable[Path], overrides: dict[str, str], existing,
              root: Path | None = None, on_file=None, follow_links: bool = False,
              extras: Extras | None = None) -> list[AddOutcome]:
    """Read, clean and store every article under `paths`; report each file's outcome.

    Links that lead outside a folder given are followed only with `follow_links`."""
    outcomes: list[AddOutcome] = []
    try:
        for outcome in add_stream(paths, overrides, existing, root, on_file, follow_links, extras):
            outcomes.append(outcome)
    except LibraryUnwritable as unwritable:
        added = sum(o.status == "added" for o in outcomes)
        raise LibraryUnwritable(unwritable.root, unwritable.error, kept_after(added),
                                outcomes) from None
    return outcomes


def kept_after(added: int) -> str:
    """What a stopped add kept, and what to do."""
    if not added:
        return "nothing was added; make room or choose a writable --data, then add again"
    return (f"the {added} article{'s' if added > 1 else ''} added before it "
            f"{'are' if added > 1 else 'is'} kept; make room, then add again to add the rest")


def add_stream(paths: Iterable[Path], overrides: dict[str, str], existing,
               root: Path | None = None, on_file=None, follow_links: bool = False,
               extras: Extras | None = None, dry_run: bool = False) -> Iterator[AddOutcome]:
    """`add_paths`, one outcome at a time (memory stays flat whatever the input's size).

    Articles are derived in worker processes, in order; each batch is kept (files, then
    the store) in one transaction. `existing` is the corpus the articles must not repeat;
    `on_file(path)` is told of each file read. `extras(derived)` (a module-level function:
    it runs in the workers too) gives what else to keep with each article, derived from it
    in the same worker while its text is at hand: [(key, version, value)] for the store's
    `put_extra`. A full disk or a read-only directory stops it with `LibraryUnwritable`
    (what was added before is kept); Ctrl-C while an article is kept, once it is reported.
    `dry_run`: every outcome as it would be, and nothing kept."""
    root = root or data_root()
    try:
        yield from _add_locked(paths, overrides, existing, root, on_file, follow_links, extras, dry_run)
    except OSError as error:
        raise LibraryUnwritable(root, error, kept_after(0)) from None


def _add_locked(paths, overrides, existing, root: Path, on_file, follow_links: bool,
                extras: Extras | None, dry_run: bool) -> Iterator[AddOutcome]:
    with library_lock(root, task=ADDING):
        store = existing if is_store_of(existing, root) else open_store(root)
        refresh_once(store, root)
        folder = root / ARTICLES_FOLDER
        was_in_step = store.state("library") == library_stamp(folder)
        received = _received(paths, overrides, on_file, follow_links, extras)
        seen: set[str] = set()
        sources = store.sources("library")  # (a file added again after an edit: said so)
        span = library_span(store)  # for datelines without a year (corpus.span_dates)
        for batch in in_batches(map_in_order(prepare_article, received)):
            span = span.including(prepared_days(batch))
            batch = [_with_extras(dated_by_span(prepared, span), extras) for prepared in batch]
            with store.writing() as writer:
                for prepared in batch:
                    with interrupts_deferred():  # (Ctrl-C: an article kept is reported first)
                        yield _keep(prepared, existing, store, writer, seen, root, sources, dry_run)
        if was_in_step and not dry_run:
            with store.writing() as writer:
                writer.set_state("library", library_stamp(folder))


def expected_articles(paths: Iterable[Path], follow_links: bool = False) -> int:
    """About how many articles `add_stream` will report on: a JSON Lines file's lines, one
    for any other file (a progress bar's total; reading the lines is a quick byte count)."""
    total = 0
    for path, problem in find_files(paths, follow_links):
        total += _line_count(path) if not problem and path.suffix.lower() in (".jsonl",
                                                                              ".ndjson") else 1
    return total


def _line_count(path: Path) -> int:
    count, last = 0, b"\n"
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 20):
                count, last = count + chunk.count(b"\n"), chunk[-1:]
    except OSError:
        return 1
    return max(1, count + (last != b"\n"))


def is_store_of(corpus, root: Path) -> bool:
    return isinstance(corpus, ArticleStore) and getattr(corpus.path, "parent", None) == root


def _received(paths, overrides, on_file, follow_links: bool, extras: Extras | None
              ) -> Iterator[AddOutcome | tuple]:
    """Every article read from the paths (or why a file or record cannot be)."""
    for path, problem in find_files(paths, follow_links):
        if problem:
            yield AddOutcome(shown_path(path), "left out" if isinstance(problem, LeftOut) else "skipped",
                             problem)
        else:
            for item in _read_file(path):
                if isinstance(item, Received):
                    source = shown_path(path) + (f" ({_record_name(item)})" if item.record
                                                 else "")
                    yield path, source, item, overrides, extras
                else:
                    yield item
        if on_file:
            on_file(path)


def _read_file(path: Path) -> Iterator[Received | AddOutcome]:
    if path.suffix.lower() in NOT_ARTICLES:
        yield AddOutcome(shown_path(path), "skipped", f"{shown_path(path.suffix)} files are not supported "
                                                      f"({NOT_ARTICLES[path.suffix.lower()]})")
        return
    try:
        for item in read_articles(path):
            yield AddOutcome(shown_path(path), "skipped", str(item)) \
                if isinstance(item, Unreadable) else item
    except Unreadable as problem:
        yield AddOutcome(shown_path(path), "skipped", str(problem))
    except Exception as problem:  # a reader that cannot work must not stop the other files
        yield AddOutcome(shown_path(path), "skipped", reader_failure(problem))


def _record_name(received: Received) -> str:
    return f"{'line' if received.format == 'jsonl' else 'record'} {received.record}"


def prepare_article(job: AddOutcome | tuple) -> AddOutcome | tuple:
    """What is known of one received article, and its derived record (in a worker)."""
    if isinstance(job, AddOutcome):
        return job
    from corpus.derive import derive

    path, source, received, overrides, extras = job
    try:
        known = describe_received(received, overrides, source, path)
        derived = derive(received.text, known, source)
        kept_with_it = tuple(extras(derived)) if extras and derived.article.passages else ()
    except Unreadable as problem:  # a stated fact that cannot be right (a date)
        return AddOutcome(source, "skipped", str(problem))
    except Exception as problem:  # as above: one article's failure is that article's skip
        return AddOutcome(source, "skipped", reader_failure(problem))
    if not derived.article.passages:
        return AddOutcome(source, "skipped", "no article text left after removing page chrome")
    given = {key: value for key, value in overrides.items() if value}
    return path, source, received, {**known, "id": derived.article.id, "given": given,
                                    "intake_version": INTAKE_VERSION}, derived, kept_with_it


def _keep(prepared, existing, store: ArticleStore, writer, seen: set[str], root: Path,
          sources: dict[str, str], dry_run: bool = False) -> AddOutcome:
    if isinstance(prepared, AddOutcome):
        return prepared
    source, article = prepared[1], prepared[4].article
    if article.id in seen or article.id in existing or article.id in store:
        return AddOutcome(source, "duplicate", f"the same text as article {article.id[:8]}",
                          article)
    if not dry_run:
        _keep_article(prepared, writer, root)
    seen.add(article.id)
    earlier, sources[source] = sources.get(source), article.id
    return AddOutcome(source, "added", "", article, earlier)


def _keep_article(prepared, writer, root: Path) -> None:
    """An article's files, then its rows in the store (in the batch's transaction)."""
    path, _, received, known, derived, *kept_with_it = prepared
    article = derived.article
    meta = {**known, "added": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    _store(root, article.id, path, received, meta)
    record_folder(writer, article.id, folder_stamp(root / ARTICLES_FOLDER / article.id),
                  (derived, meta))
    if kept_with_it and writer.owner(article.id) == ("library", article.id):
        for key, version, value in kept_with_it[0]:
            writer.put_extra(article.id, key, version, value)


def _with_extras(prepared, extras: Extras | None):
    """A record derived again here (dated by the library's span) gets its extras again too."""
    if extras and isinstance(prepared, tuple) and len(prepared) == 5:
        return (*prepared, tuple(extras(prepared[4])))
    return prepared


def reader_failure(problem: Exception) -> str:
    """One line for a file the readers could not handle: a missing library says how to get it."""
    said = " ".join(str(problem).split())[:200]
    if isinstance(problem, ImportError):
        return (f"a library needed to read it is missing ({said}); reinstall gsomia-tui "
                "(`pip install .` in its folder) so that its dependencies are installed")
    return (f"could not be read ({type(problem).__name__}: {said}); the other files are "
            "still added, and this one is worth reporting")


def _store(root: Path, article_id: str, path: Path, received: Received, meta: dict) -> None:
    folder = root / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix=f".incoming-{article_id}-", dir=folder))
    try:
        raw = path.read_bytes() if received.record is None else json.dumps(
            {"record": received.record, "text": received.text, **received.stated},
            ensure_ascii=False).encode("utf-8")
        (incoming / f"received{path.suffix.lower() or '.txt'}").write_bytes(raw)
        (incoming / "text.txt").write_text(received.text, encoding="utf-8")
        (incoming / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        os.replace(incoming, folder / article_id)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise


class LibraryUnwritable(Exception):
    """The data directory cannot be written (full, read-only): one line saying what was kept."""

    def __init__(self, root: Path, error: OSError, kept: str, outcomes=()) -> None:
        self.root, self.error, self.outcomes = root, error, list(outcomes)
        reason = error.strerror or type(error).__name__
        super().__init__(f"cannot write to the library at {shown_path(root)} ({reason}): {kept}")

"""Corrections the user makes to what was found (`gsomia-tui edit`), and keeping them.

An edit is written into the article's meta.json twice: as the fact itself (with the
provenance "set by you") and under "set_by_you", the record that wins over anything found.
So the edit survives re-indexing (the index is rebuilt from meta.json) and re-extraction
(`refresh_library` finds the facts again with newer rules, then lays the edits on top).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from corpus.date_value import parse_date_value
from corpus.formats import Received, Unreadable, read_articles
from corpus.intake.years import SPAN_REASON
from corpus.loader import Corpus, slugify
from corpus.rules import INTAKE_VERSION
from corpus.sanitize import clean_line

SET_BY_YOU = "set by you (gsomia-tui edit)"
EDITABLE = ("outlet", "date", "headline", "url")


class EditError(ValueError):
    """An edit that cannot be made; the message says why and what to do."""


def checked_date(value: str) -> str:
    """"2016-11-23", "2016-11" or "2016", a real date; EditError otherwise."""
    try:
        parse_date_value(value)
    except ValueError:
        raise EditError(f"{value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD") from None
    if "W" in value:
        raise EditError(f"{value!r} is a week: write YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def apply_edits(meta: dict) -> dict:
    """`meta` with the user's edits laid over whatever was found."""
    edits = meta.get("set_by_you") or {}
    meta = dict(meta)
    if edits.get("outlet"):
        meta.update(outlet=edits["outlet"], outlet_id=slugify(edits["outlet"]),
                    outlet_provenance=SET_BY_YOU, notes=f"outlet {SET_BY_YOU}")
    if edits.get("date"):
        meta.update(date=edits["date"], date_provenance=SET_BY_YOU,
                    date_precision={10: "day", 7: "month", 4: "year"}[len(edits["date"])])
    for field in ("headline", "url"):
        if edits.get(field):
            meta[field] = edits[field]
    return meta


def edit_article(article_id: str, changes: dict[str, str | None], corpus: Corpus,
                 root: Path) -> str:
    """Record the user's `changes` for one of their articles; returns its full id.

    Raises KeyError (no such article) or EditError (a bundled article, nothing to change,
    a bad date). The caller holds the library lock."""
    article = _own_article(article_id, corpus)
    changes = {key: clean_line(value) for key, value in changes.items()
               if key in EDITABLE and value and clean_line(value)}
    if not changes:
        raise EditError("nothing to change: give --outlet, --date, --headline, --url or --undo")
    if "date" in changes:
        checked_date(changes["date"])
    path = root / "articles" / article.id / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["set_by_you"] = {**(meta.get("set_by_you") or {}), **changes}
    write_meta(path, apply_edits(meta))
    return article.id


def undo_edits(article_id: str, fields: list[str], corpus: Corpus, root: Path) -> list[str]:
    """Forget what the user set for `fields` ("all": every one) of one of their articles, which
    shows again what its page gives (or what was given at add); returns the fields undone.

    Raises KeyError (no such article) or EditError (a bundled article, nothing set by you
    among `fields`, a stored file that cannot be read again). The caller holds the library lock."""
    from corpus.describe import describe_received

    article = _own_article(article_id, corpus)
    entry = root / "articles" / article.id
    meta = json.loads((entry / "meta.json").read_text(encoding="utf-8"))
    edits = dict(meta.get("set_by_you") or {})
    asked = EDITABLE if "all" in fields else tuple(dict.fromkeys(fields))
    undone = [field for field in asked if field in edits]
    if not undone:
        what = "nothing" if "all" in fields else f"no {' or '.join(asked)}"
        raise EditError(f"nothing to undo: {what} of {article.id[:8]} was set by you")
    try:
        received = _received_again(entry, meta)
    except (OSError, ValueError, KeyError, StopIteration, Unreadable) as error:
        raise EditError(f"the file kept for {article.id[:8]} cannot be read again ({error}); "
                        "set the right values with --outlet, --date, --headline or --url") from None
    meta["set_by_you"] = {key: value for key, value in edits.items() if key not in undone}
    write_meta(entry / "meta.json", _found_again(entry, meta, received, describe_received,
                                                 INTAKE_VERSION))
    return undone


def _own_article(article_id: str, corpus: Corpus):
    """One of the user's articles by id or prefix: KeyError if none, EditError if bundled."""
    article = corpus.get(article_id)
    if article.source.startswith("bundled:"):
        raise EditError(f"article {article.id[:8]} is part of the bundled corpus, which is not "
                        "edited; add your own copy with `gsomia-tui add`")
    return article


def write_meta(path: Path, meta: dict) -> None:
    """Replace meta.json whole (a temporary file renamed over it): never half written."""
    handle, temporary = tempfile.mkstemp(prefix=".meta-", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(meta, out, ensure_ascii=False, indent=1)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    os.utime(path.parent.parent)  # the article store looks again at folders whose list's time moved


def refresh_library(root: Path, describe, progress=None) -> int:
    """Find again the facts of articles added under older rules, keeping the user's edits.

    `describe(received, overrides, source, path)` is `corpus.library.describe_received` (a
    module-level function: it runs in worker processes when there are many). `progress(done,
    total)` is told first of how many there are. Returns how many articles were refreshed.
    The caller holds the library lock."""
    from corpus.bulk import map_in_order

    stale = stale_articles(root)
    if progress and stale:
        progress(0, len(stale))
    refreshed = 0
    jobs = ((entry, describe, INTAKE_VERSION) for entry in stale)
    for done, changed in enumerate(map_in_order(refresh_article, jobs), 1):
        refreshed += changed
        if progress:
            progress(done, len(stale))
    return refreshed


def refresh_intake(root: Path, progress=None) -> None:
    """`add`'s first step alone, for a caller to show it (`progress(done, total)`, told the
    total first). The store is not brought up to date before: the re-read derives again what
    it changes, so that new code (whose rules' version differs) derives each article once, not
    twice. OSError when the library cannot be written."""
    from corpus.article_store import ArticleStore, DamagedStore
    from corpus.library_lock import REREADING, library_lock, telling_progress
    from corpus.store_sync import open_store

    with library_lock(root, task=REREADING):
        try:
            store = ArticleStore.in_folder(root)
        except DamagedStore:
            store = open_store(root)  # (set aside and built again, then read again)
        try:
            refresh_once(store, root, telling_progress(root, progress))  # (and to one that waits)
        finally:
            store.close()


def refresh_once(store, root: Path, progress=None) -> None:
    """Articles added under older intake rules read again, in workers; once per version (the
    store remembers). The caller holds the library lock."""
    from corpus.describe import describe_received
    from corpus.store_sync import synchronise

    if store.state("intake") == INTAKE_VERSION:
        return
    if refresh_store(store, root, describe_received, progress):
        synchronise(store, root)  # (the library's stamp, and any article not kept above)
    with store.writing() as writer:
        writer.set_state("intake", INTAKE_VERSION)


def refresh_if_free(store, root: Path, progress=None) -> str | None:
    """`refresh_once` for any command that opens the library, so that what it shows is what
    these rules find; skipped when another gsomia-tui holds the library (an add, which reads
    them again itself, or the next command). What went wrong, for the user, or None."""
    import sqlite3

    from corpus.article_store import is_locked
    from corpus.library_lock import REREADING, LibraryBusy, library_lock, telling_progress

    try:
        with library_lock(root, timeout=0, task=REREADING):
            refresh_once(store, root, telling_progress(root, progress))  # (and to one that waits)
    except LibraryBusy:
        return None
    except (OSError, sqlite3.OperationalError) as error:
        if isinstance(error, sqlite3.OperationalError) and is_locked(error):
            return None
        reason = getattr(error, "strerror", None) or str(error)
        return (f"could not read your articles again with newer rules ({reason}); "
                "they show what older rules found until a command can")
    return None


def refresh_store(store, root: Path, describe, progress=None) -> int:
    """`refresh_library` with each refreshed article derived again in the same worker and
    kept in `store` a batch at a time (one pass, not a re-read then a rebuild). Stopped
    half-way (Ctrl-C), every meta.json is whole, old or new; the next call goes on with those
    still under older rules, and the store's next open picks up any not yet kept."""
    from corpus.bulk import in_batches, map_in_order
    from corpus.store_sync import record_folder

    stale = stale_articles(root)
    if progress and stale:
        progress(0, len(stale))
    results = map_in_order(_refreshed_and_derived,
                           ((entry, describe, INTAKE_VERSION) for entry in stale))
    done = 0
    for batch in in_batches(results):
        with store.writing() as writer:
            for result in filter(None, batch):
                record_folder(writer, *result)
        done += len(batch)
        if progress:
            progress(done, len(stale))
    return len(stale)


def _refreshed_and_derived(job):
    """One article refreshed, then its derived record (in a worker); None if unchanged."""
    from corpus.store_sync import derive_folder, folder_stamp

    return derive_folder((job[0], folder_stamp(job[0]))) if refresh_article(job) else None


def stale_articles(root: Path) -> list[Path]:
    """The article folders whose facts were found under older rules than these."""
    folder = root / "articles"
    stale = []
    for entry in sorted(folder.iterdir()) if folder.is_dir() else ():
        try:
            if not entry.name.startswith(".") and json.loads(
                    (entry / "meta.json").read_text(encoding="utf-8")
            ).get("intake_version", 1) < INTAKE_VERSION:
                stale.append(entry)
        except (OSError, ValueError, AttributeError):
            continue  # left as it is; `load_user_articles` reports what cannot be read
    return stale


def refresh_article(job: tuple[Path, object, int]) -> bool:
    """One article's facts found again under rules `version` (in a worker process), its
    meta.json replaced whole; False when it was up to date or cannot be read."""
    entry, describe, version = job
    meta_path = entry / "meta.json"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("intake_version", 1) >= version:
            return False
        received = _received_again(entry, meta)
    except (OSError, ValueError, KeyError, AttributeError, StopIteration, Unreadable):
        return False  # left as it is; `load_user_articles` reports what cannot be read
    write_meta(meta_path, _found_again(entry, meta, received, describe, version))
    return True


def _found_again(entry: Path, meta: dict, received: Received, describe, version: int) -> dict:
    """The article's meta found again from what was received, what was given at add and what
    the user set kept on top."""
    found = _span_date_kept(describe(received, _given_before(meta), meta["source"], entry), meta)
    kept = {key: meta[key] for key in ("id", "added", "given", "set_by_you") if key in meta}
    return apply_edits({**found, **kept, "intake_version": version})


def _span_date_kept(found: dict, meta: dict) -> dict:
    """A date whose year came from the library's span at `add` (`corpus.span_dates`) is kept
    when the page alone still gives none: the span is the library's, not the page's."""
    if found.get("date") or SPAN_REASON not in (meta.get("date_provenance") or ""):
        return found
    return {**found, **{key: meta[key] for key in ("date", "date_precision", "date_provenance")}}


def _given_before(meta: dict) -> dict[str, str]:
    """What was given on the command line at `add` (recorded, or read back from provenance)."""
    if "given" in meta:
        return meta["given"]
    given = {key: meta[key] for key in ("outlet", "date")
             if meta.get(key) and meta.get(f"{key}_provenance") == f"given with --{key}"}
    return {**given, **({"url": meta["url"]} if meta.get("url") else {})}


def _received_again(entry: Path, meta: dict) -> Received:
    """The article as first received (its stored file), read the way `add` read it."""
    raw = next(entry.glob("received.*"))
    if meta.get("format") in ("json", "jsonl"):
        record = json.loads(raw.read_text(encoding="utf-8"))
        text = (entry / "text.txt").read_text(encoding="utf-8")
        stated = {k: v for k, v in record.items() if k not in ("record", "text") and v}
        return Received(text, stated, meta["format"], meta.get("encoding", "utf-8"))
    return next(item for item in read_articles(raw) if isinstance(item, Received))

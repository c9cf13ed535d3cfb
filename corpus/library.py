"""The user's own articles: kept as received, with their metadata, beside the bundle.

Layout of the data directory (platformdirs' user data dir, or $GSOMIA_TUI_DATA):

    articles/<id>/received.<ext>   the file's bytes exactly as received
    articles/<id>/text.txt         the text read from it (decoded, extracted)
    articles/<id>/meta.json        what is known of it and where each fact came from

Each article is written into a temporary directory and renamed into place, so a killed
`add` leaves whole articles or none; the index is rebuilt from here, never the reverse.
"""

from __future__ import annotations

import datetime
import fcntl
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from corpus.cleaning import clean_page
from corpus.edits import INTAKE_VERSION, apply_edits, refresh_library
from corpus.finding import find_files, shown_path
from corpus.formats import TEXT_FORMATS, Received, Unreadable, read_articles
from corpus.loader import Corpus, LoadProblem, article_from_raw, load_bundled, slugify
from corpus.metadata import (
    Found,
    address_in_text,
    date_from_page,
    date_from_url,
    known_outlet_named,
    outlet_from_page,
    outlet_from_url,
)
from corpus.model import Article
from corpus.sanitize import clean_line
from corpus.stated_dates import BadDate, normalise_stated_date

DATA_ENV = "GSOMIA_TUI_DATA"
LOCK_TIMEOUT = 30.0


@dataclass(frozen=True)
class AddOutcome:
    source: str  # the file (and record) it came from
    status: str  # "added" | "duplicate" | "skipped"
    reason: str = ""
    article: Article | None = None


class LibraryBusy(Exception):
    """Another process holds the library; the message says what to do."""


def data_root() -> Path:
    configured = os.environ.get(DATA_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("gsomia-tui"))


def load_corpus(root: Path | None = None) -> Corpus:
    """The bundled articles followed by the user's, in the order they were added."""
    bundled = load_bundled()
    users, problems = load_user_articles(root or data_root())
    return Corpus(bundled.articles + users, bundled.problems + problems)


def load_user_articles(root: Path) -> tuple[tuple[Article, ...], tuple[LoadProblem, ...]]:
    folder = root / "articles"
    if not folder.is_dir():
        return (), ()
    entries, problems = [], []
    for entry in folder.iterdir():
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            known = apply_edits(json.loads((entry / "meta.json").read_text(encoding="utf-8")))
            text = (entry / "text.txt").read_text(encoding="utf-8")
            entries.append((known.get("added", ""), article_from_raw(text, known, known["source"])))
        except (OSError, ValueError, KeyError) as error:
            problems.append(LoadProblem(str(entry), f"cannot be read ({error}); remove it with "
                                                    f"`gsomia-tui remove {entry.name}`"))
    entries.sort(key=lambda pair: (pair[0], pair[1].id))
    return tuple(article for _, article in entries), tuple(problems)


def add_paths(paths: Iterable[Path], overrides: dict[str, str], existing: Corpus,
              root: Path | None = None, on_file=None, follow_links: bool = False
              ) -> list[AddOutcome]:
    """Read, clean and store every article under `paths`; report each file's outcome.

    Links that lead outside a folder given are followed only with `follow_links`."""
    root = root or data_root()
    known_ids = {article.id for article in existing}
    outcomes: list[AddOutcome] = []
    try:
        with library_lock(root):
            refresh_library(root, describe_received)
            for path, problem in find_files(paths, follow_links):
                if on_file:
                    on_file(path)
                if problem:
                    outcomes.append(AddOutcome(shown_path(path), "skipped", problem))
                    continue
                outcomes.extend(_add_file(path, overrides, known_ids, root))
    except OSError as error:  # a full disk, a read-only directory: stop, keep what was added
        raise LibraryUnwritable(root, error, _kept(outcomes), outcomes) from None
    return outcomes


def _kept(outcomes: list[AddOutcome]) -> str:
    added = sum(o.status == "added" for o in outcomes)
    if not added:
        return "nothing was added; make room or choose a writable --data, then add again"
    return (f"the {added} article{'s' if added > 1 else ''} added before it "
            f"{'are' if added > 1 else 'is'} kept; make room, then add again to add the rest")


def _add_file(path: Path, overrides, known_ids: set[str], root: Path) -> list[AddOutcome]:
    if path.suffix.lower() not in TEXT_FORMATS and path.suffix:
        if path.suffix.lower() in (".pdf", ".doc", ".docx", ".png", ".jpg", ".zip", ".gz"):
            return [AddOutcome(shown_path(path), "skipped",
                               f"{shown_path(path.suffix)} files are not supported")]
    try:
        items = list(read_articles(path))
    except Unreadable as problem:
        return [AddOutcome(shown_path(path), "skipped", str(problem))]
    except Exception as problem:  # a reader that cannot work must not stop the other files
        return [AddOutcome(shown_path(path), "skipped", reader_failure(problem))]
    outcomes = []
    for received in items:
        if isinstance(received, Unreadable):
            outcomes.append(AddOutcome(shown_path(path), "skipped", str(received)))
            continue
        source = shown_path(path) + (f" ({_record_name(received)})" if received.record else "")
        outcomes.append(_add_one(path, source, received, overrides, known_ids, root))
    return outcomes


def _record_name(received: Received) -> str:
    return f"{'line' if received.format == 'jsonl' else 'record'} {received.record}"


def _add_one(path: Path, source: str, received: Received, overrides, known_ids, root
             ) -> AddOutcome:
    try:
        known = describe_received(received, overrides, source, path)
        article = article_from_raw(received.text, known, source)
    except Unreadable as problem:  # a stated fact that cannot be right (a date)
        return AddOutcome(source, "skipped", str(problem))
    except Exception as problem:  # as above: one article's failure is that article's skip
        return AddOutcome(source, "skipped", reader_failure(problem))
    if not article.passages:
        return AddOutcome(source, "skipped", "no article text left after removing page chrome")
    if article.id in known_ids:
        return AddOutcome(source, "duplicate", f"the same text as article {article.id[:8]}",
                          article)
    given = {key: value for key, value in overrides.items() if value}
    _store(root, article.id, path, received,
           {**known, "id": article.id, "given": given, "intake_version": INTAKE_VERSION})
    known_ids.add(article.id)
    return AddOutcome(source, "added", "", article)


def reader_failure(problem: Exception) -> str:
    """One line for a file the readers could not handle: a missing library says how to get it."""
    said = " ".join(str(problem).split())[:200]
    if isinstance(problem, ImportError):
        return (f"a library needed to read it is missing ({said}); reinstall gsomia-tui "
                "(`pip install .` in its folder) so that its dependencies are installed")
    return (f"could not be read ({type(problem).__name__}: {said}); the other files are "
            "still added, and this one is worth reporting")


def describe_received(received: Received, overrides: dict[str, str], source: str,
                      path: Path) -> dict:
    """What is known of an article: given on the command line, stated by the file, or
    found in its text, in that order of trust; each with where it came from. What an HTML
    page's markup states is the page's word, not the user's: the wire's dateline and the
    credits printed in the text come before it."""
    page = clean_page(received.text)
    stated = received.stated
    given = {key: value for key, value in overrides.items() if value}
    url = given.get("url") or stated.get("url") or address_in_text(page)
    from_markup = received.format == "html"
    user_stated = {} if from_markup else stated
    markup = stated if from_markup else {}
    outlet = _first_found(
        _given(given, "outlet", "given with --outlet"),
        _given(user_stated, "outlet", f"stated in the {received.format} file"),
        outlet_from_page(page), _stated_outlet(markup), outlet_from_url(url))
    url_date = date_from_url(url)
    markup_date = _given(markup, "date", "stated in the page's HTML metadata")
    date = _first_found(
        _given(given, "date", "given with --date"),
        _given(user_stated, "date", f"stated in the {received.format} file"),
        date_from_page(page, markup_date, (url_date,) if url_date else ()), url_date)
    date_value = _normalise_date(date.value) if date else None
    return {
        "headline": stated.get("headline") or page.headline,
        "outlet": outlet.value if outlet else None,
        "outlet_id": slugify(outlet.value) if outlet else None,  # None: the article's own
        "outlet_provenance": outlet.provenance if outlet else "unknown",
        "date": date_value,
        "date_precision": {10: "day", 7: "month", 4: "year"}.get(len(date_value or "")),
        "date_provenance": date.provenance if date_value else "unknown: no date found",
        "byline": stated.get("byline") or page.byline,
        "url": url,
        "source": source,
        "format": received.format,
        "encoding": received.encoding,
        "notes": f"outlet {outlet.provenance}" if outlet else None,
    }


def _stated_outlet(markup: dict[str, str]) -> Found | None:
    """The site name an HTML page's markup states, named as the list of outlets names it."""
    if not markup.get("outlet"):
        return None
    name = clean_line(markup["outlet"])
    return Found(known_outlet_named(name) or name, "stated in the page's HTML metadata")


def _given(facts: dict[str, str], key: str, provenance: str) -> Found | None:
    return Found(clean_line(facts[key]), provenance) if facts.get(key) else None


def _first_found(*candidates: Found | None) -> Found | None:
    return next((c for c in candidates if c is not None), None)


def _normalise_date(value: str) -> str | None:
    """Any date text to ISO at the precision it has ("2016-11-23T10:00+09:00" -> "2016-11-23");
    an impossible date ("2016-02-30") is refused: `Unreadable` with the reason."""
    try:
        return normalise_stated_date(value)
    except BadDate as bad:
        raise Unreadable(f"{bad}; correct it in the file or give --date") from None


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
        meta = {**meta, "added": datetime.datetime.now(datetime.timezone.utc).isoformat()}
        (incoming / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1),
                                            encoding="utf-8")
        os.replace(incoming, folder / article_id)
    except BaseException:
        shutil.rmtree(incoming, ignore_errors=True)
        raise


@dataclass(frozen=True)
class Removed:
    id: str
    headline: str


def remove_article(article_id: str, corpus: Corpus, root: Path | None = None) -> Removed:
    """Take one of the user's articles out; bundled articles stay. A remove that was killed
    half-way is finished first; asking again for its article reports it removed."""
    root = root or data_root()
    try:
        with library_lock(root):
            finished = finish_interrupted_removals(root)
            try:
                article = corpus.get(article_id)
            except KeyError:
                done = [r for r in finished if len(article_id) >= 4 and r.id.startswith(article_id)]
                if len(done) == 1:
                    return done[0]
                raise
            if article.source.startswith("bundled:"):
                raise KeyError(f"article {article.id[:8]} is part of the bundled corpus and "
                               "cannot be removed")
            trash = root / "articles" / f"{_REMOVING}{article.id}"
            os.replace(root / "articles" / article.id, trash)  # out of the list: removed
            shutil.rmtree(trash, ignore_errors=True)  # what is left, the next remove finishes
    except OSError as error:
        raise LibraryUnwritable(root, error, "nothing was removed") from None
    return Removed(article.id, article.headline)


_REMOVING = ".removing-"


def finish_interrupted_removals(root: Path) -> list[Removed]:
    """Delete what a killed `remove` left behind (its article was already out of the list)."""
    finished = []
    folder = root / "articles"
    for trash in sorted(folder.glob(f"{_REMOVING}*")) if folder.is_dir() else ():
        headline = _stored_headline(trash)
        shutil.rmtree(trash, ignore_errors=True)
        finished.append(Removed(trash.name.removeprefix(_REMOVING), headline))
    return finished


def _stored_headline(folder: Path) -> str:
    try:
        return clean_line(json.loads((folder / "meta.json").read_text("utf-8"))["headline"])
    except (OSError, ValueError, KeyError, TypeError):
        return "(its files were already partly removed)"


class LibraryUnwritable(Exception):
    """The data directory cannot be written (full, read-only): one line saying what was kept."""

    def __init__(self, root: Path, error: OSError, kept: str, outcomes=()) -> None:
        self.outcomes = list(outcomes)
        reason = error.strerror or type(error).__name__
        super().__init__(f"cannot write to the library at {shown_path(root)} ({reason}): {kept}")


@contextmanager
def library_lock(root: Path, timeout: float | None = None):
    """One writer at a time; a second waits up to `timeout` seconds, then says so."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LibraryBusy(
                        f"another gsomia-tui is changing the library at {root} (waited "
                        f"{timeout:.0f} s); try again when it has finished") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)

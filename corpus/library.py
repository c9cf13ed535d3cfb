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
from typing import Iterable, Iterator

from corpus.cleaning import clean_page
from corpus.edits import INTAKE_VERSION, apply_edits, refresh_library
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
    parse_printed_date,
)
from corpus.model import Article
from corpus.sanitize import clean_line

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


def find_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    """Every file named or found (recursively) under the paths, or why a path cannot be read."""
    for path in paths:
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in found.relative_to(path).parts):
                    yield found, None
        elif path.is_file():
            yield path, None
        else:
            yield path, "no such file or folder" if not path.exists() else "not a regular file"


def add_paths(paths: Iterable[Path], overrides: dict[str, str], existing: Corpus,
              root: Path | None = None, on_file=None) -> list[AddOutcome]:
    """Read, clean and store every article under `paths`; report each file's outcome."""
    root = root or data_root()
    known_ids = {article.id for article in existing}
    outcomes: list[AddOutcome] = []
    with library_lock(root):
        refresh_library(root, describe_received)
        for path, problem in find_files(paths):
            if on_file:
                on_file(path)
            if problem:
                outcomes.append(AddOutcome(str(path), "skipped", problem))
                continue
            outcomes.extend(_add_file(path, overrides, known_ids, root))
    return outcomes


def _add_file(path: Path, overrides, known_ids: set[str], root: Path) -> list[AddOutcome]:
    if path.suffix.lower() not in TEXT_FORMATS and path.suffix:
        if path.suffix.lower() in (".pdf", ".doc", ".docx", ".png", ".jpg", ".zip", ".gz"):
            return [AddOutcome(str(path), "skipped", f"{path.suffix} files are not supported")]
    try:
        items = list(read_articles(path))
    except Unreadable as problem:
        return [AddOutcome(str(path), "skipped", str(problem))]
    except Exception as problem:  # a reader that cannot work must not stop the other files
        return [AddOutcome(str(path), "skipped", reader_failure(problem))]
    outcomes = []
    for received in items:
        if isinstance(received, Unreadable):
            outcomes.append(AddOutcome(str(path), "skipped", str(received)))
            continue
        source = f"{path}" + (f" (record {received.record})" if received.record else "")
        outcomes.append(_add_one(path, source, received, overrides, known_ids, root))
    return outcomes


def _add_one(path: Path, source: str, received: Received, overrides, known_ids, root
             ) -> AddOutcome:
    try:
        known = describe_received(received, overrides, source, path)
        article = article_from_raw(received.text, known, source)
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
    """Any date text to ISO at the precision it has ("2016-11-23T10:00+09:00" -> "2016-11-23")."""
    head = value.strip()[:10]
    for size, pattern in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        try:
            datetime.datetime.strptime(head[:size], pattern)
            if len(head) == size or not head[size:size + 1].isdigit():
                return head[:size]
        except ValueError:
            continue
    return parse_printed_date(value)


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


def remove_article(article_id: str, corpus: Corpus, root: Path | None = None) -> Article:
    """Take one of the user's articles out; bundled articles stay."""
    root = root or data_root()
    article = corpus.get(article_id)
    if article.source.startswith("bundled:"):
        raise KeyError(f"article {article.id[:8]} is part of the bundled corpus and cannot be "
                       "removed")
    with library_lock(root):
        target = root / "articles" / article.id
        trash = root / "articles" / f".removing-{article.id}"
        os.replace(target, trash)
        shutil.rmtree(trash, ignore_errors=True)
    return article


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

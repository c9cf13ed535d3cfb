"""Taking one of the user's articles out of the library (`remove_article`) and putting it back as it was
(`restore_article`); what is taken out is kept in removed/ (`corpus.removed`). Adding is `corpus.library`'s.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from corpus.library import LibraryUnwritable, is_store_of
from corpus.library_lock import REMOVING, RESTORING, library_lock
from corpus.paths import data_root
from corpus.removed import keep_or_put_back, keep_removed, put_back, removed_already, removed_folder
from corpus.sanitize import clean_line
from corpus.store_sync import ARTICLES_FOLDER, library_stamp, open_store


@dataclass(frozen=True)
class Removed:
    id: str
    headline: str
    set_by_you: tuple[str, ...] = ()  # the fields the user had set with `edit`, gone with it


def remove_article(article_id: str, corpus, root: Path | None = None) -> Removed:
    """Take one of the user's articles out; bundled articles stay. A remove that was killed
    half-way is finished first; asking again for its article reports it removed."""
    root = root or data_root()
    try:
        with library_lock(root, task=REMOVING):
            finished = finish_interrupted_removals(root)
            try:
                article = corpus.get(article_id)
            except KeyError:
                done = [r for r in finished if len(article_id) >= 4 and r.id.startswith(article_id)]
                if len(done) == 1:
                    return done[0]
                if removed := removed_already(article_id, root):
                    raise KeyError(removed) from None
                raise
            if article.source.startswith("bundled:"):
                raise KeyError(f"article {article.id[:8]} is part of the bundled corpus and "
                               "cannot be removed")
            set_by_you = _set_by_you(root / ARTICLES_FOLDER / article.id)
            _take_out(article.id, corpus, root)
    except OSError as error:
        raise LibraryUnwritable(root, error, "nothing was removed") from None
    return Removed(article.id, article.headline, set_by_you)


_REMOVING = ".removing-"


def _take_out(article_id: str, corpus, root: Path) -> None:
    """The folder out of the list (then removed), and the article out of the store."""
    store = corpus if is_store_of(corpus, root) else open_store(root)
    folder = root / ARTICLES_FOLDER
    was_in_step = store.state("library") == library_stamp(folder)
    trash = folder / f"{_REMOVING}{article_id}"
    removed_folder(root)
    os.replace(folder / article_id, trash)  # out of the list: removed
    with store.writing() as writer:
        writer.delete(article_id)
    keep_or_put_back(trash, root, article_id, folder)  # (if killed before, the next remove finishes)
    if was_in_step:  # (after the move, which changes the folder's stamp again)
        with store.writing() as writer:
            writer.set_state("library", library_stamp(folder))


def finish_interrupted_removals(root: Path) -> list[Removed]:
    """Keep what a killed `remove` left behind (its article was already out of the list)."""
    finished = []
    folder = root / "articles"
    for trash in sorted(folder.glob(f"{_REMOVING}*")) if folder.is_dir() else ():
        headline, article_id = _stored_headline(trash), trash.name.removeprefix(_REMOVING)
        keep_removed(trash, root, article_id)
        finished.append(Removed(article_id, headline))
    return finished


def restore_article(prefix: str, root: Path | None = None) -> Removed:
    """Put back an article `remove` took out, as it was (with what the user set with `edit`);
    the store and the index follow on the next open, as for a folder put back by hand."""
    root = root or data_root()
    try:
        with library_lock(root, task=RESTORING):
            finish_interrupted_removals(root)
            article_id = put_back(prefix, root, root / ARTICLES_FOLDER)
    except OSError as error:
        raise LibraryUnwritable(root, error, "nothing was put back") from None
    folder = root / ARTICLES_FOLDER / article_id
    return Removed(article_id, _stored_headline(folder), _set_by_you(folder))


def _stored_meta(folder: Path) -> dict:
    """An article's kept facts (`meta.json`), or nothing when they cannot be read."""
    try:
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _set_by_you(folder: Path) -> tuple[str, ...]:
    fields = _stored_meta(folder).get("set_by_you")
    return tuple(fields) if isinstance(fields, dict) else ()  # (field -> the value set)


def _stored_headline(folder: Path) -> str:
    headline = _stored_meta(folder).get("headline")
    return clean_line(headline) if isinstance(headline, str) else "(its files were already partly removed)"

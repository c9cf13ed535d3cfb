"""What `remove` takes out is kept, whole, so that `remove --undo ID` can put it back as it was.

    removed/<id>/   the article's folder as it was in articles/ (received file, text, meta.json
                    with what the user set with `edit`), moved here by `remove`

Nothing here is read as part of the library; deleting the folder forgets removed articles for good.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from corpus.model import by_id_or_prefix

REMOVED_FOLDER = "removed"
_WHOLE = ("meta.json", "text.txt")  # (a killed remove of an older version may have left less)


class NotRemoved(KeyError):
    """No removed article to put back (none, several match, or it is in the library again)."""


def removed_folder(root: Path) -> Path:
    """removed/, made if need be (before anything is moved: a library that cannot keep a removed
    article must not lose it)."""
    folder = root / REMOVED_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def keep_removed(trash: Path, root: Path, article_id: str) -> None:
    """The folder a remove moved aside, kept under removed/ (a partial one is deleted)."""
    if not all((trash / name).is_file() for name in _WHOLE):
        shutil.rmtree(trash, ignore_errors=True)
        return
    kept = removed_folder(root) / article_id
    shutil.rmtree(kept, ignore_errors=True)  # (removed before, added again, removed again)
    os.replace(trash, kept)


def keep_or_put_back(trash: Path, root: Path, article_id: str, articles: Path) -> None:
    """keep_removed, or the folder back in `articles` when it cannot be kept: nothing removed."""
    try:
        keep_removed(trash, root, article_id)
    except OSError:
        os.replace(trash, articles / article_id)  # (the store, which dropped it, follows on its next open)
        raise


def removed_ids(root: Path) -> list[str]:
    folder = root / REMOVED_FOLDER
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def removed_id(prefix: str, root: Path) -> str:
    """The id of the removed article `prefix` names, as `by_id_or_prefix` reads an id."""
    ids = removed_ids(root)
    try:
        return by_id_or_prefix(prefix, dict(zip(ids, ids)), "removed article", f"ls {root / REMOVED_FOLDER}")
    except KeyError as unknown:
        raise NotRemoved(unknown.args[0]) from None


def removed_already(prefix: str, root: Path) -> str | None:
    """What to say when `prefix` names one removed article."""
    try:
        article_id = removed_id(prefix, root)
    except NotRemoved:
        return None
    return f"article {article_id[:8]} was removed already: `remove --undo {article_id[:8]}` puts it back"


def put_back(prefix: str, root: Path, articles: Path) -> str:
    """Move the removed article whose id starts with `prefix` back into `articles`; its id."""
    article_id = removed_id(prefix, root)
    if (articles / article_id).exists():
        raise NotRemoved(f"article {article_id[:8]} is in the library again (added since): "
                         "nothing to put back")
    articles.mkdir(parents=True, exist_ok=True)
    os.replace(root / REMOVED_FOLDER / article_id, articles / article_id)
    return article_id

"""What `remove` takes out is kept, whole, so that `remove --undo ID` can put it back as it was.

    removed/<id>/   the article's folder as it was in articles/ (received file, text, meta.json
                    with what the user set with `edit`), moved here by `remove`

Nothing here is read as part of the library; deleting the folder forgets removed articles for good.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

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


def removed_already(prefix: str, root: Path) -> str | None:
    """What to say when `prefix` (at least 4 characters) starts one removed article's id."""
    matches = [name for name in removed_ids(root) if name.startswith(prefix)] if len(prefix) >= 4 else []
    if len(matches) != 1:
        return None
    return f"article {matches[0][:8]} was removed already: `remove --undo {matches[0][:8]}` puts it back"


def put_back(prefix: str, root: Path, articles: Path) -> str:
    """Move the removed article whose id starts with `prefix` back into `articles`; its id."""
    if len(prefix) < 4:
        raise NotRemoved(f"give at least 4 characters of the removed article's id, not {prefix!r}")
    matches = [name for name in removed_ids(root) if name.startswith(prefix)]
    if not matches:
        raise NotRemoved(f"no removed article {prefix} is kept in {root / REMOVED_FOLDER}")
    if len(matches) > 1:
        raise NotRemoved(f"{prefix} starts {len(matches)} removed articles' ids: give more of it")
    article_id = matches[0]
    if (articles / article_id).exists():
        raise NotRemoved(f"article {article_id[:8]} is in the library again (added since): "
                         "nothing to put back")
    articles.mkdir(parents=True, exist_ok=True)
    os.replace(root / REMOVED_FOLDER / article_id, articles / article_id)
    return article_id

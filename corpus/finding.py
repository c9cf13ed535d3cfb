"""Which files `gsomia-tui add PATH...` reads, and how their names are shown.

Folders are walked recursively, hidden entries left out. A folder that cannot be read is
reported (never silently passed over); a link that leads outside the folder given is not
followed unless asked (`follow_links`), so adding `~/clippings` never wanders into `/`. The
folder a browser saves beside a page ("Web Page, complete": `Story.html` and `Story_files/`)
holds what the page needs to be shown (scripts, styles, pictures, frames of advertising), never
articles: it is left out, and said so.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Optional

FoundPath = tuple[Path, Optional[str]]  # a file to read, or a path and why it is skipped
OUTSIDE_LINK = "a link to outside the folder given: not followed (add --follow-links to follow it)"
SAVED_PAGE_PAGES = (".html", ".htm")  # what a browser names the page it saves with its folder
SAVED_PAGE_FOLDER = "_files"  # Firefox's in every language, Chrome's in English


class LeftOut(str):
    """Why a path is left out on purpose: nothing is wrong with it (an add still succeeds)."""


def shown_path(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes that are not UTF-8 (a
    name from another system) are shown escaped, as `\\xff`."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def find_files(paths: Iterable[Path], follow_links: bool = False) -> Iterator[FoundPath]:
    """Every file named or found (recursively) under the paths, or why a path is skipped."""
    for path in paths:
        if path.is_dir():
            found = sorted(_walk(path, follow_links), key=lambda found: str(found[0]))
            yield from found or [(path, _nothing_in(path))]  # (a wrong folder given: said so)
        elif path.is_file():
            yield path, None
        else:
            yield path, "no such file or folder" if not path.exists() else "not a regular file"


def _walk(folder: Path, follow_links: bool) -> Iterator[FoundPath]:
    problems: list[OSError] = []
    top = folder.resolve()
    seen: set[Path] = set()
    for directory, subfolders, names in os.walk(folder, onerror=problems.append,
                                                 followlinks=follow_links):
        here = Path(directory)
        yield from ((Path(p.filename or here), _unreadable(p)) for p in problems)
        problems.clear()
        if here.resolve() in seen:  # a followed link that loops back
            subfolders[:] = []
            continue
        seen.add(here.resolve())
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        yield from _saved_pages_folders(here, subfolders, names)
        if not follow_links:  # links to folders are not walked; say so for those outside
            yield from ((here / name, OUTSIDE_LINK) for name in subfolders
                        if (here / name).is_symlink() and not _inside(here / name, top))
        for name in names:
            if not name.startswith("."):
                yield from _file(here / name, top, follow_links)
    yield from ((Path(p.filename or folder), _unreadable(p)) for p in problems)


def _saved_pages_folders(here: Path, subfolders: list[str], names: list[str]) -> Iterator[FoundPath]:
    """The folders saved beside a page, left out of the walk (`subfolders` is changed)."""
    pages = {name.lower(): name for name in names if name.lower().endswith(SAVED_PAGE_PAGES)}
    for folder in [name for name in subfolders if name.endswith(SAVED_PAGE_FOLDER)]:
        stem = folder.removesuffix(SAVED_PAGE_FOLDER).lower()
        page = next((pages[stem + ending] for ending in SAVED_PAGE_PAGES if stem + ending in pages), None)
        if stem and page:
            subfolders.remove(folder)
            yield here / folder, LeftOut(f"what the saved page “{shown_path(page)}” needs to be shown "
                                         "(scripts, styles, pictures), not articles")


def _file(path: Path, top: Path, follow_links: bool) -> Iterator[FoundPath]:
    if path.is_symlink() and not follow_links and not _inside(path, top):
        yield path, OUTSIDE_LINK
    elif path.is_file():
        yield path, None
    elif not path.exists():
        yield path, "a broken link"


def _inside(path: Path, top: Path) -> bool:
    try:
        return path.resolve().is_relative_to(top)
    except (OSError, RuntimeError):  # a link loop
        return False


def _nothing_in(folder: Path) -> str:
    try:
        hidden = any(entry.name.startswith(".") for entry in folder.iterdir())
    except OSError:
        hidden = False
    return "no file in this folder to add" + (
        " (what it holds is hidden, its names starting with “.”, and left out)" if hidden else "")


def _unreadable(problem: OSError) -> str:
    return f"a folder that cannot be read ({problem.strerror or problem}): its files were not added"

"""What every subcommand shares: exit statuses, the one-line error, hits marked in plain and Rich
output. Strings from the corpus or the query are data: Rich gets `Text` objects, never markup."""

from __future__ import annotations

import sys
from pathlib import Path

from corpus.sanitize import clean_line

EXIT_OK, EXIT_NO_MATCH, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as a shell reports it)
HIT_MARKS = ("«", "»")  # how plain output shows a hit


def error(message: str) -> int:
    """One line on stderr, untrusted parts already sanitised; the usage exit status."""
    print(f"gsomia-tui: {clean_line(message)}", file=sys.stderr)
    return EXIT_USAGE


def marked(text: str, spans) -> str:
    """`text` with each span wrapped in HIT_MARKS: hits in plain output."""
    pieces, cursor = [], 0
    for span in spans:
        pieces += [text[cursor:span.start], HIT_MARKS[0], text[span.start:span.end], HIT_MARKS[1]]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def highlighted(plain: str, spans, shift: int = 0, style: str = ""):
    """A Rich Text of untrusted `plain` with the spans emphasised (never parsed as markup)."""
    from rich.text import Text

    text = Text(plain, style=style)
    for span in spans:
        text.stylize("bold reverse", span.start + shift, span.end + shift)
    return text


def date_problem(option: str, value: str | None) -> str | None:
    """Why `value`, given to `option`, is not a date (None when it is one, or absent)."""
    if value is None:
        return None  # (and the date rules, ~20 ms of patterns, are not loaded for nothing)
    from corpus.edits import EditError, checked_date

    try:
        return checked_date(value) and None
    except EditError as problem:
        return f"{option} {problem}"


def folder_problem(option: str, folder: Path | None) -> str | None:
    """Why `folder`, given to `option`, cannot be used: a file, or a parent that is missing
    (a mistyped path must not become a tree of new folders)."""
    if folder is None or folder.is_dir():
        return None
    if folder.exists():
        return f"{option} {folder}: this is a file, not a folder; give a folder"
    parent = folder.expanduser().absolute().parent
    if not parent.is_dir():
        return (f"{option} {folder}: the folder {parent} does not exist; create it first "
                "or give another folder")
    return None


SHORT_ID = 8  # characters of an article id that tables show (`show` takes any unique prefix)


def short_id(article_id: str) -> str:
    return article_id[:SHORT_ID]


def add_id_column(table, name: str = "Id", width: int = SHORT_ID) -> None:
    """An id column that is never wrapped: ids are copied from tables whole."""
    table.add_column(name, no_wrap=True, min_width=width, overflow="ignore")

"""Cited passages written as Markdown, CSV or JSON Lines, untrusted text kept as data.

Markdown: every character Markdown could read as syntax is backslash-escaped, so an article
cannot make a link, an image, HTML or a heading in the story it is pasted into. CSV: a cell
that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) is prefixed with an apostrophe (OWASP's advice on CSV injection).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Sequence

from index.citations import CitedPassage

FORMATS = ("md", "csv", "json")
CSV_COLUMNS = ("outlet", "date", "headline", "url", "passage", "text", "citation", "article_id")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$])")  # inline syntax, anywhere
_BLOCK_START = re.compile(r"^(\d*)([-+=.)])")  # a list or heading marker at a line's start
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def format_of(path: Path) -> str | None:
    """The export format a file name asks for by its ending (".md", ".csv", ".json")."""
    return {".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json",
            ".jsonl": "json"}.get(path.suffix.casefold())


def render(rows: Sequence[CitedPassage], fmt: str, title: str) -> str:
    """`rows` in format `fmt`; `title` says what was exported (the query, the event)."""
    if fmt == "md":
        return markdown(rows, title)
    if fmt == "csv":
        return csv_text(rows)
    if fmt == "json":
        return json_lines(rows)
    raise ValueError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")


def escape_markdown(text: str) -> str:
    """`text` shown literally by a CommonMark (or GitHub) renderer: a backslash before each
    piece of punctuation that can be inline syntax, line breaks made spaces, and a list or
    heading marker at the start escaped, so no text can start a block of its own."""
    flat = _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(r"\1\\\2", flat, count=1)


def markdown(rows: Sequence[CitedPassage], title: str) -> str:
    articles = len({row.article_id for row in rows})
    lines = [f"# {escape_markdown(title)}", "",
             f"{len(rows)} passage{'s' if len(rows) != 1 else ''} from "
             f"{articles} article{'s' if articles != 1 else ''}.", ""]
    for row in rows:
        lines += [f"> {escape_markdown(row.text)}", ">",
                  f"> \u2014 {escape_markdown(row.citation)}", ""]
    return "\n".join(lines)


def neutralise_cell(value: str) -> str:
    """A cell a spreadsheet shows as text instead of running it as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_text(rows: Sequence[CitedPassage]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        record = record_of(row)
        writer.writerow([neutralise_cell(str(record[name] if record[name] is not None else ""))
                         for name in CSV_COLUMNS])
    return out.getvalue()


def record_of(row: CitedPassage) -> dict:
    return {"article_id": row.article_id, "outlet": row.outlet, "date": row.date,
            "headline": row.headline, "url": row.url, "passage": row.passage,
            "text": row.text, "spans": [[s.start, s.end] for s in row.spans],
            "citation": row.citation}


def json_lines(rows: Sequence[CitedPassage]) -> str:
    return "".join(json.dumps(record_of(row), ensure_ascii=False) + "\n" for row in rows)


def write_whole(path: Path, text: str) -> str | None:
    """Write `text` to `path` whole or not at all (a temporary file renamed into place);
    a problem as one line, or None."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write {path}: the folder {folder} does not exist"
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as problem:
        return f"cannot write {path}: {problem.strerror or problem}"
    try:
        os.fchmod(handle, _mode_for(path))  # (mkstemp's file is the owner's alone)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as problem:
        Path(temporary).unlink(missing_ok=True)
        return f"cannot write {path}: {problem.strerror or problem}"
    return None


def _mode_for(path: Path) -> int:
    """The permissions a file written anew gets from the umask, as any editor's would; a
    file replaced keeps its own."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:  # read where the system shows it: setting it to read it back races other threads
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1], 8) for line in status if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
        return mask

"""`gsomia-tui export`: a search's hits or an event's coverage, each passage cited."""

from __future__ import annotations

import os
import sys
import tempfile
from argparse import Namespace
from pathlib import Path

from corpus.sanitize import clean_line
from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, error
from explorer.cli.session import load_corpus, open_engine
from index.results import QueryError


def export(args: Namespace) -> int:
    from index.citations import cite_event, cite_hits
    from index.export_formats import render

    if bool(args.query) == bool(args.event):
        return error("export takes a QUERY or --event ID (one of them): "
                     "see `gsomia-tui export --help`")
    if args.output and args.output.exists() and not args.force:
        return error(f"{args.output} already exists: choose another file, or add --force "
                     "to replace it")
    corpus = load_corpus(args.data)
    engine = open_engine(args, corpus)
    if args.event:
        from index.timeline import build_timeline

        try:
            event = build_timeline(engine).event(args.event)
        except KeyError as missing:
            return error(str(missing.args[0]))
        rows, title = cite_event(event, corpus), f"{event.title} ({event.date_label})"
    else:
        try:
            result = engine.search(args.query, outlets=args.outlet,
                                   date_range=(args.date_from, args.date_to),
                                   sort=args.sort, limit=args.limit)
        except QueryError as problem:
            return error(f"query {problem.query!r}: {problem.message}")
        rows, title = cite_hits(result, corpus), f"Search: {result.query}"
    text = render(rows, args.format, title)
    if args.output:
        problem = write_whole(args.output, text)
        if problem:
            return error(problem)
        print(f"gsomia-tui: wrote {len(rows)} passages to {clean_line(str(args.output))}",
              file=sys.stderr)
    else:
        sys.stdout.write(text)
    if not rows:
        print("gsomia-tui: nothing to export: no passage matches", file=sys.stderr)
        return EXIT_NO_MATCH
    return EXIT_OK


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
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as problem:
        Path(temporary).unlink(missing_ok=True)
        return f"cannot write {path}: {problem.strerror or problem}"
    return None

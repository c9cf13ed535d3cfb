"""`gsomia-tui add PATH...` and `gsomia-tui remove ID`: the user's own articles."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections import Counter
from pathlib import Path

from corpus.library import (
    AddOutcome,
    LibraryBusy,
    LibraryUnwritable,
    add_paths,
    find_files,
    remove_article,
)
from corpus.sanitize import clean_line
from corpus.stated_dates import BadDate, normalise_stated_date
from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, error
from explorer.cli.session import load_corpus, open_engine

def add(args: Namespace) -> int:
    date = _given_date(args.date)
    if date is None and args.date:
        return error(f"--date {args.date!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    overrides = {"outlet": args.outlet, "date": date, "url": args.url}
    corpus = load_corpus(args.data)
    paths = [Path(p) for p in args.paths]
    try:
        outcomes = _add_with_progress(paths, overrides, corpus, args)
    except LibraryBusy as busy:
        return error(str(busy))
    except LibraryUnwritable as unwritable:
        if unwritable.outcomes:
            _report(unwritable.outcomes)
        _update_index(args, unwritable.outcomes)
        print(f"gsomia-tui: {clean_line(str(unwritable))}", file=sys.stderr)
        return EXIT_NO_MATCH
    _report(outcomes)
    _update_index(args, outcomes)
    return EXIT_NO_MATCH if any(o.status == "skipped" for o in outcomes) else EXIT_OK


def _given_date(text: str | None) -> str | None:
    try:
        return normalise_stated_date(text) if text and text[:4].isdigit() else None
    except BadDate:
        return None


def _update_index(args: Namespace, outcomes: list[AddOutcome]) -> None:
    if any(o.status == "added" for o in outcomes):
        open_engine(args, load_corpus(args.data))  # brings the index up to date, incrementally


def _add_with_progress(paths, overrides, corpus, args) -> list[AddOutcome]:
    root, follow = args.data, args.follow_links
    if not sys.stderr.isatty():
        return add_paths(paths, overrides, corpus, root, follow_links=follow)
    from rich.console import Console
    from rich.progress import Progress

    total = sum(1 for _ in find_files(paths, follow))
    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("adding", total=total)
        return add_paths(paths, overrides, corpus, root, follow_links=follow,
                         on_file=lambda _: progress.advance(task))


def _report(outcomes: list[AddOutcome]) -> None:
    for outcome in outcomes:
        if outcome.status == "added":
            article = outcome.article
            print(f"added {article.id[:8]}  {article.date or 'undated'}  "
                  f"{article.outlet_label}  {article.headline}")
    for outcome in outcomes:
        if outcome.status != "added":
            print(f"{outcome.status}: {clean_line(outcome.source)}: {outcome.reason}",
                  file=sys.stderr)
    counts = Counter(o.status for o in outcomes)
    duplicates = counts["duplicate"]
    summary = (f"{counts['added']} added, {duplicates} duplicate{'s' if duplicates != 1 else ''},"
               f" {counts['skipped']} skipped")
    print(summary, file=sys.stderr)


def remove(args: Namespace) -> int:
    corpus = load_corpus(args.data)
    try:
        article = remove_article(args.id, corpus, args.data)
    except KeyError as missing:
        return error(str(missing.args[0]))
    except LibraryBusy as busy:
        return error(str(busy))
    except LibraryUnwritable as unwritable:
        print(f"gsomia-tui: {clean_line(str(unwritable))}", file=sys.stderr)
        return EXIT_NO_MATCH
    open_engine(args, load_corpus(args.data))
    print(f"removed {article.id[:8]}  {article.headline}")
    return EXIT_OK

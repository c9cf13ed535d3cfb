"""`gsomia-tui add PATH...`, `edit ID` and `remove ID`: the user's own articles."""

from __future__ import annotations

import sys
from argparse import Namespace
from collections import Counter
from pathlib import Path

from corpus.edits import EditError, edit_article
from corpus.library import (
    AddOutcome,
    LibraryBusy,
    LibraryUnwritable,
    add_paths,
    data_root,
    find_files,
    library_lock,
    remove_article,
)
from corpus.sanitize import clean_line
from corpus.stated_dates import BadDate, normalise_stated_date
from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, date_problem, error
from explorer.cli.session import load_corpus, open_engine


def add(args: Namespace) -> int:
    date = _given_date(args.date) or args.date  # 2016-1-5 is 2016-01-05
    if problem := date_problem("--date", date):
        return error(problem)
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
    _advise_edits(outcomes)
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


def _advise_edits(outcomes: list[AddOutcome]) -> None:
    """The added articles with no outlet or no date, each with the command that sets them."""
    missing = [o.article for o in outcomes if o.status == "added"
               and (o.article.outlet is None or o.article.date is None)]
    if not missing:
        return
    print(f"{len(missing)} article{'s' if len(missing) != 1 else ''} with no outlet or no date "
          "found; set what you know with:", file=sys.stderr)
    for article in missing:
        options = " ".join(option for option, absent in (
            ("--outlet NAME", article.outlet is None), ("--date YYYY-MM-DD", article.date is None))
            if absent)
        print(f"  gsomia-tui edit {article.id[:8]} {options}   # {clean_line(article.headline)}",
              file=sys.stderr)


def edit(args: Namespace) -> int:
    if problem := date_problem("--date", args.date):
        return error(problem)
    changes = {"outlet": args.outlet, "date": args.date, "headline": args.headline,
               "url": args.url}
    root = args.data or data_root()
    try:
        with library_lock(root):
            article_id = edit_article(args.id, changes, load_corpus(args.data), root)
    except KeyError as missing:
        return error(str(missing.args[0]))
    except (EditError, LibraryBusy) as problem:
        return error(str(problem))
    corpus = load_corpus(args.data)
    open_engine(args, corpus)  # the index follows the edit
    article = corpus.get(article_id)
    print(f"edited {article.id[:8]}  {article.date or 'undated'}  {article.outlet_label}  "
          f"{clean_line(article.headline)}")
    return EXIT_OK


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

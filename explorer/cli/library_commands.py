"""`gsomia-tui add PATH...` and `gsomia-tui remove ID`: the user's own articles."""

from __future__ import annotations

import re
import sys
from argparse import Namespace
from collections import Counter
from pathlib import Path

from corpus.library import AddOutcome, LibraryBusy, add_stream, remove_article
from corpus.sanitize import clean_line
from explorer.cli.output import EXIT_NO_MATCH, EXIT_OK, error
from explorer.cli.progress import add_progress
from explorer.cli.session import load_corpus, open_engine

_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def add(args: Namespace) -> int:
    if args.date and not _DATE.match(args.date):
        return error(f"--date {args.date!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    overrides = {"outlet": args.outlet, "date": args.date, "url": args.url}
    corpus = load_corpus(args.data)
    paths = [Path(p) for p in args.paths]
    counts: Counter[str] = Counter()
    not_added: list[AddOutcome] = []
    try:
        with add_progress(paths) as advance:
            for outcome in add_stream(paths, overrides, corpus, args.data):
                counts[outcome.status] += 1
                advance()
                if outcome.status == "added":  # printed at once: memory stays flat
                    _print_added(outcome.article)
                else:
                    not_added.append(outcome)
    except LibraryBusy as busy:
        return error(str(busy))
    _report(not_added, counts)
    if counts["added"]:
        open_engine(args, corpus)  # brings the index up to date from the store
    return EXIT_NO_MATCH if counts["skipped"] else EXIT_OK


def _print_added(article) -> None:
    print(f"added {article.id[:8]}  {article.date or 'undated'}  {article.outlet_label}  "
          f"{article.headline}")


def _report(not_added: list[AddOutcome], counts: Counter) -> None:
    for outcome in not_added:
        print(f"{outcome.status}: {clean_line(outcome.source)}: {outcome.reason}",
              file=sys.stderr)
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
    open_engine(args, corpus)
    print(f"removed {article.id[:8]}  {article.headline}")
    return EXIT_OK

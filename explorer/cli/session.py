"""Opening the corpus and the index for one command, with their notices on stderr."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from corpus.article_store import ArticleStore
from corpus.store_sync import open_library
from corpus.intake.outlets import outlets
from corpus.sanitize import clean_line
from explorer.cli.progress import REREAD_KEPT, refresh_progress, store_progress


def load_corpus(data: Path | None = None, writing: bool = False) -> ArticleStore:
    """The article store, brought up to date (a bar on a terminal while it upgrades). For a
    command that writes the library, an unwritable one is that command's own one-line error."""
    rereading: list[bool] = []
    told = refresh_progress()

    def reread(done: int, total: int) -> None:
        rereading[:] = [done < total]
        told(done, total)

    try:
        corpus = open_library(data, progress=store_progress("reading your articles"),
                              reread=reread)
    except KeyboardInterrupt:
        if rereading and rereading[0]:
            print(f"gsomia-tui: interrupted: {REREAD_KEPT}", file=sys.stderr)
        raise
    if corpus.notice and not (writing and corpus.path is None):
        print(f"gsomia-tui: {corpus.notice}", file=sys.stderr)
    for problem in corpus.problems:
        print(f"gsomia-tui: skipped {problem}", file=sys.stderr)
    if outlet_list_problem := outlets().problem:
        print(f"gsomia-tui: {clean_line(outlet_list_problem)}", file=sys.stderr)
    return corpus


def open_engine(args: Namespace, corpus: ArticleStore):
    from index.search import SearchEngine
    from index.segment_workers import usable_cores

    engine = SearchEngine.open(corpus, args.index, store_progress("indexing"))
    engine.search_workers = usable_cores()  # one search per command: every core may read
    if engine.notice:
        _print_notice(engine.notice)
    engine.on_notice = _print_notice  # a rebuild that a damaged read forces later
    return engine


def follow_changes(args: Namespace, corpus: ArticleStore, added: int = 0) -> None:
    """After the library changed (`added` articles new): the index brought up to date, the
    timeline's part of each new article derived and kept where the add did not keep it (so
    that `events` and the explorer merge, not build), and the shared sentences kept beside
    the index brought up to date article by article; for a new library of many articles,
    built in another process while the index is built (`index.overlap_beside`)."""
    from index.overlap import update_shared
    from index.overlap_beside import SharedBeside
    from index.timeline_rows import update_parts

    beside = SharedBeside.start(corpus.path, args.index, added)
    try:
        engine = open_engine(args, corpus)
        update_parts(corpus, store_progress("finding events in the new articles"))
    except BaseException:
        if beside is not None:
            beside.cancel()  # (else this command would wait for it before exiting)
        raise
    shared_progress = store_progress("finding text shared between articles")
    if beside is not None:
        beside.finish(engine.opened.location, shared_progress)
    update_shared(corpus, engine.opened.location, shared_progress)


def _print_notice(notice: str) -> None:
    print(f"gsomia-tui: {notice}", file=sys.stderr)

"""Opening the corpus and the index for one command, with their notices on stderr."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from corpus.library import load_corpus as load_full_corpus
from corpus.intake.outlets import outlets
from corpus.loader import Corpus
from corpus.sanitize import clean_line


def load_corpus(data: Path | None = None) -> Corpus:
    corpus = load_full_corpus(data)
    for problem in corpus.problems:
        print(f"gsomia-tui: skipped {problem}", file=sys.stderr)
    if outlet_list_problem := outlets().problem:
        print(f"gsomia-tui: {clean_line(outlet_list_problem)}", file=sys.stderr)
    return corpus


def open_engine(args: Namespace, corpus: Corpus):
    from index.search import SearchEngine

    engine = SearchEngine.open(corpus, args.index)
    if engine.notice:
        _print_notice(engine.notice)
    engine.on_notice = _print_notice  # a rebuild that a damaged read forces later
    return engine


def _print_notice(notice: str) -> None:
    print(f"gsomia-tui: {notice}", file=sys.stderr)

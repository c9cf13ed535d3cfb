"""Prefix search: the words as written (the product) beside stems only, in one run.

    python -m bench.prefix_bench [--size 10k] [--rounds 15]

Each prefix is searched as `prefix*` (`SearchEngine.search`, top 10 with snippets, total and
facets) three ways, interleaved each round: ``written`` (the product: the stems of the written
words the prefix begins, and one of those words in the article), ``stems-of-words`` (the same
without the written-word check) and ``stem-prefix`` (Whoosh's `Prefix` over the stemmed terms,
as before: `intelligen*` finds nothing). Figures: articles found and p50 ms.
"""

from __future__ import annotations

import argparse
import time
from unittest import mock

from bench.common import default_workdir, exit_with, index_root, ms, p50, parse_sizes, table
from bench.generate import DEFAULT_SEED

PREFIXES = ("int", "intel", "intelligen", "nuc", "nuclea", "min", "sig", "mi")


def modes():
    import index.search as search
    from index.wildcards import match_written_words

    return {
        "written": match_written_words,
        "stems-of-words": lambda q, reader, exact: match_written_words(q, reader, False),
        "stem-prefix": lambda q, reader, exact: q,
        "_module": search,
    }


def run(count: int, rounds: int) -> list[list]:
    from bench.generate import generate_corpus
    from index.search import SearchEngine

    engine = SearchEngine.open(generate_corpus(count, DEFAULT_SEED),
                               index_root(default_workdir(), count, DEFAULT_SEED))
    ways = modes()
    module = ways.pop("_module")
    times = {(p, way): [] for p in PREFIXES for way in ways}
    found = {}
    for round_number in range(rounds + 1):  # round 0 warms up
        for prefix in PREFIXES:
            for way, rewrite in ways.items():
                with mock.patch.object(module, "match_written_words", rewrite):
                    started = time.perf_counter()
                    result = engine.search(f"{prefix}*", limit=10)
                    if round_number:
                        times[prefix, way].append(time.perf_counter() - started)
                found[prefix, way] = result.total
    return [[prefix] + [f"{found[prefix, way]} / {ms(p50(times[prefix, way])):.1f}"
                        for way in ways] for prefix in PREFIXES]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.prefix_bench")
    parser.add_argument("--size", default="10k")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)
    [count] = parse_sizes(args.size)
    rows = run(count, args.rounds)
    print(table(["prefix*", "written: articles / p50 ms", "stems of words", "stem prefix (before)"],
                rows, title=f"{args.size} generated articles, {args.rounds} rounds"))
    return 0


if __name__ == "__main__":
    exit_with(main)

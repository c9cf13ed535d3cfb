"""Experiment: what article searches would cost if passage documents were not in the same field.

    python -m bench.split_bench [--size 1k] [--rounds 15] [--json]

Our index holds one document per article *and* one per passage, all in the `body` field, so
an article search walks the passages' postings too and throws them away with the
`kind:article` filter. This builds a second index of the same corpus with the article
documents only (our schema, our `article_documents`, passages left out) and times Whoosh's
ranked top ten (`terms=True`, the `kind:article` filter, as `SearchEngine.search` asks) on
both, interleaved. It measures the headroom of moving passages to their own field or index.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (default_workdir, emit, geomean, index_root, ms, p50, parse_sizes,
                          size_label, table)
from bench.generate import DEFAULT_SEED
from bench.search_bench import QUERIES


def run(size: int = 1000, rounds: int = 15, seed: int = DEFAULT_SEED,
        workdir: Path | None = None) -> dict:
    from whoosh import index as whoosh_index
    from whoosh import query as wq

    from bench.generate import generate_corpus
    from index.query import make_parser, parse_query
    from index.schema import ARTICLE, build_schema
    from index.search import SearchEngine
    from index.store import article_documents

    workdir = workdir or default_workdir()
    corpus = generate_corpus(size, seed)
    engine = SearchEngine.open(corpus, index_root(workdir, size, seed))
    scratch = Path(tempfile.mkdtemp(prefix="gsomia-bench-split-"))
    try:
        started = time.perf_counter()
        articles_only = whoosh_index.create_in(str(scratch), build_schema())
        writer = articles_only.writer()
        for article in corpus:
            writer.add_document(**next(iter(article_documents(article))))
        writer.commit()
        build_s = time.perf_counter() - started
        searchers = {"both": engine.opened.index.searcher(), "articles_only": articles_only.searcher()}
        parser = make_parser(build_schema())

        def top(searcher, bq):
            q = parse_query(parser, bq.text)
            parts = [wq.Term("kind", ARTICLE)]
            if bq.outlets:
                parts.append(wq.Or([wq.Term("outlet_id", o) for o in bq.outlets]))
            if bq.date_range:
                parts.append(wq.TermRange("date", *bq.date_range))
            results = searcher.search(q, filter=wq.And(parts), limit=10, terms=True)
            return [hit["article_id"] for hit in results]

        samples = {(bq.kind, name): [] for bq in QUERIES for name in searchers}
        same = {}
        for bq in QUERIES:
            same[bq.kind] = top(searchers["both"], bq) == top(searchers["articles_only"], bq)
        for number in range(rounds):
            names = list(searchers)[::1 if number % 2 else -1]
            for bq in QUERIES:
                for name in names:
                    started = time.perf_counter()
                    top(searchers[name], bq)
                    samples[(bq.kind, name)].append(time.perf_counter() - started)
        rows = {}
        for bq in QUERIES:
            both, alone = p50(samples[(bq.kind, "both")]), p50(samples[(bq.kind, "articles_only")])
            rows[bq.kind] = {"both_p50_ms": ms(both), "articles_only_p50_ms": ms(alone),
                             "ratio": round(alone / both, 2), "same_top10": same[bq.kind]}
        for searcher in searchers.values():
            searcher.close()
    finally:
        engine.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return {"size": size_label(size), "rounds": rounds, "articles_only_build_s": round(build_s, 1),
            "queries": rows, "geomean_ratio": round(geomean(r["ratio"] for r in rows.values()), 2)}


def render(report: dict) -> str:
    rows = [[kind, r["both_p50_ms"], r["articles_only_p50_ms"], f"{r['ratio']}×",
             "yes" if r["same_top10"] else "no"] for kind, r in report["queries"].items()]
    return (table(["kind", "articles+passages p50 ms", "articles only p50 ms", "ratio", "same top 10"],
                  rows, f"Whoosh ranked top 10 at {report['size']} ({report['rounds']} rounds)")
            + f"\ngeo-mean ratio {report['geomean_ratio']}× (articles-only build "
              f"{report['articles_only_build_s']} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.split_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1k")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(run(parse_sizes(args.size)[0], args.rounds, args.seed, args.workdir), args.json, render)
    return 0


if __name__ == "__main__":
    sys.exit(main())

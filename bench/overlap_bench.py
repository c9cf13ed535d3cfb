"""How long finding shared sentences takes, and whether planted wire copies are found.

    python -m bench.overlap_bench [--sizes 1k,10k] [--seed 7] [--adds 3]

Generated articles (bench/generate.py) with wire copy planted: every tenth article carries
three sentences of an earlier one, lightly edited (demonyms, hyphens, British spelling, a
dateline). Reports the time of `find_shared` over every passage, the sentences it read, and
how many planted copies it found (recall) and how many other pairs it reported.

With `--adds N`: the store kept beside the index (`index.overlap_store`) is built whole for
the generated articles, then N more are added one at a time and removed again, each brought
up to date article by article as `gsomia-tui add` / `remove` do; the time of each.

With `--library DATA`: the store built whole, alone, for the articles of an existing library
(`GSOMIA_TUI_DATA` of a library `bench.commands_bench` made), into a temporary directory: wall
and CPU time (this process and its shingling workers), the peak resident memory of this
process (and what opening the library alone took) and of the largest worker, the file's size.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from pathlib import Path

from bench.common import exit_with
from bench.generate import generate_articles
from corpus.loader import Corpus
from index.shared_text import find_shared, sentences

EDITS = (("South Korea's", "South Korean"), ("Min-koo", "Min Koo"), ("Defense", "Defence"),
         ("Japan's", "Japanese"))


def planted_corpus(count: int, seed: int) -> tuple[list[tuple[str, int, str]], set]:
    rows, planted = [], set()
    rng = random.Random(seed)
    for number, article in enumerate(generate_articles(count, seed)):
        rows += [(article.id, p.number, p.text) for p in article.passages]
        if number % 10 == 9:
            source_id, passage, text = rng.choice(rows[:-len(article.passages)])
            copied = [text[s.start:s.end] for s in sentences(source_id, passage, text)][:3]
            edited = " ".join(copied)
            for old, new in EDITS:
                edited = edited.replace(old, new)
            rows.append((article.id, len(article.passages) + 1, "SEOUL (Yonhap) -- " + edited))
            planted.add((article.id, source_id))
    return rows, planted


def run(count: int, seed: int) -> dict:
    rows, planted = planted_corpus(count, seed)
    started = time.perf_counter()
    found = find_shared(rows)
    seconds = time.perf_counter() - started
    pairs = {(s.sentence.article_id, s.other.article_id) for s in found}
    return {"articles": count, "sentences": sum(1 for r in rows for _ in sentences(*r)),
            "seconds": round(seconds, 1), "planted": len(planted),
            "found": len(planted & pairs), "other_pairs": len(pairs - planted - {
                (b, a) for a, b in planted})}


def run_adds(count: int, adds: int, seed: int) -> dict:
    """Build the store for `count` generated articles, then add and remove `adds` more."""
    from index.overlap_store import STORE_FILE, OverlapStore

    articles = list(generate_articles(count + adds, seed))
    with tempfile.TemporaryDirectory() as folder, OverlapStore(Path(folder) / STORE_FILE) as store:
        started = time.perf_counter()
        store.synchronise(Corpus(tuple(articles[:count])))
        built = time.perf_counter() - started
        add_ms, remove_ms = [], []
        for extra in range(1, adds + 1):
            corpus = Corpus(tuple(articles[:count + extra]))
            started = time.perf_counter()
            assert store.synchronise(corpus) == "updated"
            add_ms.append(round((time.perf_counter() - started) * 1000))
        for extra in range(adds - 1, -1, -1):
            corpus = Corpus(tuple(articles[:count + extra]))
            started = time.perf_counter()
            assert store.synchronise(corpus) == "updated"
            remove_ms.append(round((time.perf_counter() - started) * 1000))
    return {"articles": count, "build_s": round(built, 1), "add_one_ms": add_ms,
            "remove_one_ms": remove_ms}


def run_library(data: Path) -> dict:
    """Build the store whole for the library at `data`, as the first `add` into it does."""
    from corpus.store_sync import open_library
    from index.overlap_store import STORE_FILE, OverlapStore

    corpus = open_library(data)
    opened_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as folder:
        started, cpu = time.perf_counter(), time.process_time()
        with OverlapStore(Path(folder) / STORE_FILE) as store:
            assert store.synchronise(corpus) == "built"
            pairs = store.db.execute("SELECT count(*) FROM pairs").fetchone()[0]
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        file_mb = sum(f.stat().st_size for f in Path(folder).iterdir()) / 2**20
    own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                        resource.RUSAGE_CHILDREN))
    return {"articles": len(corpus), "pairs": pairs, "wall_s": round(wall, 1),
            "cpu_s": round(cpu, 1), "workers_cpu_s": round(workers.ru_utime + workers.ru_stime, 1),
            "peak_mb": round(own.ru_maxrss / 1024), "after_opening_mb": round(opened_mb),
            "worker_peak_mb": round(workers.ru_maxrss / 1024), "file_mb": round(file_mb, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--adds", type=int, default=0,
                        help="measure the store: N articles added one at a time, then removed")
    parser.add_argument("--library", type=Path,
                        help="build the store whole for the library (its data directory) here")
    args = parser.parse_args(argv)
    if args.library:
        print(run_library(args.library), flush=True)
        return 0
    for size in args.sizes.split(","):
        count = int(size.rstrip("k")) * (1000 if size.endswith("k") else 1)
        print(run_adds(count, args.adds, args.seed) if args.adds else run(count, args.seed),
              flush=True)
    return 0


if __name__ == "__main__":
    exit_with(main)

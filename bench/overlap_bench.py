"""How long finding shared sentences takes, and whether planted wire copies are found.

    python -m bench.overlap_bench [--sizes 1k,10k] [--seed 7] [--adds 3]

Generated articles (bench/generate.py) with wire copy planted: every tenth article carries
three sentences of an earlier one, lightly edited (demonyms, hyphens, British spelling, a
dateline). Reports the time of `find_shared` over every passage, the sentences it read, and
how many planted copies it found (recall) and how many other pairs it reported.

With `--adds N`: the store kept beside the index (`index.overlap_store`) is built whole for
the generated articles, then N more are added one at a time and removed again, each brought
up to date article by article as `gsomia-tui add` / `remove` do; the time of each.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--adds", type=int, default=0,
                        help="measure the store: N articles added one at a time, then removed")
    args = parser.parse_args(argv)
    for size in args.sizes.split(","):
        count = int(size.rstrip("k")) * (1000 if size.endswith("k") else 1)
        print(run_adds(count, args.adds, args.seed) if args.adds else run(count, args.seed),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long finding shared sentences takes, and whether planted wire copies are found.

    python -m bench.overlap_bench [--sizes 1k,10k] [--seed 7]

Generated articles (bench/generate.py) with wire copy planted: every tenth article carries
three sentences of an earlier one, lightly edited (demonyms, hyphens, British spelling, a
dateline). Reports the time of `find_shared` over every passage, the sentences it read, and
how many planted copies it found (recall) and how many other pairs it reported.
"""

from __future__ import annotations

import argparse
import random
import time

from bench.generate import generate_articles
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1k")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for size in args.sizes.split(","):
        count = int(size.rstrip("k")) * (1000 if size.endswith("k") else 1)
        print(run(count, args.seed), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

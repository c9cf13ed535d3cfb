"""Index building: articles per second, one incremental add, size on disk, peak memory.

    python -m bench.index_bench [--sizes 1k,10k] [--adds 7] [--writer-variants] [--reuse]
                                [--json] [--smoke]

Each full build runs in a fresh subprocess (so its peak RSS is its own) through our
`index.store.write_articles` (which uses Whoosh's default writer: one process, limitmb=128, one
merged segment) into a `.building-` directory that is then renamed to the index key, exactly
as `open_or_build` does; the built index is left in the work directory, where
`bench.search_bench` reuses it. `--writer-variants` also builds with
`writer(procs=2, multisegment=True, limitmb=256)` (PERF-NOTES) for comparison.

The incremental add works on a copy of the built index (our schema): `writer(timeout=5)`,
`add_document` for the new article and its passages, then `commit(merge=False)`, and for
comparison the default `commit()` (which may merge small segments). After each add the
long-lived searcher is refreshed and asked one query (what the TUI would do). Finally the
product path: `open_or_build(corpus + one new article, root)` on another copy (it
synchronises: reads every indexed article's fingerprint, adds the new one, commits), and
`open_or_build` again with nothing changed (which the corpus fingerprint file in the index
directory answers without reading the articles' fingerprints). `--reuse` skips the build when
the work directory already holds a complete index of that size (the adds are then measured on
copies of it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (default_workdir, dir_size_mb, emit, exit_with, index_root, maxrss_mb, ms, p50,
                          parse_sizes, size_label, table)
from bench.generate import DEFAULT_SEED

VARIANT_SETTINGS = {"procs": 2, "multisegment": True, "limitmb": 256}
DEFAULT_SETTINGS_NOTE = "index.writer() defaults: procs=1, limitmb=128, multisegment=False (merged)"


# --- the child process: generate, build, report -------------------------------------------
def child_build(count: int, seed: int, root: Path, variant: bool) -> dict:
    from whoosh import index as whoosh_index

    from bench.generate import generate_corpus
    from index.schema import build_schema
    from bench.common import index_location
    from index.store import article_document, write_articles

    started = time.perf_counter()
    corpus = generate_corpus(count, seed)
    generate_seconds = time.perf_counter() - started
    rss_before = maxrss_mb()
    root.mkdir(parents=True, exist_ok=True)
    location = index_location(root, corpus)
    if variant:
        location = location.with_name(f"variant-{location.name}")
    building = Path(tempfile.mkdtemp(prefix=f".building-{location.name}-", dir=root))
    index = whoosh_index.create_in(str(building), build_schema())
    started = time.perf_counter()
    if variant:
        writer = index.writer(**VARIANT_SETTINGS)
        for article in corpus.articles:
            writer.add_document(**article_document(article))
        writer.commit()
    else:
        write_articles(index, corpus.articles)
    build_seconds = time.perf_counter() - started
    if location.exists():
        shutil.rmtree(location)
    os.replace(building, location)
    documents = whoosh_index.open_dir(str(location)).doc_count()
    return {
        "articles": count,
        "documents": documents,
        "generate_s": round(generate_seconds, 2),
        "build_s": round(build_seconds, 2),
        "articles_per_s": round(count / build_seconds, 1),
        "rss_after_corpus_mb": rss_before,
        "peak_rss_mb": maxrss_mb(),
        "location": str(location),
        "writer": (", ".join(f"{k}={v}" for k, v in VARIANT_SETTINGS.items()) if variant
                   else DEFAULT_SETTINGS_NOTE),
    }


def build_in_subprocess(count: int, seed: int, root: Path, variant: bool = False) -> dict:
    command = [sys.executable, "-m", "bench.index_bench", "--child-build", str(count),
               "--seed", str(seed), "--root", str(root)] + (["--variant"] if variant else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    if done.returncode != 0:
        raise RuntimeError(f"build of {count} articles failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- incremental adds -------------------------------------------------------------------------
def measure_adds(location: Path, count: int, seed: int, adds: int, merge_adds: int,
                 product_adds: int) -> dict:
    from whoosh import index as whoosh_index
    from whoosh import query as wq

    from bench.common import index_location
    from bench.generate import generate_corpus, make_raw
    from corpus.loader import Corpus, article_from_raw
    from index.store import article_document, open_or_build

    def new_article(number: int):
        raw, known = make_raw(seed, count + number)
        return article_from_raw(raw, known, f"generated:{seed}:{count + number}")

    def add(index, article, merge: bool) -> float:
        started = time.perf_counter()
        writer = index.writer(timeout=5.0)
        try:
            writer.add_document(**article_document(article))
        except BaseException:
            writer.cancel()
            raise
        writer.commit(merge=merge)
        return time.perf_counter() - started

    probe = wq.And([wq.Term("body", "militari"), wq.Term("kind", "article")])
    results: dict[str, list[float]] = {"commit_no_merge": [], "refresh_and_query": [],
                                       "commit_default": []}
    scratch = Path(tempfile.mkdtemp(prefix="gsomia-bench-add-"))
    try:
        copy = scratch / "no-merge"
        shutil.copytree(location, copy)
        index = whoosh_index.open_dir(str(copy))
        searcher = index.searcher()
        searcher.search(probe, limit=10)
        for number in range(adds):
            results["commit_no_merge"].append(add(index, new_article(number), merge=False))
            started = time.perf_counter()
            searcher = searcher.refresh()
            [hit["article_id"] for hit in searcher.search(probe, limit=10)]
            results["refresh_and_query"].append(time.perf_counter() - started)
        segments_after = len(index._segments())
        searcher.close()
        shutil.rmtree(copy)
        copy = scratch / "default"
        shutil.copytree(location, copy)
        index = whoosh_index.open_dir(str(copy))
        for number in range(merge_adds):
            results["commit_default"].append(add(index, new_article(adds + number), merge=True))
        shutil.rmtree(copy)
        # The product path: open_or_build on the corpus plus one new article (synchronise).
        if product_adds:
            corpus = generate_corpus(count, seed)
            root = scratch / "product"
            copy = index_location(root, corpus)
            copy.parent.mkdir(parents=True)
            shutil.copytree(location, copy)
            extra: list = []
            results["open_or_build_plus_one"] = []
            results["open_or_build_unchanged"] = []
            for number in range(product_adds):
                extra.append(new_article(adds + merge_adds + number))
                bigger = Corpus(corpus.articles + tuple(extra))
                started = time.perf_counter()
                opened = open_or_build(bigger, root)
                results["open_or_build_plus_one"].append(time.perf_counter() - started)
                if getattr(opened, "updated", 1) != 1 or opened.location != copy:
                    raise RuntimeError(f"open_or_build did not add one article in place: {opened}")
                opened.index.close()
                started = time.perf_counter()
                open_or_build(bigger, root).index.close()
                results["open_or_build_unchanged"].append(time.perf_counter() - started)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report = {f"{name}_ms_p50": ms(p50(values)) for name, values in results.items() if values}
    report.update({f"{name}_ms_max": ms(max(values)) for name, values in results.items() if values})
    report["adds"] = adds
    report["segments_after_adds"] = segments_after
    return report


# --- driver -------------------------------------------------------------------------------------
def existing_build(count: int, seed: int, root: Path) -> dict | None:
    """The index `bench.index_bench` left in the work directory, if complete (no build)."""
    from whoosh import index as whoosh_index

    from bench.common import index_location
    from bench.generate import generate_corpus

    corpus = generate_corpus(count, seed)
    location = index_location(root, corpus)
    if not location.is_dir():
        return None
    expected = len(corpus) + sum(len(a.passages) for a in corpus)
    try:
        documents = whoosh_index.open_dir(str(location)).doc_count()
    except Exception:  # noqa: BLE001 - damaged or partial: build instead
        return None
    if documents != expected:
        return None
    return {"articles": count, "documents": documents, "location": str(location),
            "writer": "reused (built earlier; no build figures)", "build_s": None,
            "articles_per_s": None, "rss_after_corpus_mb": None, "peak_rss_mb": None}


def run(sizes: list[int], seed: int = DEFAULT_SEED, workdir: Path | None = None, adds: int = 7,
        merge_adds: int = 3, product_adds: int = 3, variants: bool = False,
        reuse: bool = False) -> dict:
    workdir = workdir or default_workdir()
    report: dict = {"seed": seed, "workdir": str(workdir), "sizes": {}}
    for count in sizes:
        root = index_root(workdir, count, seed)
        built = (existing_build(count, seed, root) if reuse else None) \
            or build_in_subprocess(count, seed, root)
        location = Path(built["location"])
        built["disk_mb"] = dir_size_mb(location)
        built["disk_kb_per_article"] = round(built["disk_mb"] * 1024 / count, 1)
        built.update(measure_adds(location, count, seed, adds, merge_adds, product_adds))
        entry = {"default": built}
        if variants and built["build_s"]:
            other = build_in_subprocess(count, seed, root, variant=True)
            other["disk_mb"] = dir_size_mb(Path(other["location"]))
            other["speedup_vs_default"] = round(built["build_s"] / other["build_s"], 2)
            shutil.rmtree(other["location"], ignore_errors=True)
            entry["variant"] = other
        report["sizes"][size_label(count)] = entry
    return report


def render(report: dict) -> str:
    rows, add_rows = [], []
    for label, entry in report["sizes"].items():
        for name, built in entry.items():
            rows.append([label, name, built["articles"], built["documents"], built["build_s"],
                         built["articles_per_s"], built["disk_mb"], built["rss_after_corpus_mb"],
                         built["peak_rss_mb"]])
        d = entry["default"]
        add_rows.append([label, d["commit_no_merge_ms_p50"], d["commit_no_merge_ms_max"],
                         d["refresh_and_query_ms_p50"], d.get("commit_default_ms_p50"),
                         d.get("commit_default_ms_max"), d["segments_after_adds"],
                         d.get("open_or_build_plus_one_ms_p50"),
                         d.get("open_or_build_unchanged_ms_p50")])
    parts = [
        table(["size", "writer", "articles", "whoosh docs", "build s", "articles/s", "disk MB",
               "RSS corpus MB", "peak RSS MB"], rows, "Full build (fresh subprocess each)"),
        "writer settings: " + "; ".join(
            f"{name}: {built['writer']}" for name, built in next(iter(report["sizes"].values())).items()),
        "",
        table(["size", "add p50 ms", "add max ms", "refresh+query p50 ms", "add+merge p50 ms",
               "add+merge max ms", "segments", "open_or_build +1 ms", "open unchanged ms"],
              add_rows,
              "Adding one article to the built index (copy; writer(timeout=5), commit(merge=False))"),
    ]
    return "\n".join(parts)


def smoke(workdir: Path | None = None) -> dict:
    workdir = workdir or Path(tempfile.mkdtemp(prefix="gsomia-bench-smoke-"))
    try:
        return run([60], workdir=workdir, adds=2, merge_adds=1, product_adds=1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.index_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1k,10k")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--adds", type=int, default=7)
    parser.add_argument("--writer-variants", action="store_true",
                        help="also build with procs=2, multisegment=True, limitmb=256")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the adds on an index already built in the work directory "
                             "(no build figures); builds when there is none")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child-build", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--variant", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_build is not None:
        print(json.dumps(child_build(args.child_build, args.seed, args.root, args.variant)))
        return 0
    if args.smoke:
        report = smoke(args.workdir)
    else:
        report = run(parse_sizes(args.sizes), args.seed, args.workdir, args.adds,
                     variants=args.writer_variants, reuse=args.reuse)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    exit_with(main)

"""Search latency: our `SearchEngine.search` beside SQLite FTS5, per query kind.

    python -m bench.search_bench [--sizes 1k,10k] [--rounds 30] [--typing] [--profile]
                                 [--json] [--smoke]

For each corpus size, the same generated articles go into our Whoosh index (built by
`open_or_build`, or reused from `bench.index_bench`) and into an SQLite FTS5 table
(`tokenize='porter'`, headline weighted 2 like ours). Each query kind is asked of every engine
once a round, engines interleaved (order rotated each round) after one warm-up round; figures
are p50/p95 over the rounds. Engines:

* ``ours``: `SearchEngine.search(text, outlets=, date_range=, limit=10)`: the product call
  (ranked top 10 with spans and snippets, plus total, facets and "did you mean");
* ``whoosh``: Whoosh alone: our parser and filter, `searcher.search(q, filter, limit=10,
  terms=True)`, stored article ids of the ten; no snippets, facets or suggestion;
* ``fts5``: ``SELECT ..., snippet(...) ... WHERE docs MATCH ? [AND outlet/date] ORDER BY
  bm25(docs, 2.0, 1.0) LIMIT 10``. FTS5 has no fuzzy search: ``word~`` becomes an OR of the
  index's terms within one edit of the word (looked up in an ``fts5vocab`` table, counted in
  FTS5's time).

The ratio that the target speaks of is ``ours`` p95 / ``fts5`` p95 per query kind.
`--typing` adds the two-phase typing measurement from PERF-NOTES ("nuclear minister" a key at
a time: unscored first ten, then the ranked top ten); `--profile` runs cProfile over ``ours``
at the largest size and splits the time between our code and Whoosh's.

The queries live in `bench.search_queries`, the FTS5 side in `bench.fts5`.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pstats
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.common import (default_workdir, emit, exit_with, geomean, index_root, ms, p50, p95,
                          parse_sizes, size_label, table)
from bench.fts5 import build_fts, fts_search, fts_total
from bench.generate import DEFAULT_SEED
from bench.search_queries import LIMIT, QUERIES, BenchQuery

TYPED = "nuclear minister"
MIN_PREFIX = 3


# --- Whoosh ----------------------------------------------------------------------------------
def ours_search(engine, bq: BenchQuery, limit: int = LIMIT):
    return engine.search(bq.text, outlets=bq.outlets, date_range=bq.date_range, limit=limit)


def whoosh_top(engine, bq: BenchQuery, limit: int = LIMIT) -> list[str]:
    """Whoosh's own share: parse, filter, ranked top `limit`, stored ids (engine internals)."""
    from index.schema import ARTICLE
    from index.wildcards import match_written_words

    q = engine.parse(bq.text)
    wanted = set(engine._outlet_ids(bq.outlets)) if bq.outlets else None
    with engine._lock:
        q = match_written_words(q, engine._searcher.reader(), exact=True)
        restriction = engine._restriction(ARTICLE, bq.date_range)
        if wanted:  # (None: every document may match)
            outlet_of = engine.table.outlet_id
            candidates = engine.table.of_kind(ARTICLE) if restriction is None else restriction
            restriction = {d for d in candidates if outlet_of[d] in wanted} or {-1}
        results = engine._searcher.search(q, filter=restriction, limit=limit, terms=True)
        return [hit["article_id"] for hit in results]


# --- the run ----------------------------------------------------------------------------------
@dataclass
class Setup:
    count: int
    corpus: object
    engine: object
    fts: sqlite3.Connection
    facts: dict = field(default_factory=dict)


def setup(count: int, seed: int, workdir: Path) -> Setup:
    from bench.generate import generate_corpus
    from index.search import SearchEngine

    started = time.perf_counter()
    corpus = generate_corpus(count, seed)
    facts = {"generate_s": round(time.perf_counter() - started, 2)}
    started = time.perf_counter()
    engine = SearchEngine.open(corpus, index_root(workdir, count, seed))
    facts["whoosh_open_or_build_s"] = round(time.perf_counter() - started, 2)
    fts, built = build_fts(corpus, workdir / f"fts5-{size_label(count)}-seed{seed}.sqlite")
    if built is not None:
        facts["fts5_build_s"] = round(built, 2)
    return Setup(count, corpus, engine, fts, facts)


def engines(s: Setup) -> dict:
    return {
        "ours": lambda bq: ours_search(s.engine, bq),
        "whoosh": lambda bq: whoosh_top(s.engine, bq),
        "fts5": lambda bq: fts_search(s.fts, bq),
    }


def measure(s: Setup, rounds: int, queries=QUERIES) -> dict:
    runners = engines(s)
    names = list(runners)
    samples = {(bq.kind, name): [] for bq in queries for name in names}
    for bq in queries:  # warm-up round, also the hit counts
        for name in names:
            runners[name](bq)
    for number in range(rounds):
        order = names[number % len(names):] + names[:number % len(names)]
        for bq in queries:
            for name in order:
                started = time.perf_counter()
                runners[name](bq)
                samples[(bq.kind, name)].append(time.perf_counter() - started)
    rows = {}
    for bq in queries:
        result = ours_search(s.engine, bq)
        row = {"query": bq.text, "fts5_query": bq.fts or f"{bq.fuzzy} (expanded)",
               "ours_total": result.total, "ours_hits": len(result.hits),
               "fts5_total": fts_total(s.fts, bq)}
        for name in names:
            row[f"{name}_p50_ms"] = ms(p50(samples[(bq.kind, name)]))
            row[f"{name}_p95_ms"] = ms(p95(samples[(bq.kind, name)]))
        row["ratio_p95"] = round(row["ours_p95_ms"] / max(row["fts5_p95_ms"], 1e-3), 2)
        row["ratio_p50"] = round(row["ours_p50_ms"] / max(row["fts5_p50_ms"], 1e-3), 2)
        row["whoosh_ratio_p50"] = round(row["whoosh_p50_ms"] / max(row["fts5_p50_ms"], 1e-3), 2)
        row["within_3x"] = row["ratio_p95"] <= 3.0
        rows[bq.kind] = row
    return {
        "rounds": rounds,
        "queries": rows,
        "geomean_ratio_p95": round(geomean(r["ratio_p95"] for r in rows.values()), 2),
        "geomean_ratio_p50": round(geomean(r["ratio_p50"] for r in rows.values()), 2),
        "geomean_whoosh_ratio_p50": round(geomean(r["whoosh_ratio_p50"] for r in rows.values()), 2),
        "kinds_within_3x": sum(r["within_3x"] for r in rows.values()),
    }


def keystroke_queries(typed: str = TYPED) -> list[tuple[str, str, str]]:
    """(keystrokes so far, our query, FTS5 query): the last word is a prefix once it has
    MIN_PREFIX letters and is left out before that."""
    out = []
    for i in range(1, len(typed) + 1):
        so_far = typed[:i]
        words = so_far.split()
        if not so_far.endswith(" ") and words and len(words[-1]) < MIN_PREFIX:
            words = words[:-1]
            last_prefix = False
        else:
            last_prefix = not so_far.endswith(" ")
        if not words:
            continue
        ours = " ".join(words[:-1] + [words[-1] + ("*" if last_prefix else "")])
        fts = " ".join(words[:-1] + [words[-1] + ("*" if last_prefix else "")])
        out.append((so_far, ours, fts))
    return out


def measure_typing(s: Setup, rounds: int) -> dict:
    from whoosh import query as wq

    from index.schema import ARTICLE
    from index.wildcards import match_written_words

    def phase1(text):
        with s.engine._lock:
            searcher = s.engine._searcher
            written = match_written_words(s.engine.parse(text), searcher.reader(), exact=True)
            q = wq.And([written, wq.Term("kind", ARTICLE)])
            docs = list(itertools.islice(searcher.docs_for_query(q), LIMIT))
            return [searcher.stored_fields(d)["article_id"] for d in docs]

    runners = {
        "whoosh_unscored_first10": phase1,
        "ours_ranked_top10": lambda text: s.engine.search(text, limit=LIMIT),
    }
    keys = keystroke_queries()
    samples = {(k, name): [] for k, _, _ in keys for name in [*runners, "fts5_ranked_top10"]}
    for number in range(rounds + 1):
        for so_far, ours, fts in keys:
            for name, run in runners.items():
                started = time.perf_counter()
                run(ours)
                samples[(so_far, name)].append(time.perf_counter() - started)
            started = time.perf_counter()
            fts_search(s.fts, BenchQuery("typing", ours, fts))
            samples[(so_far, "fts5_ranked_top10")].append(time.perf_counter() - started)
    names = [*runners, "fts5_ranked_top10"]
    per_key = {k: {name: ms(p50(samples[(k, name)][1:])) for name in names} for k, _, _ in keys}
    summary = {}
    for name in names:
        values = [per_key[k][name] for k, _, _ in keys]
        summary[name] = {"p50_ms": round(p50(values), 2), "max_ms": max(values),
                         "within_16ms": sum(v <= 16 for v in values), "keystrokes": len(values)}
    return {"typed": TYPED, "per_keystroke_ms": per_key, "summary": summary}


# Where the time of one `ours` call goes: cumulative time of these functions (file suffix, name).
PHASES = (
    ("parse (ours + Whoosh parser)", "index/query.py", "parse_query"),
    ("restriction (kind/date column)", "index/search.py", "_restriction"),
    ("Whoosh collect: top N + facet counts", "whoosh/searching.py", "search_with_collector"),
    ("hits: stored fields of the top N", "whoosh/searching.py", "__getitem__"),
    ("hits: matched terms of the top N", "index/search.py", "_matched_terms"),
    ("did you mean", "index/spelling.py", "suggest_query"),
    ("describe", "index/describe.py", "describe"),
    ("snippets + spans (_article_hit)", "index/search.py", "_article_hit"),
    ("  of which re-analysis (find_spans)", "index/highlight.py", "find_spans"),
)


def profile(s: Setup, repeats: int = 3, queries=QUERIES) -> dict:
    """cProfile of `ours` per query kind: the phases above, and self time by owner."""
    out = {}
    root = str(Path(__file__).resolve().parents[1])
    for bq in queries:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeats):
            ours_search(s.engine, bq)
        profiler.disable()
        stats = pstats.Stats(profiler)
        owners: dict[str, float] = {}
        phases: dict[str, float] = {}
        functions = []
        for (filename, line, name), (_, calls, tottime, cumtime, _) in stats.stats.items():
            if "/whoosh/" in filename:
                owner = "whoosh"
            elif filename.startswith(root) and "/.venv/" not in filename:
                owner = "ours"
            else:
                owner = "other"
            owners[owner] = owners.get(owner, 0.0) + tottime
            for label, suffix, function in PHASES:
                if filename.endswith(suffix) and name == function:
                    phases[label] = phases.get(label, 0.0) + cumtime
            short = filename.split("/site-packages/")[-1].replace(root + "/", "")
            functions.append((tottime, f"{short}:{line}({name})", calls, cumtime))
        total = sum(owners.values()) or 1.0
        functions.sort(reverse=True)
        out[bq.kind] = {
            "per_call_ms": ms(total / repeats),
            "phases_ms": {label: ms(phases.get(label, 0.0) / repeats)
                          for label in dict.fromkeys(p[0] for p in PHASES)},
            "self_share": {k: round(v / total, 3) for k, v in sorted(owners.items())},
            "top_self": [{"function": f, "self_ms_per_call": ms(t / repeats), "calls": c // repeats,
                          "cum_ms_per_call": ms(cum / repeats)} for t, f, c, cum in functions[:8]],
        }
    return out


def run(sizes: list[int], rounds: int = 30, seed: int = DEFAULT_SEED, workdir: Path | None = None,
        typing: bool = False, do_profile: bool = False, queries=QUERIES,
        typing_rounds: int | None = None, profile_repeats: int = 3) -> dict:
    workdir = workdir or default_workdir()
    report: dict = {"seed": seed, "limit": LIMIT, "workdir": str(workdir), "sizes": {}}
    for position, count in enumerate(sizes):
        s = setup(count, seed, workdir)
        try:
            entry = {"setup": s.facts, **measure(s, rounds, queries)}
            if typing:
                entry["typing"] = measure_typing(s, typing_rounds or max(3, rounds // 6))
            if do_profile and position == len(sizes) - 1:
                entry["profile"] = profile(s, profile_repeats, queries)
        finally:
            s.engine.close()
            s.fts.close()
        report["sizes"][size_label(count)] = entry
    return report


def render(report: dict) -> str:
    parts = []
    for label, entry in report["sizes"].items():
        rows = []
        for kind, r in entry["queries"].items():
            rows.append([kind, r["query"], r["ours_total"], r["fts5_total"], r["ours_p50_ms"],
                   r["ours_p95_ms"], r["whoosh_p50_ms"], r["whoosh_p95_ms"],
                   r["fts5_p50_ms"], r["fts5_p95_ms"], f"{r['ratio_p95']}×",
                   f"{r['whoosh_ratio_p50']}×", "yes" if r["within_3x"] else "NO"])
        headers = ["kind", "query", "hits", "fts hits", "ours p50", "ours p95", "whoosh p50",
                   "whoosh p95", "fts5 p50", "fts5 p95", "ours/fts p95", "whoosh/fts p50", "≤3×"]
        parts.append(table(
            headers, rows, f"{label} articles, top {report['limit']}, ms over {entry['rounds']} "
                           f"rounds (setup: {entry['setup']})"))
        parts.append(f"geo-mean ours/fts5: p95 {entry['geomean_ratio_p95']}×, "
                     f"p50 {entry['geomean_ratio_p50']}×; Whoosh alone/fts5 p50 "
                     f"{entry['geomean_whoosh_ratio_p50']}×; kinds within 3×: "
                     f"{entry['kinds_within_3x']}/{len(entry['queries'])}")
        if "typing" in entry:
            t = entry["typing"]
            parts.append(table(["engine", "p50 ms", "max ms", "≤16 ms", "keystrokes"],
                               [[n, v["p50_ms"], v["max_ms"], v["within_16ms"], v["keystrokes"]]
                                for n, v in t["summary"].items()],
                               f"typing {t['typed']!r} (each keystroke's median)"))
        if "profile" in entry:
            profiled = entry["profile"]
            labels = list(next(iter(profiled.values()))["phases_ms"])
            rows = [[label] + [p["phases_ms"][label] for p in profiled.values()] for label in labels]
            rows.append(["total (profiled, ms/call)"] + [p["per_call_ms"] for p in profiled.values()])
            parts.append(table(["phase (cumulative ms/call)", *profiled], rows,
                               f"cProfile of ours at {label} (profiler overhead inflates all)"))
        parts.append("")
    return "\n".join(parts)


def smoke(workdir: Path | None = None) -> dict:
    workdir = workdir or Path(tempfile.mkdtemp(prefix="gsomia-bench-smoke-"))
    try:
        return run([40], rounds=2, workdir=workdir, typing=True, do_profile=True, typing_rounds=1,
                   profile_repeats=1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1k,10k", help="e.g. 1k,10k,100k")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--kinds", help="only these query kinds, comma-separated")
    parser.add_argument("--typing", action="store_true", help="two-phase typing measurement")
    parser.add_argument("--profile", action="store_true", help="cProfile at the largest size")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        report = smoke(args.workdir)
    else:
        queries = QUERIES
        if args.kinds:
            wanted = set(args.kinds.split(","))
            queries = tuple(q for q in QUERIES if q.kind in wanted)
        report = run(parse_sizes(args.sizes), args.rounds, args.seed, args.workdir, args.typing,
                     args.profile, queries)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    exit_with(main)

"""Start-up costs: bundled corpus load, index open, import cost per top-level module.

    python -m bench.startup_bench [--runs 30] [--imports 7] [--sizes 1k,10k] [--json] [--smoke]

* corpus load: `load_bundled()` in process (first call, then the median of `--runs` calls),
  and the first call in fresh interpreters (median), which is what a user waits for;
* index open: `SearchEngine.open(corpus, root)` on an index that already exists (the bundled
  corpus, and the generated corpora of `--sizes` when `bench.index_bench` has built them in the
  work directory; never built here), median of several opens, each followed by `close()`;
* imports: seconds to import each module in a fresh interpreter, best of `--imports`
  (`python -c pass` is the floor), plus the whole process's wall time.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import (default_workdir, emit, exit_with, index_location, index_root, ms, p50,
                          parse_sizes, size_label, table)
from bench.generate import DEFAULT_SEED

MODULES = ("corpus", "corpus.loader", "index.search", "explorer.cli", "explorer.tui.app", "textual.app",
           "whoosh", "whoosh.index", "whoosh.qparser")
PROJECT = Path(__file__).resolve().parents[1]
LOAD_TARGET_MS = 50.0


def _python(code: str) -> tuple[float, str]:
    """(process wall seconds, stdout) of a fresh interpreter running `code`."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=PROJECT, check=False)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{code!r} failed:\n{done.stderr[-2000:]}")
    return wall, done.stdout.strip()


def measure_imports(repeats: int) -> dict:
    out = {}
    for module in ("(python -c pass)", *MODULES):
        if module.startswith("("):
            code = "import time; t = time.perf_counter(); print(time.perf_counter() - t)"
        else:
            code = (f"import time; t = time.perf_counter(); import {module}; "
                    f"print(time.perf_counter() - t)")
        walls, imports = [], []
        for _ in range(repeats):
            wall, printed = _python(code)
            walls.append(wall)
            imports.append(float(printed))
        out[module] = {"import_ms_best": ms(min(imports)), "import_ms_p50": ms(p50(imports)),
                       "process_ms_best": ms(min(walls))}
    return out


def measure_load(runs: int, fresh: int) -> dict:
    from corpus.loader import load_bundled

    started = time.perf_counter()
    corpus = load_bundled()
    first = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        load_bundled()
        times.append(time.perf_counter() - started)
    code = ("import time; from corpus.loader import load_bundled; t = time.perf_counter(); "
            "load_bundled(); print(time.perf_counter() - t)")
    cold = [float(_python(code)[1]) for _ in range(fresh)]
    return {
        "articles": len(corpus),
        "first_call_ms": ms(first),
        "p50_ms": ms(p50(times)),
        "fresh_process_first_call_p50_ms": ms(p50(cold)),
        "target_ms": LOAD_TARGET_MS,
        "met": ms(p50(cold)) < LOAD_TARGET_MS and ms(p50(times)) < LOAD_TARGET_MS,
    }


def _open_times(corpus, root: Path, runs: int) -> dict:
    from index.search import SearchEngine

    times = []
    for _ in range(runs):
        started = time.perf_counter()
        engine = SearchEngine.open(corpus, root)
        times.append(time.perf_counter() - started)
        engine.close()
    return {"articles": len(corpus), "open_p50_ms": ms(p50(times)), "open_max_ms": ms(max(times))}


def measure_open(runs: int, sizes: list[int], seed: int, workdir: Path) -> dict:
    from corpus.loader import load_bundled
    from index.search import SearchEngine

    out = {}
    scratch = Path(tempfile.mkdtemp(prefix="gsomia-bench-open-"))
    try:
        corpus = load_bundled()
        SearchEngine.open(corpus, scratch).close()  # build once
        out["bundled"] = _open_times(corpus, scratch, runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for count in sizes:
        from bench.generate import generate_corpus

        corpus = generate_corpus(count, seed)
        root = index_root(workdir, count, seed)
        if not index_location(root, corpus).is_dir():
            out[size_label(count)] = {"articles": count,
                                      "skipped": "not built: run python -m bench.index_bench"}
            continue
        out[size_label(count)] = _open_times(corpus, root, max(3, runs // 6))
    return out


def run(runs: int = 30, imports: int = 7, sizes: list[int] | None = None, seed: int = DEFAULT_SEED,
        workdir: Path | None = None, fresh: int = 7) -> dict:
    workdir = workdir or default_workdir()
    return {
        "corpus_load": measure_load(runs, fresh),
        "index_open": measure_open(max(3, runs // 3), sizes or [], seed, workdir),
        "imports": measure_imports(imports),
    }


def render(report: dict) -> str:
    load = report["corpus_load"]
    parts = [table(
        ["articles", "first call ms", "p50 ms (warm)", "fresh process p50 ms", "target ms", "met"],
        [[load["articles"], load["first_call_ms"], load["p50_ms"],
          load["fresh_process_first_call_p50_ms"], load["target_ms"], "yes" if load["met"] else "NO"]],
        "Bundled corpus load (load_bundled)"), ""]
    parts.append(table(["corpus", "articles", "open p50 ms", "open max ms"],
                       [[name, o["articles"], o.get("open_p50_ms"), o.get("open_max_ms")]
                        if "skipped" not in o else [name, o["articles"], o["skipped"], None]
                        for name, o in report["index_open"].items()],
                       "SearchEngine.open on an existing index (then close)"))
    parts.append("")
    parts.append(table(["module", "import best ms", "import p50 ms", "process best ms"],
                       [[m, i["import_ms_best"], i["import_ms_p50"], i["process_ms_best"]]
                        for m, i in report["imports"].items()],
                       "Import cost in a fresh interpreter (each module alone)"))
    return "\n".join(parts)


def smoke() -> dict:
    return run(runs=3, imports=1, sizes=[], fresh=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--imports", type=int, default=7, help="fresh interpreters per module")
    parser.add_argument("--sizes", default="", help="also open generated indexes, e.g. 1k,10k")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = smoke() if args.smoke else run(args.runs, args.imports, parse_sizes(args.sizes),
                                            args.seed, args.workdir)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    exit_with(main)

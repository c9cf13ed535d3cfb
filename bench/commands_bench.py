"""The commands as a user meets them: the installed `gsomia-tui`, each run a whole process, on
the bundle alone and on a library of N generated articles added from one JSON Lines export.

    python -m bench.commands_bench [--sizes 10k] [--runs 7] [--json] [--smoke]

* add: `gsomia-tui add articles.jsonl` (N articles, `bench.generate`) into an empty library
  and index: wall time, articles/s, when the articles were all stored (the summary line on
  stderr) and how long the index then took, the CPU seconds of the command and its workers
  with the machine's load average (a shared machine's wall time says little alone), and the
  peak resident memory of the largest process (the command or one of its workers; `wait4`);
* search: `gsomia-tui search QUERY --json` for each of `QUERIES`, the bundle's library and
  the N library interleaved, `--runs` times; median wall time per query and the ratio;
* events: `gsomia-tui events --json`, first after the add (it merges the articles' kept
  parts of the timeline, or derives them in a library from before they were kept, and keeps
  the timeline in the store), then warm (median); then, `--runs` times, one new article is
  added (`add story.txt`, timed), `events --json` run (timed: the merge after one add), the
  article removed and `events --json` run again (timed: the merge after one remove);
  `articles --json` and `show ID --json` (median);
* explorer: `gsomia-tui` under a pseudo-terminal (`bench.tui_common`): the first frame, the
  moment the status line says "N articles" (searchable), and its resident memory then; 3 s
  later, that of its search process (`search_process_rss_mb`, none when it searches in a thread).
Generated exports and libraries live in the bench work directory (GSOMIA_BENCH_DIR) and are
reused by later runs; the add is measured only when the library is built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.common import (default_workdir, emit, exit_with, ms, p50, parse_sizes, size_label,
                          table)
from bench.generate import DEFAULT_SEED, write_corpus
from bench.tui_common import explorer_command, explorer_ready, first_frame, spawn, terminal_env

SEARCH_PROCESS_WAIT_S = 3.0  # the explorer starts its search process once the articles are open
QUERIES = ("Nagamine", "intelligence sharing", '"Han Min-koo"', "pact OR agreement")
SEARCH_TARGET, EVENTS_TARGET_S, ADD_TARGET_RATE = 1.5, 1.0, 150.0


def run_command(argv: list[str], env: dict[str, str]) -> dict:
    """Wall seconds, exit status, stderr lines with their times, peak RSS (MB) and the first
    line of stdout."""
    with tempfile.TemporaryFile() as out:  # (a pipe could fill while stderr is read)
        started = time.perf_counter()
        process = subprocess.Popen(explorer_command() + argv, env=env, stdout=out,
                                   stderr=subprocess.PIPE)
        lines = [(time.perf_counter() - started, line.decode("utf-8", "replace").rstrip())
                 for line in process.stderr]
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        out.seek(0)
        first = out.readline().decode("utf-8", "replace")
    process.returncode = os.waitstatus_to_exitcode(status)
    return {"wall_s": wall, "status": process.returncode,
            "stderr": lines, "first_line": first, "peak_mb": round(usage.ru_maxrss / 1024, 1),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1)}


def library(workdir: Path, count: int, seed: int) -> tuple[dict[str, str], dict | None]:
    """The environment of a library of `count` generated articles (bundle only with 0), and
    the add's figures when it was built now."""
    root = workdir / f"library-{size_label(count)}-seed{seed}"
    env = terminal_env(root / "index", root / "data")
    if (root / "ready").exists():
        return env, None
    shutil.rmtree(root, ignore_errors=True)
    (root / "data").mkdir(parents=True)
    if not count:
        run_command(["articles"], env)  # the store and the index, built before any timing
        (root / "ready").touch()
        return env, None
    export = workdir / f"export-{size_label(count)}-seed{seed}"
    if not (export / "articles.jsonl").exists():
        write_corpus(count, export, seed, formats=("jsonl",))
    done = run_command(["add", str(export / "articles.jsonl")], env)
    if done["status"] != 0:
        raise RuntimeError(f"add failed: {done['stderr'][-3:]}")
    stored = next(t for t, line in done["stderr"] if line.endswith("skipped"))
    (root / "ready").touch()
    return env, {"articles": count, "wall_s": round(done["wall_s"], 1),
                 "articles_per_s": round(count / done["wall_s"], 1),
                 "stored_s": round(stored, 1), "index_s": round(done["wall_s"] - stored, 1),
                 "cpu_s": done["cpu_s"], "load_average": round(os.getloadavg()[0], 1),
                 "peak_mb": done["peak_mb"], "target_per_s": ADD_TARGET_RATE,
                 "met": count / done["wall_s"] >= ADD_TARGET_RATE}


def median_wall(argv: list[str], env: dict[str, str], runs: int) -> float:
    return p50([run_command(argv, env)["wall_s"] for _ in range(runs)])


def measure_search(envs: dict[str, dict], runs: int) -> dict:
    rows = {}
    for query in QUERIES:
        walls: dict[str, list[float]] = {name: [] for name in envs}
        for number in range(runs):
            for name in (list(envs) if number % 2 == 0 else list(reversed(envs))):
                walls[name].append(run_command(["search", query, "--json"], envs[name])["wall_s"])
        rows[query] = {name: ms(p50(values)) for name, values in walls.items()}
    return rows


def measure_one_change(env: dict[str, str], workdir: Path, runs: int) -> dict:
    """Median wall times of adding one new article, `events` right after, removing it and
    `events` right after (the library is left as it was)."""
    walls: dict[str, list[float]] = {"add_one": [], "events_after_add": [], "remove_one": [],
                                     "events_after_remove": []}
    for number in range(runs):
        story = workdir / "one-story.txt"
        story.write_text(f"Story {number}-{time.time_ns()} on the pact\n\nSEOUL, Nov. 24 (Yonhap) -- "
                         f"Officials met on Tuesday to review the intelligence pact signed on "
                         f"Wednesday, Nov. 23, 2016 (note {time.time_ns()}).\n", encoding="utf-8")
        added = run_command(["add", str(story)], env)
        if added["status"] != 0 or not added["first_line"].startswith("added "):
            raise RuntimeError(f"add failed: {added['stderr'][-3:]}")
        walls["add_one"].append(added["wall_s"])
        walls["events_after_add"].append(run_command(["events", "--json"], env)["wall_s"])
        walls["remove_one"].append(run_command(["remove", added["first_line"].split()[1]],
                                               env)["wall_s"])
        walls["events_after_remove"].append(run_command(["events", "--json"], env)["wall_s"])
    return {name: ms(p50(values)) for name, values in walls.items()}


def explorer_start(env: dict[str, str]) -> dict:
    terminal = spawn(explorer_command(), env)
    try:
        painted = terminal.read_until(first_frame, timeout=120.0)
        ready = terminal.read_until(explorer_ready, timeout=120.0)
        rss = _rss_mb(terminal.pid)
        terminal.read_until(lambda t: False, timeout=SEARCH_PROCESS_WAIT_S)  # it starts after
        searching = [_rss_mb(child) for child in _children(terminal.pid)]
    finally:
        terminal.stop()
    return {"first_frame_ms": ms(painted - terminal.spawned) if painted else None,
            "searchable_ms": ms(ready - terminal.spawned) if ready else None, "rss_mb": rss,
            "search_process_rss_mb": sum(mb or 0 for mb in searching) if searching else None}


def _children(pid: int) -> list[int]:
    """The explorer's child processes (its search process)."""
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in listed.split()]


def _rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    kb = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS")),
              None)
    return round(kb / 1024, 1) if kb else None


def run(sizes=(10_000,), runs: int = 7, seed: int = DEFAULT_SEED, workdir: Path | None = None,
        explorer: bool = True) -> dict:
    workdir = workdir or default_workdir()
    workdir.mkdir(parents=True, exist_ok=True)
    bundle_env, _ = library(workdir, 0, seed)
    report: dict = {"runs": runs, "sizes": {}}
    for count in sizes:
        env, added = library(workdir, count, seed)
        label = size_label(count)
        first_events = run_command(["events", "--json"], env)["wall_s"]
        searches = measure_search({"bundle": bundle_env, label: env}, runs)
        entry = {
            "add": added,
            "search_ms": searches,
            "search_ratio_p50": round(p50([row[label] / row["bundle"] for row in searches.values()]),
                                      2),
            "events_first_ms": ms(first_events),
            "events_ms": ms(median_wall(["events", "--json"], env, runs)),
            "events_bundle_ms": ms(median_wall(["events", "--json"], bundle_env, runs)),
            "one_change_ms": measure_one_change(env, workdir, runs),
            "articles_ms": ms(median_wall(["articles", "--json"], env, runs)),
            "show_ms": ms(median_wall(["show", "5dc3", "--json"], env, runs)),
        }
        entry["met"] = {"search": entry["search_ratio_p50"] <= SEARCH_TARGET,
                        "events": entry["events_ms"] <= EVENTS_TARGET_S * 1000,
                        "events_after_add": (entry["one_change_ms"]["events_after_add"]
                                             <= EVENTS_TARGET_S * 1000)}
        if explorer:
            entry["explorer"] = {"bundle": explorer_start(bundle_env), label: explorer_start(env)}
        report["sizes"][label] = entry
    return report


def render(report: dict) -> str:
    parts = []
    for label, entry in report["sizes"].items():
        rows = [(query, row["bundle"], row[label], round(row[label] / row["bundle"], 2))
                for query, row in entry["search_ms"].items()]
        parts.append(table(("search --json", "bundle ms", f"{label} ms", "ratio"), rows,
                           title=f"{label}: median of {report['runs']} runs each"))
        change = entry["one_change_ms"]
        other = [("events (first, merges and keeps the timeline)", entry["events_first_ms"]),
                 ("events", entry["events_ms"]), ("events on the bundle", entry["events_bundle_ms"]),
                 ("add one article", change["add_one"]),
                 ("events after adding one", change["events_after_add"]),
                 ("remove one article", change["remove_one"]),
                 ("events after removing one", change["events_after_remove"]),
                 ("articles --json", entry["articles_ms"]), ("show --json", entry["show_ms"])]
        parts.append(table(("command", "ms"), other))
        if entry["add"]:
            parts.append(table(tuple(entry["add"]), [tuple(entry["add"].values())], title="add"))
        for name, start in entry.get("explorer", {}).items():
            parts.append(f"explorer ({name}): {start}")
    return "\n\n".join(parts)


def smoke() -> dict:
    with tempfile.TemporaryDirectory(prefix="gsomia-bench-commands-") as scratch:
        return run(sizes=(40,), runs=1, workdir=Path(scratch), explorer=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.commands_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=parse_sizes, default=[10_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--no-explorer", action="store_true")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = smoke() if args.smoke else run(args.sizes, args.runs, args.seed,
                                            explorer=not args.no_explorer)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    exit_with(main)

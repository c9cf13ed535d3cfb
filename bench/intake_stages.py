"""CPU ms an article of the intake workers' three stages, in one process, for one or more codes.

    python -m bench.intake_stages ARTICLES.jsonl [--skip 100] [--count 500] [--rounds 3] [--code DIR ...]
    python -m bench.intake_stages ARTICLES.jsonl --profile OUT.pstats

Each article goes through what an `add` worker does with it (`corpus.library.prepare_article` with
the timeline's part as its extra): `describe_received` (the intake: cleaning, outlet, date),
`derive` (the article and its dated mentions) and `part_kept_with` (the timeline's part: readings,
listed coverage, proposals). The first `--skip` articles are read but not counted (imports and
patterns compiled on first use). With `--code`, each code (a `git worktree`, put first on
`PYTHONPATH`) is run in its own process, round after round in turn, so that a shared machine's load
falls on all alike; without it, the code this module is part of. `--profile` writes cProfile's
figures of the counted articles instead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

STAGES = ("describe", "derive", "part")


def stage_times(path: Path, skip: int, count: int, profile: str | None = None) -> dict[str, float]:
    """CPU ms an article of each stage over `count` articles of `path` after the first `skip`."""
    from corpus.describe import describe_received
    from corpus.derive import derive
    from corpus.formats import Received, read_articles
    from index.timeline_rows import part_kept_with

    received = [item for item in read_articles(path) if isinstance(item, Received)][:skip + count]
    totals = dict.fromkeys(STAGES, 0.0)
    profiler = None
    for number, item in enumerate(received):
        if number == skip:
            totals = dict.fromkeys(STAGES, 0.0)
            if profile:
                import cProfile
                profiler = cProfile.Profile()
                profiler.enable()
        started = time.process_time()
        known = describe_received(item, {}, "bench", path)
        described = time.process_time()
        derived = derive(item.text, known, "bench")
        derived_at = time.process_time()
        part_kept_with(derived)
        ended = time.process_time()
        for stage, spent in zip(STAGES, (described - started, derived_at - described, ended - derived_at)):
            totals[stage] += spent
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    counted = max(1, len(received) - skip)
    return {stage: 1000 * spent / counted for stage, spent in totals.items()}


def compare(path: Path, codes: list[str], skip: int, count: int, rounds: int) -> dict[str, list[dict]]:
    """Each code's stage times, one process a round, the codes in turn (the order alternating)."""
    runs: dict[str, list[dict]] = {code: [] for code in codes}
    for round_number in range(rounds):
        for code in codes if round_number % 2 == 0 else codes[::-1]:
            environment = {**os.environ, "PYTHONPATH": code}
            # (this file run by its path: an older code has no such module, only its corpus and index)
            output = subprocess.run([sys.executable, __file__, str(path), "--skip", str(skip), "--count", str(count),
                                     "--json"], cwd=code, env=environment, capture_output=True, text=True,
                                    check=True).stdout
            runs[code].append(json.loads(output))
    return runs


def render(runs: dict[str, list[dict]]) -> str:
    header = " ".join(f"{stage:>9}" for stage in (*STAGES, "total"))
    lines = [f"{'code':<40} {header}   (median CPU ms an article)"]
    for code, measured in runs.items():
        medians = [statistics.median(run[stage] for run in measured) for stage in STAGES]
        lines.append(f"{code[-40:]:<40} " + " ".join(f"{value:9.3f}" for value in (*medians, sum(medians))))
        lines.append(f"{'  totals by round':<40} " + ", ".join(f"{sum(run.values()):.3f}" for run in measured))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.intake_stages", description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=Path, help="a JSON Lines export (python -m bench.generate --format jsonl)")
    parser.add_argument("--skip", type=int, default=100)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--code", action="append", default=[], help="a worktree to measure (repeat to compare)")
    parser.add_argument("--profile", help="write cProfile's figures of the counted articles here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.articles.is_file():
        print(f"no such file: {args.articles}", file=sys.stderr)
        return 2
    missing = [code for code in args.code if not (Path(code) / "corpus").is_dir()]
    if missing:
        print(f"not a worktree of this project: {missing[0]}", file=sys.stderr)
        return 2
    if args.code:
        try:
            runs = compare(args.articles.resolve(), [str(Path(code).resolve()) for code in args.code],
                           args.skip, args.count, args.rounds)
        except subprocess.CalledProcessError as failed:
            last = (failed.stderr or "").strip().splitlines()[-1:] or ["no message"]
            print(f"a measured code failed: {last[0]}", file=sys.stderr)
            return 1
        print(json.dumps(runs) if args.json else render(runs))
        return 0
    times = stage_times(args.articles, args.skip, args.count, args.profile)
    print(json.dumps(times) if args.json else " ".join(f"{stage} {value:.3f}" for stage, value in times.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Run every benchmark.

    python -m bench --smoke [--json]     # tiny sizes, well under a minute: what CI runs
    python -m bench [--json]             # the real thing: minutes (10k builds take a while)

Exits non-zero only when a benchmark fails to run (an exception), never because of a
timing: no figure here is asserted against an absolute time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback

from bench import (commands_bench, generate, hostile_monkey, index_bench, metadata_eval,
                   search_bench, startup_bench, tui_bench)
from bench.common import exit_with

BENCHMARKS = (
    ("generate", generate),
    ("index_bench", index_bench),
    ("search_bench", search_bench),
    ("startup_bench", startup_bench),
    ("tui_bench", tui_bench),
    ("commands_bench", commands_bench),
    ("hostile_monkey", hostile_monkey),  # damaged indexes and hostile files, seeded
    ("metadata_eval", metadata_eval),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, quick (CI)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    reports, failed = {}, []
    for name, module in BENCHMARKS:
        started = time.perf_counter()
        try:
            if args.smoke:
                report = module.smoke()
            else:
                report = module.run(**_full_arguments(name))
        except Exception:  # report every benchmark, then fail
            failed.append(name)
            print(f"bench.{name} failed:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        seconds = round(time.perf_counter() - started, 1)
        reports[name] = {"seconds": seconds, "report": report}
        if not args.json:
            print(f"== bench.{name} ({seconds} s) ==")
            print(module.render(report) if hasattr(module, "render") else json.dumps(report, indent=1))
            print()
    if args.json:
        print(json.dumps({"reports": reports, "failed": failed}, indent=1, default=str))
    return 1 if failed else 0


def _full_arguments(name: str) -> dict:
    if name in ("generate", "metadata_eval"):
        return {}
    if name == "index_bench":
        return {"sizes": [1000, 10000]}
    if name == "search_bench":
        return {"sizes": [1000, 10000], "typing": True, "do_profile": True}
    if name in ("tui_bench", "commands_bench"):
        return {"sizes": [10000]}
    if name == "hostile_monkey":
        return {"trials": 50, "big_bytes": 4_000_000}
    return {"sizes": [1000, 10000]}


if __name__ == "__main__":
    exit_with(main)

"""The explorer as a user meets it: start-up, keystroke latency, terminal traffic.

    python -m bench.tui_bench [--runs 9] [--sizes 10k] [--parts startup,keys,traffic]
                              [--json] [--smoke]

* start-up: the whole process, from spawn to the first painted frame, of the installed
  `gsomia-tui` beside `bench/tui_minimal.py` (a Textual app with an Input, an OptionList and a
  Static, nothing else), each under its own pseudo-terminal (80x24, TERM=xterm-256color,
  COLORTERM=truecolor), interleaved, after one unmeasured warm-up run of each. The first frame
  is the first read from the terminal that, after the alternate-screen switch
  (``ESC[?1049h``), holds at least 20 printable characters. For `gsomia-tui` the time until
  the status line says "N articles" (engine open, first listing painted) is reported too.
  GSOMIA_TUI_INDEX is a temporary index built before timing, GSOMIA_TUI_DATA an empty
  temporary directory.
* keys: each app under its own pseudo-terminal (80x24), the queries of `TYPED` typed a key
  at a time, after the app has answered (`bench.tui_pty_keys`): the installed `gsomia-tui`
  on the bundle's library and on libraries of generated articles (`--sizes`, built and kept
  by `bench.commands_bench`), and `bench/tui_minimal.py` twice: alone (the echo floor of a
  Textual `Input`) and given the bundle's texts (the same list, status and pane update done
  synchronously: Textual's own cost of painting results). The benchmark answers the apps'
  synchronized-output query, so each frame is bracketed and timed at its end. Per key:
  **echo** = key written -> end of the first frame showing the input with the new value and
  the cursor after it; **results** = key written -> end of the first frame whose status line
  says what the app says of that value's search (for the explorer computed beforehand from
  the same library by the app's own functions). Detected by content, never by silence.
* pilot (with `--profile`): `GsomiaApp` under Textual's Pilot, in process, to profile the
  event loop while typing (`bench.tui_keys`); its timings are not the keystroke figures.
* traffic: the installed `gsomia-tui` under a pseudo-terminal, on the bundled corpus: the
  queries of `TYPED` typed a character at a time, each followed by a pause until the
  terminal has been quiet for `QUIET_PTY_S`; bytes read from the terminal per character
  (median, p95, max) and, as a cross-check of the Pilot figure, the time from writing the key
  to the last byte of its update.

Targets (README): start-up ≤ 1.3× the minimal app; echo p95 ≤ 16 ms; results p95 ≤ 100 ms
at 10k, ≤ 250 ms at 100k; ≤ 2 KB per typed character. Nothing here asserts them.

The parts live in `bench.tui_startup`, `bench.tui_typing` (with `bench.tui_pty_keys` and
`bench.tui_frames`), `bench.tui_keys` and `bench.tui_traffic`, what they share (the typed
queries, the pseudo-terminal, the scratch index) in `bench.tui_common`; this module runs
them and prints the tables.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.common import default_workdir, emit, exit_with, parse_sizes, size_label, table
from bench.generate import DEFAULT_SEED
from bench.tui_common import TERMINAL_SIZE, TYPED, Scratch
from bench.tui_keys import PILOT_SIZE, measure_keys
from bench.tui_startup import measure_startup
from bench.tui_traffic import measure_traffic
from bench.tui_typing import measure_typing, parse_variant


# --- driver -------------------------------------------------------------------------------------
PARTS = ("startup", "keys", "traffic")
ALL_PARTS = PARTS + ("pilot",)


def libraries(sizes: list[int], seed: int, workdir: Path) -> dict[str, dict[str, str]]:
    """The environments of the bundle's library and of each size's (built once, kept)."""
    from bench.commands_bench import library

    workdir.mkdir(parents=True, exist_ok=True)
    envs = {"bundle": library(workdir, 0, seed)[0]}
    for count in sizes:
        envs[size_label(count)] = library(workdir, count, seed)[0]
    return envs


def run(runs: int = 9, sizes: list[int] | None = None, seed: int = DEFAULT_SEED,
        workdir: Path | None = None, parts=PARTS, queries=TYPED, profile: bool = False,
        variants: dict[str, dict[str, str]] | None = None, interleave: bool = False) -> dict:
    workdir = workdir or default_workdir()
    report: dict = {"seed": seed, "queries": list(queries)}
    with Scratch() as scratch:
        if "startup" in parts:
            report["startup"] = measure_startup(runs, scratch.env)
        if "traffic" in parts:
            report["traffic"] = measure_traffic(scratch.env, queries)
    if "keys" in parts:
        report["keys"] = measure_typing(libraries(sizes or [], seed, workdir), queries, variants,
                                        interleave)
    if "pilot" in parts:
        report["pilot"] = measure_keys(sizes or [], seed, workdir, queries, profile=profile)
    return report


def render(report: dict) -> str:
    parts = []
    if "startup" in report:
        s = report["startup"]
        rows = [[name, s[name]["first_frame_ms_best"], s[name]["first_frame_ms_p50"],
                 s[name]["first_frame_ms_max"], s[name].get("ready_ms_p50")]
                for name in ("minimal", "gsomia-tui")]
        parts.append(table(["app", "first frame best ms", "p50 ms", "max ms",
                            "listing ready p50 ms"], rows,
                           f"Start-up to the first painted frame ({s['runs']} runs each, "
                           f"interleaved, {s['terminal']} pty)"))
        parts.append(f"gsomia-tui / minimal: p50 {s['ratio_p50']}×, best {s['ratio_best']}× "
                     f"(target ≤ {s['target_ratio']}×: {'met' if s['met'] else 'MISSED'})")
        parts.append("")
    if "keys" in report:
        parts.append(render_typing(report["keys"], report["queries"]))
    if "pilot" in report:
        rows = []
        for name, k in report["pilot"].items():
            if "skipped" in k:
                rows.append([name, k["articles"], k["skipped"]] + [None] * 10)
                continue
            met = "-" if "met" not in k else ("yes" if k["met"] else "NO")
            rows.append([name, k["articles"], k["keystrokes"], k["painted_ms_p50"],
                         k["painted_ms_p95"], k["painted_ms_max"], k.get("result_ms_p50"),
                         k.get("result_ms_p95"), k.get("echo_ms_p50"),
                         k.get("ui_after_result_ms_p50"), k["frame_bytes_per_key_p50"],
                         k.get("target_p95_ms"), met])
        parts.append(table(["corpus", "articles", "keys", "painted p50", "painted p95",
                            "painted max", "result p50", "result p95", "echo p50",
                            "UI after result p50", "frame B/key p50", "target p95", "met"], rows,
                           f"In process, not the keystroke figures (Pilot, headless "
                           f"{PILOT_SIZE[0]}x{PILOT_SIZE[1]}; queries {report['queries']})"))
        for name, k in report["pilot"].items():
            if "profile" in k:
                prof = k["profile"]
                shares = ", ".join(f"{o} {v:.0%}" for o, v in prof["self_share"].items())
                parts.append(f"  {name} profiled: event loop busy {prof['busy_ms_per_key']} "
                             f"ms/key (self time: {shares})")
                parts.append(table(["our function", "cum ms/key", "self ms/key", "calls/key"],
                                   [[r["function"], r["cum_ms_per_key"], r["self_ms_per_key"],
                                     r["calls_per_key"]] for r in prof["ours_cumulative"]]))
                parts.append(table(["function (by self time)", "self ms/key", "cum ms/key",
                                    "calls/key"],
                                   [[r["function"], r["self_ms_per_key"], r["cum_ms_per_key"],
                                     r["calls_per_key"]] for r in prof["top_self"]]))
            if "slowest" in k:
                parts.append(f"  {name} slowest: " + "; ".join(
                    f"{s['query']!r} {s['painted_ms']} ms ({s['rows']} rows)" for s in k["slowest"]))
        parts.append("")
    if "traffic" in report:
        t = report["traffic"]
        parts.append(table(
            ["chars", "bytes/char p50", "p95", "max", "mean", "total", "focus '/' bytes",
             "idle B/s", "key→last byte p50 ms", "p95 ms", "target", "met (p50)"],
            [[t["characters"], t["bytes_per_char_p50"], t["bytes_per_char_p95"],
              t["bytes_per_char_max"], t["bytes_per_char_mean"], t["bytes_total"], t["focus_search_bytes"],
              t["idle_bytes_per_s"], t["key_to_last_byte_ms_p50"], t["key_to_last_byte_ms_p95"],
              t["target_bytes"], "yes" if t["met"] else "NO"]],
            f"Terminal traffic while typing in gsomia-tui ({t['terminal']} pty, bundled corpus)"))
        parts.append(f"  rows redrawn per char p50: {t['rows_touched_p50']} of "
                     f"{TERMINAL_SIZE[1]}; heaviest: " + "; ".join(
                         f"{h['query']!r} {h['bytes']} B ({len(h['rows'])} rows)"
                         for h in t["heaviest"]))
    return "\n".join(parts)


def render_typing(typing: dict, queries) -> str:
    rows = []
    for name, k in typing.items():
        results_met = ("-" if "results_target_ms" not in k or k["results_ms_p95"] is None
                       else "yes" if k["results_ms_p95"] <= k["results_target_ms"] else "NO")
        echo_met = "yes" if k["echo_ms_p95"] <= k["echo_target_ms"] else "NO"
        rows.append([name, k["keys"], k["echo_ms_p50"], k["echo_ms_p95"], echo_met,
                     k["results_keys"], k["results_ms_p50"], k["results_ms_p95"],
                     k["results_ms_max"], results_met, k["bytes_per_key_p50"]])
    lines = [table(["app", "keys", "echo p50", "echo p95", "echo ≤ 16", "keys with results",
                    "results p50", "results p95", "results max", "results met",
                    "bytes/key p50"], rows,
                   f"Key written → frame shown, ms ({TERMINAL_SIZE[0]}x{TERMINAL_SIZE[1]} pty, "
                   f"synchronized output; queries {list(queries)})")]
    for name, k in typing.items():
        if k["slowest"]:
            lines.append(f"  {name} slowest results: " + "; ".join(
                f"{s['value']!r} {s['results_ms']} ms" for s in k["slowest"]))
        if k["missed"]:
            lines.append(f"  {name}: no frame found for {k['missed']}")
        if "paced_echo_ms_p50" in k:
            lines.append(f"  {name}, a key every {k['paced_pace_ms']:.0f} ms: echo p50 "
                         f"{k['paced_echo_ms_p50']} / p95 {k['paced_echo_ms_p95']} / max "
                         f"{k['paced_echo_ms_max']} ms; results after the last key "
                         f"{k['paced_results_after_last_key_ms']} ms")
    return "\n".join(lines) + "\n"


def smoke() -> dict:
    with tempfile.TemporaryDirectory(prefix="gsomia-bench-tui-") as scratch:
        return run(runs=1, sizes=[], queries=("Nag",), workdir=Path(scratch))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.tui_bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each app")
    parser.add_argument("--sizes", default="10k",
                        help="generated corpora for the keystroke figure (indexes must exist); "
                             "'' for the bundle only")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--profile", action="store_true",
                        help="with --parts pilot: cProfile the event loop while typing (in "
                             "process; a profiled run's timings are inflated)")
    parser.add_argument("--variant", action="append", default=[], type=parse_variant,
                        help="with --parts keys: also type into the explorer run with these "
                             "variables, LABEL:VAR=VALUE[,VAR=VALUE] (e.g. "
                             "'thread:GSOMIA_TUI_SEARCH=thread', 'base:PYTHONPATH=/tmp/base')")
    parser.add_argument("--interleave", action="store_true",
                        help="with --variant: run the explorer and its variants side by side, "
                             "each key typed into each in turn (the machine's load on all alike)")
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.smoke:
        report = smoke()
    else:
        report = run(args.runs, parse_sizes(args.sizes), args.seed, args.workdir,
                     tuple(p for p in args.parts.split(",") if p), profile=args.profile,
                     variants=dict(args.variant), interleave=args.interleave)
    emit(report, args.json, render)
    return 0


if __name__ == "__main__":
    exit_with(main)

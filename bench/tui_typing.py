"""Which apps `bench.tui_bench --parts keys` types into, under a pseudo-terminal each: the
installed `gsomia-tui` on the bundle and on libraries of generated articles, and the minimal
Textual app, alone (the echo floor) and given the bundle's texts (the results yardstick)."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.tui_common import (MINIMAL_APP, PROJECT, TYPED, explorer_command, explorer_ready,
                              first_frame)
from bench.tui_pty_keys import TypingRun, type_interleaved

ECHO_TARGET_MS = 16.0
RESULTS_TARGET_MS = {"10k": 100.0, "100k": 250.0}


def explorer_statuses(env: dict[str, str], queries) -> dict[str, str]:
    """The status line the explorer shows for the empty query and every prefix of `queries`,
    from the same library and index, by the app's own functions (before the app starts, so
    that this work does not compete with it)."""
    from corpus.store_sync import open_library
    from explorer.tui.screens.background import SORT_LABELS, SearchRequest, search
    from explorer.tui.widgets.search_box import status_line
    from index.search import SearchEngine

    engine = SearchEngine.open(open_library(Path(env["GSOMIA_TUI_DATA"])),
                               Path(env["GSOMIA_TUI_INDEX"]))
    try:
        lines = {}
        for value in [""] + [query[:n] for query in queries for n in range(1, len(query) + 1)]:
            outcome = search(engine, SearchRequest(value))
            lines[value] = (f"⚠ {outcome.error}" if outcome.error else
                            status_line(outcome, "all outlets", SORT_LABELS["relevance"]).plain)
        return lines
    finally:
        engine.close()


def explorer_run(name: str, env: dict[str, str], queries) -> TypingRun:
    lines = explorer_statuses(env, queries)
    return TypingRun(name, explorer_command(), env, explorer_ready, lines.get, focus=b"/")


def minimal_run(env: dict[str, str], with_texts: bool) -> TypingRun:
    argv = [sys.executable, str(MINIMAL_APP)]
    if with_texts:
        return TypingRun("minimal app, bundle texts", argv + [str(PROJECT / "corpus" / "bundled")],
                         env, first_frame, lambda value: f"“{value}”:" if value else None)
    return TypingRun("minimal app, Input only", argv, env, first_frame, lambda value: None)


def parse_variant(text: str) -> tuple[str, dict[str, str]]:
    """`"thread:GSOMIA_TUI_SEARCH=thread"` -> ("thread", {"GSOMIA_TUI_SEARCH": "thread"}): the
    explorer run again with these variables (`PYTHONPATH=DIR` runs the code in DIR, e.g. a
    `git worktree` of an older commit, with this venv's dependencies)."""
    label, _, assignments = text.partition(":")
    variables = dict(item.split("=", 1) for item in assignments.split(",") if "=" in item)
    if not label or not variables:
        raise ValueError(f"a variant is LABEL:VAR=VALUE[,VAR=VALUE]: {text!r}")
    return label, variables


def measure_typing(libraries: dict[str, dict[str, str]], queries=TYPED,
                   variants: dict[str, dict[str, str]] | None = None,
                   interleave: bool = False) -> dict:
    """`libraries`: name ("bundle", "10k", ...) -> the environment of that library;
    `variants`: label -> variables, each an explorer run beside the plain one, library by
    library (the same conditions, one after the other; with `interleave`, side by side, a
    key into each in turn)."""
    bundle_env = libraries["bundle"]
    groups = [[minimal_run(bundle_env, False)], [minimal_run(bundle_env, True)]]
    for name, env in libraries.items():
        group = [explorer_run(f"gsomia-tui, {name}", env, queries)]
        group += [explorer_run(f"gsomia-tui {label}, {name}", {**env, **variables}, queries)
                  for label, variables in (variants or {}).items()]
        groups += [group] if interleave else [[run] for run in group]
    out = {}
    for group in groups:
        paced = group[0].name.startswith("gsomia-tui")
        for name, summary in type_interleaved(group, queries, paced).items():
            size = name.rpartition(", ")[2]
            summary["echo_target_ms"] = ECHO_TARGET_MS
            if size in RESULTS_TARGET_MS:
                summary["results_target_ms"] = RESULTS_TARGET_MS[size]
            out[name] = summary
    return out

"""Helpers shared by the benchmarks: timing, percentiles, tables, work directories."""

from __future__ import annotations

import json
import math
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterable, Sequence

WORKDIR_ENV = "GSOMIA_BENCH_DIR"


def default_workdir() -> Path:
    """Where generated corpora, built indexes and FTS5 databases are kept between runs."""
    configured = os.environ.get(WORKDIR_ENV)
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "gsomia-bench"


def index_root(workdir: Path, count: int, seed: int) -> Path:
    """One index root per generated corpus (the index location inside it is the store's)."""
    return workdir / f"index-{size_label(count)}-seed{seed}"


def index_location(root: Path, corpus) -> Path:
    """Where `index.store.open_or_build(corpus, root)` keeps the index (works across layouts)."""
    from index import store

    if hasattr(store, "index_location"):
        return store.index_location(root)
    return root / store.index_key(corpus)


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower()
        if not part:
            continue
        factor = 1000 if part.endswith("k") else 1
        sizes.append(int(float(part.rstrip("k")) * factor))
    return sizes


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 and n % 1000 == 0 else str(n)


def timed(function: Callable, *args, **kwargs) -> tuple[float, object]:
    """(seconds, result) of one call."""
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def p50(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    """Nearest-rank 95th percentile (with 20 samples, the 19th smallest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def geomean(values: Iterable[float]) -> float:
    values = [v for v in values if v > 0]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(who).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def dir_size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    return round(total / (1024 * 1024), 2)


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None) -> str:
    """A plain text table, numbers right-aligned."""
    rows = [[_cell(value) for value in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in rows)) if rows else len(str(h))
              for i, h in enumerate(headers)]
    numeric = [all(_is_number(r[i]) for r in rows) if rows else False for i in range(len(headers))]

    def line(cells):
        return "  ".join(c.rjust(w) if num else c.ljust(w)
                         for c, w, num in zip(cells, widths, numeric)).rstrip()

    out = [title] if title else []
    out += [line([str(h) for h in headers]), line(["-" * w for w in widths])]
    out += [line(r) for r in rows]
    return "\n".join(out)


def _cell(value: object) -> str:
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        return f"{value:,.2f}" if abs(value) < 1000 else f"{value:,.0f}"
    if value is None:
        return "-"
    return str(value)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "").rstrip("×x"))
        return True
    except ValueError:
        return text == "-"


def emit(report: dict, as_json: bool, render: Callable[[dict], str]) -> None:
    if as_json:
        print(json.dumps(report, indent=1, default=str))
    else:
        print(render(report))


def exit_with(main: Callable[[], int | None]) -> None:
    """Exit with `main()`'s status; a reader that goes away (`| head`) ends the report quietly,
    as `gsomia-tui` does, instead of with a traceback."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout once more at exit: point it at /dev/null so that fails silently.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 0
    sys.exit(status)

"""Progress bars on stderr, only on a terminal: articles done, rate and time left."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator


@contextmanager
def add_progress(paths: list[Path], follow_links: bool = False) -> Iterator[Callable[[], None]]:
    """A function to call once per article reported; a bar while it runs on a terminal."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from corpus.library import expected_articles

    with _bar("adding", expected_articles(paths, follow_links)) as advance:
        yield lambda: advance(1)


@contextmanager
def _bar(what: str, total: int) -> Iterator[Callable[[int], None]]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
               MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    # (what is printed meanwhile goes above the bar only when it goes to the same screen: a
    # redirected stdout, `add DIR > added.txt`, keeps its lines)
    with Progress(*columns, console=Console(stderr=True), transient=True,
                  redirect_stdout=sys.stdout.isatty()) as progress:
        task = progress.add_task(what, total=total, rate="")

        def advance(steps: int) -> None:
            speed = progress.tasks[0].speed
            progress.update(task, advance=steps,
                            rate=f"{speed:,.0f} articles/s" if speed else "")

        yield advance


# Off a terminal, a job of this many articles or more is named in one line as it starts (minutes at 10k).
LONG_JOB = 1000


def store_progress(label: str) -> Callable[[int, int], None] | None:
    """For the store's first build or upgrade: (done, total) -> a bar, on a terminal; else one
    line on stderr as a long job starts, so that a log says what the minutes went to."""
    if not sys.stderr.isatty():
        return _one_line(label)
    state: dict = {}

    def report(done: int, total: int) -> None:
        if "bar" not in state:
            state["context"] = _bar(label, total)
            state["bar"] = state["context"].__enter__()
        state["bar"](done - state.get("done", 0))
        state["done"] = done
        if done >= total:
            state.pop("context").__exit__(None, None, None)
            state.pop("bar")

    return report


def _one_line(label: str) -> Callable[[int, int], None]:
    told: list[bool] = []

    def line(done: int, total: int) -> None:
        if not told and total >= LONG_JOB and done < total:
            told.append(True)
            print(f"gsomia-tui: {label} ({total:,} articles) ...", file=sys.stderr, flush=True)

    return line


# Said when a Ctrl-C stops the re-read after an upgrade (each article is kept whole).
REREAD_KEPT = "the articles read again are kept, and the next command reads the rest"


def refresh_progress() -> Callable[[int, int], None]:
    """For the articles read again after an upgrade (newer intake rules): a bar on a terminal,
    else one line before it starts, so that a log says why the command took long."""
    if sys.stderr.isatty():
        state: dict = {}

        def bar(done: int, total: int) -> None:
            if "report" not in state:
                state["report"] = store_progress(
                    f"re-reading {total:,} stored article{'s' if total != 1 else ''} (newer rules)")
            state["report"](done, total)

        return bar

    def line(done: int, total: int) -> None:
        if not done:
            print(f"gsomia-tui: re-reading {total:,} stored article{'s' if total != 1 else ''} "
                  "with newer rules (once) ...", file=sys.stderr, flush=True)

    return line


def wait_reporter() -> Callable:
    """For `corpus.library_lock.report_waits`: the line saying what a command waits for, on
    stderr as the wait starts; on a terminal, then a bar of the holder's re-read."""
    bar: dict = {}

    def report(line: str, holder) -> None:
        if line:
            print(f"gsomia-tui: {line}", file=sys.stderr, flush=True)
        if holder is None:  # (over: the bar goes, wherever the holder had got to)
            if "report" in bar and bar.get("total"):
                bar.pop("report")(bar["total"], bar["total"])
        elif holder.total and sys.stderr.isatty():
            if "report" not in bar:
                bar["report"] = store_progress("the other gsomia-tui re-reading")
            bar["total"] = holder.total
            bar["report"](min(holder.done, holder.total), holder.total)

    return report

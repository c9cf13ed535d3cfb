"""Deriving many articles on every core, in order, with flat memory.

Work goes to worker processes in batches (a thread would share the interpreter lock with
the caller); a batch's results come back in input order before the next batch is read, so
memory holds two batches whatever the size of the input. Small inputs run in this process:
starting workers costs more than it saves.
"""

from __future__ import annotations

import os
import sys
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

Job = TypeVar("Job")
Result = TypeVar("Result")

BATCH = 256  # jobs read ahead at a time
WORKERS_FROM = 48  # a first batch smaller than this runs here, without workers
CHUNK = 8  # jobs sent to a worker at once


def worker_count() -> int:
    configured = os.environ.get("GSOMIA_TUI_WORKERS")
    if configured and configured.isdigit():
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def in_batches(items: Iterator, size: int = BATCH) -> Iterator[list]:
    """`items` in lists of `size` (the last shorter), read as they are used."""
    while batch := list(islice(items, size)):
        yield batch


def map_in_order(work: Callable[[Job], Result], jobs: Iterable[Job]) -> Iterator[Result]:
    """`work(job)` for every job, in order, on every core when there are many."""
    jobs = iter(jobs)
    batch = list(islice(jobs, BATCH))
    workers = worker_count()
    if len(batch) < WORKERS_FROM or workers < 2:
        yield from map(work, batch)
        for job in jobs:
            yield work(job)
        return
    # (imported here: most commands never start workers)
    from concurrent.futures import ProcessPoolExecutor

    from corpus.interrupts import QuietSpawnContext

    _start_resource_tracker()
    # spawn: the caller may be a threaded process (the explorer), which must not fork
    context = QuietSpawnContext()  # (workers leave Ctrl-C to this process: corpus.interrupts)
    pool = ProcessPoolExecutor(workers, mp_context=context)
    try:
        pending = pool.map(work, batch, chunksize=CHUNK)
        while pending is not None:
            batch = list(islice(jobs, BATCH))  # the next batch starts while this one is used
            following = pool.map(work, batch, chunksize=CHUNK) if batch else None
            yield from pending
            pending = following
    except BaseException:  # Ctrl-C, or the caller stopped early: the work not begun is dropped
        # The chunks a worker has taken end first (a few jobs each): a worker terminated while
        # it sends a result would leave the pool's thread waiting for the rest for ever.
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real standard error. The first spawned
    worker starts it, passing it `sys.stderr.fileno()`; inside the explorer that is Textual's
    capture of stderr, whose descriptor is -1, and every worker failed to start with "bad
    value(s) in fds_to_keep" (textual#3593)."""
    from multiprocessing import resource_tracker

    captured = sys.stderr
    if _descriptor(captured) is None and _descriptor(sys.__stderr__) is not None:
        sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def _descriptor(stream) -> int | None:
    try:
        number = stream.fileno()
    except (AttributeError, ValueError, OSError):
        return None
    return number if number >= 0 else None

"""A search's segments read on every core: the work of some segments done in forked children.

Reading a relevance search's posting lists (`index.bulk_scoring`) is pure Python and grows
with the corpus: at 100k articles `intelligence sharing` reads ~150,000 postings in two
segments, ~95 ms each. A segment's reading needs nothing from another's, so, as Lucene's
searcher does with an executor, the segments are split between the cores: this process
reads the first group and a child forked for each other group reads that one and sends back
only its partial answer (a few hits and counters). A fork shares the open index, mapped read
only, and this process's memory: nothing is reopened or copied.

Only where it pays and is safe: on an operating system that forks, with more than one core
free for this process, segments large enough to be worth a process, and no other thread in
this process (a fork copies only the calling thread; a lock another thread held would stay
held in the child). A child that fails in any way is not an error: its group is read here.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from typing import Callable, Sequence, TypeVar

Group = TypeVar("Group")
Answer = TypeVar("Answer")

MIN_DOCUMENTS_PER_GROUP = 4_000  # below this a group reads in a few ms: a fork costs more
MAX_WORKERS = 4


def usable_cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def split_segments(sizes: Sequence[int], workers: int) -> list[list[int]]:
    """The segments' positions in groups of about equal documents, the largest group first,
    at most `workers` groups and none under `MIN_DOCUMENTS_PER_GROUP` (one group: no split)."""
    order = sorted(range(len(sizes)), key=lambda position: -sizes[position])
    count = max(1, min(workers, MAX_WORKERS, sum(sizes) // MIN_DOCUMENTS_PER_GROUP))
    while count > 1:
        groups: list[list[int]] = [[] for _ in range(count)]
        totals = [0] * count
        for position in order:  # each next largest segment to the lightest group
            lightest = totals.index(min(totals))
            groups[lightest].append(position)
            totals[lightest] += sizes[position]
        if min(totals) >= MIN_DOCUMENTS_PER_GROUP:
            return sorted((sorted(group) for group in groups), key=lambda group: group[0])
        count -= 1
    return [sorted(order)]


def can_fork() -> bool:
    """Whether a child may be forked from this process now."""
    return (hasattr(os, "fork") and sys.platform.startswith("linux")
            and threading.active_count() == 1)


def map_groups(read: Callable[[Group], Answer], groups: Sequence[Group]) -> list[Answer]:
    """`read(group)` for each group, in order: the first here, each other in a forked child
    when `can_fork()` (else here too). `read`'s answer must pickle."""
    if len(groups) < 2 or not can_fork():
        return [read(group) for group in groups]
    gc.freeze()  # (a collection in either process would write to every object: a page copy each)
    children = [_Child.start(read, group) for group in groups[1:]]
    try:
        answers = [read(groups[0])]
        for child, group in zip(children, groups[1:]):
            answer = child.answer() if child else _FAILED
            answers.append(read(group) if answer is _FAILED else answer)
        return answers
    finally:
        for child in children:
            if child:
                child.stop()
        gc.unfreeze()


_FAILED = object()


class _Child:
    """One forked reader and the pipe its answer comes back through."""

    def __init__(self, pid: int, reading_end: int) -> None:
        self.pid, self._reading_end, self._reaped = pid, reading_end, False

    @classmethod
    def start(cls, read: Callable, group) -> "_Child | None":
        reading_end, writing_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(reading_end)
            os.close(writing_end)
            return None
        if pid == 0:  # the child: never returns
            os.close(reading_end)
            _answer_and_exit(read, group, writing_end)
        os.close(writing_end)
        return cls(pid, reading_end)

    def answer(self):
        """The child's answer, or `_FAILED` when it sent none that reads."""
        with os.fdopen(self._reading_end, "rb") as pipe:
            self._reading_end = -1
            sent = pipe.read()
        _, status = os.waitpid(self.pid, 0)
        self._reaped = True
        if os.waitstatus_to_exitcode(status) != 0:
            return _FAILED
        try:
            return pickle.loads(sent)
        except Exception:  # noqa: BLE001 - a torn answer is read again here
            return _FAILED

    def stop(self) -> None:
        """End the child if it is still at work (this process was interrupted) and reap it."""
        if self._reading_end >= 0:
            os.close(self._reading_end)
            self._reading_end = -1
        if not self._reaped:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self._reaped = True


def _answer_and_exit(read: Callable, group, writing_end: int) -> None:
    """In the child: read the group, send the answer, and leave at once (`os._exit`: none
    of the parent's exit handlers or unflushed output run twice)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the parent's children too
        answer = pickle.dumps(read(group), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writing_end, "wb") as pipe:
            pipe.write(answer)
        code = 0
    finally:
        os._exit(code)

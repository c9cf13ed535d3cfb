"""Whoosh's multi-process writer with its writer processes started afresh, not forked.

Whoosh's `MpWriter` forks its writer processes from the process that feeds them. A forked
process keeps a copy of everything its parent held (the command's ~70–95 MB, which grows
with the library), and writing into it (Python's reference counts and collections) makes
those pages its own: each writer process started at the parent's size before it kept a
single posting. Started afresh (`spawn`), a writer process holds only what writing needs:
the interpreter, Whoosh and the modules below (~30 MB), then its postings up to its
`limitmb`. It writes the same segment either way: the documents reach it through the
same job files, and it installs the same changes to Whoosh (the imports below).

Ctrl-C: a terminal sends SIGINT to the writer processes too; each read it as KeyboardInterrupt
and printed its traceback, and `MpWriter.cancel` only flags the parent's copies of the tasks:
the processes went on writing into an index folder being removed. Here the tasks start
ignoring SIGINT (`corpus.interrupts`), and the command that cancels the writer stops them
first (`stop_tasks`).
"""

from __future__ import annotations

import multiprocessing

import index.field_lengths  # noqa: F401 - (in the writer process too: see the module)
import index.posting_lists  # noqa: F401 - (in the writer process too: see the module)
import index.posting_runs  # noqa: F401 - (in the writer process too: see the module)
from corpus.interrupts import QuietSpawnProcess, stop_processes
from whoosh.multiproc import MpWriter, SubWriterTask

_SPAWN = multiprocessing.get_context("spawn")


class SpawnedWriter(MpWriter):
    """`index.writer(procs=N, ...)` with writer processes started by `spawn`."""

    def __init__(self, ix, procs: int, **kwargs) -> None:
        super().__init__(ix, procs=procs, **kwargs)
        # (queues of the spawn context: a fork context's locks cannot reach a spawned process)
        self.jobqueue = _SPAWN.Queue(self.procs * 4)
        self.resultqueue = _SPAWN.Queue()

    def _new_task(self) -> "SpawnedTask":
        task = SpawnedTask(self.storage, self.indexname, self.jobqueue, self.resultqueue,
                           self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task

    def commit(self, *args, **kwargs) -> None:
        try:
            super().commit(*args, **kwargs)
        finally:
            self._close_queues()

    def cancel(self) -> None:
        try:
            super().cancel()
        finally:
            self._close_queues()

    def _close_queues(self) -> None:
        """End the thread that feeds the job queue (a queue starts one at its first job and
        keeps it while the queue lives): a writer leaves this process with the threads it had
        (`index.store` writes in one process while a process has threads)."""
        for queue in (self.jobqueue, self.resultqueue):
            queue.close()
            queue.join_thread()


class SpawnedTask(QuietSpawnProcess, SubWriterTask):
    """Whoosh's writer process (its work is Whoosh's own), started by `spawn` and ignoring
    SIGINT from its start (`QuietSpawnProcess`)."""


def stop_tasks(writer) -> None:
    """Stop the writer's processes, if it has any (before it is cancelled: they write into
    its folder), and wait for them."""
    stop_processes(getattr(writer, "tasks", ()))

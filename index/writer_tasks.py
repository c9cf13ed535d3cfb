"""The processes of Whoosh's multiprocess writer, stopped with the command on Ctrl-C.

`MpWriter` starts a `SubWriterTask` process (spawned: `index.spawned_writer`) each time it
hands out a job file, up to `procs`; each read SIGINT as KeyboardInterrupt and printed its traceback, and
`MpWriter.cancel` only flags the parent's copies of the tasks: the processes went on
writing into an index folder being removed. Here the tasks start ignoring SIGINT
(`corpus.interrupts`), and the command that cancels the writer stops them first.
"""

from __future__ import annotations

from corpus.interrupts import interrupts_ignored, stop_processes


def tasks_ignoring_interrupts(writer):
    """The writer, whose worker processes (if it has any) start ignoring SIGINT."""
    new_task = getattr(writer, "_new_task", None)
    if new_task is None:  # (a writer of one process)
        return writer

    def quiet_new_task():
        with interrupts_ignored():
            return new_task()

    writer._new_task = quiet_new_task
    return writer


def stop_tasks(writer) -> None:
    """Stop the writer's worker processes (before it is cancelled: they write into its
    folder), and wait for them."""
    stop_processes(getattr(writer, "tasks", ()))

"""Worker processes that leave Ctrl-C to the command that started them.

A terminal sends Ctrl-C's SIGINT to every process of its foreground group: to a command's
worker processes as much as to the command. Each worker then printed a KeyboardInterrupt
traceback of its own, and the command could not stop them in order. A worker started here
ignores SIGINT from its first instruction (the disposition is inherited through fork and
exec, and Python installs no handler of its own over an ignored signal); the command alone
acts on Ctrl-C, and stops its workers.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Iterable, Iterator


@contextmanager
def interrupts_ignored() -> Iterator[None]:
    """SIGINT ignored while a process is started, so that it starts ignoring it too (only
    the main thread may change a signal's handler: elsewhere, nothing is changed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C held back until the block is through, then acted on as it would have been: for
    a step that must be whole (an article kept and counted), in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: received.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received and callable(previous):
            previous(signal.SIGINT, None)  # (Python's own handler raises KeyboardInterrupt)


class QuietSpawnProcess(SpawnProcess):
    """A spawned process that ignores SIGINT from its start."""

    def start(self) -> None:
        with interrupts_ignored():
            super().start()


class QuietSpawnContext(SpawnContext):
    """multiprocessing's "spawn" context, whose processes ignore SIGINT; it keeps the
    processes it made (`processes`), for a pool's owner to wait for them."""

    def __init__(self) -> None:
        super().__init__()
        self.processes: list[QuietSpawnProcess] = []

    def Process(self, *args, **kwargs) -> QuietSpawnProcess:  # noqa: N802 - multiprocessing's name
        process = QuietSpawnProcess(*args, **kwargs)
        self.processes.append(process)
        return process


def stop_processes(processes: Iterable) -> None:
    """Terminate the processes that were started and still run, and wait for each."""
    started = [process for process in processes if process.pid is not None]
    for process in started:
        if process.is_alive():
            process.terminate()
    for process in started:
        process.join()

"""Worker processes that leave Ctrl-C to the command that started them.

A terminal sends Ctrl-C's SIGINT to every process of its foreground group: to a command's
worker processes as much as to the command. Each worker then printed a KeyboardInterrupt
traceback of its own, and the command could not stop them in order. A worker started here
never sees SIGINT: it starts with SIGINT blocked (a mask inherited through fork and exec)
and ignores it before it unblocks it; the command alone acts on Ctrl-C, and stops its
workers.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
from contextlib import contextmanager
from multiprocessing.context import SpawnContext, SpawnProcess
from typing import Iterable, Iterator


@contextmanager
def interrupts_kept_from_workers() -> Iterator[None]:
    """While a worker is started: SIGINT blocked in this thread, a mask the worker inherits
    through fork and exec, so that no Ctrl-C reaches it before it ignores SIGINT itself
    (`QuietSpawnProcess.run`). A Ctrl-C meanwhile is held for the command (in the main thread)
    and acted on once the worker has started: ignoring SIGINT here instead lost it."""
    with interrupts_deferred():
        _mask_interrupts(signal.SIG_BLOCK)
        try:
            yield
        finally:
            _mask_interrupts(signal.SIG_UNBLOCK)


def _mask_interrupts(how: int) -> None:
    if hasattr(signal, "pthread_sigmask"):  # (not on Windows)
        signal.pthread_sigmask(how, {signal.SIGINT})


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
    """A spawned process deaf to SIGINT from its start and, started from the command's
    main thread, ends with the command (`end_with_parent`)."""

    def start(self) -> None:
        main = threading.current_thread() is threading.main_thread()
        self._command = os.getpid() if main else None  # (a thread's end would end it too)
        with interrupts_kept_from_workers():
            super().start()

    def run(self) -> None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _mask_interrupts(signal.SIG_UNBLOCK)  # (a Ctrl-C held meanwhile is dropped: ignored)
        if getattr(self, "_command", None) is not None:
            end_with_parent(self._command)
        super().run()


_PR_SET_PDEATHSIG = 1  # prctl(2)


def end_with_parent(parent: int) -> None:
    """(In a worker.) On Linux, SIGTERM to this process once `parent` ends: a command killed
    (SIGKILL, or a signal to its group while a worker runs in a group of its own) stops
    nothing on its way out, and its workers went on for minutes, orphaned."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # it ended before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


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

"""One writer of the library at a time, and what it is doing, for one that waits for it.

The holder writes its task into the lock file while it holds it; a command that has waited
long enough names it ("another gsomia-tui is adding articles at …"). Only the tasks below are
ever shown: whatever else the file holds (an older version's, a stranger's) reads as the
plain "changing the library".
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path

LOCK_TIMEOUT = 30.0
CHANGING = "changing the library"
ADDING = "adding articles"
REMOVING = "removing an article"
CORRECTING = "correcting an article"
REREADING = "reading its articles again with newer rules (once, after an upgrade)"
_TASKS = frozenset({CHANGING, ADDING, REMOVING, CORRECTING, REREADING})


class LibraryBusy(Exception):
    """Another process holds the library; the message says what to do."""


@contextmanager
def library_lock(root: Path, timeout: float | None = None, task: str = CHANGING):
    """One writer at a time; a second waits up to `timeout` seconds, then says so, with the
    `task` the holder is doing."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise LibraryBusy(
                        f"another gsomia-tui is {_held_for(handle)} at {root} (waited "
                        f"{timeout:.0f} s); try again when it has finished") from None
                time.sleep(0.1)
        _tell(handle, task)
        try:
            yield
        finally:
            _tell(handle, "")  # (a later holder that writes nothing is not taken for this one)
            fcntl.flock(handle, fcntl.LOCK_UN)


def _tell(handle, task: str) -> None:
    try:  # (unbuffered: nothing left to fail again when the file is closed)
        os.ftruncate(handle.fileno(), 0)
        os.write(handle.fileno(), task.encode("utf-8"))
    except OSError:
        pass  # (a full disk: the task is a courtesy, the lock is what counts)


def _held_for(handle) -> str:
    try:
        handle.seek(0)
        told = handle.read(200).strip()
    except (OSError, ValueError):
        return CHANGING
    return told if told in _TASKS else CHANGING

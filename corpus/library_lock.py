"""One writer of the library at a time, and what it is doing, for one that waits for it.

The holder writes its task into the lock file while it holds it (and, while it reads its
articles again after an upgrade, how far it has got); one that waits says at once what it
waits for (`report_waits`), and names it again if it gives up ("another gsomia-tui is adding
articles at …"). Only the tasks below are ever shown: whatever else the file holds (an older
version's, a stranger's) reads as the plain "changing the library".

A re-read after an upgrade takes minutes at 10k articles and ends by itself: it is waited for
as long as it moves on (a holder silent for `LOCK_TIMEOUT` seconds is given up on, as any).
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, NamedTuple

LOCK_TIMEOUT = 30.0
NOTICE_AFTER = 0.5  # (a lock handed on at once is no news)
CHANGING = "changing the library"
ADDING = "adding articles"
REMOVING = "removing an article"
CORRECTING = "correcting an article"
RESTORING = "putting back a removed article"
REREADING = "reading its articles again with newer rules (once, after an upgrade)"
_TASKS = frozenset({CHANGING, ADDING, REMOVING, CORRECTING, RESTORING, REREADING})
_COUNTS = re.compile(r"(\d{1,9})/(\d{1,9})")


class LibraryBusy(Exception):
    """Another process holds the library; the message says what to do."""


class WaitStopped(KeyboardInterrupt):
    """Ctrl-C while waiting for another gsomia-tui: nothing of this one's was begun."""


class Holder(NamedTuple):
    """What the lock file says of its holder: its task and, while it re-reads, how far."""
    task: str
    done: int | None = None
    total: int | None = None

    def described(self, root: Path) -> str:
        far = f" ({self.done:,} of {self.total:,} read)" if self.total else ""
        return f"another gsomia-tui is {self.task}{far} at {root}"


WaitReport = Callable[[str, "Holder | None"], None]
_reporter: list[WaitReport] = []  # (set by a command line: the explorer's waits are short)
_held: dict[Path, tuple] = {}  # the lock files this process holds: root -> (handle, task)


def report_waits(report: WaitReport | None) -> None:
    """`report(line, holder)` is told once a wait starts (the line says what it waits for and
    how to stop), then whenever the holder says it has got further; `report("", None)` once
    the wait is over."""
    _reporter[:] = [report] if report else []


@contextmanager
def library_lock(root: Path, timeout: float | None = None, task: str = CHANGING):
    """One writer at a time; a second waits up to `timeout` seconds (a re-read: as long as it
    moves on), then says so, with the `task` the holder is doing."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "a+", encoding="utf-8") as handle:
        _wait_for(handle, root, timeout)
        _tell(handle, task)
        _held[root] = (handle, task)
        try:
            yield
        finally:
            _held.pop(root, None)
            _tell(handle, "")  # (a later holder that writes nothing is not taken for this one)
            fcntl.flock(handle, fcntl.LOCK_UN)


def telling_progress(root: Path, progress: Callable[[int, int], None] | None):
    """`progress` that also writes how far it has got into the lock of `root` this process
    holds, for one that waits (nothing when it holds none)."""
    def told(done: int, total: int) -> None:
        held = _held.get(root)
        if held is not None:
            _tell(held[0], f"{held[1]}\n{done}/{total}")
        if progress is not None:
            progress(done, total)

    return told


def _wait_for(handle, root: Path, timeout: float) -> None:
    started = last_news = time.monotonic()
    seen: Holder | None = None
    announced = False
    try:
        while not _taken(handle):
            now = time.monotonic()
            holder = _held_for(handle)
            if seen is not None and holder != seen and holder.task == REREADING:
                last_news = now  # (moving on: waited for as long as it does)
            if now - last_news > timeout:
                raise LibraryBusy(f"{holder.described(root)} (waited {timeout:.0f} s); "
                                  "try again when it has finished")
            if timeout > 0 and now - started >= NOTICE_AFTER and (not announced or holder != seen):
                _report(root, holder, announced, timeout)
                announced = True
            seen = holder
            time.sleep(0.1)
    except KeyboardInterrupt:
        raise WaitStopped(f"stopped waiting for another gsomia-tui at {root}") from None
    finally:
        if announced and _reporter:
            _reporter[0]("", None)  # (the wait is over, however it ended)


def _report(root: Path, holder: Holder, announced: bool, timeout: float) -> None:
    """The first time, a line saying what is waited for and how to stop; then the holder's
    progress alone."""
    if not _reporter:
        return
    how_long = ("until it has finished" if holder.task == REREADING
                else f"up to {timeout:.0f} s")
    line = "" if announced else f"{holder.described(root)}; waiting {how_long} (Ctrl-C stops waiting)"
    _reporter[0](line, holder)


def _taken(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _tell(handle, task: str) -> None:
    try:  # (unbuffered: nothing left to fail again when the file is closed)
        os.ftruncate(handle.fileno(), 0)
        os.write(handle.fileno(), task.encode("utf-8"))
    except OSError:
        pass  # (a full disk: the task is a courtesy, the lock is what counts)


def _held_for(handle) -> Holder:
    try:
        handle.seek(0)
        told = handle.read(200).strip().split("\n")
    except (OSError, ValueError):
        return Holder(CHANGING)
    if told[0] not in _TASKS:
        return Holder(CHANGING)
    counts = _COUNTS.fullmatch(told[1].strip()) if len(told) == 2 else None
    return Holder(told[0], *map(int, counts.groups())) if counts else Holder(told[0])

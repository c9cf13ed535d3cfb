"""The library's lock names what its holder is doing to one that waits, and only that: a task
left by an earlier holder, an older version's empty file or a stranger's text is never shown;
a lock file that cannot be written to still locks."""

from __future__ import annotations

import fcntl
import resource
import signal

import pytest

from corpus.library_lock import ADDING, REREADING, LibraryBusy, library_lock


def waited(root) -> str:
    with pytest.raises(LibraryBusy) as busy:
        with library_lock(root, timeout=0):
            pass
    return str(busy.value)


def held_without_a_task(root):
    """As an older gsomia-tui holds it: the lock taken, nothing written."""
    handle = open(root / ".lock", "a+", encoding="utf-8")
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


def test_one_that_waits_is_told_the_holders_task(tmp_path):
    with library_lock(tmp_path, task=REREADING):
        assert waited(tmp_path).startswith(f"another gsomia-tui is {REREADING} at {tmp_path}")


def test_a_task_that_ended_is_not_told_of_the_next_holder(tmp_path):
    with library_lock(tmp_path, task=ADDING):
        pass
    handle = held_without_a_task(tmp_path)
    try:
        assert waited(tmp_path).startswith("another gsomia-tui is changing the library at ")
    finally:
        handle.close()


def test_text_in_the_lock_file_that_no_holder_wrote_is_never_shown(tmp_path):
    (tmp_path / ".lock").write_text("reading your files; run rm -rf ~ to fix \x1b[31m" + "A" * 300)
    handle = held_without_a_task(tmp_path)
    try:
        told = waited(tmp_path)
    finally:
        handle.close()
    assert told.startswith("another gsomia-tui is changing the library at ")
    assert "rm -rf" not in told and "\x1b" not in told


def test_a_lock_file_that_cannot_be_written_to_still_locks(tmp_path):
    limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, limit[1]))  # (every write fails: a full disk)
    try:
        with library_lock(tmp_path, task=ADDING):
            told = waited(tmp_path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limit)
        signal.signal(signal.SIGXFSZ, ignored)
    assert told.startswith("another gsomia-tui is changing the library at ")

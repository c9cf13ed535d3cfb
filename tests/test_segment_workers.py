"""A search's segments read in forked children (`index.segment_workers`): how segments are
grouped, and that a child that fails, a process with other threads and an interrupted wait
all leave the answer right and no process behind."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from index import segment_workers
from index.segment_workers import map_groups, split_segments

pytestmark = pytest.mark.skipif(not segment_workers.can_fork(), reason="no fork here")


def test_segments_are_grouped_by_documents_the_largest_first():
    assert split_segments([50_000, 50_400, 3, 1], 2) == [[0, 2, 3], [1]]
    assert split_segments([9_000, 3_000, 3_000, 3_000], 2) == [[0], [1, 2, 3]]


def test_no_split_where_a_group_would_be_small_or_one_core():
    assert split_segments([100_000], 2) == [[0]]
    assert split_segments([6_000, 1_000], 2) == [[0, 1]]  # a group of 1,000 is not worth it
    assert split_segments([50_000, 50_000], 1) == [[0, 1]]
    assert split_segments([], 4) == [[]]


def test_many_cores_make_at_most_as_many_groups_as_pay():
    groups = split_segments([10_000] * 12, 16)
    assert len(groups) == segment_workers.MAX_WORKERS
    assert sorted(sum(groups, [])) == list(range(12))


def test_answers_come_back_in_order_read_in_other_processes():
    parent = os.getpid()
    answers = map_groups(lambda group: (group, os.getpid() == parent), ["a", "b", "c"])
    assert answers == [("a", True), ("b", False), ("c", False)]


def test_a_child_that_fails_has_its_group_read_here():
    parent = os.getpid()

    def read(group):
        if os.getpid() != parent:
            raise RuntimeError("a child's failure")
        return group * 2

    assert map_groups(read, [1, 2, 3]) == [2, 4, 6]


def test_no_fork_while_another_thread_runs():
    parent, release = os.getpid(), threading.Event()
    waiting = threading.Thread(target=release.wait)
    waiting.start()
    try:
        assert not segment_workers.can_fork()
        assert map_groups(lambda group: os.getpid() == parent, [1, 2]) == [True, True]
    finally:
        release.set()
        waiting.join()


class _Interrupted(Exception):
    pass


def test_an_interrupted_wait_ends_and_reaps_its_children(monkeypatch):
    children = []
    start = segment_workers._Child.start
    monkeypatch.setattr(segment_workers._Child, "start",
                        classmethod(lambda cls, *args: children.append(start(*args)) or children[-1]))
    parent = os.getpid()

    def read(group):
        if os.getpid() != parent:
            time.sleep(60)
        return group

    def interrupt(*_):
        raise _Interrupted

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    started = time.monotonic()
    try:
        with pytest.raises(_Interrupted):
            map_groups(read, [1, 2])
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 10
    assert len(children) == 1
    with pytest.raises(ChildProcessError):  # reaped: no longer this process's child
        os.waitpid(children[0].pid, os.WNOHANG)

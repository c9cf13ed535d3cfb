"""The shared-text store of a new library built in a process of its own while the index is
built, so that an add of many articles keeps both cores busy.

Building the index leaves most of a core idle (one process feeds Whoosh's writers), and
building the shared-text store whole is mostly one process inserting and pairing sentences:
one after the other, an add of 10,000 articles had little over one core busy. Here, when a
library has no shared-text store yet, it is built into a folder of its own beside the index
(named as a build in progress: `index.store` clears one left by a killed command after an
hour), then moved into the index once the index is in place; `index.overlap.update_shared`
then finds it in step. Anything that goes wrong leaves the store to be built as before.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
from pathlib import Path

from corpus.interrupts import QuietSpawnContext
from index.overlap_store import STORE_FILE, Progress
from index.store import default_index_root, index_location

BACKGROUND_FROM = 500  # articles added from which the store is built beside the index
STOP_WAIT = 5.0  # seconds a cancelled build has to end (and end its workers) before it is killed


class SharedBeside:
    """A build of the shared-text store running in another process."""

    def __init__(self, process, staging: Path, counts) -> None:
        self.process, self.staging, self.counts = process, staging, counts

    @classmethod
    def start(cls, store_path: Path | None, index_root: Path | None, added: int
              ) -> "SharedBeside | None":
        """Start building, when `added` articles are many and the library's index has no
        shared-text store yet; None otherwise (or when it cannot start)."""
        root = index_root or default_index_root()
        if added < BACKGROUND_FROM or store_path is None \
                or (index_location(root) / STORE_FILE).exists():
            return None
        try:
            root.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".building-{index_location(root).name}-shared-",
                                            dir=root))
            # spawn: a forked copy of this process would carry its open databases; quiet:
            # Ctrl-C is this process's to act on (`corpus.interrupts`)
            context = QuietSpawnContext()
            counts = context.Array("q", 2, lock=False)  # (done, total), as the build reports
            process = context.Process(target=_build, args=(store_path, staging, counts),
                                      name="gsomia-tui shared text")
            process.start()
        except OSError:
            return None
        return cls(process, staging, counts)

    def finish(self, location: Path | None, progress: Progress | None = None) -> None:
        """Wait for the build (`progress` told of the articles it has done), then move the
        store into the index at `location` (unless it has one already, or the build failed);
        the folder of the build is removed."""
        total = 0
        try:
            while self.process.is_alive():
                self.process.join(0.25)
                done, total = self.counts[:]
                if progress and total:
                    progress(min(done, total - 1), total)  # (the bar ends once the build has)
        except BaseException:  # Ctrl-C: the build stops with the command
            self.cancel()
            raise
        if progress and total:
            progress(total, total)
        built = self.staging / STORE_FILE
        try:
            if self.process.exitcode == 0 and location is not None and built.is_file() \
                    and not built.with_name(f"{STORE_FILE}-wal").exists() \
                    and not (location / STORE_FILE).exists():
                os.replace(built, location / STORE_FILE)
        except OSError:
            pass  # only a head start: `update_shared` builds it where it belongs
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)

    def cancel(self) -> None:
        """Stop the build (the index could not be built, or Ctrl-C) and its workers, and remove
        its folder. It is asked first (it ends its workers itself: killed, they left their
        queues to multiprocessing's resource tracker, which warned of them as the add ended);
        its whole group is killed if it has not ended in `STOP_WAIT` seconds."""
        self.process.terminate()  # (SIGTERM: `_build` ends on it)
        self.process.join(STOP_WAIT)
        if self.process.is_alive():  # (so its id is still its group's)
            try:
                os.killpg(self.process.pid, signal.SIGKILL)  # its workers too (`_build`)
            except OSError:
                self.process.kill()  # (no group of its own yet: no workers either)
        self.process.join()
        shutil.rmtree(self.staging, ignore_errors=True)


def _build(store_path: Path, staging: Path, counts) -> None:
    """(In the other process.) The shared-text store of the library's articles, in `staging`."""
    from corpus.article_store import ArticleStore
    from index.overlap import update_shared

    signal.signal(signal.SIGTERM, _end)  # `cancel`: its workers are stopped on the way out
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # a group of its own with its workers, for `cancel` to stop them all

    def report(done: int, total: int) -> None:
        counts[:] = [done, total]

    corpus = ArticleStore(store_path)
    try:
        if update_shared(corpus, staging, report) is None:
            raise SystemExit(1)  # (could not be written: nothing to move)
    finally:
        corpus.close()


def _end(_signal_number, _frame) -> None:
    raise SystemExit(1)  # (through the `finally` of what runs: a pool waits for its workers)

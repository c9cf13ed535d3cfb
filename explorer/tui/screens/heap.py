"""Keeping the loaded articles out of the garbage collector's full collections."""

from __future__ import annotations

import gc
import threading
import weakref
from contextlib import contextmanager
from typing import Iterator

COLLECTIONS_BEFORE_GIVING_UP = 3


class LongLivedHeap:
    """Freezes what a load leaves alive (`gc.freeze()`), once no older load is still held.

    At 10k articles a full collection walks millions of long-lived objects (the corpus, the
    index's column tables, the event list) and pauses the app for 100-400 ms while typing.
    Frozen objects are left out of every collection. They are still freed when nothing refers
    to them, but cycles among them are not: frozen with an older engine still held (by a
    search thread that was cancelled but runs on), a reload would keep the old corpus for the
    rest of the session. So each load thaws first (`gc.unfreeze()`) and retires the engine it
    replaces, and the freeze waits until no worker body runs and every retired engine has
    been collected; if one outlives a few collections, the heap stays unfrozen.
    """

    def __init__(self) -> None:
        self.frozen = False
        self._retired: list[weakref.ref] = []
        self._running = 0
        self._lock = threading.Lock()
        self._collections = 0

    @contextmanager
    def working(self) -> Iterator[None]:
        """Around the body of every worker that holds an engine (threads included)."""
        with self._lock:
            self._running += 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1

    def thaw(self, retiring: object | None = None) -> None:
        """A load has come in (or the screen goes): let the collector see everything again."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
        if retiring is not None:
            self._retired.append(weakref.ref(retiring))
        self._collections = 0

    def freeze(self) -> bool | None:
        """True once frozen; None: try again later (work is running, or an older engine is
        still alive); False: given up, an older engine outlived the collections."""
        if self.frozen:
            return True
        if self._running:
            return None
        if self._collections >= COLLECTIONS_BEFORE_GIVING_UP:
            return False
        self._collections += 1
        gc.collect()
        if any(ref() is not None for ref in self._retired):
            return None
        self._retired.clear()
        gc.freeze()
        self.frozen = True
        return True

"""Whoosh's sorted runs of postings written and read a chunk at a time, not a posting at a time.

A writer keeps the postings it makes in memory up to its `limitmb`, then sorts them and writes
them out as a run; committing merges the runs. Whoosh pickles each posting on its own, a
Python call per posting each way: for 5,000 articles (2.9M postings, five runs) that was a
third of the time of writing the index. Here a run is pickled in chunks of postings: the same
runs, the same order, in a few calls a chunk. Installed once, by importing this module
(index.store does); a writer's runs are written and read by the same process.

Merging reads a chunk of every run at once, and Whoosh merges up to 128 runs at a time: with
runs of a small `limitmb` (index.store's 32 MB), a writer of 15,000 articles had ~47 runs and
grew by ~25 MB while it merged them, more the more articles (~0.8 MB a run). Here runs are
merged `MERGED_AT_ONCE` at a time (Whoosh's own `reduce_to`, each merge written as a run),
until that many are left: a merge holds at most that many chunks, whatever the number of
articles, for one more pass over the postings of the runs beyond it.
"""

from __future__ import annotations

import pickle
from itertools import islice

from whoosh.externalsort import SortingPool
from whoosh.writing import PostingPool

CHUNK = 4096  # postings a pickle
MERGED_AT_ONCE = 16  # runs a merge reads at once (a chunk of each: ~0.8 MB)


def _write_run(self, f, items) -> None:
    items = iter(items)
    while chunk := list(islice(items, CHUNK)):
        pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
    f.close()


def _read_run(self, path):
    f = self._open_run(path)
    try:
        while True:
            try:
                chunk = pickle.load(f)
            except EOFError:
                return
            yield from chunk
    finally:
        f.close()
        self._remove_run(path)


def _items(self, maxfiles: int = MERGED_AT_ONCE):
    return SortingPool.items(self, maxfiles)


PostingPool._write_run = _write_run
PostingPool._read_run = _read_run
PostingPool.items = _items

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

Sorting a run compared whole postings, (field, term, document, weight, value) tuples: a
quarter of a writer's time. A writer adds a document's postings after those of the documents
before it, so its postings come in order of document, and a document has one posting a term
of a field: sorting each field's postings by term alone, keeping the order they came in (a
stable sort, of bytes), gives the same order, about three times faster. Whoosh's spelling
words, which it adds as postings of document 0 after others, and any pool whose documents do
not come in order, are sorted whole as before.
"""

from __future__ import annotations

import pickle
from itertools import islice
from operator import itemgetter, le

from whoosh.externalsort import SortingPool
from whoosh.writing import PostingPool

SPELLING_PREFIX = "spell_"  # (Whoosh's default for a field's spelling words)

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
    if not self.runs:
        return sorted_postings(self.current)
    return SortingPool.items(self, maxfiles)


def _save(self) -> None:
    """`PostingPool.save`: the postings in memory sorted (`sorted_postings`), written as a run."""
    if self.current:
        self.current = sorted_postings(self.current)
        path, f = self._new_run()
        self._write_run(f, self.current)
        self._add_run(path)
        self.current = []
    self.currentsize = 0


def sorted_postings(postings: list[tuple]) -> list[tuple]:
    """`sorted(postings)`, by field then term when the documents come in order (see above)."""
    documents = [posting[2] for posting in postings]
    by_field: dict[str, list[tuple]] = {}
    for posting in postings:
        by_field.setdefault(posting[0], []).append(posting)
    if not all(map(le, documents, documents[1:])) or any(
            name.startswith(SPELLING_PREFIX) for name in by_field):
        return sorted(postings)
    ordered: list[tuple] = []
    for name in sorted(by_field):
        ordered += sorted(by_field[name], key=itemgetter(1))
    return ordered


PostingPool._write_run = _write_run
PostingPool._read_run = _read_run
PostingPool.items = _items
PostingPool.save = _save

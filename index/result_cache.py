"""The results of the last few searches, by what they match rather than how they were written.

Typing a word searches each prefix of it: `intellig`, `intellige`, ..., `intelligence`. From
the fourth letter on these are often the same search once the prefix is expanded (the same
stems, the same written words), and at 10k articles each was 200-300 ms of Whoosh scoring
every match. A search whose query, once expanded, equals a recent one's takes its results.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, Hashable, TypeVar

from whoosh import query as wq

from index.wildcards import WrittenWords

KEPT = 32
Value = TypeVar("Value")


def query_key(q: wq.Query) -> Hashable:
    """Equal for two expanded queries that match and score alike and highlight the same
    words: a prefix or wildcard counts by the terms it expanded to (`WrittenWords.stems`),
    not by its letters; any other node by Whoosh's own equality."""
    if isinstance(q, WrittenWords):
        return type(q).__name__, q.fieldname, q.stems, q.boost, q.constantscore
    if type(q) in (wq.And, wq.Or) and any(isinstance(leaf, WrittenWords) for leaf in q.leaves()):
        return (type(q).__name__, q.boost, getattr(q, "minmatch", None),
                getattr(q, "scale", None), tuple(query_key(sub) for sub in q.subqueries))
    return q


class RecentResults(Generic[Value]):
    """The `KEPT` most recently used results."""

    def __init__(self, kept: int = KEPT) -> None:
        self.kept = kept
        self._results: OrderedDict[Hashable, Value] = OrderedDict()

    def get(self, key: Hashable) -> Value | None:
        found = self._results.get(key)
        if found is not None:
            self._results.move_to_end(key)
        return found

    def put(self, key: Hashable, value: Value) -> Value:
        self._results[key] = value
        self._results.move_to_end(key)
        while len(self._results) > self.kept:
            self._results.popitem(last=False)
        return value

    def clear(self) -> None:
        self._results.clear()

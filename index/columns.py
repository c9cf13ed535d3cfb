"""What the search needs to know of every document, read once per searcher.

Whoosh re-reads a column's offsets each time a search facets or filters by it, and turns a
filter query into a set of document numbers on every search: together about 15 ms a search
at 1k articles and ten times that at 10k (`python -m bench.search_bench --profile`). The
searcher is long-lived, so the engine reads these once and counts facets from plain lists.
"""

from __future__ import annotations

from collections import Counter

from whoosh import collectors
from whoosh import query as wq
from whoosh.searching import Searcher

from index.schema import ARTICLE, PASSAGE


class DocumentTable:
    """Document number -> kind, outlet id, month and date."""

    def __init__(self, searcher: Searcher) -> None:
        reader = searcher.reader()
        # sets, as Whoosh takes them for filters (never changed once read)
        self.of_kind = {kind: set(searcher.docs_for_query(wq.Term("kind", kind)))
                        for kind in (ARTICLE, PASSAGE)}
        self.outlet_id = _column(reader, "outlet_id")
        self.month = _column(reader, "month")
        self.date = _column(reader, "date")


def _column(reader, name: str) -> list[str]:
    values = reader.column_reader(name)
    return [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]


class FacetCounter(collectors.WrappingCollector):
    """Counts every document it is given by outlet, then passes on those of the wanted
    outlets (all, without a wish), which it also counts by month.

    Outlet counts thus ignore the outlet filter, as facets that switch a filter must: one
    search gives both the filtered results and every outlet's count."""

    def __init__(self, child: collectors.Collector, table: DocumentTable,
                 wanted_outlets: set[str] | None = None) -> None:
        super().__init__(child)
        self.table = table
        self.wanted_outlets = wanted_outlets
        self.outlets: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.passed = 0

    def collect(self, sub_docnum: int):
        docnum = sub_docnum + self.offset
        outlet = self.table.outlet_id[docnum]
        self.outlets[outlet] += 1
        if self.wanted_outlets is not None and outlet not in self.wanted_outlets:
            return None
        self.months[self.table.month[docnum]] += 1
        self.passed += 1
        return self.child.collect(sub_docnum)

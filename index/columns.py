"""What the search needs to know of every document, read once per searcher.

Whoosh re-reads a column's offsets each time a search facets or filters by it, and turns a
filter query into a set of document numbers on every search: together about 15 ms a search
at 1k articles and ten times that at 10k (`python -m bench.search_bench --profile`). The
searcher is long-lived, so the engine reads these once and counts facets from plain lists.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from array import array
from collections import Counter
from pathlib import Path

from whoosh import collectors
from whoosh import query as wq
from whoosh.searching import Searcher

from index.schema import ARTICLE

TABLE_FILE = "document-table"


def _text(numbers: array) -> str:
    return base64.b64encode(numbers.tobytes()).decode("ascii")


def _numbers(text: str) -> array:
    numbers = array("I")
    numbers.frombytes(base64.b64decode(text))
    return numbers


class Column:
    """One value per document, held as small integer codes into a list of the distinct values."""

    def __init__(self, names: list[str], codes: array) -> None:
        self.names, self.codes = names, codes

    @classmethod
    def of(cls, values) -> "Column":
        numbers: dict[str, int] = {}
        codes = array("I", (numbers.setdefault(value, len(numbers)) for value in values))
        return cls(list(numbers), codes)

    def __getitem__(self, docnum: int) -> str:
        return self.names[self.codes[docnum]]

    def __len__(self) -> int:
        return len(self.codes)

    def saved(self) -> dict:
        return {"names": self.names, "codes": _text(self.codes)}

    @classmethod
    def loaded(cls, data: dict) -> "Column":
        return cls(list(data["names"]), _numbers(data["codes"]))


class DocumentTable:
    """Document number -> kind, outlet id, month and date.

    Reading the columns costs time that grows with the documents (a second at 120k), so it is
    kept in the index directory under the index's generation and read back in milliseconds by
    the next process (a one-shot `gsomia-tui search` pays it once per change of the index)."""

    def __init__(self, kind_docs: dict[str, array], outlet_id: Column, month: Column,
                 date: Column) -> None:
        self.kind_docs = kind_docs  # kind -> its documents' numbers, ascending
        self.outlet_id, self.month, self.date = outlet_id, month, date
        self._of_kind: dict[str, set[int]] = {}

    @classmethod
    def read(cls, searcher: Searcher, location: Path | None = None) -> "DocumentTable":
        key = f"{searcher.reader().generation()}:{searcher.doc_count_all()}"
        kept = _load(location, key) if location else None
        if kept is not None:
            return kept
        table = cls.from_searcher(searcher)
        if location:
            _save(location, key, table)
        return table

    @classmethod
    def from_searcher(cls, searcher: Searcher) -> "DocumentTable":
        reader = searcher.reader()
        kind_docs = {kind: array("I", sorted(searcher.docs_for_query(wq.Term("kind", kind))))
                     for kind in (ARTICLE,)}
        return cls(kind_docs, *(Column.of(_column(reader, name))
                                for name in ("outlet_id", "month", "date")))

    def of_kind(self, kind: str) -> set[int]:
        """The numbers of the documents of `kind`: a set, as Whoosh takes it for a filter.
        Each kind's set is made when first asked."""
        if kind not in self._of_kind:
            self._of_kind[kind] = set(self.kind_docs[kind])
        return self._of_kind[kind]


def _column(reader, name: str) -> list[str]:
    values = reader.column_reader(name)
    return [value.decode("utf-8") if isinstance(value, bytes) else value for value in values]


_COLUMNS = ("outlet_id", "month", "date")


def _load(location: Path, key: str) -> DocumentTable | None:
    try:
        data = json.loads((location / TABLE_FILE).read_text(encoding="utf-8"))
        if data.get("key") != key:
            return None
        kind_docs = {kind: _numbers(data["kinds"][kind]) for kind in (ARTICLE,)}
        table = DocumentTable(kind_docs, *(Column.loaded(data[name]) for name in _COLUMNS))
    except (OSError, ValueError, KeyError, TypeError, binascii.Error):
        return None
    return table if len({len(getattr(table, name)) for name in _COLUMNS}) == 1 else None


def _save(location: Path, key: str, table: DocumentTable) -> None:
    data = {"key": key, **{name: getattr(table, name).saved() for name in _COLUMNS},
            "kinds": {kind: _text(docs) for kind, docs in table.kind_docs.items()}}
    partial = location / f".{TABLE_FILE}.{os.getpid()}"
    try:
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, location / TABLE_FILE)
    except OSError:
        partial.unlink(missing_ok=True)  # only an optimisation: read the columns next time


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
        if self.count(sub_docnum + self.offset):
            return self.child.collect(sub_docnum)
        return None

    def count_all(self, docnums: list[int]) -> list[int]:
        """`count` of every document of `docnums` at once; those of the wanted outlets (the
        counts made by C loops: a first prefix matches thousands of documents at 10k)."""
        outlet = self.table.outlet_id
        self.outlets.update(_named(outlet, Counter(map(outlet.codes.__getitem__, docnums))))
        passing = docnums
        if self.wanted_outlets is not None:
            wanted = {code for code, name in enumerate(outlet.names) if name in self.wanted_outlets}
            passing = [docnum for docnum in docnums if outlet.codes[docnum] in wanted]
        month = self.table.month
        self.months.update(_named(month, Counter(map(month.codes.__getitem__, passing))))
        self.passed += len(passing)
        return passing

    def counts(self) -> tuple[Counter[str], Counter[str], int]:
        """What it counted: by outlet, by month, and the documents passed on."""
        return self.outlets, self.months, self.passed

    def add_counts(self, counts: tuple[Counter[str], Counter[str], int]) -> None:
        """Count what another counter counted (`counts()`) as if given its documents."""
        outlets, months, passed = counts
        self.outlets.update(outlets)
        self.months.update(months)
        self.passed += passed

    def count(self, docnum: int) -> bool:
        """Count one matching document; whether it is of a wanted outlet."""
        outlet = self.table.outlet_id[docnum]
        self.outlets[outlet] += 1
        if self.wanted_outlets is not None and outlet not in self.wanted_outlets:
            return False
        self.months[self.table.month[docnum]] += 1
        self.passed += 1
        return True


def _named(column: Column, by_code: Counter[int]) -> dict[str, int]:
    return {column.names[code]: n for code, n in by_code.items()}


class TopTermsCollector(collectors.TermsCollector):
    """`TermsCollector` (the same matchers, the same matched terms) that notes the terms of
    only the documents its `TopCollector` takes into its top: a document the top turns away
    is never a hit, and looking at every term matcher (dozens for a query expanded over
    fields and names) for each of thousands of matches was a tenth of a search at 10k.

    A document that enters the top and is pushed out later keeps its noted terms, unused."""

    def collect(self, sub_docnum: int):
        items = self.child.items
        lowest = items[0] if len(items) >= self.child.limit else None
        self.child.collect(sub_docnum)
        if lowest is None or items[0] is not lowest:  # taken (the lowest was replaced)
            self._note_terms(sub_docnum)

    def _note_terms(self, sub_docnum: int) -> None:
        global_docnum = self.child.offset + sub_docnum
        for matcher in self.termmatchers:
            if matcher.is_active() and matcher.id() == sub_docnum:
                term = matcher.term()
                self.termdocs[term].append(global_docnum)
                self.docterms[global_docnum].append(term)

"""A segment's field lengths read whole from the lengths file, once, not a seek and a read each.

Whoosh keeps each document's length in each field as one byte. While it writes a segment's
postings it asks that length for every posting (a block records its shortest and longest
document), and BM25 asks it for every document it scores: each asking was a seek and a read of
the file (a quarter of the time of writing a segment). Here the lengths of a field are read
into memory the first time one is asked: one byte a document. Installed once, by importing
this module (index.store does).
"""

from __future__ import annotations

from whoosh.codec import whoosh3


def _cached_reader(self, fieldname, column):
    if fieldname not in self._readers:
        if not self.has_column(fieldname):
            return None
        reader = self.column_reader(fieldname, column)
        self._readers[fieldname] = _whole(reader) if column is whoosh3.LENGTHS_COLUMN else reader
    return self._readers[fieldname]


def _whole(reader):
    """The column's values as `bytes` (indexing and iterating them gives the same numbers as
    the reader), documents past the written ones taking the default."""
    if getattr(reader, "_fixedlen", None) != 1:
        return reader
    written = reader._dbfile.get(reader._basepos, reader._count)
    return written + reader._defaultbytes * max(0, reader._doccount - reader._count)


whoosh3.W3PerDocReader._cached_reader = _cached_reader

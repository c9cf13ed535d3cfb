"""A segment's postings handed to Whoosh's postings writer a term at a time, not one by one.

Writing a segment, Whoosh's `FieldWriter.add_postings` makes four calls for every posting
(the document's field length, the field writer's `add`, the postings writer's `add_posting`
with its four type assertions): most of the time of writing the postings of a large add, a
posting being one word of one article. Here the postings of a term are gathered in plain
lists, and handed to the postings writer a block at a time, in the state its `add_posting`
would have left it in: the same blocks, the same term infos, the same bytes on disk
(tests/test_index_writing.py compares the files). Installed once, by importing this module
(index.store and index.spawned_writer do: the writer processes write postings too).
"""

from __future__ import annotations

from array import array

from whoosh.codec import whoosh3
from whoosh.util.numeric import byte_to_length

_LENGTH_OF_BYTE = tuple(byte_to_length(byte) or 0 for byte in range(256))


def add_postings(self, schema, lengths, items) -> None:
    """`FieldWriter.add_postings` for Whoosh 3 segments: `items` are (field name, term
    bytes, document number, weight, value bytes), sorted by field, then term."""
    field = term = None
    length_of = None
    ids: list[int] = []
    weights: list[float] = []
    values: list[bytes] = []
    for fieldname, btext, docnum, weight, value in items:
        if fieldname != field:
            if term is not None:
                _finish_term(self, ids, weights, values, length_of)
                ids, weights, values = [], [], []
            if field is not None:
                self.finish_field()
            self.start_field(fieldname, schema[fieldname])
            field, term = fieldname, None
            length_of = _field_lengths(lengths, fieldname)
        if docnum == -1:  # (Whoosh's mark of a spelling word, not a posting: skipped as Whoosh does)
            continue
        if btext != term:
            if term is not None:
                _finish_term(self, ids, weights, values, length_of)
                ids, weights, values = [], [], []
            self.start_term(btext)
            term = btext
        ids.append(docnum)
        weights.append(weight)
        values.append(value)
    if term is not None:
        _finish_term(self, ids, weights, values, length_of)
    if field is not None:
        self.finish_field()


def _field_lengths(lengths, fieldname):
    """A function from a document number to its length in the field (0 when not known)."""
    if not lengths:
        return lambda docnum: 0
    whole = lengths._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if isinstance(whole, bytes):  # (index.field_lengths: a field's lengths read whole)
        return lambda docnum: _LENGTH_OF_BYTE[whole[docnum]]
    return lambda docnum: lengths.doc_field_length(docnum, fieldname) or 0


def _finish_term(self, ids, weights, values, length_of) -> None:
    """The term's postings into its postings writer, a block at a time (a full block is
    written when a posting follows it, the last one left buffered: as `add_posting` does),
    then the term finished."""
    writer = self._postwriter
    limit = writer._blocklimit
    for start in range(0, len(ids), limit):
        if start:
            writer._write_block()
        _fill_block(writer, ids[start:start + limit], weights[start:start + limit],
                    values[start:start + limit], length_of)
    self.finish_term()


def _fill_block(writer, ids, weights, values, length_of) -> None:
    """The postings writer's buffered block as `add_posting` would have filled it."""
    writer._ids = list(ids) if writer._byteids else array("I", ids)
    writer._weights = array("f", weights)
    writer._values = [value for value in values if value]
    writer._maxweight = max(0, max(weights))
    known = [length for length in map(length_of, ids) if length]
    writer._minlength = min(known) if known else None
    writer._maxlength = max(known) if known else 0


whoosh3.W3FieldWriter.add_postings = add_postings

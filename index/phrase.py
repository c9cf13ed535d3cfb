"""Exact phrases matched by comparing sets of word positions.

Whoosh matches a phrase through `SpanNear2`: for every article holding all its words it makes
one `Span` object per position of each word and compares them pair by pair. For an exact
phrase (words side by side, slop 1) it is enough to ask which start positions have every
following word at the next position: a set intersection. Same documents, same scores (the
sum of the words' scores, as before), 1.3-2.3x faster at 10k generated articles, the more
the longer the phrase ("General Security of Military Information Agreement", which every
GSOMIA query searches too). `python -m bench.search_bench` measures it.
"""

from __future__ import annotations

from whoosh import matching
from whoosh import query as wq
from whoosh.query.spans import Span, SpanNear2


class AdjacentPhrase(wq.Phrase):
    """A `Phrase` whose exact form (slop 1) is matched by `AdjacentWordsMatcher`."""

    def matcher(self, searcher, context=None):
        field = searcher.schema[self.fieldname] if self.fieldname in searcher.schema else None
        if (self.slop != 1 or None in self.words or field is None
                or not field.format.supports("positions")):
            return super().matcher(searcher, context)  # Whoosh's own answer, errors included
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                word = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, word) not in reader:
                return matching.NullMatcher()  # a word no document has
            terms.append(wq.Term(self.fieldname, word))
        found = AdjacentWordsMatcher([term.matcher(searcher, context) for term in terms])
        return found if self.boost == 1.0 else matching.WrappingMatcher(found, boost=self.boost)


class AdjacentWordsMatcher(SpanNear2.SpanNear2Matcher):
    """`SpanNear2`'s matcher for words in order, each right after the one before."""

    def __init__(self, ms, slop=1, ordered=True, mindist=1):  # the signature copy() calls
        super().__init__(ms, slop=1, ordered=True, mindist=1)

    def _get_spans(self):
        starts = set(self.ms[0].value_as("positions"))
        for offset, word in enumerate(self.ms[1:], start=1):
            starts.intersection_update([p - offset for p in word.value_as("positions")])
            if not starts:
                return []
        last = len(self.ms) - 1
        return [Span(start, start + last) for start in sorted(starts)]


def adjacent_phrases(q: wq.Query) -> wq.Query:
    """`q` with each Whoosh `Phrase` as an `AdjacentPhrase` (the same query otherwise)."""
    if type(q) is wq.Phrase:
        return AdjacentPhrase(q.fieldname, q.words, slop=q.slop, boost=q.boost,
                              char_ranges=q.char_ranges)
    if q.is_leaf():
        return q
    return q.apply(adjacent_phrases)

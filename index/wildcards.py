"""Wildcard words matched as a reader means them: against the words as written.

The headline and body fields index stems ("intelligence" is `intellig`), so a prefix
matched against them finds nothing part-way through a word: `intelligen*` begins no stem,
and a person typing "intelligence" saw "0 articles" between results. So a prefix or a
wildcard is matched against the unstemmed `words` field (every word of an article as
written, folded) and stands for the stems of the words it matched there: `intelligen*` ->
intelligence, intelligent -> `intellig`. It finds what those whole words find, from its
first letters to its last, and no stem merely because the stem is short (`mi*` does not
find "mi", only words that begin "mi"). Two words may share a stem ("signing", "signed"):
an article search also asks for one of the written words (`exact`), so `signi*` finds no
article that only says "signed" (passage documents keep no written words).
"""

from __future__ import annotations

from whoosh import query as wq

from index.analysis import stem_word
from index.schema import SEARCHABLE_FIELDS

UNSTEMMED_FIELD = "words"


class WrittenWords:
    """A wildcard that matches the stems of the written words it expanded to (`stems`)."""

    stems: frozenset[str] = frozenset()

    def _btexts(self, ixreader):
        for stem in sorted(self.stems):
            if (self.fieldname, stem) in ixreader:
                yield stem.encode("utf-8")


class WrittenPrefix(WrittenWords, wq.Prefix):
    pass


class WrittenWildcard(WrittenWords, wq.Wildcard):
    pass


def match_written_words(q: wq.Query, reader, exact: bool) -> wq.Query:
    """`q` with each prefix and wildcard of the headline and body made a `WrittenPrefix` or
    `WrittenWildcard` (their text is folded but not stemmed: `index.query.StoryParser`),
    and if `exact`, also required to find one of its written words."""
    expanded: dict[tuple[type, str], frozenset[str]] = {}  # `intel*` is one per field

    def rewrite(node: wq.Query) -> wq.Query:
        if isinstance(node, (wq.Prefix, wq.Wildcard)) and not isinstance(node, WrittenWords):
            if node.fieldname in SEARCHABLE_FIELDS:
                written = _written(node, reader, expanded)
                return wq.And([written, _as_written(node)]) if exact else written
        if node.is_leaf():
            return node
        return node.apply(rewrite)

    return rewrite(q)


def _as_written(node: wq.PatternQuery) -> wq.Query:
    kind = wq.Prefix if isinstance(node, wq.Prefix) else wq.Wildcard
    return kind(UNSTEMMED_FIELD, node.text, boost=0.0)


def _written(node: wq.PatternQuery, reader, expanded) -> wq.Query:
    kind = wq.Prefix if isinstance(node, wq.Prefix) else wq.Wildcard
    key = (kind, node.text)
    if key not in expanded:
        words = kind(UNSTEMMED_FIELD, node.text)._btexts(reader)
        expanded[key] = frozenset(stem_word(word.decode("utf-8")) for word in words)
    written = (WrittenPrefix if kind is wq.Prefix else WrittenWildcard)(
        node.fieldname, node.text, boost=node.boost, constantscore=node.constantscore)
    written.startchar, written.endchar = node.startchar, node.endchar
    written.stems = expanded[key]
    return written

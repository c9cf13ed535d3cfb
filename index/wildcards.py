"""Wildcard words matched as a reader means them: against the words as written.

The headline and body fields index stems ("intelligence" is `intellig`), so a prefix
matched against them finds nothing part-way through a word: `intelligen*` begins no stem,
and a person typing "intelligence" saw "0 articles" between results. So a prefix or a
wildcard is matched against the unstemmed `words` field (every word of an article as
written, folded) and stands for the stems of the words it matched there: `intelligen*` ->
intelligence, intelligent -> `intellig`. It finds what those whole words find, from its
first letters to its last, and no stem merely because the stem is short (`mi*` does not
find "mi", only words that begin "mi").

Two words may share a stem that not both begin with the prefix: `signi*` expands to
"signing", stem `sign`, also the stem of "signed". An article search (`exact`) therefore
also asks such a stem for one of the written words themselves. It is asked only of the stems
that need it: the Porter stemmer rewrites at most the last letter of a word's stem ("navy" ->
`navi`, "sharing" -> `share`; no other in the 26,000 words of `bench.generate`'s 1k corpus),
so every word with a stem that begins with the prefix before its last letter begins with the
prefix too (`intel*` -> `intellig`: no check). Passage documents keep no written words.
"""

from __future__ import annotations

from whoosh import query as wq

from index.analysis import stem_word
from index.schema import SEARCHABLE_FIELDS

UNSTEMMED_FIELD = "words"


class WrittenWords:
    """A wildcard that matches the terms it expanded to (`stems`): the stems of the written
    words in the headline or body, the words themselves in `words`."""

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
    """`q` with each prefix and wildcard of the headline and body matched through the written
    words it begins (its text is folded but not stemmed: `index.query.StoryParser`); if
    `exact`, a stem that another word may share also needs one of the written words."""
    expanded: dict[tuple[type, str], dict[str, str]] = {}  # `intel*` is one per field

    def rewrite(node: wq.Query) -> wq.Query:
        if isinstance(node, (wq.Prefix, wq.Wildcard)) and not isinstance(node, WrittenWords):
            if node.fieldname in SEARCHABLE_FIELDS:
                return _written(node, _stems_of_words(node, reader, expanded), exact)
        if node.is_leaf():
            return node
        return node.apply(rewrite)

    return rewrite(q)


def _stems_of_words(node: wq.PatternQuery, reader, expanded) -> dict[str, str]:
    """written word -> its stem, for every written word `node` matches."""
    kind = wq.Prefix if isinstance(node, wq.Prefix) else wq.Wildcard
    key = (kind, node.text)
    if key not in expanded:
        words = (word.decode("utf-8") for word in kind(UNSTEMMED_FIELD, node.text)._btexts(reader))
        expanded[key] = {word: stem_word(word) for word in words}
    return expanded[key]


def _written(node: wq.PatternQuery, stems: dict[str, str], exact: bool) -> wq.Query:
    owned = {stem for stem in stems.values() if _only_words_beginning(node, stem)}
    shared = {word: stem for word, stem in stems.items() if stem not in owned}
    if not exact or not shared:
        return _leaf(node, node.fieldname, frozenset(stems.values()))
    checked = wq.And([_leaf(node, node.fieldname, frozenset(shared.values())),
                      _leaf(node, UNSTEMMED_FIELD, frozenset(shared), boost=0.0)])
    return wq.Or([_leaf(node, node.fieldname, frozenset(owned)), checked]) if owned else checked


def _only_words_beginning(node: wq.PatternQuery, stem: str) -> bool:
    """Whether every word with this stem begins with the prefix (never said of a wildcard)."""
    return isinstance(node, wq.Prefix) and stem[:-1].startswith(node.text)


def _leaf(node: wq.PatternQuery, fieldname: str, terms: frozenset[str], boost=None) -> wq.Query:
    kind = WrittenPrefix if isinstance(node, wq.Prefix) else WrittenWildcard
    leaf = kind(fieldname, node.text, boost=node.boost if boost is None else boost,
                constantscore=node.constantscore)
    leaf.startchar, leaf.endchar = node.startchar, node.endchar
    leaf.stems = terms
    return leaf

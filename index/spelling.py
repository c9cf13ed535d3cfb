""""Did you mean": a corrected query when a word of it matches nothing."""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.searching import Searcher

from index.analysis import word_analyzer
from index.highlight import positive_leaves
from index.schema import SEARCHABLE_FIELDS

# Suggestions come from the unstemmed `words` field, so they read as real words.
SUGGESTION_FIELD = "words"
_WORD_ANALYZER = word_analyzer()


def suggest_query(searcher: Searcher, q: wq.Query, text: str) -> str | None:
    """`text` with each word that is in no document replaced by its nearest known word."""
    corrector = searcher.corrector(SUGGESTION_FIELD)
    replacements: dict[str, str] = {}
    for word in _unknown_words(searcher, q, text):
        folded = " ".join(t.text for t in _WORD_ANALYZER(word))
        if not folded:
            continue
        suggestions = corrector.suggest(folded, limit=1, maxdist=2)
        if suggestions and suggestions[0] != folded:
            replacements[word] = suggestions[0]
    if not replacements:
        return None
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], text)


def _unknown_words(searcher: Searcher, q: wq.Query, text: str) -> list[str]:
    """Plain query words (as typed) whose term is in neither searchable field."""
    unknown: dict[tuple[int, int], str] = {}
    for leaf in positive_leaves(q):
        if type(leaf) is not wq.Term or leaf.fieldname not in SEARCHABLE_FIELDS:
            continue
        start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
        if start is None or end is None:
            continue
        if any(searcher.doc_frequency(f, leaf.text) for f in SEARCHABLE_FIELDS):
            unknown.pop((start, end), None)
            unknown[(start, end)] = ""  # known in one field: never suggest for it
        elif (start, end) not in unknown:
            unknown[(start, end)] = text[start:end]
    return [word for word in unknown.values() if word]

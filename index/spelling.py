""""Did you mean": a corrected query when a word of it matches nothing."""

from __future__ import annotations

import itertools
import re

from whoosh import query as wq
from whoosh.searching import Searcher

from index.analysis import word_analyzer
from index.highlight import positive_leaves
from index.schema import SEARCHABLE_FIELDS

# Suggestions come from the unstemmed `words` field, so they read as real words.
SUGGESTION_FIELD = "words"
MOST_COMPLETIONS_WEIGHED = 500  # a short prefix can begin thousands of words
_WORD_ANALYZER = word_analyzer()


def suggest_query(searcher: Searcher, q: wq.Query, text: str) -> str | None:
    """`text` with each word that is in no document replaced by the most frequent word it
    begins, else by its nearest known word within two edits."""
    corrector = searcher.corrector(SUGGESTION_FIELD)
    replacements: dict[str, str] = {}
    for word in _unknown_words(searcher, q, text):
        folded = " ".join(t.text for t in _WORD_ANALYZER(word))
        if not folded:
            continue
        nearest = _completion(searcher, folded) or _correction(corrector, folded)
        if nearest and nearest != folded:
            replacements[word] = nearest
    if not replacements:
        return None
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in replacements))
    return pattern.sub(lambda m: replacements[m.group(0)], text)


def _completion(searcher: Searcher, prefix: str) -> str | None:
    """The most frequent word that `prefix` begins: what someone still typing it means
    ("Kish" is Kishida, not "rise" two edits away)."""
    reader = searcher.reader()
    candidates = itertools.islice(reader.expand_prefix(SUGGESTION_FIELD, prefix),
                                  MOST_COMPLETIONS_WEIGHED)
    words = [w.decode("utf-8") if isinstance(w, bytes) else w for w in candidates]
    return max(words, key=lambda w: (reader.doc_frequency(SUGGESTION_FIELD, w), -len(w)),
               default=None)


def _correction(corrector, word: str) -> str | None:
    suggestions = corrector.suggest(word, limit=1, maxdist=2)
    return suggestions[0] if suggestions else None


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

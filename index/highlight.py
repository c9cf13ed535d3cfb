"""Exact hit spans and keyword-in-context snippets, from offsets the analyzer reports.

The text is re-analysed with the field's own analyzer, so a span covers precisely the
word the index matched ("signing" for the query `signed`, "Han Min-koo" for the phrase
"han min koo"), and a phrase is highlighted only where its words stand together.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from whoosh import query as wq

from index.analysis import WordMemo, stem_word, word_analyzer
from index.results import HitPattern, Snippet, Span
from index.wildcards import WrittenWords

SNIPPET_WIDTH = 160
# Hits are found in at most this much of a text, so that one huge article ("pact pact ..."
# for 4 MB) costs a search no more than an ordinary long one.
HIGHLIGHT_CHARS = 100_000
_JOINER = re.compile(r"[ -]?")
_WORD = re.compile(r"\w+(\.?\w+)*")  # the analyzer's RegexTokenizer expression


def positive_leaves(q: wq.Query):
    """Leaf queries that can make a document match (not those under NOT)."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from positive_leaves(q.a)
        return
    if q.is_leaf():
        yield q
        return
    for child in q.children():
        yield from positive_leaves(child)


def hit_pattern(q: wq.Query, fieldname: str, matched_terms: set[str]) -> HitPattern:
    """The words and phrases of `q` in `fieldname` that matched this document.

    `matched_terms` are the document's terms that the search matched (this covers what
    wildcards and fuzzy words expanded to); phrases come from the query itself.
    """
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for leaf in positive_leaves(q):
        if getattr(leaf, "fieldname", None) != fieldname:
            continue
        if isinstance(leaf, wq.Phrase):
            phrases.append(tuple(leaf.words))
        elif isinstance(leaf, wq.Term):
            words.update({leaf.text} & matched_terms)
        elif isinstance(leaf, wq.MultiTerm):
            words.update(term for term in matched_terms if _expands_to(leaf, term))
    return HitPattern(frozenset(words), tuple(phrases))


def _expands_to(leaf: wq.MultiTerm, term: str) -> bool:
    if isinstance(leaf, WrittenWords):
        return term in leaf.stems
    if isinstance(leaf, wq.FuzzyTerm):
        return _within_edits(leaf.text, term, leaf.maxdist)
    if isinstance(leaf, wq.Prefix):
        return term.startswith(leaf.text)
    if isinstance(leaf, wq.Wildcard):
        return glob_matches(leaf.text, term)
    return False


def glob_matches(pattern: str, term: str) -> bool:
    """`*` (any run) and `?` (one character) over the whole term, in at most
    len(pattern) x len(term) steps: a regex backtracks exponentially on `aa*a*a*...*b`."""
    p = t = 0
    star, star_t = -1, 0  # the last `*` seen, and where in the term its run ends now
    while t < len(term):
        if p < len(pattern) and pattern[p] in ("?", term[t]):
            p, t = p + 1, t + 1
        elif p < len(pattern) and pattern[p] == "*":
            star, star_t, p = p, t, p + 1
        elif star >= 0:  # let the last `*` take one more character
            star_t += 1
            p, t = star + 1, star_t
        else:
            return False
    return all(char == "*" for char in pattern[p:])


def _within_edits(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1] <= limit


def find_spans(text: str, pattern: HitPattern) -> tuple[Span, ...]:
    """The hits in `text`, within its first `HIGHLIGHT_CHARS` characters."""
    if not pattern or not text:
        return ()
    text = highlight_window(text)
    if not pattern.phrases:
        return _merge(text, set(_word_spans(text, pattern.words)))
    tokens = folded_tokens(text)
    stems = _possible_stems({token[0] for token in tokens}, pattern.words.union(*pattern.phrases))
    terms = [(stems.get(folded), position, start, end) for folded, position, start, end in tokens]
    spans = {Span(start, end) for term, _, start, end in terms if term in pattern.words}
    for phrase in pattern.phrases:
        spans.update(_phrase_spans(terms, phrase))
    return _merge(text, spans)


def highlight_window(text: str) -> str:
    """`text` up to the last word boundary within `HIGHLIGHT_CHARS`."""
    if len(text) <= HIGHLIGHT_CHARS:
        return text
    cut = max(text.rfind(" ", 0, HIGHLIGHT_CHARS), text.rfind("\n", 0, HIGHLIGHT_CHARS))
    return text[:cut if cut > 0 else HIGHLIGHT_CHARS]


_FOLDS = WordMemo(word_analyzer())  # word as written -> folded, not yet stemmed (None: dropped)


def _possible_stems(folded_words: Iterable[str], terms: frozenset[str]) -> dict[str, str]:
    """The stem of each folded word that may stem to one of `terms`, stemming only those: a
    term is its word folded, then stemmed, and the Porter stemmer keeps every letter of a
    word but at most the stem's last (as `index.wildcards` also relies on; true of all 30,909
    words of the 10k bench corpus), so a folded word that does not begin with a term's letters
    but its last cannot stem to it. Folding (case, accents, dots, spellings) is half the cost
    of stemming a new word, and the words of an article a process has not shown before are
    most of its highlighting."""
    beginnings = tuple(term[:-1] for term in terms)
    return {folded: stem_word(folded) for folded in folded_words if folded.startswith(beginnings)}


def _word_spans(text: str, terms: frozenset[str]):
    """The words of `text` whose term is one of `terms`."""
    places = folded_words(text)
    for folded, stem in _possible_stems(places.keys(), terms).items():
        if stem in terms:
            yield from (Span(start, end) for start, end in places[folded])


@lru_cache(maxsize=256)  # a screen of results (50 rows: headline and text) and the next
def folded_tokens(text: str) -> tuple[tuple[str, int, int, int], ...]:
    """(folded word, position, start, end) of each word the story analyzer keeps, numbered as
    it numbers them: its term is `stem_word(folded)` (`analysis.story_analyzer` is
    `word_analyzer` and a stemmer). Every filter works on one word at a time, so each distinct
    word is folded once (kept in `_FOLDS`) instead of running the token pipeline over every
    hit's text; and the texts of the last articles shown are kept (as you type, the same
    articles come back)."""
    matches = list(_WORD.finditer(text))
    _FOLDS.learn(match.group() for match in matches)
    tokens = []
    position = None
    for number, match in enumerate(matches):
        folded = _FOLDS[match.group()]
        if folded is None:  # a stop word
            continue
        # StopFilter renumbers: the first kept word keeps its position, the rest follow on.
        position = number if position is None else position + 1
        tokens.append((folded, position, match.start(), match.end()))
    return tuple(tokens)


@lru_cache(maxsize=256)  # as `folded_tokens`
def folded_words(text: str) -> dict[str, list[tuple[int, int]]]:
    """Each folded word of `text` (stop words left out) -> where it is written (start, end)."""
    places: dict[str, list[tuple[int, int]]] = {}
    for folded, _, start, end in folded_tokens(text):
        places.setdefault(folded, []).append((start, end))
    return places


def _phrase_spans(tokens, phrase: tuple[str, ...]):
    size = len(phrase)
    for i in range(len(tokens) - size + 1):
        window = tokens[i:i + size]
        consecutive = all(b[1] - a[1] == 1 for a, b in zip(window, window[1:]))
        if consecutive and tuple(t[0] for t in window) == phrase:
            yield Span(window[0][2], window[-1][3])


def _merge(text: str, spans: set[Span]) -> tuple[Span, ...]:
    """Overlapping hits become one, and so do hits only a space or hyphen apart ("Min-koo")."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and _JOINER.fullmatch(text[merged[-1].end:span.start]):
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
            continue
        merged.append(span)
    return tuple(merged)


def make_snippet(text: str, spans: tuple[Span, ...], bounds: tuple[int, int] | None = None,
                 width: int = SNIPPET_WIDTH) -> Snippet:
    """The window of `width` characters around the densest run of hits, cut at spaces.

    `bounds` keeps the window inside one passage (so a snippet never joins two).
    """
    low, high = bounds or (0, len(text))
    anchor = _densest(spans, width)
    center = (anchor.start + anchor.end) // 2 if anchor else low
    start = max(low, min(center - width // 3, high - width))
    end = min(high, start + width)
    if start > low:
        start = _next_word(text, start, end)
    if end < high:
        end = _previous_word(text, start, end)
    inside = tuple(Span(s.start - start, s.end - start) for s in spans
                   if s.start >= start and s.end <= end)
    return Snippet(
        text=text[start:end],
        offset=start,
        spans=inside,
        prefix="…" if start > low else "",
        suffix="…" if end < high else "",
    )


def _densest(spans: tuple[Span, ...], width: int) -> Span | None:
    """The span that starts the most crowded half-window of hits (spans are in order)."""
    best, best_count, end = None, 0, 0
    for index, span in enumerate(spans):
        end = max(end, index)
        while end < len(spans) and spans[end].start < span.start + width // 2:
            end += 1
        if end - index > best_count:
            best, best_count = span, end - index
    return best


def _next_word(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    return space + 1 if space != -1 else start


def _previous_word(text: str, start: int, end: int) -> int:
    space = text.rfind(" ", start, end)
    return space if space > start else end

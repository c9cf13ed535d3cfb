"""What every match of a regular expression must contain, found from the expression itself:
a quick test that lets a text be skipped before the expression is searched in it.

`required_words(pattern)` gives words of which every match holds at least one (in lower
case, for a case-blind pattern: look for them in `corpus.date_scan.folded(text)`), or None
when the expression has no such words (a match may be made of classes and repeats alone).
Read from the expression's parsed form, so the words follow the rules as they are written:
a rule added later gets its own without a list kept by hand. A text holding none of the
words has no match, so skipping the search changes nothing (tests/test_happenings_gate.py
compares with searching every text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

try:  # the standard library's parser of regular expressions (private: a fallback below)
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it: every text is searched
    _sre = _sre_parse = None

Words = frozenset[str]


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Words, one of which every match of `pattern` contains (lower case), or None."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, AttributeError, TypeError):  # pragma: no cover - the parser's form changed
        return None
    words = _in_sequence(list(parsed))
    return frozenset(word.lower() for word in words) if words else None


def _in_sequence(items: list) -> Words | None:
    """The best of the words required by the items of a sequence, each of which must match."""
    found: list[Words] = []
    run: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL and value < 128:  # (other letters' case rules: not relied on)
            run.append(chr(value))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        words = _in_item(op, value)
        if words:
            found.append(words)
    if run:
        found.append(frozenset({"".join(run)}))
    return max(found, key=_strength, default=None)


def _in_item(op, value) -> Words | None:
    if op is _sre.SUBPATTERN:
        return _in_sequence(list(value[-1]))
    if op is _sre.BRANCH:
        alternatives = [_in_sequence(list(branch)) for branch in value[1]]
        if any(not words for words in alternatives):
            return None
        return frozenset().union(*alternatives)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = value
        return _in_sequence(list(body)) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _in_sequence(list(value))
    return None  # classes, any character, assertions, back-references: nothing required


def _strength(words: Words) -> tuple[int, int]:
    """Longer shortest word first (rarer), then fewer words."""
    return min(map(len, words)), -len(words)


class Alternation:
    """`prefix(?:a1|a2|...)suffix`, searched in a text with only those alternatives that can
    match somewhere in it. An alternative that matches nowhere in a text only ever fails, so
    leaving it out of the ordered choice changes no match; the alternatives left are searched
    as one pattern (compiled once per set of alternatives, the last few hundred kept). An
    alternative whose words include one shorter than `shortest` letters ("off", "put") is
    always kept: most texts hold such words, and each combination of them would be a pattern
    to compile (at 4,000 articles, 3,044 compiled against 102)."""

    def __init__(self, alternatives: tuple[str, ...], prefix: str = "", suffix: str = "",
                 shortest: int = 5) -> None:
        self.alternatives, self.prefix, self.suffix = alternatives, prefix, suffix
        self.pattern = self._compiled(tuple(range(len(alternatives))))
        needs = (required_words(re.compile(f"{prefix}(?:{alternative}){suffix}"))
                 for alternative in alternatives)
        self.needs = tuple(words if words and min(map(len, words)) >= shortest else None
                           for words in needs)
        self.words = frozenset(word for words in self.needs if words for word in words)

    def finditer(self, text: str, present: frozenset[str]) -> Iterator[re.Match]:
        """`self.pattern.finditer(text)`, given the words of `self.words` that `text` holds
        (folded, see `words_in`)."""
        kept = tuple(number for number, words in enumerate(self.needs)
                     if words is None or not words.isdisjoint(present))
        return iter(()) if not kept else self._compiled(kept).finditer(text)

    @lru_cache(maxsize=512)
    def _compiled(self, kept: tuple[int, ...]) -> re.Pattern[str]:
        return re.compile(self.prefix + "(?:" + "|".join(self.alternatives[number] for number in kept)
                          + ")" + self.suffix)


def words_in(words: frozenset[str], folded_text: str) -> frozenset[str]:
    """Those of `words` that a text (folded: `corpus.date_scan.folded`) holds."""
    return frozenset(word for word in words if word in folded_text)

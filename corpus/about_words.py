r"""The words that name what a listed event is about (its `about` expressions), as one pattern
(`about_pattern`), and that pattern for one passage (`about_in`): without the expressions that open
with `\w*` ("\w*(?:韓国|韓國|日本)\w*": tried at every word, they cost half of the search) and
match nowhere in it. Such an expression matches only where what follows its `\w*` does; where
that is found nowhere in the text, it matches nowhere, and leaving it out changes no match. And
where no expression's needed words are in the text (`_needed_words`; in an ASCII text, of the
expressions that need no character beyond ASCII), the pattern of none. For `corpus.event_rules`.
Pure standard library."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import cached_property, lru_cache

from corpus.east_asian_letters import EAST_ASIAN_LETTER
from corpus.events import EventSpec
from corpus.regex_parser import sre as _sre, sre_parse as _sre_parse  # (None without it: no words needed)
from corpus.required_text import folded_once, needed_words

_ANY_WORD = (r"\w*?", r"\w*")  # (the lazy one first: it starts with the other)
_NOWHERE = re.compile(r"\A(?!)")  # (tried at the start alone: "(?!)" is tried at every position)


@lru_cache(maxsize=None)
def about_pattern(spec: EventSpec) -> WholeWords:
    return WholeWords(spec.about)


def about_in(spec: EventSpec, text: str) -> re.Pattern[str]:
    """`about_pattern(spec)`, as it matches in `text`, without what cannot match there."""
    if not _may_match(_needed_words(spec, text.isascii()), text):
        return _NOWHERE  # (a few substring tests, where the search tries every position)
    absent = frozenset(term for term, rest in _word_led(spec) if not rest.search(text))
    words = _without(spec.about, absent) if absent else about_pattern(spec)
    return words.within(text) if words else _NOWHERE


def named_in(spec: EventSpec, text: str) -> bool:
    """Whether `text` names what `spec` is about anywhere (`about_in`: built for `text`, searched once)."""
    return about_in(spec, text).search(text) is not None


# Japanese, Chinese and Korean write a Latin name against their own words ("同紙はGSOMIAについて",
# "日韓GSOMIAの破棄"): a change of script is a word's edge. `(?a:\b)` is one between an ASCII letter and any other
# character; figures apart ("M7地震" is one word). (Cheap to build: no class of the scripts' ~40k characters.)
_SCRIPT_EDGE = r"(?:\b|(?a:\b)(?<![0-9])(?![0-9]))"


class WholeWords:
    """Terms as one case-blind pattern of whole words: each match starts and ends at a word's edge, or, in a
    text that holds kana, kanji or hangul, where an ASCII letter meets a character of another script
    ("GSOMIAについて"; not "GSOMIAs", "GSOMIA2"). Those script edges cost at every position (the about search
    ~40% slower, round 58), so a text with no kana, kanji or hangul is searched at `\b` edges alone.
    `within(text)` is the pattern to search `text` with (any part of it); `search`, `finditer` use it."""

    def __init__(self, terms: tuple[str, ...] | list[str]):
        self._alternation = "(?:" + "|".join(terms) + ")"

    @cached_property
    def at_word_edges(self) -> re.Pattern[str]:
        return re.compile(r"(?i)\b" + self._alternation + r"\b")

    @cached_property
    def at_script_edges(self) -> re.Pattern[str]:
        return re.compile(r"(?i)" + _SCRIPT_EDGE + self._alternation + _SCRIPT_EDGE)

    def within(self, text: str) -> re.Pattern[str]:
        return self.at_script_edges if holds_cjk(text) else self.at_word_edges

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.within(text).search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.within(text).finditer(text, pos, endpos)


def holds_cjk(text: str) -> bool:
    """Whether `text` holds kana, kanji or hangul (an ASCII text at once; another searched once)."""
    return not text.isascii() and _scanned_for_cjk(text)


@lru_cache(maxsize=64)  # (a page's text and its passages, each asked by every listed event)
def _scanned_for_cjk(text: str) -> bool:
    return EAST_ASIAN_LETTER.search(text) is not None


@lru_cache(maxsize=None)
def _word_led(spec: EventSpec) -> tuple[tuple[str, re.Pattern[str]], ...]:
    r"""Each expression that opens with `\w*`, and what follows it (found wherever the expression is)."""
    found = []
    for term in spec.about:
        opening = next((opening for opening in _ANY_WORD if term.startswith(opening)), None)
        if opening is None or term[len(opening):len(opening) + 1] in ("", "?", "*", "+", "{"):
            continue
        try:
            found.append((term, re.compile("(?i)" + term[len(opening):])))
        except re.error:  # (not a pattern on its own: kept)
            continue
    return tuple(found)


@lru_cache(maxsize=1024)  # (an event and the terms its passage lacks: few, but bounded)
def _without(about: tuple[str, ...], absent: frozenset[str]) -> WholeWords | None:
    kept = tuple(term for term in about if term not in absent)
    return WholeWords(kept) if kept else None


def _may_match(needed: frozenset[str] | None, text: str) -> bool:
    """Whether one of the `needed` words is in `text` (in `folded` text; None: not known)."""
    if needed is None:
        return True
    lowered = folded_once(text)
    return any(word in lowered for word in needed)


@lru_cache(maxsize=None)
def _needed_words(spec: EventSpec, in_ascii: bool) -> frozenset[str] | None:
    """Words, in lower case (`date_scan.folded`), one of which any match of any expression holds
    (`in_ascii`: of any expression that may match in an ASCII text); None if an expression has none."""
    words: set[str] = set()
    for term in spec.about:
        try:
            items = list(_sre_parse.parse(term, re.IGNORECASE)) if _sre_parse else None
        except re.error:  # (not a pattern on its own)
            items = None
        if items is not None and in_ascii and _beyond_ascii(items):
            continue  # (it matches nowhere in an ASCII text)
        found = needed_words(items) if items is not None else None
        if found is None:
            return None
        words |= found
    return frozenset(words)


# The characters beyond ASCII that a case-blind pattern takes for an ASCII letter (or the reverse).
_TAKEN_FOR_ASCII = frozenset(map(ord, "\u0130\u0131\u017f\u212a"))


def _beyond_ascii(items: list) -> bool:
    """Whether each match of the parsed elements holds a character that no ASCII one is."""
    return any(_element_beyond_ascii(op, value) for op, value in items)


def _element_beyond_ascii(op, value) -> bool:
    if op is _sre.LITERAL:
        return value > 127 and value not in _TAKEN_FOR_ASCII
    if op is _sre.IN:
        return all(kind is _sre.LITERAL and code > 127 and code not in _TAKEN_FOR_ASCII
                   or kind is _sre.RANGE and code[0] > 127 and not any(code[0] <= taken <= code[1]
                                                                        for taken in _TAKEN_FOR_ASCII)
                   for kind, code in value)
    if op is _sre.BRANCH:
        return all(_beyond_ascii(list(branch)) for branch in value[1])
    if op is _sre.SUBPATTERN or op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[0] >= 1:
        return _beyond_ascii(list(value[-1]))
    return False

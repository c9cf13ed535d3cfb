r"""Whole-word alternations, one for each kind of happening, searched together and only where
a word starts, by its first letter: the same matches as each kind's
`(?i)(?<![\w-])(?:a1|a2|...)(?![\w-])`, several times faster.

CPython's engine gives such a pattern no prefix to skip to (its case rule and its lookbehind
hide every first letter), so it tries every alternative at every word start and calls its
matcher at every character, once for each kind. `Wordings` builds from the parsed
alternatives one pattern that consumes the character before a word (a character set the
engine skips to), then the word's first letter, case by case, in a set with the others the
same can follow (its other cases, mostly); behind each letter, for each kind, a lookahead for
what can follow that letter in its alternatives, with an empty group that tells that the kind
matches there:

    sign: (?i)(?<![\w-])(?:sign|inks?)(?![\w-])   seal: (?i)(?<![\w-])(?:seal)(?![\w-])
    -> [<not a word character>](?:[sS\u017f](?:(?=(?i:ign)(?i:(?![\w-])))()|)(?:(?=(?i:eal)...)()|)(?(1)|(?(2)|(?!)))
                                  |[iI\u0130\u0131](?:(?=(?i:nks?)...)()|)(?(3)|(?!))|...)

A kind whose every alternative splits at its second letter too is tried only behind a second
letter it can take (several such kinds behind the set of third letters any of them can take:
most words are none of them); the letters' branches are tried the most frequent first (their
sets are disjoint), and a "x+" splits as "x" then "x*" (a French "a[\s]+sign[ée]").

A kind matches at a word start if and only if one of its alternatives does: what its first
element takes is the letter, and what follows it there is rewritten from the alternative (a
leading branch spread over what follows it, an optional element taken or left out, a
lookbehind checked one character later with that character added). Each match is then the
kind's whole pattern's at that start (so the order of the ways to match does not matter),
unless inside the kind's last match, as `finditer` goes on after it. Which characters a
first element takes, and which ones are not word characters, is asked of the engine itself
over every character of the Basic Multilingual Plane (a text with a character beyond it is
searched with the whole patterns). No first letter is a character a word can follow
(checked), so consuming both skips no place where a word starts. A match at the very
start of a text, with no character before it, is sought with the whole pattern. A kind with
an alternative whose first element is none of those (a lookahead, a repeat) or takes more
than a few letters is searched with its whole pattern. tests/test_word_starts.py compares
the two over every text we have. Pure standard library (the parser is private: without it,
the whole patterns).
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from corpus.regex_parser import sre as _sre, sre_parse as _sre_parse  # (None without it: the whole pattern)
from corpus.regex_written import Unsupported, escaped as _escaped, scope as _scope, unparsed as _unparsed

PREFIX, SUFFIX = r"(?i)(?<![\w-])", r"(?![\w-])"
_MOST_FIRST_LETTERS = 64  # the characters a wording's first element takes, at most ("[a-z]" under (?i): 56)


# Building the one pattern takes ~1 s, what searching ~200,000 characters with the whole patterns
# instead costs (~5 us a character more): the first characters a process searches are searched
# with the whole patterns, so a process that adds an article or two (~8,000) never builds it.
WHOLE_SEARCH_CHARACTERS = 100_000


class Wordings:
    """For each kind, `re.compile(PREFIX + "(?:" + "|".join(alternatives) + ")" + SUFFIX)`
    (`patterns`), all searched at once by `matches` (once more than `whole_search_left`
    characters are searched: before, each whole pattern)."""

    def __init__(self, vocabulary: dict[str, tuple[str, ...]],
                 whole_search_left: int = WHOLE_SEARCH_CHARACTERS) -> None:
        self.vocabulary = vocabulary
        self.whole_search_left = whole_search_left
        self.patterns = {kind: re.compile(PREFIX + "(?:" + "|".join(alternatives) + ")" + SUFFIX)
                         for kind, alternatives in vocabulary.items()}

    @cached_property
    def _kinds_of(self) -> dict[str, list[tuple[int, str]]]:
        """letter -> (the group of `dispatched` telling that a kind matches, the kind)."""
        return self._dispatch[1]

    @cached_property
    def dispatched(self) -> re.Pattern[str] | None:
        """The one pattern of all the kinds it rewrites (built on first use: ~0.2 s)."""
        return self._dispatch[0]

    @cached_property
    def dispatched_kinds(self) -> frozenset[str]:
        return frozenset(kind for kinds in self._kinds_of.values() for _, kind in kinds)

    @cached_property
    def _dispatch(self) -> tuple[re.Pattern[str] | None, dict[str, list[tuple[int, str]]]]:
        rests: dict[str, dict[str, list[str]]] = {}  # letter -> kind -> what follows it, in order
        for kind, alternatives in self.vocabulary.items():
            try:
                letters_and_rests = list(_letters_and_rests(alternatives))
            except Unsupported:
                continue  # (searched with its whole pattern)
            for letter, rest in letters_and_rests:
                rests.setdefault(letter, {}).setdefault(kind, []).append(rest)
        kinds_of: dict[str, list[tuple[int, str]]] = {}
        branches, groups = [], [0]
        for kinds, letters in sorted(_sharing_a_branch(rests).items(), key=lambda item: _rank(item[1], _FIRST_ORDER)):
            branch, numbered = _letter_branch(kinds, groups)
            kinds_of.update(dict.fromkeys(letters, numbered))
            branches.append(_class(letters) + branch)
        pattern = re.compile(_class(_before_a_word()) + "(?:" + "|".join(branches) + ")") if branches else None
        return pattern, kinds_of

    def matches(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each kind's matches, as `self.patterns[kind].finditer(text)` gives them."""
        if self._searched_whole(text) or self.dispatched is None or not text.isascii() and max(text) > "\uffff":
            return self._whole_matches(text)
        found: dict[str, list[re.Match[str]]] = {kind: [] for kind in self.patterns}
        for kind in self.patterns.keys() - self.dispatched_kinds:
            found[kind] = list(self.patterns[kind].finditer(text))
        for _, kind in self._kinds_of.get(text[:1], ()):  # (a match at the start has no character before it)
            self._add(found[kind], self.patterns[kind], text, 0)
        for word in self.dispatched.finditer(text):
            start = word.start() + 1
            for group, kind in self._kinds_of[text[start]]:
                if word.start(group) >= 0:
                    self._add(found[kind], self.patterns[kind], text, start)
        return found

    def _whole_matches(self, text: str) -> dict[str, list[re.Match[str]]]:
        """Each whole pattern's matches; in a text with many blanks after a blank, a kind that starts with
        no blank is matched only where something else follows one (each whole pattern tries every
        alternative at each blank: 50,000 spaces took ~1 s)."""
        if len(_BLANK_AFTER_A_BLANK.findall(text)) <= _MOST_BLANKS_SEARCHED:
            return {kind: list(pattern.finditer(text)) for kind, pattern in self.patterns.items()}
        found = {kind: [] if kind in self._starting_with_no_blank else list(pattern.finditer(text))
                 for kind, pattern in self.patterns.items()}
        for start in _NO_BLANK_AFTER_A_BLANK.finditer(text):
            for kind in self._starting_with_no_blank:
                self._add(found[kind], self.patterns[kind], text, start.start())
        return found

    @cached_property
    def _starting_with_no_blank(self) -> tuple[str, ...]:
        """The kinds no alternative of which can start with a character of `BLANKS` (~0.08 s)."""
        return tuple(kind for kind, alternatives in self.vocabulary.items() if _starts_with_no_blank(alternatives))

    def _searched_whole(self, text: str) -> bool:
        """Whether `text` is searched with the whole patterns, the characters searched so far and
        it within `whole_search_left` (once one is not, the one pattern for good)."""
        if len(text) > self.whole_search_left:
            self.whole_search_left = -1
            return False
        self.whole_search_left -= len(text)
        return True

    @staticmethod
    def _add(matches: list[re.Match[str]], pattern: re.Pattern[str], text: str, start: int) -> None:
        """The kind's match at `start`, unless inside its last one (as `finditer` goes on after it)."""
        match = pattern.match(text, start) if not matches or start >= matches[-1].end() else None
        if match:
            matches.append(match)


def _sharing_a_branch(rests: dict[str, dict[str, list[str]]]) -> dict[tuple, list[str]]:
    """(each kind and its rests) -> the letters they follow: letters followed alike ("s", "S",
    "\u017f") share one branch, the same matches from a smaller pattern (compiling it is what
    costs: 0.65 s -> 0.49 s)."""
    letters_of: dict[tuple[tuple[str, tuple[str, ...]], ...], list[str]] = {}
    for letter, kinds in rests.items():
        letters_of.setdefault(tuple((kind, tuple(kind_rests)) for kind, kind_rests in kinds.items()), []).append(letter)
    return letters_of


# Letters by how often a word starts with them, and how often they follow a word's first letter
# (English): the branches of a first or next letter, whose sets are disjoint, tried in this order.
_FIRST_ORDER, _NEXT_ORDER = "taoiswcbphfmdrelngyuvjkqzx", "hoenrtaiulsfvcmdpgbywkxzjq"


def _rank(letters: list[str], order: str) -> int:
    return min(order.find(letter.lower()) if letter.lower() in order else len(order) for letter in letters)


def _letter_branch(kinds: tuple, groups: list[int]) -> tuple[str, list[tuple[int, str]]]:
    """What follows a first letter: each kind whose rests all split at their next letter tried
    only behind a next letter they can take (behind a set of the letters after it, when several
    kinds are), the others before it, whole. A kind that matches sets an empty group (numbered from
    `groups[0]`, moved on): (the branch, each group and its kind)."""
    whole, by_next = [], {}
    for kind, kind_rests in kinds:
        split = _split_at_next_letter(tuple(kind_rests))
        for letter, followings in (split or {}).items():
            by_next.setdefault(letter, []).append((kind, followings))
        if split is None:
            whole.append((kind, _by_next_letter(tuple(kind_rests))))
    tried_whole, numbered = _tried(whole, groups)
    sharing: dict[tuple, list[str]] = {}
    for letter, followings in by_next.items():
        sharing.setdefault(tuple(followings), []).append(letter)
    nexts = []
    for followings, letters in sorted(sharing.items(), key=lambda item: _rank(item[1], _NEXT_ORDER)):
        tried, next_groups = _tried([(kind, _by_next_letter(rests)) for kind, rests in followings], groups)
        thirds = [_split_at_next_letter(rests) for _, rests in followings]
        if not whole and len(followings) > 1 and None not in thirds:  # (most words: none of them)
            tried = "(?=" + _class({letter for third in thirds for letter in third}) + ")" + tried
        nexts.append(_class(letters) + tried + _any_of(numbered[:len(whole)] + next_groups))
        numbered += next_groups
    return tried_whole + "(?:" + "|".join(nexts + [_any_of(numbered[:len(whole)])]) + ")", numbered


def _tried(kinds: list[tuple[str, str]], groups: list[int]) -> tuple[str, list[tuple[int, str]]]:
    """Each kind's lookahead, setting an empty group when it matches (nothing when it does not)."""
    numbered = [(groups[0] + number, kind) for number, (kind, _) in enumerate(kinds, 1)]
    groups[0] += len(kinds)
    return "".join(f"(?:(?={ahead}(?i:{SUFFIX}))()|)" for _, ahead in kinds), numbered


def _any_of(numbered: list[tuple[int, str]]) -> str:
    condition = "(?!)"  # (fails unless one of the groups is set)
    for group, _ in reversed(numbered):
        condition = f"(?({group})|{condition})"
    return condition


@lru_cache(maxsize=None)
def _split_at_next_letter(rests: tuple[str, ...]) -> dict[str, tuple[str, ...]] | None:
    """Next letter -> what follows it in the rests, in order; None if a rest does not split."""
    by_letters: dict[str, list[str]] = {}
    for rest in rests:
        if _next_letters(rest) is None:
            return None
        for letter, following in _next_letters(rest):
            by_letters.setdefault(letter, []).append(following)
    return {letter: tuple(dict.fromkeys(followings)) for letter, followings in by_letters.items()}


@lru_cache(maxsize=None)
def _next_letters(rest: str) -> tuple[tuple[str, str], ...] | None:
    try:
        return tuple(_letters_and_rests((rest,), next_letters=True))
    except Unsupported:
        return None


@lru_cache(maxsize=None)
def _by_next_letter(rests: tuple[str, ...]) -> str:
    """`(?i:rest1|rest2|...)`, its rests grouped behind the exact set of letters each can start
    with: the engine skips a branch that opens with a set by its next character, where it enters
    every case-blind rest (what a word start cost). A rest this does not split is tried as it is."""
    by_letters: dict[str, list[str]] = {}
    for rest in rests:
        for letter, following in _next_letters(rest) or ():
            by_letters.setdefault(letter, []).append(following)
    grouped: dict[tuple[str, ...], list[str]] = {}
    for letter, followings in by_letters.items():
        grouped.setdefault(tuple(dict.fromkeys(followings)), []).append(letter)
    branches = [_class(letters) + f"(?i:{'|'.join(followings)})" for followings, letters in grouped.items()]
    return "(?:" + "|".join(branches + [f"(?i:{rest})" for rest in rests if _next_letters(rest) is None]) + ")"


def _letters_and_rests(alternatives: tuple[str, ...], next_letters: bool = False) -> Iterator[tuple[str, str]]:
    """(a letter a match can start with, what follows it in an alternative), in the order of the
    alternatives and of the ways each can start; or Unsupported. A word's first letter is one a
    word cannot follow; `next_letters`: any letter."""
    if _sre_parse is None:
        raise Unsupported("no parser")
    for alternative in alternatives:
        for (first, flags), rest in _split(_parsed(alternative), re.IGNORECASE):
            letters = _characters(_unparsed([first]), flags)
            if not next_letters and not _before_a_word().isdisjoint(letters):
                raise Unsupported("a wording that may start with a character a word can follow")
            if len(letters) > _MOST_FIRST_LETTERS:
                raise Unsupported("a wording starting with a broad class (a branch for each letter)")
            rest_pattern = _unparsed(rest)
            _PARSED_RESTS.setdefault(rest_pattern, rest)
            for letter in letters:
                yield letter, rest_pattern


# A rest written back from its parsed elements -> them (what parsing it again gives): a rest is
# split at its next letter without being parsed again.
_PARSED_RESTS: dict[str, list] = {}


def _parsed(alternative: str) -> list:
    return _PARSED_RESTS.get(alternative) or list(_sre_parse.parse(alternative, re.IGNORECASE))


@lru_cache(maxsize=None)
def _plane() -> str:
    """Every character a dispatched text holds."""
    return "".join(map(chr, range(0x10000)))


@lru_cache(maxsize=None)
def _before_a_word() -> frozenset[str]:
    """The characters a word can follow: those that are not word characters (nor hyphens)."""
    return frozenset(_characters(r"[^\w-]", re.IGNORECASE))


def _split(items: list, flags: int) -> list[tuple[tuple, list]]:
    """The ways `items` can start, in the engine's order: (its first one-character element and
    the flags it is read with, the elements that follow it, in the flags of `items`)."""
    if not items:
        raise Unsupported("an empty alternative")
    (op, value), following = items[0], items[1:]
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return [((items[0], flags), following)]
    if op is _sre.BRANCH:
        return [split for branch in value[1] for split in _split(list(branch) + following, flags)]
    if op is _sre.SUBPATTERN:
        _, added, removed, inner = value
        return [(first, [(_sre.SUBPATTERN, (None, added, removed, rest))] + following)
                for first, rest in _split(list(inner), _flags(flags, added, removed))]
    if op is _sre.MAX_REPEAT and value[0] == 1 and value[1] > 1:  # "x+": "x", then "x*"
        more = (_sre.MAX_REPEAT, (0, value[1] if value[1] == _sre.MAXREPEAT else value[1] - 1, value[2]))
        return _split(list(value[2]) + [more] + following, flags)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and value[:2] in ((0, 1), (1, 1)):
        taken = _split(list(value[2]) + following, flags)
        if value[0] == 1:
            return taken
        left_out = _split(following, flags)
        return taken + left_out if op is _sre.MAX_REPEAT else left_out + taken
    if _looks_behind(items[0]):
        return [(first, [_one_later(items[0])] + rest) for first, rest in _split(following, flags)]
    raise Unsupported(f"an alternative starting with {op}")


def _looks_behind(item) -> bool:
    """Whether an element only looks behind (and takes no character)."""
    op, value = item
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return value[0] == -1
    if op is _sre.BRANCH:
        return all(all(map(_looks_behind, branch)) for branch in value[1])
    if op is _sre.SUBPATTERN:
        return all(map(_looks_behind, value[3]))
    return False


def _one_later(item):
    """A lookbehind checked one character later, that character added at its end."""
    op, value = item
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        return op, (-1, list(value[1]) + [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_SPACE),
                                                     (_sre.CATEGORY, _sre.CATEGORY_NOT_SPACE)])])
    if op is _sre.BRANCH:
        return op, (None, [[_one_later(element) for element in branch] for branch in value[1]])
    group, added, removed, inner = value
    return op, (group, added, removed, [_one_later(element) for element in inner])


def _flags(flags: int, added: int, removed: int) -> int:
    return (flags | added) & ~removed


@lru_cache(maxsize=None)
def _characters(one_character: str, flags: int) -> str:
    """The characters of the plane that a one-character expression read with `flags` takes."""
    return "".join(re.findall(_scoped(one_character, flags), _plane()))


def _scoped(expression: str, flags: int) -> str:
    unknown = flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE | re.UNICODE)
    if unknown:
        raise Unsupported(f"flags {unknown}")
    return _scope(flags, ~flags) + expression + ")"


def _class(characters: Iterable[str]) -> str:
    """A character set of exactly `characters`, as ranges."""
    codes, ranges = sorted(map(ord, characters)), []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(_escaped(low) + ("-" + _escaped(high) if high > low else "") for low, high in ranges) + "]"


def _starts_with_no_blank(alternatives: tuple[str, ...]) -> bool:
    """Whether no alternative can start with a character of `BLANKS` (False when not known)."""
    if _sre_parse is None:
        return False
    try:
        firsts = {_scoped(_unparsed([first]), flags) for alternative in alternatives
                  for (first, flags), _ in _split(_parsed(alternative), re.IGNORECASE)}
    except Unsupported:
        return False
    return not any(re.search(first, BLANKS) for first in firsts)


# Spaces and punctuation (no word character, no hyphen), that no wording of a kind matched word start by
# word start can start with (checked). Where a word can start (`PREFIX`), a blank is passed over at once.
BLANKS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000!\"#$%&'()*+,./:;<=>?@[\\]^`{|}~\u00b7\u2013\u2014"
          "\u2018\u2019\u201c\u201d\u2026\u3001\u3002\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011"
          "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f")
_BLANK_AFTER_A_BLANK = re.compile(r"(?<![\w-])" + _class(BLANKS))
_NO_BLANK_AFTER_A_BLANK = re.compile(r"(?<![\w-])[^" + _class(BLANKS)[1:])
_MOST_BLANKS_SEARCHED = 2_000  # (a page's prose: a few hundred, at a paragraph's or a list's indent)

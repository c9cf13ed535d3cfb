r"""Whole-word alternations searched only where a word starts, dispatched on its first letter:
the same matches as `(?i)(?<![\w-])(?:a1|a2|...)(?![\w-])`, found several times faster.

CPython's engine gives that pattern no prefix to skip to (its case rule and its lookbehind
hide every first letter), so it tries every alternative at every word start and calls its
matcher at every character. `WordStarts` builds from the parsed alternatives one pattern
that consumes the character before the word (a character set the engine skips to) and then
the word's first letter, case by case, as a plain literal, behind which follow, in their
order, the rest of each alternative that can start with that letter:

    (?i)(?<![\w-])(?:sign|seal|inks?)(?![\w-])
    -> [<not a word character>](?:s(?i:ign|eal)|S(?i:ign|eal)|\u017f(?i:ign|eal)|i(?i:nks?)|...)(?i:(?![\w-]))

An ordered choice keeps its order when the alternatives that cannot match at a place are
left out, so each letter's branch finds what the whole alternation finds at that word start;
the rewriting of an alternative's first element (a leading branch spread over what follows
it, an optional element tried first then left out, a lookbehind checked one character later
with that character added) keeps the order in which the engine tries the ways to match.
Which characters a first element takes, and which ones are not word characters, is asked of
the engine itself over every character of the Basic Multilingual Plane (a text with a
character beyond it is searched with the whole pattern). As a match ends before a character
that no first letter is (checked), none starts where another ends, and consuming the character
before a word skips none. A match at the very start of a text, with no character before it,
is sought with the whole pattern, and each match found is the whole pattern's, matched again at
its start. An alternative whose first element is none of those (a lookahead, a repeat) leaves
the whole pattern in use.
tests/test_word_starts.py compares the two over every text we have. Pure standard library
(the parser is private: without it, the whole pattern).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

try:  # the standard library's parser of regular expressions
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without it: the whole pattern
    _sre = _sre_parse = None

PREFIX, SUFFIX = r"(?i)(?<![\w-])", r"(?![\w-])"
_PLANE = "".join(map(chr, range(0x10000)))  # every character a dispatched text holds
_FLAG_LETTERS = {re.IGNORECASE: "i", re.DOTALL: "s", re.MULTILINE: "m"}
_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S", "WORD": r"\w",
               "NOT_WORD": r"\W"}
_AT = {"AT_BEGINNING": "^", "AT_BEGINNING_STRING": r"\A", "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B",
       "AT_END": "$", "AT_END_STRING": r"\Z"}


class Unsupported(Exception):
    """An alternative this rewriting does not handle: the whole pattern is searched."""


class WordStarts:
    """`re.compile(PREFIX + "(?:" + "|".join(alternatives) + ")" + SUFFIX)`, whose `finditer`
    gives the same matches, faster."""

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        self.pattern = re.compile(PREFIX + "(?:" + "|".join(alternatives) + ")" + SUFFIX)
        try:
            self.dispatched = dispatched(alternatives)
        except Unsupported:
            self.dispatched = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.dispatched is None or not text.isascii() and max(text) > "\uffff":
            yield from self.pattern.finditer(text)
            return
        first = self.pattern.match(text)
        if first:
            yield first
        for found in self.dispatched.finditer(text, first.end() if first else 0):
            yield self.pattern.match(text, found.start() + 1)


def dispatched(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern described above, or Unsupported."""
    if _sre_parse is None:
        raise Unsupported("no parser")
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        for first, rest in _split(list(_sre_parse.parse(alternative, re.IGNORECASE)), re.IGNORECASE):
            for letter in _characters(_unparsed([first[0]]), first[1]):
                by_letter.setdefault(letter, []).append(_unparsed(rest))
    before_a_word = _characters(r"[^\w-]", re.IGNORECASE)
    if set(by_letter) & set(before_a_word):
        raise Unsupported("a wording starting with no word character")
    branches = "|".join(_escaped(ord(letter)) + "(?i:" + "|".join(rests) + ")"
                        for letter, rests in by_letter.items())
    return re.compile(_class(before_a_word) + "(?:" + branches + ")(?i:" + SUFFIX + ")")


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
    return "".join(re.findall(_scoped(one_character, flags), _PLANE))


def _scoped(expression: str, flags: int) -> str:
    unknown = flags & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE | re.UNICODE)
    if unknown:
        raise Unsupported(f"flags {unknown}")
    return _scope(flags, ~flags) + expression + ")"


def _scope(added: int, removed: int) -> str:
    """The opening of a group read with flags `added` and without flags `removed`."""
    on = "".join(letter for flag, letter in _FLAG_LETTERS.items() if added & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS.items() if removed & flag)
    return f"(?{on}{'-' + off if off else ''}:"


def _class(characters: str) -> str:
    """A character set of exactly `characters`, as ranges."""
    codes, ranges = sorted(map(ord, characters)), []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(_escaped(low) + ("-" + _escaped(high) if high > low else "") for low, high in ranges) + "]"


def _escaped(code: int) -> str:
    character = chr(code)
    return character if character.isascii() and character.isalnum() else f"\\U{code:08x}"


def _unparsed(items) -> str:
    """A regular expression for parsed elements (those this module meets)."""
    return "".join(map(_element, items))


def _element(item) -> str:
    op, value = item
    if op is _sre.LITERAL:
        return _escaped(value)
    if op is _sre.NOT_LITERAL:
        return f"[^{_escaped(value)}]"
    if op is _sre.ANY:
        return "."
    if op is _sre.IN:
        return "[" + "".join(map(_in_set, value)) + "]"
    if op is _sre.BRANCH:
        return "(?:" + "|".join(map(_unparsed, value[1])) + ")"
    if op is _sre.SUBPATTERN:
        _, added, removed, inner = value
        if (added | removed) & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE):
            raise Unsupported(f"flags {added} {removed}")
        return _scope(added, removed) + _unparsed(inner) + ")"
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, body = value
        bounds = f"{{{low},{'' if high == _sre.MAXREPEAT else high}}}"
        return f"(?:{_unparsed(body)}){bounds}{'?' if op is _sre.MIN_REPEAT else ''}"
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        direction, inner = value
        kind = ("<" if direction == -1 else "") + ("=" if op is _sre.ASSERT else "!")
        return f"(?{kind}{_unparsed(inner)})"
    if op is _sre.AT and str(value) in _AT:
        return _AT[str(value)]
    raise Unsupported(f"element {op}")


def _in_set(item) -> str:
    op, value = item
    if op is _sre.NEGATE:
        return "^"
    if op is _sre.LITERAL:
        return _escaped(value)
    if op is _sre.RANGE:
        return _escaped(value[0]) + "-" + _escaped(value[1])
    if op is _sre.CATEGORY and str(value).removeprefix("CATEGORY_") in _CATEGORIES:
        return _CATEGORIES[str(value).removeprefix("CATEGORY_")]
    raise Unsupported(f"set element {op}")

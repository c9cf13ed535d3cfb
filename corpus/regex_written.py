"""Parsed elements of a regular expression written back as one (those `corpus.word_starts` meets),
by the standard library's private parser's codes; Unsupported for any other."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.regex_parser import sre as _sre

_FLAG_LETTERS = {re.IGNORECASE: "i", re.DOTALL: "s", re.MULTILINE: "m"}
_CATEGORIES = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S", "WORD": r"\w",
               "NOT_WORD": r"\W"}
_AT = {"AT_BEGINNING": "^", "AT_BEGINNING_STRING": r"\A", "AT_BOUNDARY": r"\b", "AT_NON_BOUNDARY": r"\B",
       "AT_END": "$", "AT_END_STRING": r"\Z"}


class Unsupported(Exception):
    """An alternative this rewriting does not handle: the whole pattern is searched."""


def scope(added: int, removed: int) -> str:
    """The opening of a group read with flags `added` and without flags `removed`."""
    on = "".join(letter for flag, letter in _FLAG_LETTERS.items() if added & flag)
    off = "".join(letter for flag, letter in _FLAG_LETTERS.items() if removed & flag)
    return f"(?{on}{'-' + off if off else ''}:"


@lru_cache(maxsize=None)  # (asked once for each character of every wording written back)
def escaped(code: int) -> str:
    return re.escape(chr(code))


def unparsed(items) -> str:
    """A regular expression for parsed elements (those this module meets)."""
    return "".join(map(_element, items))


def _element(item) -> str:
    op, value = item
    if op is _sre.LITERAL:
        return escaped(value)
    if op is _sre.NOT_LITERAL:
        return f"[^{escaped(value)}]"
    if op is _sre.ANY:
        return "."
    if op is _sre.IN:
        return "[" + "".join(map(_in_set, value)) + "]"
    if op is _sre.BRANCH:
        return "(?:" + "|".join(map(unparsed, value[1])) + ")"
    if op is _sre.SUBPATTERN:
        _, added, removed, inner = value
        if (added | removed) & ~(re.IGNORECASE | re.DOTALL | re.MULTILINE):
            raise Unsupported(f"flags {added} {removed}")
        return scope(added, removed) + unparsed(inner) + ")"
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, body = value
        bounds = _REPEATS.get((low, high), f"{{{low},{'' if high == _sre.MAXREPEAT else high}}}")
        repeated = unparsed(body) if len(body) == 1 and body[0][0] in _ONE_CHARACTER else f"(?:{unparsed(body)})"
        return f"{repeated}{bounds}{'?' if op is _sre.MIN_REPEAT else ''}"
    if op in (_sre.ASSERT, _sre.ASSERT_NOT):
        direction, inner = value
        kind = ("<" if direction == -1 else "") + ("=" if op is _sre.ASSERT else "!")
        return f"(?{kind}{unparsed(inner)})"
    if op is _sre.AT and str(value) in _AT:
        return _AT[str(value)]
    raise Unsupported(f"element {op}")


_ONE_CHARACTER = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY) if _sre else ()
_REPEATS = {(0, 1): "?", (0, _sre.MAXREPEAT): "*", (1, _sre.MAXREPEAT): "+"} if _sre else {}


def _in_set(item) -> str:
    op, value = item
    if op is _sre.NEGATE:
        return "^"
    if op is _sre.LITERAL:
        return escaped(value)
    if op is _sre.RANGE:
        return escaped(value[0]) + "-" + escaped(value[1])
    if op is _sre.CATEGORY and str(value).removeprefix("CATEGORY_") in _CATEGORIES:
        return _CATEGORIES[str(value).removeprefix("CATEGORY_")]
    raise Unsupported(f"set element {op}")

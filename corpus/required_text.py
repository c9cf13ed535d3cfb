"""A pattern asked of a line only when the line holds the plain text every match needs: the same
answers as the pattern, without the engine's scan where the text is missing.

A case-blind `^(?=.*\\bjournalism\\b)…` or `^.{0,300}\\bdownload\\s+now` tries its words at every
place of the line before failing (5–10 µs a line of prose, on every paragraph of every article);
`"journalism" in line` is a fraction of that. The texts are read from the parsed pattern itself
(so a pattern edited later keeps a right gate): runs of literals without case (ASCII, kana, CJK,
Hangul: `caseless`) that every match holds,
in a sequence the pattern always goes through (a group, a repeat taken at least once, a positive
lookaround, all branches of an alternation: any of theirs). They are sought in the line folded
as `corpus.date_scan.folded` folds it: where a case-blind pattern finds an ASCII word, the folded
line holds it in lower case (the four characters beyond ASCII a case-blind pattern takes for an
ASCII letter included). A pattern with nothing to read (or a Python without the parser) is asked
of every line, as before. tests/test_required_text.py compares gated and plain patterns.
"""

from __future__ import annotations

import re
from typing import Iterator

from corpus.regex_parser import sre as _sre, sre_parse as _sre_parse  # (None without it: no gate)

_SHORTEST = 3  # (a shorter text is in most lines: its check would cost more than it saves)
_MOST_CONDITIONS = 2

Condition = tuple[str, ...]  # one of these texts is in every line the pattern matches


def required_texts(pattern: re.Pattern[str]) -> tuple[Condition, ...]:
    """Conditions that every line `pattern` matches (or searches) meets, the most telling first;
    () when none is read."""
    if _sre_parse is None:
        return ()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return ()
    found = [condition for condition in _conditions(list(parsed))
             if min(map(len, condition)) >= _SHORTEST]
    found.sort(key=lambda condition: (-min(map(len, condition)), len(condition)))
    return tuple(found[:_MOST_CONDITIONS])


def _conditions(items: list) -> Iterator[Condition]:
    """The conditions of a sequence of parsed items: its literal runs, and what its parts need."""
    run: list[str] = []
    for op, value in items:
        if op is _sre.LITERAL and caseless(chr(value)):
            run.append(chr(value).lower())
            continue
        if run:
            yield ("".join(run),)
            run = []
        yield from _part_conditions(op, value)
    if run:
        yield ("".join(run),)


def _part_conditions(op, value) -> Iterator[Condition]:
    if op is _sre.SUBPATTERN:
        yield from _conditions(list(value[-1]))
    elif op is _sre.ATOMIC_GROUP:
        yield from _conditions(list(value))
    elif op is _sre.ASSERT:  # (a positive lookaround: what it reads is in the line)
        yield from _conditions(list(value[1]))
    elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and value[0] >= 1:
        yield from _conditions(list(value[2]))
    elif op is _sre.BRANCH:
        branches = [_best(list(branch)) for branch in value[1]]
        if all(branches):
            yield tuple(dict.fromkeys(text for branch in branches for text in branch))


def branch_conditions(pattern: re.Pattern[str], shortest: int = _SHORTEST) -> tuple[tuple[Condition, ...], ...]:
    """For a pattern that is one alternation, each branch's conditions of texts of `shortest` characters
    or more (a text searched for a match meets all the conditions of one branch); () when a branch has
    none, or no parser."""
    if _sre_parse is None:
        return ()
    try:
        parsed = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except re.error:
        return ()
    branches = parsed[0][1][1] if len(parsed) == 1 and parsed[0][0] is _sre.BRANCH else [parsed]
    found = tuple(tuple(condition for condition in _conditions(list(branch)) if min(map(len, condition)) >= shortest)
                  for branch in branches)
    return found if all(found) else ()


def meets_a_branch(conditions: tuple[tuple[Condition, ...], ...], lowered: str, held: dict[str, bool]) -> bool:
    """Whether `lowered` (a text as `folded_once` gives it) meets all the conditions of one branch
    (`branch_conditions`; none read: True), each text looked up once in `held` (a dict for `lowered`)."""
    return not conditions or any(all(any(_holds(text, lowered, held) for text in condition) for condition in branch)
                                 for branch in conditions)


def _holds(text: str, lowered: str, held: dict[str, bool]) -> bool:
    if text not in held:
        held[text] = text in lowered
    return held[text]


def _best(items: list) -> Condition | None:
    """A branch's most telling condition (its longest shortest text)."""
    conditions = [condition for condition in _conditions(items) if condition]
    return max(conditions, key=lambda condition: min(map(len, condition)), default=None)


def needed_words(items: list) -> frozenset[str] | None:
    """Of a sequence of parsed elements, the most telling set of texts one of which each of its
    matches holds (in `folded` text); None when none is read."""
    best = _best(items)
    return frozenset(best) if best is not None else None


def caseless(character: str) -> bool:
    """Whether a case-blind pattern's character is found, in `folded` text, as itself in lower case:
    an ASCII one, or one of the kana, CJK or Hangul blocks (no cases)."""
    return character.isascii() or "\u3040" <= character <= "\u9fff" or "\uac00" <= character <= "\ud7af"


_last_folded = ("", "")  # (a line and its folded text: the gated patterns of one line fold it once)


def folded_once(line: str) -> str:
    """`corpus.date_scan.folded(line)`, kept for the next ask of the same text (a line asked by
    each gated pattern, a passage asked about each listed event)."""
    global _last_folded
    last = _last_folded
    if last[0] == line:
        return last[1]
    from corpus.date_scan import folded  # (not at import: the date rules' patterns cost ~80 ms to compile)
    lowered = folded(line)
    _last_folded = (line, lowered)
    return lowered


class Gated:
    """`pattern`, whose `match` and `search` answer None at once for a line without its texts."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.conditions = required_texts(pattern)

    def _may_match(self, line: str) -> bool:
        if not self.conditions:
            return True
        lowered = folded_once(line)
        return all(any(text in lowered for text in condition) for condition in self.conditions)

    def match(self, line: str) -> re.Match[str] | None:
        return self.pattern.match(line) if self._may_match(line) else None

    def search(self, line: str) -> re.Match[str] | None:
        return self.pattern.search(line) if self._may_match(line) else None

"""Sentences and clauses of news prose, as character offsets: what the timeline reads in.

    >>> text = "Seoul signed it Nov. 23. The U.S. welcomed it."
    >>> [text[s.start:s.end] for s in sentences(text)]
    ['Seoul signed it Nov. 23.', 'The U.S. welcomed it.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import islice
from typing import Iterator, NamedTuple

# A full stop ends a sentence before a capital, unless it ends a single letter ("U.S.") or a
# month's abbreviation; "!", "?" and paragraph breaks always do. (The words before the mark are
# checked after it, each branch starting with its mark: the engine then skips to the marks
# instead of trying the lookbehinds at every character. tests/test_sentence_breaks.py.)
_NOT_AN_ABBREVIATION = (r"(?<!\b[A-Z].)(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen).)"
                        r"(?<!\b(?:Mr|Ms|Dr|St).)(?<!\bSept.)"
                        # ... nor a number's label before its number: "filed as Bill No. 1712, at 8 am"
                        r"(?!(?<=\bNo.)\s+\d)")
# ... a capital of Latin-1, Greek or Cyrillic too, or a letter of Arabic (which has no case):
# "... с Фумио Кисидой. Соглашение подписали в 2016 году"; and the full stops of Chinese and
# Japanese end a sentence with no space after them.
_CAPITAL = r"[A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0400-\u042f\u0620-\u064a]"
_SENTENCE_BREAK = re.compile(
    "|".join(re.escape(mark) + _NOT_AN_ABBREVIATION + r"[\"\u201d\u2019')]*\s+(?=[\"\u201c\u2018(]?" + _CAPITAL + ")"
             for mark in ".!?") + r"|[\u3002\uff01\uff1f][\u300d\u300f\u201d)\uff09]*\s*|\n\n*"
    # ... and a Korean sentence's full stop before another's first syllable: "...정지시켰다. 기능상으로는"
    r"|(?<=[\uac00-\ud7a3])\.\s+(?=[\uac00-\ud7a3])"
)
# (a comma ends a clause, the Arabic one "،" too)
# (not an acronym in brackets after a name: "the General Security of Military Information Agreement (GSOMIA) after ...")
_CLAUSE_BREAK = re.compile(r"[,\u060c]\s|;|:\s|\s--\s|\s[\u2014\u2013]\s|[\"\u201c\u201d]|\((?![A-Z][A-Za-z]{1,9}\))")


class Sentence(NamedTuple):
    start: int
    end: int


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """The sentences of `text[start:end]`, as offsets into `text`, without surrounding space."""
    return tuple(_split(text, start, len(text) if end is None else end))


def first_sentence(text: str, start: int = 0, end: int | None = None) -> tuple[Sentence, ...]:
    """`sentences(text, start, end)[:1]`, without splitting the rest."""
    return tuple(islice(_split(text, start, len(text) if end is None else end), 1))


def _split(text: str, start: int, end: int) -> Iterator[Sentence]:
    begin = start
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if (found := _trimmed(text, begin, match.start() + len(match.group().rstrip()))).end > found.start:
            yield found
        begin = match.end()
    if (found := _trimmed(text, begin, end)).end > found.start:
        yield found


def sentence_at(text: str, offset: int, start: int = 0, end: int | None = None) -> Sentence:
    """The sentence of `text[start:end]` that holds `offset`."""
    units, starts = _sentences_and_starts(text, start, end)
    at = bisect_right(starts, offset) - 1  # the sentences are in order and apart: one can hold it
    if at >= 0 and offset < units[at].end:
        return units[at]
    return units[-1] if units else Sentence(start, start)


@lru_cache(maxsize=8)
def _sentences_and_starts(text: str, start: int, end: int | None) -> tuple[tuple[Sentence, ...], list[int]]:
    """`sentences`, remembered for the last few texts (a page's line asked of at each of its names
    would be split again each time: time growing as the square of the line)."""
    units = sentences(text, start, end)
    return units, [unit.start for unit in units]


def clause_before(text: str, sentence: Sentence, offset: int) -> str:
    """The words of `offset`'s clause that come before it."""
    before = text[sentence.start:offset]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def clause_after(text: str, sentence: Sentence, offset: int) -> str:
    """The words of `offset`'s clause that come after it."""
    after = text[offset:sentence.end]
    found = _CLAUSE_BREAK.search(after)
    return after[:found.start()] if found else after


def clause_span(text: str, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """The offsets of the clause of `sentence` around `text[start:end]`."""
    return start - len(clause_before(text, sentence, start)), end + len(clause_after(text, sentence, end))


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)

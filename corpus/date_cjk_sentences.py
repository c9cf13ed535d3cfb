"""What the sentence around a month named alone in Chinese, Japanese or Korean tells of its year (timeline round 80):
the year it names before the month ("2019年7月に ... 8月", "그해 8월 ... 11월에는": the year named before "그해"), and
whether the month's clause looks ahead ("11月に署名する予定"). Read once a text (its full stops, commas, years and
words of plans, by position), then looked up by position: a page repeating a month 20,000 times costs no more
than reading it once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from corpus.date_carried import CJK_SAME_YEAR, NAMED_YEAR
from corpus.date_patterns_foreign import CJK_AHEAD

# Where a sentence ends: a full stop of these languages, or "." before a space (Korean's); a clause: also a comma.
_SENTENCE_END = re.compile(r"[。！？!?\n]|\.(?=\s)")
_CLAUSE_BREAK = re.compile(r"[。！？!?\n、，,;；]|\.(?=\s)")
# A year a sentence names, with the month named with it: "2019年7月", "2019년", or one carried ("그해 8월").
_YEAR_IN_SENTENCE = re.compile(rf"(?:(?<![\d.,])(?P<year>1[89]\d\d|20\d\d)\s*[年년]|(?P<carried>{CJK_SAME_YEAR}))"
                               r"(?:\s*(?P<month>1[0-2]|0?[1-9])\s*[月월])?")
_REACH = 300  # the farthest back a sentence or a clause is read, and a carried year looked for


@dataclass(frozen=True)
class _Marks:  # (tuples: one text's marks are shared by every thread that reads it)
    sentence_ends: tuple[int, ...]
    clause_breaks: tuple[int, ...]
    year_ends: tuple[int, ...]  # where each year named ends, and what it names: (its year or None, its month)
    years: tuple[tuple[int | None, int | None], ...]
    plans: tuple[int, ...]


@lru_cache(maxsize=8)
def _marks(text: str) -> _Marks:
    named = [(found.start(), int(found.group())) for found in NAMED_YEAR.finditer(text)]
    named_starts = [start for start, _ in named]
    year_ends, years = [], []
    for found in _YEAR_IN_SENTENCE.finditer(text):
        if found["year"]:
            year = int(found["year"])
        else:  # "그해": the year named last before it, not far back
            last = bisect_left(named_starts, found.start()) - 1
            year = named[last][1] if last >= 0 and found.start() - named[last][0] <= _REACH else None
        year_ends.append(found.end())
        years.append((year, int(found["month"]) if found["month"] else None))
    return _Marks(tuple(end.end() for end in _SENTENCE_END.finditer(text)),
                  tuple(end.end() for end in _CLAUSE_BREAK.finditer(text)), tuple(year_ends), tuple(years),
                  tuple(cue.start() for cue in CJK_AHEAD.finditer(text)))


def _last_before(positions: tuple[int, ...], at: int, floor: int) -> int:
    """The last of `positions` at or before `at`, or `floor` if none is or it is before `floor`."""
    index = bisect_right(positions, at) - 1
    return max(positions[index], floor) if index >= 0 else floor


def year_of_the_sentence(text: str, start: int) -> tuple[int | None, int | None] | None:
    """(year, month) the sentence before `start` names last (the year None when the text does not name the one
    "그해" carries); None if it names none."""
    marks = _marks(text)
    if not marks.year_ends:
        return None
    sentence = _last_before(marks.sentence_ends, start, max(0, start - _REACH))
    index = bisect_right(marks.year_ends, start) - 1
    if index < 0 or marks.year_ends[index] <= sentence:
        return None
    return marks.years[index]


def looks_ahead(text: str, start: int, end: int) -> bool:
    """Whether the clause holding `text[start:end]` holds a word of a plan ("予定", "계획", "将于")."""
    marks = _marks(text)
    if not marks.plans:
        return False
    first = _last_before(marks.clause_breaks, start, max(0, start - _REACH))
    after = bisect_left(marks.clause_breaks, end + 1)
    last = min(marks.clause_breaks[after] if after < len(marks.clause_breaks) else len(text), end + _REACH)
    cue = bisect_left(marks.plans, first)
    return cue < len(marks.plans) and marks.plans[cue] < last

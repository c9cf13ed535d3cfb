"""Running each date rule only around the words it needs: the matches of scanning the whole
text with every rule, at a fraction of the cost.

Every match of a rule contains one of its *trigger* words (a month name, a weekday, a unit
such as "year", a four-digit year...) and touches at most `reach` tokens (runs of characters
between white space and hyphens, which are all that the patterns allow between words). So
a match can only start within `reach` tokens before a trigger, and is decided by the text
up to `reach` tokens after it (its look-aheads read one token more). The rule is searched
only in those windows, with the text cut after them: the same matches, in the same order,
as `pattern.finditer(text)` (tests/test_date_scan.py compares the two on hostile text).
Without the windows, ~20 patterns were tried at every position of every article: half the
time of adding an article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from corpus import date_carried as carried, date_chronology as chronology
from corpus import date_patterns as p, date_patterns_foreign as foreign, date_weekdays_cjk as cjk_weekdays
from corpus import date_relative_foreign as relative_foreign, date_years_ago as years_ago
from corpus.regex_parser import sre as _sre, sre_parse as _sre_parse  # (None without it: every pattern searched)

TOKEN = re.compile(r"[^\s\-\u2013]+")


@dataclass(frozen=True)
class Scope:
    """Where a rule can match: around any of its trigger `words` (found as they are, or in
    any case with `any_case`), or `pattern`; all found within one token of every match."""

    reach: int  # the most tokens a match touches, plus one to spare
    words: tuple[str, ...] = ()
    any_case: bool = False
    pattern: re.Pattern[str] | None = None


_MONTH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
_UNIT = ("year", "month", "week", "day", "decade", "centur", "hour", "minute")
_DAY_WORD = ("day", "night", "tomorrow", "morning", "afternoon", "evening")
_HOLIDAY_WORD = ("year", "valentine", "independence", "halloween", "christmas", "memorial",
                 "labor", "thanksgiving")
_SET_WORD = ("each", "every", "per", "annually", "yearly", "daily", "weekly", "monthly", "once",
             "twice", "times")

SCOPES: dict[re.Pattern[str], Scope] = {
    chronology.CHRONOLOGY_FIGURES_DAY: Scope(3, pattern=chronology.FIGURES_TRIGGER),  # "▲ 6.29 ="
    p.DAY_PATTERNS[0]: Scope(5, _MONTH),  # "Wednesday, Nov. 23, 2016"
    p.DAY_PATTERNS[1]: Scope(6, _MONTH),  # "Wednesday, 23rd of November, 2016"
    p.DAY_PATTERNS[2]: Scope(4, pattern=_YEAR),  # "2016-11-23"
    p.DAY_PATTERNS[3]: Scope(4, _MONTH),  # "23 Nov 16"
    # "segunda-feira, 14 de noviembre de 2016"
    foreign.FOREIGN_DAY_PATTERNS[0]: Scope(8, foreign.MONTH_WORDS, any_case=True),
    foreign.FOREIGN_DAY_PATTERNS[1]: Scope(7, pattern=foreign.CJK_MONTH),  # "2019 년 8 월 22 일"
    foreign.FOREIGN_DAY_PATTERNS[2]: Scope(2, pattern=foreign.FIGURES_DATE),  # "14/11/2016"
    foreign.FOREIGN_DAY_PATTERNS[3]: Scope(4, pattern=foreign.GERMAN_DAY),  # "23. November 2016"
    foreign.FOREIGN_DAY_PATTERNS[4]: Scope(7, foreign.VIETNAMESE_MONTH, any_case=True),  # "ngày 23 tháng 11 năm 2016"
    foreign.FOREIGN_MONTH_PATTERNS[0]: Scope(5, pattern=foreign.CJK_MONTH),  # "2014 年 12 月"
    foreign.FOREIGN_MONTH_PATTERNS[1]: Scope(6, foreign.VIETNAMESE_MONTH, any_case=True),  # "tháng 11 năm 2016"
    foreign.FOREIGN_MONTH_PATTERNS[2]: Scope(6, foreign.MONTH_WORDS, any_case=True),  # "noviembre de 2016"
    foreign.CJK_YEAR_PATTERN: Scope(3, pattern=foreign.CJK_YEAR),  # "2012 年"
    foreign.JA_ERA_YEAR: Scope(4, pattern=foreign.JA_ERA),  # "平成 24 年"
    foreign.CJK_RELATIVE_DATE: Scope(5, pattern=foreign.CJK_MONTH_WORD),  # "지난해 8 월 말", "지난달 27 일"
    foreign.CJK_MONTH_ALONE: Scope(5, pattern=foreign.CJK_MONTH),  # "翌 8 月 末"
    carried.CARRIED_CJK: Scope(7, pattern=re.compile(r"[年해]")),  # "같은 해 11 월 23 일"
    carried.CARRIED_ENGLISH: Scope(8, ("year",)),  # "September 23, of the following year"
    carried.CARRIED_THAT_MONTH: Scope(3, _MONTH),  # "later that November"
    carried.RELATIVE_YEAR_DAY: Scope(7, pattern=foreign.CJK_MONTH_WORD),  # "지난해 8 월 23 일"
    p.MONTH_YEAR: Scope(4, _MONTH),  # "November, of 2016"
    p.MONTH_RELATIVE_YEAR: Scope(4, _MONTH),  # "February this year"
    p.HOLIDAY: Scope(5, _HOLIDAY_WORD, any_case=True),  # "last new year's eve"
    p.RELATIVE_DAY: Scope(5, _DAY_WORD, any_case=True),  # "the day before yesterday"
    relative_foreign.FOREIGN_RELATIVE_DAY: Scope(4, relative_foreign.TRIGGERS, any_case=True),  # "antes de ayer"
    p.WEEKDAY_MENTION: Scope(5, p.WEEKDAYS),  # "earlier on Monday's morning"
    foreign.FOREIGN_WEEKDAY: Scope(6, foreign.WEEKDAY_WORDS, any_case=True),  # "el pasado jueves"
    cjk_weekdays.CJK_WEEKDAY: Scope(5, pattern=cjk_weekdays.CJK_WEEKDAY_WORD),  # "지난 주 수요일"
    cjk_weekdays.CJK_WEEKDAY_SET: Scope(4, pattern=cjk_weekdays.CJK_WEEKDAY_WORD),  # "毎週の 水曜日"
    p.DAY_OF_MONTH: Scope(7, pattern=_ORDINAL),  # "the 16th of the same month"
    foreign.CJK_DAY_OF_MONTH: Scope(3, pattern=foreign.CJK_DAY_WORD),  # "14 일"
    p.RELATIVE_PERIOD: Scope(5, ("year", "month", "week"), any_case=True),  # "early the current year"
    p.AGO: Scope(8, ("ago",), any_case=True),  # "more than a couple of years ago"
    years_ago.YEARS_AGO: Scope(6, pattern=years_ago.TRIGGER),  # "il y a quatre ans", "4 년 전에"
    p.YEAR_RANGES[0]: Scope(5, pattern=_YEAR),  # "from 2016 through 17"
    p.YEAR_RANGES[1]: Scope(5, pattern=_YEAR),  # "between 2016 and 17"
    foreign.FOREIGN_YEAR_RANGES[0]: Scope(7, pattern=_YEAR),  # "entre los años 1910 y 1945"
    foreign.FOREIGN_YEAR_RANGES[1]: Scope(5, pattern=_YEAR),  # "von 1910 bis 1945"
    p.DECADE: Scope(3, ("0s", "0's")),  # "early-1990s"
    p.WEEKDAY_SET: Scope(3, p.WEEKDAYS),  # "every Monday"
    p.SET: Scope(6, _SET_WORD, any_case=True),  # "twenty-five times per year"
    p.ANAPHORIC: Scope(6, _UNIT, any_case=True),  # "a couple of years later"
    p.DURATION: Scope(9, _UNIT, any_case=True),  # "the past a couple of more years long"
    p.MONTH_ALONE: Scope(5, _MONTH),  # "the beginning of November"
    p.QUALIFIED_YEAR: Scope(5, pattern=_YEAR),  # "the beginning of 2016"
    p.PLAIN_YEAR: Scope(2, pattern=_YEAR),
}
# Besides the other case of an ASCII letter, what a case-blind pattern takes for it.
_FOLDED = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """`text` in lower case, character for character: where a case-blind pattern finds an
    ASCII word, this finds it in lower case at the same offset."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is two characters
        lowered = "".join(character.lower()[0] for character in text)
    return lowered.translate(_FOLDED) if not lowered.isascii() else lowered


def _found(words: tuple[str, ...], text: str) -> Iterator[int]:
    for word in words:
        at = text.find(word)
        while at >= 0:
            yield at
            at = text.find(word, at + 1)


@lru_cache(maxsize=None)
def _ascii_words(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in words if word.isascii())


class Tokens:
    """Where the tokens of a text start and end (read once, shared by the rules)."""

    def __init__(self, text: str) -> None:
        spans = [token.span() for token in TOKEN.finditer(text)]
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]
        self._folded: str | None = None
        self._ascii = text.isascii()
        self._triggers: dict[tuple, list[int]] = {}  # (scopes of several rules share their triggers)

    def triggers(self, scope: Scope, text: str) -> list[int]:
        """Where the scope's triggers are in `text` (the text these tokens are of), in order."""
        key = (scope.words, scope.any_case, scope.pattern)
        if key not in self._triggers:
            self._triggers[key] = self._found_triggers(scope, text)
        return self._triggers[key]

    def _found_triggers(self, scope: Scope, text: str) -> list[int]:
        if scope.pattern is not None:
            if self._ascii and opens_beyond_ascii(scope.pattern):
                return []  # ("[年년]": in an ASCII text, found nowhere, though tried at every character)
            return [found.start() for found in scope.pattern.finditer(text)]
        if scope.any_case and self._folded is None:
            self._folded = folded(text)
        words = _ascii_words(scope.words) if self._ascii else scope.words  # (no other is in an ASCII text)
        return sorted(_found(words, self._folded if scope.any_case else text))

    def windows(self, scope: Scope, text: str) -> Iterator[tuple[int, int, int]]:
        """(first start, last start, end of the text to read) around each trigger, merged."""
        reach, count = scope.reach, len(self.starts)
        current = None
        for trigger in self.triggers(scope, text):
            index = bisect_right(self.starts, trigger) - 1
            low, high = self.starts[max(0, index - reach + 1)], self.ends[index]
            limit = self.starts[index + reach + 1] if index + reach + 1 < count else len(text)
            if current and low <= current[1]:
                current = (current[0], max(current[1], high), max(current[2], limit))
                continue
            if current:
                yield current
            current = (low, high, limit)
        if current:
            yield current


@lru_cache(maxsize=None)
def opens_beyond_ascii(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts with a character beyond ASCII (a case-blind
    pattern never: "\u212a" is a "k"), as read from the parsed pattern; False when unsure."""
    if pattern.flags & re.IGNORECASE or _sre_parse is None:
        return False
    try:
        return _opens_beyond_ascii(list(_sre_parse.parse(pattern.pattern, pattern.flags)))
    except re.error:
        return False


def _opens_beyond_ascii(items: list) -> bool:
    if not items:
        return False
    op, value = items[0]
    if op is _sre.LITERAL:
        return value > 127
    if op is _sre.IN:
        return all(kind is _sre.LITERAL and code > 127 for kind, code in value)
    if op is _sre.BRANCH:
        return all(_opens_beyond_ascii(list(branch)) for branch in value[1])
    return False


def scoped_matches(pattern: re.Pattern[str], text: str, tokens: Tokens) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, searching only where a match can start (`SCOPES`)."""
    position = 0
    for low, high, limit in tokens.windows(SCOPES[pattern], text):
        start = max(low, position)
        while start <= high:
            match = pattern.search(text, start, limit)
            if match is None or match.start() > high:
                break
            yield match
            position = start = match.end() if match.end() > match.start() else match.end() + 1

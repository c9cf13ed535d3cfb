"""A chronology's days, dated by the year above them (timeline round 61): "[2012년]" then "▲ 6.29 = 서명 연기",
"2016年" then "11月23日 署名", "2019: Aug. 22 - Seoul decides to end the pact", "2016.10.27 협상 재개" then
"11.14 가서명", "• 23 novembre 2016 : signature" then "• 22 août : ...".

Only a day at the head of a line (after a bullet, or after its year: "2019: Aug. 22 -"), followed by an entry's
separator, is read so; and only when every line between it and the year is an entry too: the year is that of a
heading alone on its line ("2016年", "[2012년]"), or of the nearest entry above that names one. An entry worded as
prose ("2016년 11월 23일 체결된 ...", a space after a spelled date) carries its year only under a heading or in a run
of plain entries (a bullet, figures "6.29" or a separator "=", ":", "-"); prose's "On 29 June" is never at a head.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
import threading
from functools import lru_cache
from typing import NamedTuple

from corpus.date_candidates import Candidate, calendar_date
from corpus.date_value import DateValue

# (a run of spaces is never given back: adjacent runs tried split every way took hours on a long one)
_BULLET = r"[^\S\n]*+(?:[▲△▶►▷■□◆◇●○•·∙*\-–—][^\S\n]*+)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# What follows an entry's date: a separator, or a space before its text (a weak one, see `_Entry.plain`).
_SEPARATOR = re.compile(r"[^\S\n]*(?P<mark>[=:：\-–—|)）]|$)|[^\S\n]+(?=\S)", re.MULTILINE)
# A year alone on its line: "2016年", "[2012년]", "2019:", "— 2016 —".
_YEAR_HEADING = re.compile(rf"{_BULLET}[\[【(（<〈《「]?[^\S\n]*+{_YEAR}[^\S\n]*+(?:년|年度?)?[^\S\n]*+[\]】)）>〉》」]?"
                           r"[^\S\n]*+[:：.\-–—]?[^\S\n]*+")
# A day in figures at an entry's head: "6.29", "11/14", "2016.10.27".
_FIGURES_DAY = re.compile(rf"(?:{_YEAR}[./])?(?P<month>1[0-2]|0?[1-9])[./](?P<day>3[01]|[12]\d|0?[1-9])\.?(?![\d./])")
# ... as a date rule of `corpus.date_readers` (the year found above it), and where `corpus.date_scan` looks for it.
CHRONOLOGY_FIGURES_DAY = re.compile(r"(?<![\w.,/])(?P<figures>(?P<month>1[0-2]|0?[1-9])[./]"
                                    r"(?P<day>3[01]|[12]\d|0?[1-9]))\.?(?![\d./])")
FIGURES_TRIGGER = re.compile(r"\d[./]\d")
# What may stand before a day at an entry's head: a bullet, or the entry's year ("2019: Aug. 22 -").
_HEAD_BEFORE = re.compile(rf"{_BULLET}(?:{_YEAR}[^\S\n]*+(?:년|年)?[^\S\n]*+[:：,\-–—=][^\S\n]*+)?")
_MOST_LINES_ABOVE = 80
_NEWLINE = re.compile("\n")
_CJK_DAY_END = re.compile(r"[日일月월]$")


class _Entry(NamedTuple):
    year: int | None  # the year the line names at its head, if any
    heading: bool  # a year alone on its line
    plain: bool  # an entry by its form alone: a bullet, figures, or a separator other than a space
    month_day: tuple[int, int] | None = None  # the day (or month, day 0) at its head: entries go forward in time


def chronology_figures_day(match: re.Match, text: str) -> Candidate | None:
    """"▲ 6.29 = ...": the day in the year of the chronology above it, or None (figures with no year above)."""
    month, day, line_start = int(match["month"]), int(match["day"]), _line_start(text, match.start())
    head = _HEAD_BEFORE.fullmatch(text, line_start, match.start())  # (at the line's head: not "about 1.5 =")
    if not head or not _SEPARATOR.match(text, match.end()):
        return None
    year = int(head["year"]) if head["year"] else _year_above(text, line_start, True, (month, day))
    value = year and calendar_date(year, month, day)
    if not value:
        return None
    return Candidate(match.start(), match.end("figures"), "date", lambda anchor: value, needs_anchor=False)


def placed_in_chronologies(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Each yearless day at an entry's head placed (`placed_in_chronology`), the entries above read from `candidates`
    (the text's own dates: its lines are not read again)."""
    walks = _walks(text)
    walks.read_heads(candidates)
    try:
        return [placed_in_chronology(candidate, text) for candidate in candidates]
    finally:
        walks.read_heads(None)  # (the next reading's rules walk the lines read alone, as this one's did)


def placed_in_chronology(candidate: Candidate, text: str) -> Candidate:
    """A yearless day or month ("11月23日", "Aug. 22") at an entry's head, in the year of the chronology above it."""
    if candidate.kind != "date" or not candidate.needs_anchor or candidate.relative or candidate.resolve is None:
        return candidate
    line_start = _line_start(text, candidate.start)
    head = _HEAD_BEFORE.fullmatch(text, line_start, candidate.start)
    after = head and _SEPARATOR.match(text, candidate.end)
    if not after:
        return candidate
    plain = bool(after["mark"] is not None or text[line_start:candidate.start].strip())
    if not plain and not _CJK_DAY_END.search(text, candidate.start, candidate.end):
        return candidate  # ("June 29 was the day": prose; "11月23日 署名", an entry)
    in_2000 = _in_year(candidate, 2000)  # (a leap year: its month and day)
    if in_2000 is None:
        return candidate
    year = int(head["year"]) if head["year"] else _year_above(text, line_start, plain, _month_day(in_2000))
    value = year and _moved_to(in_2000, year)
    if not value:
        return candidate
    return candidate._replace(resolve=lambda anchor: value, needs_anchor=False)


def _in_year(candidate: Candidate, year: int) -> DateValue | None:
    """The candidate's day (or month) in `year`, whichever way its reader leans (past or future)."""
    for anchor in (datetime.date(year, 12, 31), datetime.date(year, 1, 1)):
        value = candidate.resolve(anchor)
        if value is not None and value.year == year and value.granularity in ("day", "month"):
            return value
    return None


def _moved_to(value: DateValue, year: int) -> DateValue | None:
    """The same day (or month) in `year`, if it has one (29 February)."""
    if value.day is not None and not calendar_date(year, value.month, value.day):
        return None
    return dataclasses.replace(value, year=year)


def _month_day(value: DateValue) -> tuple[int, int]:
    return value.month, value.day or 0


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _year_above(text: str, line_start: int, plain: bool, below: tuple[int, int]) -> int | None:
    """The year of the chronology a line is an entry of: the nearest heading above, or entry naming a day and its
    year, every line between being an entry (plain ones all, for an entry's year to carry) and the days going
    forward (a day before the one above it is in a later year), within `_MOST_LINES_ABOVE` lines."""
    walks = _walks(text)
    found = walks.from_line(line_start, plain, below)
    if found is None or walks.lines_between(found[1], line_start) > _MOST_LINES_ABOVE:
        return None
    return found[0]


class _Walks:
    """The walks up a text's chronology, each line's kept (a page of 3,000 entries walks each line once)."""

    def __init__(self, text: str):
        self.text = text
        self.from_entry: dict[tuple[int, bool], tuple[int, int] | None] = {}
        self.line_ends: list[int] | None = None
        self.heads: dict[int, Candidate] | None = None  # the page's dates by where they start, once read
        self.entries: dict[int, _Entry | None] = {}

    def read_heads(self, candidates: list[Candidate] | None) -> None:
        """The page's own dates, for its lines' entries (no line read again); None: the lines read alone."""
        self.heads = None if candidates is None else {candidate.start: candidate for candidate in candidates}
        self.candidates, self.starts = candidates or [], [candidate.start for candidate in candidates or ()]
        self.from_entry.clear()
        self.entries.clear()

    def entry_at(self, start: int, line: str) -> _Entry | None:
        if self.heads is None:
            return _entry(line)
        if start not in self.entries:
            self.entries[start] = _entry_of(line, lambda at: self._date_at(start, line, at))
        return self.entries[start]

    def _date_at(self, start: int, line: str, at: int) -> tuple[Candidate, int] | None:
        """The page's date at a line's head; the line read alone if a date of the page runs over its head (a
        heading's "2016年" read with the day under it)."""
        if placed := self.heads.get(start + at):
            return placed, placed.end - start
        before = bisect.bisect_left(self.starts, start + at) - 1
        if before >= 0 and self.candidates[before].end > start + at:
            return _date_read_alone(line, at)
        return None

    def lines_between(self, start: int, end: int) -> int:
        if self.line_ends is None:
            self.line_ends = [newline.start() for newline in _NEWLINE.finditer(self.text)]
        return bisect.bisect_left(self.line_ends, end) - bisect.bisect_left(self.line_ends, start)

    def from_line(self, line_start: int, plain: bool, below: tuple[int, int]) -> tuple[int, int] | None:
        """(the year, where its line starts) the walk up from the line at `line_start` finds, or None."""
        walked: list[tuple[int, bool]] = []  # the yearless entries passed, each with the plainness up to it
        found = None
        while True:
            start, entry = self._entry_above(line_start)
            if entry is None or (not entry.heading and (entry.month_day is None or entry.month_day > below)):
                break  # ("▲ 1989년 = ...": a year's entry, no heading of the days below it)
            plain = plain and entry.plain
            if entry.heading or entry.year is not None:
                found = (entry.year, start) if entry.heading or plain else None
                break
            if (start, plain) in self.from_entry:
                found = self.from_entry[start, plain]
                break
            walked.append((start, plain))
            line_start, below = start, entry.month_day
        for key in walked:
            self.from_entry[key] = found
        return found

    def _entry_above(self, line_start: int) -> tuple[int, _Entry | None]:
        end = line_start - 1
        for _ in range(_MOST_LINES_ABOVE):
            if end < 0:
                break
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end]
            if line.strip():
                return start, self.entry_at(start, line)
            end = start - 1
        return -1, None


def _walks(text: str) -> _Walks:
    """The walks of `text` of the thread asking: a reading sets and clears its walks' heads and kept entries, and
    the explorer's worker threads may read one page at once."""
    return _walks_of_thread(text, threading.get_ident())


@lru_cache(maxsize=4)
def _walks_of_thread(text: str, thread: int) -> _Walks:
    return _Walks(text)


@lru_cache(maxsize=4096)
def _entry(line: str) -> _Entry | None:
    """How a line read alone reads as a chronology's entry, or None if it is not one."""
    return _entry_of(line, lambda at: _date_read_alone(line, at))


def _entry_of(line: str, date_at) -> _Entry | None:
    """How a line reads as an entry, `date_at(offset)` the date read at its head (if a pattern finds none)."""
    if heading := _YEAR_HEADING.fullmatch(line):
        return _Entry(int(heading["year"]), True, True)
    head = _HEAD_BEFORE.match(line)
    figures = _FIGURES_DAY.match(line, head.end())
    if figures and _SEPARATOR.match(line, figures.end()):
        year = head["year"] or figures["year"]
        return _Entry(int(year) if year else None, False, True, (int(figures["month"]), int(figures["day"])))
    if head.end() == len(line) or not line[head.end()].isalnum():
        return None  # (no date can start here: no reading)
    placed = date_at(head.end())
    return placed and _spelled_entry(line, head, *placed)


def _date_read_alone(line: str, at: int) -> tuple[Candidate, int] | None:
    from corpus.dates import read_candidates  # (the readers, which this module's rules are among)

    placed = next((c for c in read_candidates(line) if c.start == at), None)
    return placed and (placed, placed.end)


def _spelled_entry(line: str, head: re.Match, placed: Candidate, end: int) -> _Entry | None:
    """An entry headed by a date in words ("11月23日 署名", "• 23 novembre 2016 : ...", "2019: Aug. 22 - ..."), the
    date `placed` ending at `end` in the line."""
    if placed.kind != "date" or placed.resolve is None:
        return None
    after = _SEPARATOR.match(line, end)
    value = after and placed.resolve(_LEAP_YEARS_END)
    if not value or value.month is None:
        return None
    named = None if placed.needs_anchor else placed.resolve(None)  # (a date naming its year)
    year = head["year"] or (named.year if named else None)
    plain = bool(line[:head.end()].strip()) or after["mark"] is not None
    return _Entry(int(year) if year else None, False, plain, _month_day(value))


_LEAP_YEARS_END = datetime.date(2000, 12, 31)


def is_year_heading(line: str) -> bool:
    """A year alone on its line ("2016年", "[2012년]", "- 2012 -", "2019:"): a chronology's heading, if entries follow."""
    return bool(_YEAR_HEADING.fullmatch(line))


def is_dated_entry(line: str) -> bool:
    """A line headed by a day and an entry's separator ("▲ 6.29 = ...", "• 23 novembre 2016 : ...", "11月23日 署名")."""
    entry = _entry(line)
    return entry is not None and not entry.heading and entry.month_day is not None and entry.month_day[1] > 0

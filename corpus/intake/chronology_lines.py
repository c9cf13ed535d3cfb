"""A chronology's lines, kept at intake (timeline round 62): a year alone on its line ("[2012년]", "2016", "2016年",
"- 2012 -") heads the dated entries below it ("▲ 6.29 = 서명 연기", "• 23 novembre 2016 : signature"), whose days
take its year (`corpus.date_chronology`). Only with an entry right below it: a year in a date menu ("2019" over
"2018"), an archive's list or a footer's "2016" stays furniture."""

from __future__ import annotations

from collections.abc import Callable

from corpus.date_chronology import is_dated_entry, is_year_heading


class ChronologyLines:
    """Which of a body's lines, read in order, belong to a chronology (a heading, then its run of entries)."""

    def __init__(self, body: list[str], date_alone: Callable[[str], bool]):
        self.body, self.date_alone = body, date_alone
        self.in_chronology = False

    def keeps(self, number: int) -> bool:
        line = self.body[number]
        if is_year_heading(line):
            self.in_chronology = self._entry(self._next_line(number))
        elif self.in_chronology:
            self.in_chronology = self._entry(line)
        return self.in_chronology

    def _entry(self, line: str) -> bool:
        return bool(line) and not self.date_alone(line) and is_dated_entry(line)  # ("November 2016" alone: a menu)

    def _next_line(self, number: int) -> str:
        return next((line for line in self.body[number + 1:number + 4] if line.strip()), "")

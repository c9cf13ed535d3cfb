"""Timeline round 62 (issue 14): a chronology's cost and its headings at intake. The year of an entry above is read
from the page's own dates (no line read again), so a page of yearless entries costs little more than its dates
do; the intake keeps a year heading, and the entries under it, when chronology entries follow it. Texts written for
the purpose."""

from __future__ import annotations

import datetime
import time

from corpus.dates import find_dates

PAGE_DAY = datetime.date(2019, 11, 25)


def _seconds(page) -> float:
    """The best of two readings of `page(run)`, a text new each run (no line's reading kept from the one before)."""
    best = float("inf")
    for run in range(2):
        text = page(run)
        started = time.perf_counter()
        find_dates(text, PAGE_DAY)
        best = min(best, time.perf_counter() - started)
    return best


def _entries(run: int) -> list[str]:
    return [f"- Aug. {number % 28 + 1}: the ministers met again, round {number} of {run}" for number in range(1200)]


def test_a_page_of_yearless_entries_costs_about_what_its_dates_do():
    chronology = lambda run: "2019\n" + "\n".join(_entries(run))  # noqa: E731
    yardstick = lambda run: "2019. " + ". ".join(_entries(run))  # noqa: E731 - the same dates, no line to place
    first_entry = find_dates(chronology(9), None)[1]  # (an undated page: placed by its heading's year)
    assert (first_entry.text, first_entry.value and first_entry.value.iso()) == ("Aug. 1", "2019-08-01")
    assert _seconds(chronology) < 2.5 * _seconds(yardstick)

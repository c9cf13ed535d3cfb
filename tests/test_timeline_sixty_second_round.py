"""Timeline round 62 (issue 14): a chronology's cost and its headings at intake. The year of an entry above is read
from the page's own dates (no line read again), so a page of yearless entries costs little more than its dates
do; the intake keeps a year heading, and the entries under it, when chronology entries follow it. Texts written for
the purpose."""

from __future__ import annotations

import datetime
import time

import pytest

from corpus.cleaning import clean_page
from corpus.dates import find_dates
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly

PAGE_DAY = datetime.date(2019, 11, 25)


def _seconds(page) -> float:
    """The best of two readings of `page(run)`, a text new each run (no line's reading kept from the one before)."""
    best = float("inf")
    for run in range(2):
        text = page(run)
        started = time.process_time()
        find_dates(text, PAGE_DAY)
        best = min(best, time.process_time() - started)
    return best


def _entries(run: int) -> list[str]:
    return [f"- Aug. {number % 28 + 1}: the ministers met again, round {number} of {run}" for number in range(1200)]


def test_a_page_of_yearless_entries_costs_about_what_its_dates_do():
    chronology = lambda run: "2019\n" + "\n".join(_entries(run))  # noqa: E731
    yardstick = lambda run: "2019. " + ". ".join(_entries(run))  # noqa: E731 - the same dates, no line to place
    first_entry = find_dates(chronology(9), None)[1]  # (an undated page: placed by its heading's year)
    assert (first_entry.text, first_entry.value and first_entry.value.iso()) == ("Aug. 1", "2019-08-01")
    assert _seconds(chronology) < 2.5 * _seconds(yardstick)


_OPENING = ("The two neighbours took years to agree on the intelligence pact, and the road to the signing was long, "
            "with a delay, a collapse and a resumption of talks along the way, officials said on Monday.\n")

# (a chronology whose heading the intake used to drop, the lines it keeps)
CHRONOLOGIES = [
    ("주요 일지\n[2012년]\n▲ 6.26 = 국무회의 통과\n▲ 6.29 = 서명 연기\n",
     ["[2012년]", "▲ 6.26 = 국무회의 통과", "▲ 6.29 = 서명 연기"]),
    ("Chronologie\n2016\n• 27 octobre 2016 : reprise des négociations\n• 23 novembre 2016 : signature\n",
     ["2016", "• 27 octobre 2016 : reprise des négociations", "• 23 novembre 2016 : signature"]),
]


@pytest.mark.parametrize("chronology, kept", CHRONOLOGIES)
def test_the_intake_keeps_a_year_heading_over_its_entries(chronology, kept):
    paragraphs = clean_page(f"Story\n\n{_OPENING}{chronology}").paragraphs
    assert [line for line in paragraphs if line in kept] == kept


# a year alone elsewhere: a date menu, an archive's months, a footer's year, a heading over prose
FURNITURE = [
    ("2019\n2018\n2017\n", "2019"),
    ("2016\nNovember 2016\nOctober 2016\n", "2016"),
    ("2016\n© Example News. All rights reserved.\n", "2016"),
    ("• 2019 archive\n• Most read stories\n", "• 2019 archive"),
]


@pytest.mark.parametrize("lines, year_line", FURNITURE)
def test_a_year_alone_elsewhere_stays_furniture(lines, year_line):
    assert year_line not in clean_page(f"Story\n\n{_OPENING}{lines}").paragraphs


@pytest.mark.parametrize("line", [" " * 3000 + "x", "▲ " + " " * 3000 + "x"], ids=["spaces", "bullet"])
def test_a_long_run_of_spaces_is_read_in_no_time(line):
    from corpus.date_chronology import is_dated_entry, is_year_heading

    def read() -> None:
        assert not is_year_heading(line) and not is_dated_entry(line)
    assert_runs_quickly(read)


def test_a_heading_with_spaces_around_its_year_reads_as_before():
    from corpus.date_chronology import is_year_heading
    assert is_year_heading(" —  2016 \t年  ] :  ") and not is_year_heading("2016 年 x")


def test_a_kept_heading_dates_its_entries_through_the_intake():
    page = _OPENING + "주요 일지\n[2012년]\n▲ 6.29 = 도쿄 서명식 직전 한국 측 요청으로 지소미아 서명 연기\n"
    assert "collapse-2012" in linked((page, None))
    assert "collapse-2012" not in linked((page.replace("[2012년]\n", ""), None))


@pytest.mark.parametrize("entry, day, verb, title", [
    ("▲ 11.17 = 차관회의 통과", "11.17", "통과", "차관회의 통과"),
    ("△ 6.29 = 서명 연기", "6.29", "연기", "서명 연기"),
    ("● 11月23日：署名", "11月23日", "署名", "署名"),
])
def test_a_chronology_entrys_title_keeps_no_mark_nor_separator(entry, day, verb, title):
    from corpus.event_titles import event_title
    day_at, verb_at = entry.index(day), entry.index(verb)
    assert event_title(entry, (day_at, day_at + len(day)), (verb_at, verb_at + len(verb))) == title


def test_a_title_starting_with_a_bullet_and_a_date_keeps_its_words_as_before():
    from corpus.event_titles import event_title
    entry = "- Aug. 22: Seoul decides to end the pact"
    verb_at = entry.index("decides")
    assert event_title(entry, (2, 9), (verb_at, verb_at + 7)) == "Seoul decides to end the pact"

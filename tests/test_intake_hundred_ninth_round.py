"""Issue 13's hundred-and-ninth intake round, on texts of our own: a full date run into the story's first words as a
copy joins the page's elements ("13 NOV. 2016 Cientos de miles …", "23.09.2015 (intv) Martin …", "10 November
201922.14 Bolivia's …", "<title> | 29 May 2023 | Türkiye's …") dates a page that prints no other date. The negatives
keep what must not change: a chronology's entry after a dash or a colon, an apposition's comma, a date in a sentence,
a short heading after the date, a numeric day no order decides, a date without its year, a chronology's several
dated lines, and a page whose date line stands above the story. And a full date in brackets closing the title, alone
or after the place it was issued in ("… Nuclear Test [January 7, 2016]", "… (Geneva, 4th July 2012)"), dates a page
that prints no other date; not a date followed by a word, a date within the title's words, a lead's sentence."""

from __future__ import annotations

import pytest

from corpus.intake.date_readings import _first_reading
from corpus.intake.dated_leads import date_run_into_lead
from corpus.intake.dated_titles import title_tail_date
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

LEAD = ("Hundreds of thousands of people marched through the centre of Seoul on Saturday night to demand that the "
        "president step down over the scandal.")
ES_LEAD = ("Cientos de miles de surcoreanos piden que Park se vaya. Una marea humana ocupó ayer el centro de Seúl en "
           "una de las mayores protestas en décadas.")
TITLE = "Crowds in Seoul demand the president's resignation"


# What the rule reads (fails on main: no reader takes these lines)

@pytest.mark.parametrize("line, day", [
    ("13 NOV. 2016 " + ES_LEAD, "2016-11-13"),
    ("13.11.2016 (intv) " + LEAD, "2016-11-13"),  # numeric, a part over 12 deciding; the site's credit between
    ("12 November 201622.14 " + LEAD, "2016-11-12"),  # the year glued to the time of day
    (TITLE + " | 12 Nov 2016 | " + LEAD, "2016-11-12"),  # the title, the date and the lead joined by bars
    ("NOV. 12, 2016 " + LEAD, "2016-11-12"),  # a site's stamp in capitals (review 48: not spelt as prose spells it)
])
def test_a_date_run_into_the_story_gives_its_day(line, day):
    assert date_run_into_lead([TITLE, line]) == (day, line)


def test_a_page_opening_on_a_date_run_into_its_story_is_dated_by_it():
    found = described(f"{TITLE}\n\n12 November 201622.14 {LEAD}\n\n{LEAD}")
    assert found["date"] == "2016-11-12" and "run on" in found["date_provenance"]
    assert described(f"13 NOV. 2016 {ES_LEAD}")["date"] == "2016-11-13"  # the whole page one line, as copied
    assert described(f"{TITLE} | 12 Nov 2016 | {LEAD}")["date"] == "2016-11-12"
    assert described(f"{TITLE}\n\n13.11.2016 (intv) {LEAD}\n\n{LEAD}")["date"] == "2016-11-13"


# What it must not do

@pytest.mark.parametrize("line", [
    "June 29, 2012 – Signing postponed as " + LEAD,  # a chronology's entry
    "2016-11-12: " + LEAD,
    "November 12, 2016, " + LEAD,  # an apposition
    "November 12, 2016 " + LEAD,  # spelt as prose spells it: a timeline's entry (intake round 37; review 48)
    "On 12 November 2016 " + LEAD,  # a sentence naming the day
    "12 November 2016 Protests in Seoul",  # a heading's few words
    "05.09.2017 " + LEAD,  # a numeric day no order decides
    "12 November " + LEAD,  # no year
    "November 12, 2016" + LEAD,  # glued: `glued_date`'s own
    "Seoul, November 12, 2016 " + LEAD,  # a dateline: `place_dated_lead`'s own
])
def test_what_is_no_date_run_into_the_story_gives_none(line):
    assert date_run_into_lead([TITLE, line]) is None


def test_a_chronology_of_dated_lines_is_not_dated_by_its_first():
    entries = ["12 November 2016 " + LEAD, "19 November 2016 " + LEAD]
    assert date_run_into_lead([TITLE, *entries]) is None
    assert date_run_into_lead([TITLE, entries[0], "19 November 2016"]) is None


def test_a_date_line_above_the_story_stands_over_the_date_run_into_it():
    found = described(f"{TITLE}\n\nNovember 14, 2016\n\n12 November 201622.14 {LEAD}\n\n{LEAD}")
    assert found["date"] == "2016-11-14"


# Hostile texts

def test_the_date_run_into_the_story_is_read_quickly_on_hostile_lines():
    for what, line in (
            ("100,000 spaces after a date", "12 November 2016" + " " * 100_000 + "x"),
            ("a title of 100,000 letters before a bar", "A" * 100_000 + " | 12 Nov 2016 | " + LEAD),
            ("50,000 bars", " | " * 33_000 + "12 Nov 2016"),
            ("100,000 digits", "1" * 100_000),
            ("a title's 20,000 words then a bar", "word " * 20_000 + "| 1"),
            ("a date and 50,000 brackets", "12 November 2016 " + "(" * 50_000),
            ("a date and 25,000 words", "12 November 2016 " + "Word " * 25_000)):
        assert_runs_quickly(lambda: date_run_into_lead([TITLE, line]), what=what, forget=_first_reading.cache_clear)


# A date in brackets closing the title (fails on main: the two pages' texts are undated there)

REPORT = ("The test was the country's fourth, and the first it called a hydrogen bomb; this report sets out what is "
          "known and what the Congress may consider.")


@pytest.mark.parametrize("title, day", [
    ("North Korea's January 6, 2016, Nuclear Test [January 7, 2016]", "2016-01-07"),
    ("Scientists report signs of a new particle (Geneva, 4th July 2012)", "2012-07-04"),
    ("北朝鮮がミサイル発射 [2016/09/09 15:53]", "2016-09-09"),  # its time after it
    ("北朝鮮がミサイル発射 (2023年5月31日)", "2023-05-31"),
])
def test_a_date_in_brackets_closing_the_title_gives_its_day(title, day):
    assert title_tail_date(title)[0] == day


def test_a_page_whose_title_closes_on_a_bracketed_date_is_dated_by_it():
    for title, day in (("North Korea's January 6, 2016, Nuclear Test [January 7, 2016]", "2016-01-07"),
                       ("Scientists report signs of a new particle (Geneva, 4th July 2012)", "2012-07-04")):
        found = described(f"{title}\n\n{REPORT}")
        assert found["date"] == day and "closing the title" in found["date_provenance"]
    assert described(f"{TITLE} (January 7, 2016)\n\nJanuary 9, 2016\n\n{REPORT}")["date"] == "2016-01-09"


@pytest.mark.parametrize("title", [
    "헌법재판소 낙태죄 헌법불합치 [2019.04.11선고]",  # a word after the day: a ruling's
    "Korea Selatan dan Jepang menyepakati perjanjian hari Senin (14/11/2016) di Tokyo",  # within the words
    "The pact (signed November 23, 2016) and what it means",
    "Protests in Seoul (05.09.2017)",  # a numeric day no order decides
    "Protests in Seoul (November 12)",  # no year
    "Protests in Seoul (in Seoul, November 12, 2016)",  # words in lower case before it
    "Protests " * 30 + "(November 12, 2016)",  # a lead's sentence, not a title
])
def test_what_is_no_date_closing_the_title_gives_none(title):
    assert title_tail_date(title) is None


def test_the_title_s_date_is_read_quickly_on_hostile_titles():
    for what, title in (
            ("100,000 opening brackets", "(" * 100_000),
            ("a bracket and 100,000 spaces", "Title (" + " " * 100_000),
            ("50,000 bracketed dates", "(January 7, 2016)" * 6_000),
            ("100,000 letters in brackets", "(" + "A" * 100_000 + ")"),
            ("a place of 100,000 letters", "(G" + "e" * 100_000 + ", 4th July 2012)")):
        assert_runs_quickly(lambda: title_tail_date(title), what=what, forget=_first_reading.cache_clear)

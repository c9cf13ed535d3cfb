"""A date line that prints no year ("Nov. 22 07:00 am JST", "NHK -- Aug 22"):
corpus/intake/yearless.py, its year from a date the text names (page alone) or from the span of
the user's library at `add` (corpus/span_dates.py), marked inferred; else unknown."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.yearless import yearless_date_line
from corpus.library import add_paths
from corpus.metadata import date_from_page
from tests.test_span_dates import article_of, dated_export

BODY = ("South Korea said it would not renew its intelligence-sharing agreement with Japan, "
        "with relations between the two strained over trade and wartime labor, officials said.\n"
        "Japan removed South Korea from its list of trusted trading partners on Aug. 2, 2019, "
        "a step that takes effect next week, the ministry said.\n")
# No date, and no listed event reported (`corpus.intake.event_years` would give its year).
UNDATED_BODY = BODY.replace(" on Aug. 2, 2019,", "").replace(
    "said it would not renew its intelligence-sharing agreement with Japan",
    "said it would take Japan's export curbs to the World Trade Organization")


@pytest.mark.parametrize("line, month_day, weekday", [
    ("Nov. 22 07:00 am JST", (11, 22), None),  # a site printing the year only for past years
    ("NHK -- Aug 22", (8, 22), None),  # a repost of a broadcaster's story
    ("Fri, Nov 22", (11, 22), 4),
    ("Updated: Nov 22, 17:05 KST", (11, 22), None),
    ("Kyodo | Nov 22 at 5:05 p.m.", (11, 22), None),
])
def test_yearless_date_lines(line, month_day, weekday):
    found = yearless_date_line(line)
    assert (found.month, found.day) == month_day and found.weekday == weekday


@pytest.mark.parametrize("line", [
    "Nov. 22 talks", "May 5 was a holiday", "Talks -- Nov 22",  # not a listed outlet's name
    "November 22, 2019",  # a year: a date line read as such
    "May 32",
])
def test_not_yearless_date_lines(line):
    assert yearless_date_line(line) is None


def test_its_year_from_a_date_the_text_names_marked_inferred():
    found = date_from_page(clean_page("Seoul to let the pact lapse\nNHK -- Aug 22\n" + BODY))
    assert found.value == "2019-08-22"
    assert found.provenance.startswith("inferred from the date line 'NHK -- Aug 22'")
    assert "Aug. 2, 2019" in found.provenance


def test_no_year_without_evidence_nor_against_the_line_s_weekday():
    assert date_from_page(clean_page("Seoul to let the pact lapse\nAug 22\n" + UNDATED_BODY)) is None
    # The decision of 22 Aug 2019, told in the lead, is evidence.
    reported = BODY.replace(" on Aug. 2, 2019,", "")
    found = date_from_page(clean_page("Seoul to let the pact lapse\nAug 22\n" + reported))
    assert found.value == "2019-08-22" and "South Korea decides to end the pact" in found.provenance
    # 22 August 2019 was a Thursday: a line saying Friday rules the year out
    assert date_from_page(clean_page("Seoul to let the pact lapse\nFri, Aug 22\n" + BODY)) is None


def test_at_add_its_year_from_the_library_span(tmp_path, corpus):
    root = tmp_path / "data"
    add_paths([dated_export(tmp_path / "a.jsonl", "2019-08-01", "2019-09-02", "2019-10-23")],
              {}, corpus, root)
    page = tmp_path / "nhk.txt"
    page.write_text("Seoul to let the pact lapse\nNHK -- Aug 22\n" + UNDATED_BODY, encoding="utf-8")
    add_paths([page], {}, corpus, root)
    found = article_of(root, "Seoul to let the pact lapse")
    assert found.date == "2019-08-22"
    assert found.date_provenance.startswith(
        "inferred from the date line 'NHK -- Aug 22', which prints no year: its year from the "
        "span of your library")

"""Datelines wherever they stand in the opening lines, their credits, and their years."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.datelines import find_dateline, read_dateline
from corpus.intake.years import infer_year
from corpus.metadata import Found, date_from_page, outlet_from_page

LEAD = ("South Korea and Japan on Wednesday signed a military intelligence-sharing pact, the "
        "first since 1945, despite protests at home, officials said.")


@pytest.mark.parametrize("line, credit, month_day, year", [
    ("SEOUL, Nov. 23, Kyodo", "Kyodo", (11, 23), None),
    ("SEOUL, Nov. 9 (Yonhap) -- South Korea said", "Yonhap", (11, 9), None),
    ("MOSCOW (Sputnik) — South Korea said", "Sputnik", None, None),
    ("SEOUL (AA) – South Korea said", "AA", None, None),
    ("Seoul (CNN) — South Korea said", "CNN", None, None),
    ("SEOUL, South Korea (AP) — South Korea said", "AP", None, None),
    ("TOKYO, 23 November (AFP) - Japan said", "AFP", (11, 23), None),
    ("SEOUL, Aug. 22, 2019 -- Seoul said", None, (8, 22), 2019),
    ("Pyongyang, November 26 (KCNA) -- A newspaper wrote", "KCNA", (11, 26), None),
    ("Aug. 22 (UPI) -- Japan said", "UPI", (8, 22), None),
    ("SEOUL/NAGOYA, Japan (Reuters) - South Korea said", "Reuters", None, None),
    ("(CNN) — South Korea and Japan signed", "CNN", None, None),
    ("(CNN)A North Korean missile flew", "CNN", None, None),
    ("(GPA) Seoul – Tokyo and Seoul agreed", "GPA", None, None),
    ("(Bloomberg) -- Japan and South Korea", "Bloomberg", None, None),
    ("SEOUL (UrduPoint News / Sputnik - 09th January, 2020) South Korea may", "UrduPoint News / Sputnik",
     (1, 9), 2020),
    # a dated dateline whose credit no dash follows (IANS, PTI), or with no credit
    ("Seoul, Nov 22 (IANS) South Korea's cabinet approved", "IANS", (11, 22), None),
    ("NEW DELHI, Nov 22 (PTI) India said", "PTI", (11, 22), None),
    ("Tokyo, July 8: Shinzo Abe was shot", None, (7, 8), None),
    ("ANKARA, February 6. /TASS/. Turkey's disaster agency said", "TASS", (2, 6), None),
    ("KABUL, (AFP) – The Taliban said", "AFP", None, None),
    ("ISLAMABAD, Nov 23 (Agencies) - Pakistan said", None, (11, 23), None),  # credits no one
    # the wire's credit before its date, as sites reprinting wire copy print it
    ("Seoul (AFP) June 29, 2012", "AFP", (6, 29), 2012),
    ("Tokyo (UPI) Nov 23, 2016 Japan said", "UPI", (11, 23), 2016),
    ("Tokyo (dpa) - Japan's government said", "dpa", None, None),  # a listed lower-case credit
    ("Seoul [South Korea], March 16 (ANI): South Korea said", "ANI", (3, 16), None),
    ("ANKARA, Feb 6 (Reuters) -", "Reuters", (2, 6), None),  # its text on the next line
    ("LONDON (AFP) -", "AFP", None, None),
    ("Baku, Azerbaijan, Feb. 6", None, (2, 6), None),  # alone on its line (Trend)
    ("BAKU, Azerbaijan, February 6. Turkey's president said", None, (2, 6), None),
    ("ABU DHABI, 6th February, 2023 (WAM) -- The UAE sent", "WAM", (2, 6), 2023),
    ("MOSCOW. Feb 6 (Interfax) - Russia offered", "Interfax", (2, 6), None),
    ("Tokyo, Jul 8 (EFE).- Former prime minister", "EFE", (7, 8), None),
    ("Riyadh, February 06, 2023, SPA -- The Kingdom sent", "SPA", (2, 6), 2023),
    ("Baku, February 6, AZERTAC Azerbaijan has sent", "AZERTAC", (2, 6), None),
    ("Tehran, IRNA -- Iran's foreign ministry said", "IRNA", None, None),
])
def test_dateline_forms(line, credit, month_day, year):
    dateline = read_dateline(line)
    assert dateline.credit == credit
    assert ((dateline.month, dateline.day) if dateline.dated else None) == month_day
    assert dateline.year == year


@pytest.mark.parametrize("line", [
    "SEOUL — South Korea said",  # a place alone says neither who nor when
    "President Moon (left) — talks went on",
    "WASHINGTON, Nov. 23 (Yonhap photo) -- x",  # a photo credit
    "Japan (and Korea) - no",
    "(Updated) The pact was signed",
    "(FOCUS) Seoul and Tokyo",
    "(AP) Seoul said the pact was final",
    "The Korea Herald",
    "Seoul (IANS) said the ministry",  # no date, no dash and no sentence starting after it
    "Seoul, Nov. 22 (Yonhap) said the ministry",  # the text after it is no sentence's start
    "Paris, June 5: a sentence goes on",
    "ISLAMABAD (Agencies) - Pakistan said",  # a place and no one
    "In Seoul, the pact (GSOMIA) - was signed",
    "Seoul (sic) - the word",  # lower case and not a listed outlet
    "Tuesday, 07 Feb 2023",  # a site's date line
    "WEDNESDAY, Nov. 23 (Updated) -",
    "In Seoul, Nov. 22. the talks",
    "Seoul, KOREA - The talks went on",  # capitals without brackets: only a listed outlet
    "Seoul, Nov. 23, THE Talks Resumed",
    "Headlines, August 23, 2019",  # a dated line alone, with its year: a date line
    "Seoul (South Korea) June 29, 2012",  # a region in brackets: only a listed wire is a credit
    "Moon (left) June 29, 2012 was a day",
])
def test_not_datelines(line):
    assert read_dateline(line) is None


def test_a_dateline_after_an_editors_line_and_on_its_own_line():
    lines = ["Opposition vows to fight pact", "(ATTN: RECASTS lead; ADDS details)",
             "SEOUL, Nov. 9 (Yonhap) -- " + LEAD]
    assert find_dateline(lines).credit == "Yonhap"
    page = clean_page("Pact signed\nSEOUL, Nov. 23, Kyodo\n" + LEAD + "\n")
    assert outlet_from_page(page).value == "Kyodo News"
    assert not any(p.startswith("SEOUL") for p in page.paragraphs)  # metadata, not a passage


def test_the_year_from_the_page_date_and_the_wire_date_winning():
    page = clean_page("Pact signed\nNov. 24, 2016\nSEOUL, Nov. 23 (Yonhap) -- " + LEAD + "\n")
    found = date_from_page(page)
    assert found.value == "2016-11-23"
    assert found.provenance.startswith("inferred from the dateline 'SEOUL, Nov. 23 (Yonhap)'")
    assert "2016-11-24 printed on the page" in found.provenance  # both kept


def test_a_dated_dateline_wins_over_a_reposting_page_and_keeps_its_date():
    page = clean_page("Pact signed\nPosted November 30, 2016\n"
                      "SEOUL, Nov. 23, 2016 (Yonhap) -- " + LEAD + "\n")
    found = date_from_page(page)
    assert found.value == "2016-11-23"
    assert "2016-11-30 printed on the page" in found.provenance


def test_the_weekday_the_lead_names_confirms_a_year_but_never_gives_one():
    text = LEAD + "\nThe talks broke down in 2012 and resumed this year, in 2016."
    met = "The two ministers met in Tokyo on Wednesday to discuss the pact, officials said."
    assert infer_year(11, 23, [], met + "\nThe talks broke down in 2012.", met) is None  # weekday, years: none
    confirmed = infer_year(11, 23, [("2016-11-24", "printed")], text, LEAD)
    assert confirmed.year == 2016
    assert confirmed.reason.endswith("the lead names Wednesday, which that day was")
    doubted = infer_year(11, 23, [("2016-11-24", "printed")], "x", "They met on Tuesday.")
    assert doubted.reason.endswith("the lead names Tuesday, though that day was a Wednesday")


def test_the_year_from_a_full_date_the_text_names():
    text = "The two sides reached a tentative deal on Nov. 14, 2016 after talks."
    assert infer_year(11, 23, [], text, "They signed it.").year == 2016


def test_no_year_without_evidence_and_the_page_date_before_a_weekday():
    assert infer_year(11, 23, [], "They signed it.", "They signed it.") is None
    assert infer_year(11, 23, [("2017-02-15", "printed")], "They signed it.", "x") is None
    # the lead's "Tuesday" (the day before, in a story filed the next morning) does not
    # outweigh the page's own date
    lead = "They signed it on Tuesday."
    assert infer_year(11, 23, [("2016-11-24", "printed")], lead + " As in 2015.", lead).year == 2016


def test_an_undated_dateline_leaves_the_page_date():
    page = clean_page("Pact signed\nNovember 23, 2016\nMOSCOW (Sputnik) — " + LEAD + "\n")
    assert date_from_page(page) == Found("2016-11-23", "printed on the page: 'November 23, 2016'")
    assert outlet_from_page(page).value == "Sputnik"

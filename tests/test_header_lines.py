"""Forms met in the header lines of real sites (tests/fixtures/header_lines, issue 13), each
read as the intake reads it, and the set's evaluation (bench/header_lines_eval.py). The lines
are in the forms the set's pages print; the words around them are our own."""

from __future__ import annotations

import json

import pytest

from bench import header_lines_eval
from corpus.cleaning import clean_page
from corpus.intake import credit_lines, credits, first_appeared, site_lines
from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from tests.test_metadata_credit_lines import date_of
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

BODY = ("Officials said further talks would follow and that no decision had been taken yet.\n"
        "Both sides described the meeting as useful and agreed to stay in touch.\n")


@pytest.mark.parametrize("line, value", [
    ("Evans: What is the point of extending Article 50?published at 20:56 Greenwich Mean Time "
     "12 March 2019", "2019-03-12"),
    ("PUBLICIZING JAPAN'S EXPORT CURBS News Today 입력 2019.07.18 (14:55) 수정 2019.07.18 (16:49)",
     "2019-07-18"),
    ("2019年11月22日 18時06分", "2019-11-22"),
    ("tv   News  Al Jazeera  March 10, 2023 9:00pm-10:01pm AST", "2023-03-10"),
    ("BBC News Broadcast 9th November 2017 © BBC British Broadcasting Corporation", "2017-11-09"),
    ("Tuesday, 22 November 2022 – Police in the capital said patrols had led to six arrests.",
     "2022-11-22"),
    ("HOUSTON, TX March 21, 2012 The company today reported its second-quarter results.",
     "2012-03-21"),
])
def test_date_lines_of_real_sites(line, value):
    assert find_date_line(line).value == value


@pytest.mark.parametrize("line", [
    "2025-05-01 20:152634 view",  # a list of other stories, each with its count of views
    "June 29, 2012 – Signing postponed at the last minute",  # a timeline's entry: no weekday
    "Evans said the report was published at 20:56 on 12 March 2019 by the committee",
])
def test_not_the_pages_date(line):
    assert find_date_line(line) is None


@pytest.mark.parametrize("above, under, value", [
    ("UPDATE : 2019.7.22 MON 10:50\nHOME Headline",
     "Tuesday, November 28, 2017\nYour Excellency:\nKorea Post Media", "2017-11-28"),
    ("MercoPress, en Español\nMontevideo, March 14th 2026 - 03:54 UTC",
     "Argentina\n• Thursday, August 17th 2023 - 11:46 UTC", "2023-08-17"),
])
def test_a_sites_clock_above_the_titles_gives_way_to_the_date_under_the_title(above, under, value):
    raw = f"{above}\nOfficials weigh the next steps after a round of talks\n{under}\n\n{BODY}"
    assert date_of(raw) == value


def test_a_web_address_alone_is_not_joined_to_the_date_line_above_it():
    raw = ("Pact talks resume\n2019年11月22日 18時06分\n"
           "https://www3.nhk.or.jp/news/html/20191122/k10012187581000.html\n\n" + BODY)
    assert date_of(raw) == "2019-11-22"


@pytest.mark.usefixtures("private_config")
@pytest.mark.parametrize("lines, outlet", [
    ("LIVE BLOG\nBy HT Correspondent | Jun 26, 2018 12:54 IST", "Hindustan Times"),
    ("ByHT News Desk, New Delhi", "Hindustan Times"),
    ("Live\nBy hindustantimes.com\nPUBLISHED ON JUN 09, 2021 11:06 AM IST", "Hindustan Times"),
    ("(JNS) During a visit to the holy site, the minister said the city was safe.",
     "Jewish News Syndicate"),
    ("logo\nKhaleej Times2 days ago", "Khaleej Times"),
])
def test_outlets_in_the_header(lines, outlet):
    assert outlet_of(f"Officials weigh the next steps\n{lines}\n\n{BODY}") == outlet


@pytest.mark.usefixtures("private_config")
@pytest.mark.parametrize("closing, outlet", [
    ("(Xinhua) |", "Xinhua"),
    ("Copyright © 2020 CGTN. Beijing ICP prepared NO.16065310-3", "CGTN"),
    ("from Reuters: Money News https://ift.tt/2w3NrxH\nvia Blogger https://ift.tt/3aAmpNl",
     "Reuters"),
    ("The Kenyan DAILY POST.", "The Kenyan Daily Post"),
])
def test_outlets_after_the_text(closing, outlet):
    assert outlet_of(f"Officials weigh the next steps\n\n{BODY}\n{closing}\n") == outlet


@pytest.mark.usefixtures("private_config")
@pytest.mark.parametrize("lines, outlet", [
    ("amn_close.png\nNational\n• Politics\n• Foreign Affairs", None),  # a menu's items
    ("The Sun (Malaysia) - - NEWS WITHOUT BORDERS -", "The Sun (Malaysia)"),  # not "Malaysia"
    ("Fri November 8, 2013\nOriginally published on Fri November 8, 2013 8:17 am", None),
])
def test_not_a_credit(lines, outlet):
    assert outlet_of(f"Officials weigh the next steps\n{lines}\n\n{BODY}") == outlet


def test_the_forms_read_one_by_one():
    directory = outlets()
    assert credits.byline_credit("By HT Correspondent | Jun 26, 2018 12:54 IST", directory) == "HT"
    assert read_dateline("The Sun (Malaysia) - - NEWS WITHOUT BORDERS -") is None
    assert read_dateline("(JNS) During a visit, the minister spoke.").credit == "JNS"
    assert read_dateline("(AP) Seoul said the pact was final") is None
    assert first_appeared.first_appeared_credit(
        "Originally published on Fri November 8, 2013 8:17 am", directory) is None
    assert credit_lines.glued_credit("Khaleej Times2 days ago", directory) == "Khaleej Times"
    assert site_lines.feed_credit("from Reuters: Money News https://ift.tt/2w3NrxH",
                                  directory) == "Reuters"
    closing = clean_page("Title\n" + BODY + "\nKey words : Kishida yoon met\n").paragraphs
    assert not any("Key words" in paragraph for paragraph in closing)


# -- the set and its evaluation -----------------------------------------------------------------

def test_the_set_is_broad_and_split_by_site():
    entries = header_lines_eval.load_set()
    sites = {entry["site"] for entry in entries}
    assert len(entries) >= 190 and len(sites) >= 120
    halves = {entry["site"]: entry["half"] for entry in entries}
    assert all(halves[entry["site"]] == entry["half"] for entry in entries)  # a site in one half
    assert {entry["half"] for entry in entries} == set(header_lines_eval.HALVES)


def test_the_evaluation_reports_right_unknown_and_wrong_for_each_half():
    report = header_lines_eval.run()
    for name in (*header_lines_eval.HALVES, "together"):
        summary = (report["halves"].get(name) or report[name])["summary"]
        for fact in ("outlet", "date"):
            counts = summary[fact]
            assert {"right", "unknown", "wrong"} <= set(counts)
            assert counts["right"] + counts["unknown"] <= counts["labelled"] <= summary["pages"]
            assert counts["wrong"] <= summary["pages"]
    text = header_lines_eval.render(report)
    assert "writing" in text and "aside" in text and "right/unknown/wrong" in text


def test_a_page_is_built_as_a_user_brings_it():
    text = header_lines_eval.page_text(["Published Aug 16, 2021 02:22 pm"], ["Source link"],
                                       ["Daily Mirror", "Mon, 03 Jun 2024 Today's Paper"])
    lines = text.splitlines()
    assert lines[:3] == ["Daily Mirror", "Mon, 03 Jun 2024 Today's Paper", header_lines_eval.HEADLINE]
    assert lines[3] == "Published Aug 16, 2021 02:22 pm"
    assert header_lines_eval.PARAGRAPH in text and lines[-1] == "Source link"


def test_a_bad_set_file_is_one_clear_line(tmp_path, capsys):
    bad = tmp_path / "set.json"
    bad.write_text(json.dumps([{"url": "https://x.example", "site": "x.example", "half": "b",
                                "lines": ["x"]}]), encoding="utf-8")
    assert header_lines_eval.main(["--set", str(bad)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("error:") and str(bad) in error and "\n" not in error
    bad.write_text("{", encoding="utf-8")
    assert header_lines_eval.main(["--set", str(bad)]) == 2

"""Dates as pages print them: every form, its surroundings, and the ambiguous ones left unknown."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.printed_dates import find_date_line, numeric_order_of, read_date
from corpus.metadata import date_from_page


@pytest.mark.parametrize("line, value", [
    ("All Headlines 19:18 November 09, 2016", "2016-11-09"),
    ("12:12 PM, November 12, 2016", "2016-11-12"),
    ("Updated 1:05 AM ET, Wed November 23, 2016", "2016-11-23"),
    ("Fri, 06/29/2012 - 2:49am", "2012-06-29"),
    ("22.08.2019", "2019-08-22"),
    ("20, Nov. 2019", "2019-11-20"),  # a comma after the day
    ("Date 23.11.2016", "2016-11-23"),
    ("23 Nov 16", "2016-11-23"),
    ("Published : Nov. 24, 2016 - 09:42", "2016-11-24"),
    ("15:52 23 November 2016", "2016-11-23"),
    ("2016-11-23T10:00:00+09:00", "2016-11-23"),
    ("Posted: 2019.08.22 17:30", "2019-08-22"),
    ("Updated 22:55, 22-Aug-2019", "2019-08-22"),
    ("NOV 23, 2016", "2016-11-23"),
    ("[November 22, 2019]", "2019-11-22"),
    ("June 29, 2012 by admin", "2012-06-29"),
    ("Thursday, 22 August 2019", "2019-08-22"),
    ("News Today 입력 2019.08.23 (15:05) 수정 2019.08.23 (16:58)", "2019-08-23"),
    ("November 2016", "2016-11"),
    ("2016年11月23日 10:05", "2016-11-23"),
    ("입력 2016년 11월 23일 15:05", "2016-11-23"),
    ("Wednesday 23 November 2016 09.42 GMT", "2016-11-23"),
    ("By Reuters | Nov 23, 2016, 02.34 PM IST", "2016-11-23"),
    ("Mohammad Ali (@ChaudhryMAli88) 6 minutes ago Thu 09th January 2020 | 11:30 AM", "2020-01-09"),
    ("Posted on : Nov.23,2019 16:22 KST", "2019-11-23"),  # no space after the month's dot
    ("Nov.23, 2019", "2019-11-23"),
    ("November 22, 20196:02 PM UTCUpdated 4 years ago", "2019-11-22"),  # run together as copied
    ("Sat, Nov 23, 2019 page4", "2019-11-23"),  # a print edition's page
    ("Asia-Pacific | Nov 22, 2019 | 4 min read", "2019-11-22"),
    ("Posted by admin on November 22, 2019 in World", "2019-11-22"),  # a blog's byline, category
    ("2019. 11. 22. 14:05", "2019-11-22"),
    ("The Korea TimesNov 22, 2019", "2019-11-22"),  # a masthead and the date run together
    ("Kyodo NewsNov 22, 2019 - 19:02", "2019-11-22"),
    ("2019-11-22 | Korea | Diplomacy | 3 min", "2019-11-22"),
    ("Posted November 22, 2019 by Jane Roe & filed under Asia, News.", "2019-11-22"),
])
def test_date_lines_with_what_stands_around_them(line, value):
    assert find_date_line(line).value == value


@pytest.mark.parametrize("line, value", [
    ("May 18, 2016 / 5:10 PM / a year ago", "2016-05-18"),  # the page's age, worded
    ("October 26, 2016 / 6:09 AM / 10 months ago", "2016-10-26"),
    ("May 18, 2016 / an hour ago", "2016-05-18"),
])
def test_a_date_line_with_the_page_s_age(line, value):
    assert find_date_line(line).value == value


def test_a_date_after_the_headline_gives_both():
    printed = find_date_line("S. Korea, Japan sign military pact – 23 Nov 2016")
    assert printed.value == "2016-11-23"
    assert printed.before == "S. Korea, Japan sign military pact"


def test_labels_say_published_or_updated():
    assert find_date_line("Updated 1:05 AM ET, Wed November 23, 2016").label == "updated"
    assert find_date_line("Posted : 2018-02-09 22:37").label == "posted"


@pytest.mark.parametrize("line", [
    "05/06/2019",  # day-first or month-first: nothing decides
    "05.06.2019",
    "Thu, 23 Nov 2016 10:00",  # 23 Nov 2016 was a Wednesday: a misreading, not a date
    "The pact was signed on Nov. 23, 2016.",  # a sentence, not a date line
    "Nov. 23, 16 people were hurt",
    "© 2019",  # a copyright year is never a day
    "Copyright 2016 The Japan Times. All rights reserved.",
    "2016",
])
def test_ambiguous_or_not_a_date_line_is_unknown(line):
    assert find_date_line(line) is None


def test_a_weekday_or_the_page_decides_a_numeric_order():
    assert find_date_line("Mon, 05/06/2019").value == "2019-05-06"  # 6 May was a Monday
    assert numeric_order_of(["Posted 22/08/2019", "05/06/2019"]) == "dmy"
    assert find_date_line("05/06/2019", "dmy").value == "2019-06-05"
    assert numeric_order_of(["06/29/2012", "22.08.2019"]) == ""  # the page disagrees with itself


def test_two_digit_years_and_impossible_dates():
    assert read_date("Nov. 23, '16") == "2016-11-23"
    assert read_date("11/23/16") == "2016-11-23"
    assert read_date("Feb 30, 2016") is None
    assert read_date("12-11-16") is None  # a hyphenated two-digit form is as often a code


def test_the_page_prefers_published_to_updated():
    page = clean_page("Pact signed\nUpdated 9:00 AM, Nov 25, 2016\nPublished 1:00 PM, Nov 23, 2016\n"
                      "South Korea and Japan signed a military intelligence pact on Wednesday "
                      "in Seoul, officials said.\n")
    assert date_from_page(page).value == "2016-11-23"


def test_a_date_line_among_the_first_body_lines_is_found_and_not_a_passage():
    raw = ("Pact signed\nSouth Korea and Japan signed a long-awaited military intelligence pact "
           "on Wednesday in Seoul, officials said.\n12:12 PM, November 23, 2016\n"
           "The deal took effect at once, the defense ministry said in a statement.\n")
    page = clean_page(raw)
    assert date_from_page(page).value == "2016-11-23"
    assert not any("12:12 PM" in paragraph for paragraph in page.paragraphs)


def test_a_page_printing_no_date_stays_undated():
    page = clean_page("Pact signed\nSouth Korea and Japan signed a military intelligence pact on "
                      "Wednesday, the first since 1945, officials said.\n© 2019 Some Blog\n")
    assert date_from_page(page) is None


def test_an_html_page_with_only_a_copyright_year_is_undated(tmp_path):
    from corpus.formats import read_articles
    from corpus.library import describe_received

    page = tmp_path / "page.html"
    body = "".join(f"<p>South Korea and Japan signed a military intelligence pact, paragraph {n}, "
                   "officials said on Wednesday in Seoul.</p>" for n in range(6))
    page.write_text(f"<html><head><title>Pact signed</title></head><body><article><h1>Pact "
                    f"signed</h1>{body}</article><footer>© 2019 Some Site</footer></body></html>",
                    encoding="utf-8")
    received = next(read_articles(page))
    assert received.stated.get("date") is None  # trafilatura alone says 2019-01-01
    assert describe_received(received, {}, str(page), page)["date"] is None


def test_an_html_page_s_published_time_is_read_by_htmldate(tmp_path):
    from corpus.formats import publication_date

    html = ('<html><head><meta property="article:published_time" content="2016-11-23T10:00:00+09:00">'
            "</head><body><p>© 2019</p></body></html>")
    assert publication_date(html) == "2016-11-23"


@pytest.mark.parametrize("line, value, label", [
    ("Source: Xinhua| 2019-08-22 19:41:00|Editor: huaxia", "2019-08-22", ""),
    ("Written: 2019-08-29 16:59:03 / Updated: 2019-08-29 17:47:15", "2019-08-29", "written"),
])
def test_labelled_parts_beside_the_date(line, value, label):
    printed = find_date_line(line)
    assert (printed.value, printed.label, printed.rest) == (value, label, "")


def test_dates_in_addresses():
    from corpus.metadata import date_from_url

    assert date_from_url("https://www.upi.com/Top_News/2023/03/16/x/1/").value == "2023-03-16"
    assert date_from_url("https://sputnikglobe.com/20161123/tokyo-seoul-1047773046.html").value \
        == "2016-11-23"
    assert date_from_url("https://example.com/2016/13/40/a") is None
    assert date_from_url("https://example.com/article/201611230012") is None  # an id, not a date


BODY = ("Ministers in Tokyo and Seoul traded barbs on Friday over the end of the intelligence "
        "pact, officials on both sides said.\n")


@pytest.mark.parametrize("top", ["Tuesday, March 3, 2026", "72.1 F\nBoston\nTuesday, March 3, 2026"])
def test_the_masthead_s_date_of_reading_above_the_title_is_not_the_article_s(top):
    undated = clean_page(f"{top}\nLeaders trade barbs over the ended pact\n{BODY}")
    assert date_from_page(undated) is None
    dated = clean_page(f"{top}\nLeaders trade barbs over the ended pact\nAug 23. 2019\n{BODY}")
    assert date_from_page(dated).value == "2019-08-23"


def test_a_weekday_date_under_the_title_is_the_article_s():
    page = clean_page(f"Leaders trade barbs over the ended pact\nFriday, 23 August 2019\n{BODY}")
    assert date_from_page(page).value == "2019-08-23"


def test_a_comma_after_the_day_only_with_a_space():
    assert find_date_line("20, Nov. 2019").value == "2019-11-20"
    assert find_date_line("Issues 19,20 Nov. 2019").value == "2019-11"  # numbers run together


def test_a_year_after_a_comma_without_a_space():
    assert find_date_line("World - Jane Roe - Nov 23,2016").value == "2016-11-23"
    assert find_date_line("Nov 23,16 people were hurt") is None  # two digits: a count
    assert find_date_line("Nov 23, 20196 people were hurt") is None  # not a time after it
    assert read_date("Nov.2019") is None and find_date_line("May2 2019") is None
    assert find_date_line("Posted by admin on November 22, 2019 in which we said") is None
    assert find_date_line("Posted by admin on November 22, 2019").label == "posted"
    assert find_date_line("Posted November 22, 2019 by the ministry to explain the plan") is None


def test_the_date_a_closing_first_appeared_credit_gives():
    page = clean_page("Abe dies\nTokyo, July 8: " + BODY + "(The above story first appeared on "
                      "LatestLY on Jul 08, 2022 02:49 PM IST. For more news, log on to our site).\n")
    found = date_from_page(page)
    assert found.value == "2022-07-08" and "credit gives the original" in found.provenance
    page = clean_page("Abe dies\n" + BODY + "Originally published on July 3, 2019.\n")
    assert date_from_page(page).value == "2019-07-03"
    page = clean_page("Abe dies\n" + BODY + "This article was published on 3 July 2019.\n")
    assert date_from_page(page).value == "2019-07-03"  # the piece speaking of itself


def test_the_original_s_date_wins_over_the_reposting_page_s_and_both_are_kept():
    page = clean_page("Tactical retreat on the pact\n2019.12.05\n" + BODY +
                      "This article appeared in the japan times on November 25, 2019.\n")
    found = date_from_page(page)
    assert found.value == "2019-11-25"
    assert "2019-12-05 printed on the page" in found.provenance


@pytest.mark.parametrize("line", [
    "This story first appeared in print on Monday.",  # no date
    "The idea first appeared in talks on June 29, 2012, officials said.",  # the story's sentence
    "Posted on Nov 30, 2016 by jim",  # a comment's date
    "It first appeared on Sputnik on July 30, 2019.",  # not a credit of this piece
    "The plan was published on July 30, 2019.",  # not the piece
])
def test_not_an_original_s_date(line):
    page = clean_page("Abe dies\nAugust 2, 2019\n" + BODY * 12 + line + "\n")
    assert date_from_page(page).value == "2019-08-02"

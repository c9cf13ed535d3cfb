"""Issue 13's hundred-and-fifteenth intake round, on texts of our own: a copy's credit naming a listed outlet beside a
full day ("(USA Today, Sept 14,2017): On Friday …" opening the lead, "Read more : CNN, 13.05.2017" under the story's
last paragraph, "2018年07月6日 BBC <address>" under the title) dates a page that prints no other date. The negatives
keep what must not change: a related link's title before the name, authors between the name and the day, an unlisted
name or a section's word, a day without its year, a numeric day no order decides, a credit amid a blog's own words or
under a list of links, two credits of different days, and a page whose own date line stands over the credit."""

from __future__ import annotations

import pytest

from corpus.intake.credited_days import credit_lines, credited_day, credited_day_of
from corpus.intake.date_readings import _first_reading
from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

TITLE = "Missile flies over northern Japan"
LEAD = ("North Korea fired a ballistic missile over northern Japan early on Friday, the second such launch in a "
        "month, and residents were told to take cover.")
MORE = ("The missile flew for about 3,700 kilometres and fell into the Pacific Ocean, the defence ministry in Tokyo "
        "said, and no damage to ships or aircraft was reported.")


# What the rule reads (fails on main: no reader takes these credits)

@pytest.mark.parametrize("line, day", [
    ("(USA Today, Sept 14,2017): " + LEAD, "2017-09-14"),  # opening the copied lead
    ("Read more : CNN, 13.05.2017", "2017-05-13"),  # a pointer, the name, a day in dots a part over 12 decides
    ("2018年07月6日 BBC https://www.bbc.com/japanese/44733790", "2018-07-06"),  # the day first, the address after
    ("(朝日新聞 2010年6月2日9時57分)http://bit.ly/asEtJJ", "2010-06-02"),  # in brackets, with its time
    ("Source: Reuters, November 23, 2016 10:42", "2016-11-23"),
    ("Yonhap 2016-11-23", "2016-11-23"),
])
def test_a_credit_naming_its_outlet_beside_a_full_day_gives_that_day(line, day):
    assert credited_day(line, outlets()) == day


def test_a_numeric_day_is_read_in_the_order_the_page_decides():
    assert credited_day("Read more : CNN, 09.05.2017", outlets()) is None  # nothing decides: left
    assert credited_day("Read more : CNN, 09.05.2017", outlets(), "dmy") == "2017-05-09"


def test_a_page_whose_copied_story_is_credited_beside_its_day_is_dated_by_it():
    found = described(f"{TITLE}\n\n(USA Today, Sept 14,2017): {LEAD}\n\n{MORE}")
    assert found["date"] == "2017-09-14" and "credit beside its outlet" in found["date_provenance"]
    assert described(f"{TITLE}\n\n{LEAD}\n\n{MORE}\n\nRead more : CNN, 15.09.2017")["date"] == "2017-09-15"


# What it must not do

@pytest.mark.parametrize("line", [
    "▽日韓関係強化に取り組む機会にしたい、岸田首相<ロイター日本語版>2023年3月9日6:57 午後",  # a related link's title
    "bloomberg News, Yalman Onaran and Christopher Scinta, 15.09.2008",  # authors between
    "Harbour Weekly Gazette, November 23, 2016",  # an unlisted name
    "Metro 2016-11-23",  # a listed name that is also a section's word
    "Seoul, November 23, 2016",  # a place
    "Reuters, November 23",  # no year
    "(Reuters, November 23, 2016) the pact was signed in Seoul after a month of talks",  # no colon or dash after it
    "November 23, 2016",  # a day alone: a date line's, not a credit's
])
def test_what_is_no_credit_beside_a_full_day_gives_none(line):
    assert credited_day(line, outlets()) is None


def test_a_credit_is_read_only_where_a_copy_prints_it():
    credit = "(朝鮮日報 2012/04/20)"
    own_words = "朝鮮日報4/20によると、北朝鮮は衛星打ち上げを続けると表明した。"
    quoted = "北朝鮮の朝鮮宇宙空間技術委員会は19日、報道官談話で、衛星を引き続き打ち上げると発表した。"
    # amid a blog's own words and a quotation: neither under the title, opening the lead nor under the last paragraph
    opening = (TITLE, "[4/20追記]", own_words, credit, quoted)
    assert credited_day_of(credit_lines(TITLE, opening, (own_words, quoted), opening), outlets()) is None
    # under a list of related links, not under the story's last paragraph
    closing = (TITLE, LEAD, MORE, "SEE ALSO:", "Source: Reuters, November 24, 2016")
    assert credited_day_of(credit_lines(TITLE, closing[:3], (LEAD, MORE), closing), outlets()) is None
    # two credits of different days: neither
    lines = ["Yonhap 2016-11-23", "Source: Reuters, November 24, 2016"]
    assert credited_day_of(lines, outlets()) is None
    assert credited_day_of(lines[:1], outlets()) == ("2016-11-23", "Yonhap 2016-11-23")


def test_the_page_s_own_date_stands_over_its_credit_s():
    found = described(f"{TITLE}\nNovember 24, 2016\n\n(Yonhap, November 23, 2016): {LEAD}\n\n{MORE}")
    assert found["date"] == "2016-11-24" and "credit" not in found["date_provenance"]
    assert described(f"{TITLE}\n\n{LEAD}\n\n{MORE}")["date"] is None  # no credit: no date


# Hostile texts

def test_the_credit_is_read_quickly_on_hostile_lines():
    directory = outlets()
    for what, line in (
            ("100,000 spaces in brackets", "(" + " " * 100_000 + ")"),
            ("a bracket of 100,000 letters then a colon", "(" + "A" * 100_000 + "): " + LEAD),
            ("an address of 100,000 characters", "Yonhap 2016-11-23 http://" + "a" * 100_000),
            ("50,000 pointers", "Source: " * 12_500),
            ("100,000 digits", "1" * 100_000),
            ("a name and 25,000 days", "Yonhap " + "2016-11-23 " * 9_000)):
        assert_runs_quickly(lambda: credited_day(line, directory), what=what, forget=_first_reading.cache_clear)
    many = ["Yonhap 2016-11-23"] * 20_000 + [LEAD] * 20_000
    assert_runs_quickly(lambda: credit_lines(TITLE, many, many[20_000:], many), what="40,000 lines")


def test_a_credit_holding_more_than_its_outlet_its_day_and_a_time_gives_no_day():
    directory = outlets()
    assert credited_day("CNN 14:05 Sept 14, 2017", directory) == "2017-09-14"
    for line in ("By: Jane Roe, photo taken June 3, 2019 (AP)", "Jane Roe June 3, 2019 AP",
                 "Posted by admin, CNN, Sept 14, 2017"):
        assert credited_day(line, directory) is None, line

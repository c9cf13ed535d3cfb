"""Issue 13's hundred-and-seventeenth intake round, on texts of our own: a Japanese or Korean line prints a numeric
date's two-digit year first ("(19/11/17)" in a TV digest's item, "'19.08.23" in a Korean service's credit, Yahoo!
Japan's "24/1/20(土) 2:16配信"), so it is read as year, month and day, never as "19 November 2017". The negatives keep
what must not change: a line without kana or Hangul (English, Chinese alone: Hong Kong writes the day first), a
four-digit year, a first part that is no year of this century, a one-digit first part, a dashed code or address."""

from __future__ import annotations

import pytest

from corpus.intake.date_readings import numeric, read_date
from corpus.intake.printed_dates import numeric_order_of
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

JA_STORY = ("日韓の軍事情報を共有する協定が23日に失効期限を迎えるのを前に、防衛相が韓国の国防相と会談する。"
            "防衛相は協定を維持すべきだという日本の立場を強く訴える考え。\n")


# What the rule reads (fails on main: each was read day first, "19/11/17" as 19 November 2017)

@pytest.mark.parametrize("line, day", [
    ("防衛相がバンコク入り 国防相との会談へ(19/11/17)(再生)", "2019-11-17"),  # a TV digest's item
    ("(VOA 한국어 '19.08.23)", "2019-08-23"),  # a Korean service's credit, the year marked
    ("時事通信 24/1/20(土) 2:16配信", "2024-01-20"),  # Yahoo! Japan's delivery line: a Japanese weekday, no kana
    ("입력 19.11.17 12:01", "2019-11-17"),
    ("19-11-17 のニュース", "2019-11-17"),  # a dash opening the line, a part over 12: no code (as before)
])
def test_a_japanese_or_korean_line_prints_a_short_year_first(line, day):
    assert read_date(line) == day


def test_a_digest_page_is_dated_by_its_items_short_year_first():
    page = ("日韓防衛相、間もなく会談へ\n\nテレビ番組の抄録\n\n【気になる出来事】\n\n"
            "防衛相がバンコク入り 国防相との会談へ(19/11/17)(再生)\n\n11/17 12:01 総合・東京 【ニュース】\n\n"
            + JA_STORY * 3)
    assert described(page)["date"] == "2019-11-17"


# What it must not do

@pytest.mark.parametrize("line, day", [
    ("Talks in Bangkok (19/11/17)", "2017-11-19"),  # no kana or Hangul: the day first, as before
    ("香港 19/11/17", "2017-11-19"),  # Chinese characters alone: Hong Kong's day first, as before
    ("時事通信 21/1/24(日) 2:16配信", "2024-01-21"),  # Sunday's "日" is Chinese too: as before
    ("会談へ 19/11/2017", "2017-11-19"),  # a four-digit year: as before
    ("会談へ 2019/11/17", "2019-11-17"),
    ("会談へ(30/11/17)", None),  # no year of this century first: left
    ("会談へ(5/11/17)", None),  # a one-digit first part is no year: left
    ("会談へ(19/13/17)", None),  # no thirteenth month
    ("掲載日 : [23-08-15]", None),  # a dash after other words: as often a code as a date (as before)
    ("東京都港区赤坂5-11-16", None),  # a Japanese address
])
def test_what_is_no_short_year_first_stays_as_it_was(line, day):
    assert read_date(line) == day


def test_a_short_year_first_decides_no_order_for_the_page():
    assert numeric_order_of(["国防相との会談へ(19/11/17)", "05/06/2019"]) == ""
    assert numeric_order_of(["Talks (19/11/17)", "05/06/2019"]) == "dmy"  # as before: 19 is a day there


def test_the_short_year_is_read_quickly_on_hostile_lines():
    for what, line in (
            ("11,000 dates no year begins", "会談へ" + "30/11/17 " * 11_000),
            ("11,000 dates of a one-digit first part", "会談へ" + "5/11/17 " * 12_500),
            ("50,000 slashes and digits after kana", "あ" + "1/" * 50_000),
            ("100,000 Chinese characters then a date", "香" * 100_000 + " 19/11/17"),
            ("a date then 100,000 digits", "会談へ 19/11/17" + "1" * 100_000)):
        assert_runs_quickly(lambda: numeric(line), what=what)

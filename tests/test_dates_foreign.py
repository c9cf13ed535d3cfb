"""The dates of text in other languages (corpus.date_patterns_foreign), as `find_dates` reads them."""

from __future__ import annotations

import datetime

import pytest

from corpus.dates import find_dates

PUBLISHED = datetime.date(2016, 11, 25)


def dates(text: str, published: datetime.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(e.text, e.value.iso() if e.value else None) for e in find_dates(text, published) if e.kind == "date"]


@pytest.mark.parametrize("text, expected", [
    ("Les deux pays ont signé mercredi 23 novembre un accord.", [("mercredi 23 novembre", "2016-11-23")]),
    ("Il patto è stato firmato il 23 novembre 2016 a Seul.", [("23 novembre 2016", "2016-11-23")]),
    ("Roma, 22 nov. (askanews) - Il governo ha deciso.", [("22 nov.", "2016-11-22")]),
    ("Anlaşma 23 Kasım 2016 tarihinde imzalandı.", [("23 Kasım 2016", "2016-11-23")]),
    ("El acuerdo se firmó el 23 de noviembre de 2016.", [("23 de noviembre de 2016", "2016-11-23")]),
    ("Perjanjian diparaf hari Senin (14/11/2016).", [("14/11/2016", "2016-11-14")]),
    ("The deal was signed on 11/23/2016 in Seoul.", [("11/23/2016", "2016-11-23")]),
    ("정부는 2019년 8월 22일 지소미아 종료를 발표했다.", [("2019년 8월 22일", "2019-08-22")]),
    ("両政府は2016年11月23日、協定に署名した。", [("2016年11月23日", "2016-11-23")]),
    ("両政府は11月23日、協定に署名した。", [("11月23日", "2016-11-23")]),
])
def test_a_date_written_as_another_language_writes_it(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "The meeting is on 11/12/2016.",  # 11 December or 12 November: no reading doubts it
    "They bought 3 Mac computers.",  # a name, not Malay's March
    "The vote was 22 nov 5.",  # an abbreviation without its full stop
])
def test_no_date_where_the_reading_is_in_doubt(text):
    assert dates(text) == []


def test_a_yearless_date_needs_the_publication_date_a_dated_one_does_not():
    assert dates("ont signé mercredi 23 novembre un accord", None) == []
    assert dates("signé le 23 novembre 2016", None) == [("23 novembre 2016", "2016-11-23")]

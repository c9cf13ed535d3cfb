"""The dates of text in other languages (corpus.date_patterns_foreign), as `find_dates` reads them."""

from __future__ import annotations

import datetime

import pytest

from corpus.dates import find_dates, forget_what_was_read
from tests.hostile_timing import assert_runs_quickly

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
    ("Unterzeichnet wurde das Abkommen am 23. November 2016.", [("23. November 2016", "2016-11-23")]),
    ("Am 14. Nov wurde nichts unterzeichnet.", []),  # (a German month is read whole)
    ("СЕУЛ, 21 ноября. /ТАСС/. Соглашение подписали в ноябре 2016 года.",
     [("21 ноября", "2016-11-21"), ("ноябре 2016", "2016-11")]),
    ("وقعت كوريا الجنوبية واليابان الاتفاقية في 23 تشرين الثاني 2016.", [("23 تشرين الثاني 2016", "2016-11-23")]),
    ("Hiệp định được ký ngày 23 tháng 11 năm 2016 tại Seoul.", [("ngày 23 tháng 11 năm 2016", "2016-11-23")]),
    ("Hiệp định được ký vào tháng 11 năm 2016.", [("tháng 11 năm 2016", "2016-11")]),
    ("2014年12月,韩美日三国签署情报交流协议。", [("2014年12月", "2014-12")]),
    ("韩日曾于2012年推动签署该协定。", [("2012年", "2012")]),
    # a month of this year or the last, and its part (round 15): counted from the page's year
    ("今年10月底，韩方宣布与日方重启谈判。", [("今年10月底", "2016-10")]),
    ("政府はことし8月に協定の破棄を決めた。", [("ことし8月", "2016-08")]),
    ("정부는 지난해 8월 말 종료를 결정했다.", [("지난해 8월 말", "2015-08")]),
    ("去年11月韩日签署了协定。", [("去年11月", "2015-11")]),
    ("今年8月22日宣布。", [("今年8月22日", "2016-08-22")]),  # (a day of this year: `corpus.date_carried`)
    # ... and a day of this month or the last
    ("协定已于本月23日正式生效。", [("本月23日", "2016-11-23")]),
    ("국방부는 지난달 27일 협상 재개를 발표했다.", [("지난달 27일", "2016-10-27")]),
    ("協定は今月31日に失効する。", []),  # (no 31 November)
    ("O acordo foi assinado em novembro de 2016.", [("novembro de 2016", "2016-11")]),
    # weekdays alone, of the page's week or the one before (25 Nov 2016 was a Friday)
    ("Jeudi dernier, Séoul a fait savoir qu'il relançait les discussions.", [("Jeudi dernier", "2016-11-24")]),
    ("El martes, el gabinete aprobó el acuerdo.", [("martes", "2016-11-22")]),
    ("El pasado miércoles se firmó el acuerdo.", [("El pasado miércoles", "2016-11-23")]),
    ("Das Abkommen wurde am Mittwoch unterzeichnet.", [("Mittwoch", "2016-11-23")]),
    ("Un responsable explicó el miércoles 15 que Seúl reconoce el valor.", []),  # (a date's figures follow)
    ("Plácido Domingo cantó en Seúl.", []),  # a name
    ("Kolonialherrschaft von 1910 bis 1945, entre 1910 y 1945, de 1910 à 1945.", []),  # spans, not dates
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


@pytest.mark.parametrize("text", [
    "ngày 23 tháng " * 5000, "tháng 11 năm " * 5000, "2014年" * 20000, "2014 年 12" * 5000, "23. " * 20000,
    "noviembre de " * 5000, "كانون " * 10000, "23 تشرين " * 5000, "в ноябре " * 5000,
], ids=lambda text: text[:24])
def test_hostile_runs_of_their_date_words_are_read_quickly(text):
    assert_runs_quickly(lambda: dates(text), limit=5, forget=forget_what_was_read)

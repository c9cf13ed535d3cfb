"""Timeline round 61 (issue 14): chronologies. A day at the head of an entry takes the year of the heading or entry
above it ("[2012년]" then "▲ 6.29 = 서명 연기", "2016年" then "11月23日 署名", "2019: Aug. 22 - ...", "2016.10.27 ..." then
"11.14 가서명", "• 23 novembre 2016 : ..." then "• 22 août : ..."; corpus/date_chronology.py). Beside each: prose
with a day (never at an entry's head, or a paragraph after a year's sentence) or a list of plans. Texts written for
the purpose."""

from __future__ import annotations

import datetime

import pytest

from corpus.dates import find_dates
from tests.test_timeline_eighteenth_round_pages import linked

PAGE_DAY = datetime.date(2019, 11, 25)


def dated(text: str, words: str, page_day: datetime.date | None = PAGE_DAY) -> str | None:
    """The date read for `words` in `text`, or None."""
    return next((e.value.iso() for e in find_dates(text, page_day)
                 if e.text == words and e.kind == "date" and e.value), None)


# (a chronology, its day, the date it gives; a text beside it, the same words, what they give there)
DAYS = [
    # Korean: a year heading in brackets, days in figures ("6.29" alone is no date)
    ("주요 일지\n[2012년]\n▲ 6.26 = 국무회의 통과\n▲ 6.29 = 서명 연기\n", "6.29", "2012-06-29",
     "주요 일지\n▲ 6.29 = 서명 연기\n", "6.29", None),
    # ... a year carried down from an entry in figures (not from a sentence of prose)
    ("2016.10.27 협상 재개 발표\n11.14 가서명\n", "11.14", "2016-11-14",
     "2016년 협상이 재개됐다.\n11.14 가서명\n", "11.14", None),
    # Japanese: a year alone on its line, then a day and its entry after a space
    ("年表\n2015年\n12月28日 合意\n2016年\n11月 1日 協議\n11月23日 署名\n", "11月23日", "2016-11-23",
     "2016年11月23日に署名された。\n11月23日 署名式はなかった。\n", "11月23日", "2019-11-23"),
    # Korean prose: a paragraph that opens with a day after one that opens with a year is not an entry
    ("[2016년]\n11월 23일 체결\n8월 22일 종료 결정\n", "11월 23일", "2016-11-23",
     "2016년 11월 23일 체결된 지 오래다.\n8월 22일 청와대는 종료를 결정했다.\n", "8월 22일", "2019-08-22"),
    # English: the entry's year before its day, then the days below it (not prose's "On 29 June")
    ("Timeline\n2012: June 29 - Seoul puts off the signing\nJuly 5 - an aide resigns\n", "July 5", "2012-07-05",
     "Timeline of 2012\nOn 29 June, Seoul put off the signing.\n", "29 June", "2019-06-29"),
    # French: a bullet's day under an entry that names its year
    ("• 23 novembre 2016 : signature\n• 24 novembre : entrée en vigueur\n", "24 novembre", "2016-11-24",
     "Signé le 23 novembre 2016.\nLe 24 novembre, le pacte est entré en vigueur.\n", "24 novembre", "2019-11-24"),
    # Spanish: a year heading between dashes
    ("- 2012 -\n- 29 de junio: se aplaza la firma\n", "29 de junio", "2012-06-29",
     "En 2012 hubo dudas.\n29 de junio fue el día en que se aplazó la firma.\n", "29 de junio", "2019-06-29"),
]


@pytest.mark.parametrize("chronology, words, date, beside, beside_words, beside_date", DAYS)
def test_a_chronologys_day_takes_the_year_above_it(chronology, words, date, beside, beside_words, beside_date):
    assert dated(chronology, words) == date
    assert dated(beside, beside_words) == beside_date


def test_an_undated_page_dates_its_chronologys_days():
    assert dated("[2012년]\n▲ 6.29 = 서명 연기\n", "6.29", None) == "2012-06-29"
    assert dated("Timeline\n2019: Aug. 22 - Seoul decides to end the pact\n", "Aug. 22", None) == "2019-08-22"
    assert dated("Seoul decided to end the pact.\nAug. 22 - the decision\n", "Aug. 22", None) is None


def test_a_line_of_prose_breaks_the_chronology():
    text = "[2012년]\n▲ 6.26 = 국무회의 통과\n정부는 이후 여론을 살폈다.\n▲ 6.29 = 서명 연기\n"
    assert dated(text, "6.26") == "2012-06-26"
    assert dated(text, "6.29") is None


LINKS = [
    # a chronology's entry links the 2012 collapse (not on a page with no year above the entry; the intake keeps
    # a heading "2012년", but takes "[2012년]" and "2012" alone for a page's furniture)
    ("collapse-2012",
     "아래는 지소미아 주요 일지다.\n2012년\n▲ 6.29 = 도쿄 서명식 직전 한국 측 요청으로 지소미아 서명 연기\n",
     "아래는 지소미아 주요 일지다.\n▲ 6.29 = 도쿄 서명식 직전 한국 측 요청으로 지소미아 서명 연기\n"),
    # ... the decision of 2019, in English, under its year (not a list of plans)
    ("termination-decision-2019",
     "GSOMIA timeline\n2019:\n- Aug. 22: South Korea decides to terminate the GSOMIA intelligence pact with Japan\n",
     "GSOMIA timeline\n2019:\n- Aug. 22: South Korea is expected to decide whether to terminate the GSOMIA pact\n"),
]


@pytest.mark.parametrize("event, reported, beside", LINKS)
def test_a_chronologys_entry_links_its_happening(event, reported, beside):
    assert event in linked((reported, None))
    assert event not in linked((beside, None))

"""Issue 13's ninety-eighth intake round, on texts of our own: a Korean "전" ("former") before a president's title
makes the holder a past one ("전 대통령 박근혜", "전직 대통령 박근혜"), so that a page's own date a year after her
term is no longer taken for a site's clock; a numeric date in dots with a four-digit year ("04.07.2023", "| DW |
11.01.2020") reads day first when nothing else on the page decides its order. The negatives keep what must not
change: the title without the word, a word that only ends in "전", the name before the title; a short year, slashes, a
twelve-hour clock, a dated dateline that neither reading falls on."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.dateline_orders import _DOTTED_FULL_YEAR, page_numeric_order
from corpus.intake import office_years
from corpus.intake.office_years import holders_out_of_office, named_in_office
from corpus.metadata import date_from_page
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

KO_STORY = ("서울중앙지방법원은 6일 오후 서울 서초구 서울중앙지법 대법정에서 1심 선고 공판을 열고 징역 24년과 벌금 180억원을 "
            "선고했다. 재판부는 18개 혐의 가운데 16개를 유죄로 판단했다고 밝혔다.\n\n")


def _names(text: str) -> list[str]:
    return [holder.name for holder in named_in_office(text)]


@pytest.mark.parametrize("text", [
    "전 대통령 박근혜, 징역 24년에 벌금 180억원",
    "파면된 전직 대통령 박근혜씨가 1심에서 징역 24년을 선고받았다.",
])
def test_a_korean_former_before_the_title_names_a_past_holder(text):
    assert "Park Geun-hye" not in _names(text)
    assert holders_out_of_office("2018-04-06", text) == []


@pytest.mark.parametrize("text", [
    "대통령 박근혜, 징역 24년에 벌금 180억원",  # no word before the title
    "박근혜 대통령이 1심에서 징역 24년을 선고받았다.",  # the name before the title
    "선거전 대통령 박근혜의 지지율이 올랐다.",  # a word ("선거전", a race) that only ends in 전
])
def test_the_title_without_a_former_of_its_own_still_names_the_holder_in_office(text):
    assert "Park Geun-hye" in _names(text)
    assert [holder.name for holder in holders_out_of_office("2018-04-06", text)] == ["Park Geun-hye"]


def _date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_a_page_dated_a_year_after_the_former_president_s_term_keeps_its_date():
    head = "[속보] 서울중앙지법 1심 선고\n\n2018-04-06     정상근 기자\n\n"
    assert _date_of("전 대통령 박근혜, 징역 24년에 벌금 180억원\n\n" + head + KO_STORY * 2) == "2018-04-06"
    # named in office, 13 months after her term: the day is no page's (a site's clock), as before
    assert _date_of("대통령 박근혜, 징역 24년에 벌금 180억원\n\n" + head + KO_STORY * 2) is None


def test_the_former_s_word_reads_a_hostile_text_quickly():
    hostile = ("전 " * 30_000 + "대통령 박근혜 ") * 3
    forget = office_years._named_in_office.cache_clear  # (a text's holders are kept: each try reads it anew)
    assert_runs_quickly(lambda: named_in_office(hostile), what="전 before a title", forget=forget)
    hostile = "전직전직 " * 25_000 + "대통령 박근혜"
    assert_runs_quickly(lambda: holders_out_of_office("2018-04-06", hostile), what="전직 repeated", forget=forget)


EN_STORY = ("Officials said rescue teams were searching the area through the night and that the cause was not yet "
            "known, adding that more details would be released later in the week.\n\n")


@pytest.mark.parametrize("raw, date", [
    ("Flood toll rises\n\n04.07.2023\n\n" + EN_STORY * 2, "2023-07-04"),  # alone under the title
    ("Landslide win for the president | DW News | DW | 11.01.2020\n\nDW News\n\n" + EN_STORY * 2, "2020-01-11"),
    ("Flood toll rises\n\n4.7.2023\n\n" + EN_STORY * 2, "2023-07-04"),
])
def test_a_date_in_dots_with_a_four_digit_year_reads_day_first(raw, date):
    assert _date_of(raw) == date


@pytest.mark.parametrize("raw", [
    "Flood toll rises\n\n04.07.23\n\n" + EN_STORY * 2,  # a short year: Uproxx's "03.10.17" is month first
    "Flood toll rises\n\n04/07/2023\n\n" + EN_STORY * 2,  # slashes: English pages write both orders
    "Flood toll rises\n\n04.07.2023 3:15 PM\n\n" + EN_STORY * 2,  # a twelve-hour clock: an American page's
    "Flood toll rises\n\n04.07.2023\n\nPosted 04/08/2023\n\n" + EN_STORY * 2,  # another ambiguous line, slashed
])
def test_other_ambiguous_numeric_dates_stay_open(raw):
    assert _date_of(raw) is None


def test_a_dated_dateline_keeps_the_order_to_itself():
    lines = ["Talks resume", "05.06.2016 11:13", "SEOUL, Feb. 11 (Yonhap) -- " + EN_STORY.strip()]
    assert page_numeric_order(lines) == ""  # neither 5 June nor 6 May is 11 February: a stamp of another day
    assert page_numeric_order(lines[:2]) == "dmy"  # (no dateline: the dots' order)
    assert page_numeric_order(["Talks resume", "11.02.2016 11:13", lines[2]]) == "dmy"  # the dateline's own


def test_the_dotted_order_reads_hostile_texts_quickly():
    lines = ["04.07.2023"] * 10_000  # ~100,000 characters of ambiguous dates
    assert_each_reads_quickly([_DOTTED_FULL_YEAR], "\n".join(lines))
    # the page's whole order (its numeric dates' own, the dateline looked for, then the dots'): reading 10,000 dates
    # at all (`date_readings.numeric`, older than this round) takes most of ~0.12 s; the bound is one a loaded CI
    # machine keeps, and a quadratic reading would take seconds
    assert_runs_quickly(lambda: page_numeric_order(lines), limit=0.3, what="10,000 dotted dates")
    dots = ["1." * 70 + "2023"] * 700
    assert_runs_quickly(lambda: page_numeric_order(dots), what="runs of dots")

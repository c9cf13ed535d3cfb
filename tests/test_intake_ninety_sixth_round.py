"""Issue 13's ninety-sixth intake round, on texts of our own: a wire's dateline without a year ("SEOUL, June 27
(Yonhap) --") dated by the weekday its lead names, within the page's own span of years: from the latest year the text
names as past (the story is no older) to this year (it is no newer), when one year only fits. The negatives keep
what must not change: two years that fit the weekday, a year whose day before fits it, a year the text names only as a
plan's, a "last year" on a page of the year it names, a weekday of a plan, no weekday, a day not yet come."""

from __future__ import annotations

import pytest

from corpus.intake import years
from corpus.date_patterns import WEEKDAYS
from corpus.intake.years import named_weekday, year_of_the_weekday_since
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_intake_thirty_third_round import described


def _year(month: int, day: int, text: str, lead: str | None = None) -> int | None:
    found = year_of_the_weekday_since(month, day, text, text if lead is None else lead)
    return found.year if found else None


WHITE_LIST = "Japan decided Tuesday to put South Korea back on its list of trusted partners, which it left in 2019."


def test_the_one_year_of_the_span_whose_day_was_the_lead_s_weekday():
    # 27 June was a Tuesday in 2023 alone of 2019 to 2026, nor was 28 June one in another
    assert _year(6, 27, WHITE_LIST) == 2023
    found = year_of_the_weekday_since(6, 27, WHITE_LIST, WHITE_LIST)
    assert "2019" in found.reason and "Tuesday" in found.reason
    # "Kumamoto, Feb. 24": a Saturday in 2024 only of 2022 to 2026
    assert _year(2, 24, "The plant opened on Saturday, two years after the project was announced in 2022.") == 2024


def test_two_years_that_fit_the_weekday_give_none():
    # 19 July was a Friday in 2019 and in 2024, both after 2016
    assert _year(7, 19, "Seoul said Friday it would keep the pact it signed in 2016.") is None


def test_a_year_whose_day_before_was_the_weekday_gives_none():
    # 26 June 2024 was a Wednesday, and 26 June 2025 a Thursday: a story filed the morning after fits it too
    assert _year(6, 26, "The yen fell on Wednesday to a level last seen in 2020.") is None


def test_a_year_named_only_as_a_plan_s_bounds_nothing():
    assert _year(6, 27, "Japan decided Tuesday to review the list, which it will update in 2027.") is None


def test_a_last_year_on_a_page_of_the_year_it_names_gives_none():
    # 27 June was a Tuesday in 2023, the year the text names: a page saying "last year" may be of 2024
    assert _year(6, 27, "Japan decided Tuesday to ease the rules it tightened in May 2023.") == 2023
    said_last_year = "Japan decided Tuesday to ease the rules it tightened in May 2023, as it said last year."
    assert _year(6, 27, said_last_year) is None
    korean = "일본은 화요일 2023년 5월 강화한 규제를 완화했다."
    assert _year(6, 27, korean, "Japan decided Tuesday to ease the rules") == 2023
    assert _year(6, 27, korean + " 작년에도 그랬다.", "Japan decided Tuesday to ease the rules") is None


def test_no_weekday_or_a_plan_s_weekday_gives_none():
    assert _year(6, 27, "Japan decided to put South Korea back on its list, which it left in July 2019.") is None
    assert _year(6, 27, "Japan will decide on Tuesday whether to restore the list it left in July 2019.") is None
    assert _year(6, 27, WHITE_LIST, lead="Japan put South Korea back on its list.") is None


def test_a_day_not_yet_come_this_year_is_no_page_s():
    # 22 December 2026 is a Tuesday, but after today; 22 December 2025 was a Monday
    assert _year(12, 22, "The ministry said Tuesday it would keep the rules it set in 2025.") is None


STORY = ("\nThe ministry said the decision would take effect next month, and that the two governments would keep "
         "talking about the remaining items on the list of controlled goods.\n\n"
         "Officials in Seoul welcomed the step and said they expected trade between the neighbours to grow again "
         "after several difficult years.\n")


def _page(dateline: str, lead: str) -> str:
    return f"Japan puts South Korea back on its list\n\n{dateline} -- {lead}\n{STORY}"


def test_a_page_s_yearless_dateline_is_dated_by_its_lead_s_weekday_and_years():
    assert described(_page("SEOUL, June 27 (Yonhap)", WHITE_LIST))["date"] == "2023-06-27"
    two_fit = "Seoul said Friday it would keep the pact it signed in 2016, officials said in a briefing."
    assert described(_page("SEOUL, July 19 (Yonhap)", two_fit)).get("date") is None
    plan = "Japan will decide on Tuesday whether to restore the list it left in July 2019, officials said."
    assert described(_page("SEOUL, June 27 (Yonhap)", plan)).get("date") is None


HOSTILE = ["last " * 20_000, "去年昨年지난작년 " * 12_000, ("in 2019 " + "Tuesday " * 3) * 4_000, "l" * 100_000]


@pytest.mark.parametrize("text", HOSTILE, ids=["last", "cjk", "years_and_weekdays", "letters"])
def test_the_last_year_wording_reads_hostile_texts_quickly(text):
    assert_each_reads_quickly([years._LAST_YEAR], text)


def test_the_weekday_s_span_is_read_quickly_on_a_long_lead():
    # a new lead for each try: the roles of its dates are kept for the text last asked of, and a try answered from
    # them would time nothing
    for weekdays in ("Tuesday ", "Tuesday was due on Saturday "):
        assert_runs_quickly(lambda: year_of_the_weekday_since(6, 27, "It left the list in 2019.",
                                                              "Seoul said Tuesday " + "and on " + weekdays * 6_000))


def test_a_lead_naming_weekdays_more_often_than_a_story_s_opening_names_none():
    schedule = "The talks met on Tuesday. " * 12
    assert named_weekday(schedule) == WEEKDAYS.index("Tuesday")
    assert named_weekday(schedule + "They met again on Tuesday.") is None

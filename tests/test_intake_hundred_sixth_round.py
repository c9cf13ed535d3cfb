"""Issue 13's hundred-and-sixth intake round, on texts of our own: a wire's dateline without a year whose weekday (the
lead's, or the next paragraph's when the lead names none) fits one year of the page's bounds by the day before only
("June 14 (UPI)" over "... said Thursday": 14 June 2024 was a Friday, and no other year of 2021 to 2026 fits Thursday
by its day or its eve) is dated so: a year that fits by its eve is no weaker than one that fits by its day. The
negatives keep what must not change: two years that fit (one by its day, one by its eve), a weekday that fits no year of
the bounds, a weekday of another day ("last Thursday"), a "last year" on a page of the year it names."""

from __future__ import annotations

import datetime

from corpus.intake.story_weekdays import year_of_the_storys_weekday
from corpus.intake.years import the_one_day_of_the_weekday, year_of_the_weekday_since
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_hundred_first_round import FILLER, HOLDER_LEAD, LEAD, NEXT, TODAY
from tests.test_intake_thirty_third_round import described

THURSDAY, FRIDAY = 3, 4
LEAD_2024 = "Japan put South Korea back on the list it had dropped it from in 2024."


def _story_year(month: int, day: int, lead: str, *paragraphs: str) -> int | None:
    story = "\n".join(("Japan restores South Korea's trade status", lead, *paragraphs))
    found = year_of_the_storys_weekday(month, day, story, story, lead, TODAY)
    return found[0] if found else None


def _lead_year(month: int, day: int, lead: str) -> int | None:
    found = year_of_the_weekday_since(month, day, lead, lead)
    return found.year if found else None


# What the rule reads (fails on main: a year fitting by its eve only was refused)

def test_one_year_fitting_the_story_s_weekday_by_its_eve_only_is_taken():
    # 14 June 2024 was a Friday; of 2021 to 2026 no 14 June was a Thursday, and no other's eve was
    assert _story_year(6, 14, LEAD, NEXT.format("Thursday")) == 2024
    # 9 November 2024 was a Saturday, within Yoon Suk Yeol's term (2022 Wednesday, 2023 Thursday)
    assert _story_year(11, 9, HOLDER_LEAD, NEXT.format("Friday")) == 2024
    story = "\n".join(("Japan restores", LEAD, NEXT.format("Thursday")))
    reason = year_of_the_storys_weekday(6, 14, story, story, LEAD, TODAY)[1]
    assert "only in 2024 was 14 June a Friday, the day after the Thursday named" in reason


def test_one_year_fitting_the_lead_s_weekday_by_its_eve_only_is_taken():
    # 26 June 2024 was a Wednesday; of 2020 to 2026 no 26 June was a Tuesday, and no other's eve was
    assert _lead_year(6, 26, "The yen fell on Tuesday to a level last seen in 2020.") == 2024
    assert "the day after the Tuesday named" in year_of_the_weekday_since(
        6, 26, "The yen fell on Tuesday to a level last seen in 2020.", "The yen fell on Tuesday.").reason


def test_the_one_day_names_the_day_whichever_way_it_fits():
    days = [datetime.date(year, 6, 14) for year in range(2021, 2027)]
    assert the_one_day_of_the_weekday(days, THURSDAY, 2021, "") == datetime.date(2024, 6, 14)
    assert the_one_day_of_the_weekday(days, FRIDAY, 2021, "") is None  # 2024 by its eve, 2025 by its day


def test_a_page_s_dateline_is_dated_by_a_weekday_of_its_eve_marked_inferred():
    page = "\n\n".join(("Japan restores South Korea's trade status", f"June 14 (UPI) -- {LEAD}",
                        NEXT.format("Thursday"), FILLER))
    found = described(page)
    assert found["date"] == "2024-06-14" and found["date_provenance"].startswith("inferred from the dateline")


# What it must not do

def test_two_years_one_by_its_day_one_by_its_eve_give_none():
    assert _story_year(6, 14, LEAD, NEXT.format("Friday")) is None  # 2025, and 2024 by the day before
    assert _lead_year(6, 26, "The yen fell on Wednesday to a level last seen in 2020.") is None  # 2024, 2025


def test_a_weekday_that_fits_no_year_or_another_day_s_gives_none():
    # of 2024 to 2026, 14 June was a Friday, a Saturday, a Sunday: Monday is neither a day nor an eve of them
    assert _story_year(6, 14, LEAD_2024, NEXT.format("Monday")) is None
    assert _story_year(6, 14, LEAD, NEXT.format("last Thursday")) is None
    assert _lead_year(6, 26, "The yen fell last Tuesday to a level last seen in 2020.") is None


def test_a_last_year_on_a_page_of_the_year_it_names_gives_none():
    assert _story_year(6, 14, LEAD_2024, NEXT.format("Thursday")) == 2024  # by its eve
    assert _story_year(6, 14, LEAD_2024, NEXT.format("Thursday"), "Exports fell last year.") is None


# Hostile texts

def test_the_one_day_is_chosen_quickly_among_many_years_on_a_hostile_text():
    # (what the round changed; the weekday's and the past year's readings are timed in rounds 96 and 101)
    days = [datetime.date(year, 6, 14) for year in range(1, 10_000)]
    assert_runs_quickly(lambda: the_one_day_of_the_weekday(days, THURSDAY, 1, "last " * 20_000), what="10,000 years")
    assert_runs_quickly(lambda: the_one_day_of_the_weekday(days[-3:], THURSDAY, 9997, "last " * 20_000 + "year"),
                        what="a last year after 20,000 lasts")

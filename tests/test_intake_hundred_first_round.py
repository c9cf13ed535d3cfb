"""Issue 13's hundred-and-first intake round, on texts of our own: a wire's dateline without a year ("Sept. 14 (UPI)
--") whose lead names no weekday, dated by the weekday one of the next two paragraphs names ("... said Monday in written
answers"), within the page's own bounds: the latest year it names as past, the terms of the holders it names in
office, this year. One year of them must fit that weekday, by that day or the day before (by its own day only until
round 106), and no other either way.
The negatives keep what must not change: a lead naming its own weekday, no bound, two years that fit, a year fitting by
the day before, a weekday further down, a plan's weekday, a "last year" on a page of the year it names."""

from __future__ import annotations

import datetime

from corpus.intake.story_weekdays import next_paragraphs_weekday, year_of_the_storys_weekday
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

TODAY = datetime.date(2026, 12, 7)  # the tests' fixed day (tests/conftest.py)

LEAD = "Japan put South Korea back on its list of trusted trading partners, which it had left in 2021."
HOLDER_LEAD = "President Yoon Suk Yeol pressed for closer ties with Tokyo in a speech to business leaders."
NEXT = "Trade Minister Ahn Duk-geun said {} that exports of chip materials would resume within weeks."
FILLER = "The ministry gave no figures for the trade it expects, and officials in Tokyo declined to comment."


def _story(lead: str, *paragraphs: str) -> str:
    return "\n".join(("Japan restores South Korea's trade status", lead, *paragraphs))


def _year(month: int, day: int, lead: str, *paragraphs: str) -> int | None:
    story = _story(lead, *paragraphs)
    found = year_of_the_storys_weekday(month, day, story, story, lead, TODAY)
    return found[0] if found else None


# What the rule reads (fails on main: no reading of the paragraphs after the lead)

def test_the_next_paragraph_s_weekday_dates_a_dateline_within_the_years_named():
    # 14 June: a Wednesday in 2023 alone of 2021 to 2026, nor was 15 June one in another
    assert _year(6, 14, LEAD, NEXT.format("Wednesday")) == 2023
    # ... in the second paragraph after the lead, the first naming none
    assert _year(6, 14, LEAD, FILLER, NEXT.format("Wednesday")) == 2023


def test_the_next_paragraph_s_weekday_dates_a_dateline_within_a_holder_s_term():
    # President Yoon Suk Yeol, 10 May 2022 to 4 April 2025: 9 November was a Thursday in 2023 only of them
    assert _year(11, 9, HOLDER_LEAD, NEXT.format("Thursday")) == 2023


def test_the_reason_names_the_paragraph_and_the_bounds():
    story = _story(LEAD, NEXT.format("Wednesday"))
    year, reason = year_of_the_storys_weekday(6, 14, story, story, LEAD, TODAY)
    assert year == 2023 and "Trade Minister Ahn" in reason and "2021" in reason and "Wednesday" in reason
    story = _story(HOLDER_LEAD, NEXT.format("Thursday"))
    assert "Yoon Suk Yeol" in year_of_the_storys_weekday(11, 9, story, story, HOLDER_LEAD, TODAY)[1]


def _page(dateline: str, lead: str, *paragraphs: str) -> str:
    return "\n\n".join(("Japan restores South Korea's trade status", f"{dateline} -- {lead}", *paragraphs, FILLER))


def test_a_page_s_yearless_dateline_is_dated_by_the_next_paragraph_s_weekday_marked_inferred():
    found = described(_page("SEOUL, June 14 (Yonhap)", LEAD, NEXT.format("Wednesday")))
    assert found["date"] == "2023-06-14"
    assert found["date_provenance"].startswith("inferred from the dateline") and "next paragraph" in found[
        "date_provenance"]
    assert described(_page("June 14 (UPI)", LEAD, NEXT.format("Monday"))).get("date") is None


# What it must not do

def test_a_lead_naming_its_own_weekday_is_read_by_the_lead_s_rule_only():
    # the lead's Monday fits 14 June 2021 and, by the day before, 2022: no year; the next paragraph is not asked
    monday_lead = "Japan said Monday it would put South Korea back on the list it had left in 2021."
    assert _year(6, 14, monday_lead, NEXT.format("Wednesday")) is None


def test_no_year_named_as_past_and_no_holder_bound_nothing():
    assert _year(6, 14, "Japan put South Korea back on its list of trusted trading partners.",
                 NEXT.format("Wednesday")) is None


def test_two_years_or_one_by_the_day_before_give_none():
    assert _year(6, 14, LEAD, NEXT.format("Monday")) is None  # 2021, and 2022 by the day before
    assert _year(11, 9, HOLDER_LEAD, NEXT.format("Wednesday")) is None  # 2022, and 2023 by the day before


def test_a_weekday_further_down_or_a_plan_s_gives_none():
    assert _year(6, 14, LEAD, FILLER, FILLER, NEXT.format("Wednesday")) is None
    plan = "Trade Minister Ahn Duk-geun will meet his Japanese counterpart on Wednesday to settle the details."
    assert _year(6, 14, LEAD, plan) is None


def test_a_last_year_on_a_page_of_the_year_it_names_gives_none():
    # 14 June 2023 was a Wednesday; a page naming 2023 as past that says "last year" may be 2024's
    lead_2023 = "Japan put South Korea back on the list it had dropped it from in 2023."
    assert _year(6, 14, lead_2023, NEXT.format("Wednesday")) == 2023
    assert _year(6, 14, lead_2023, NEXT.format("Wednesday"), "Exports fell last year.") is None


def test_a_line_longer_than_a_news_paragraph_is_not_read():
    assert _year(6, 14, LEAD, NEXT.format("Wednesday") + " The talks went on." * 80) is None


def test_a_lead_not_in_the_story_gives_no_paragraph():
    assert next_paragraphs_weekday(_story(LEAD, NEXT.format("Wednesday")), "Another lead entirely.") is None
    assert next_paragraphs_weekday(_story(LEAD, NEXT.format("Wednesday")), "") is None


# Hostile texts

def test_the_paragraphs_are_read_quickly_on_hostile_stories():
    many = _story(LEAD, *["Tuesday and Wednesday said"] * 50_000)
    assert_runs_quickly(lambda: next_paragraphs_weekday(many, LEAD), what="50,000 paragraphs")
    long_one = _story(LEAD, "Seoul said Tuesday " + "and on Tuesday " * 6_000)
    assert_runs_quickly(lambda: next_paragraphs_weekday(long_one, LEAD), what="a paragraph of 6,000 weekdays")
    longest = _story(LEAD, ("Seoul said Tuesday " + "and on Tuesday " * 100)[:1_500])
    assert_runs_quickly(lambda: next_paragraphs_weekday(longest, LEAD), what="the longest paragraph read")
    lead_late = _story(*["x" * 99] * 1_000, LEAD, NEXT.format("Wednesday"))
    assert_runs_quickly(lambda: next_paragraphs_weekday(lead_late, LEAD), what="a lead after 1,000 lines")

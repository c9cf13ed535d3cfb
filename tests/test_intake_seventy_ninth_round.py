"""Issue 13's seventy-ninth intake round, on texts of our own: a blog's full date alone above its post's title
("Thursday, June 10, 2010", Blogger's date header) against a site's clock, the day the page is read. The date header
is the page's first line and its only date line, over a title, where the first paragraphs name no one weekday; a
clock stands under the site's name or its weather, over a story printing its own stamp, over no title, or on a
weekday the lead contradicts. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from tests.test_intake_thirty_third_round import described

TITLE = "Harbour ferry to run a new timetable from March\n\n"
STORY = ("The harbour authority said that the ferry would run a new timetable from March. After long talks with the "
         "operator, the winter routes were changed, and passengers say there are too few evening sailings.\n\n"
         "The operator expects the new timetable to carry more people in the summer, when the island's hotels are "
         "full and the roads to the pier are jammed every morning.\n\n")


def date_of(raw: str) -> str | None:
    return described(raw).get("date")


@pytest.mark.parametrize("header, value", [
    ("Thursday, June 10, 2010\n\n", "2010-06-10"),
    ("Tuesday, 8 March 2016\n\nHARBOUR NEWS\n\n", "2016-03-08"),  # a label between the date and the title
    ("Wed, September 14, 2011\n\n", "2011-09-14"),
])
def test_a_blogs_date_header_alone_over_its_posts_title_dates_the_page(header, value):
    assert date_of(header + TITLE + STORY) == value


@pytest.mark.parametrize("page", [
    "Thursday, June 10, 2010\n\n" + STORY,  # over no title: a list's or a page's clock
    "Harbour Daily\n\nThursday, June 10, 2010\n\n" + TITLE + STORY,  # under the site's name
    "63.8 F\n\nLos Angeles\n\nThursday, June 10, 2010\n\n" + TITLE + STORY,  # under the weather
    "Thursday, June 10, 2010\n\n" + TITLE + STORY.replace("said that", "said on Friday that"),  # the lead's weekday
])
def test_a_sites_clock_above_the_title_stays_unread(page):
    assert date_of(page) is None


def test_a_clock_over_a_story_printing_its_own_stamp_gives_way_to_the_stamp():
    page = "Saturday, April 4, 2020\n\n" + TITLE + "By Jane Roe\n\nAugust 26, 2019, 10:24\n\n" + STORY
    assert date_of(page) == "2019-08-26"


def test_a_date_header_on_the_weekday_the_lead_names_dates_the_page_as_before():
    page = "Monday, June 14, 2010\n\n" + TITLE + STORY.replace("said that", "said on Monday that")
    assert date_of(page) == "2010-06-14"

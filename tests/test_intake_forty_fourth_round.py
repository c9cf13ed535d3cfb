"""Issue 13's forty-fourth intake round, on texts of our own: the odd halves of `holdout60` to `holdout62` again,
the unknowns by kind (an editor's initials over the wires, Der Spiegel's sign-off; a dateline in capitals whose dash
was lost; a byline with its day under a caption; a date line followed by a site's counters). A positive failed
before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.metadata import date_from_page
from tests.test_intake_thirty_fifth_round import EN_STORY
from tests.test_metadata_outlets import outlet_of


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


def test_an_editors_initials_over_a_wire_sign_the_story():
    page = "Valley flood toll rises\n\n" + EN_STORY * 3 + "{}\n"
    assert outlet_of(page.format("wbr/dpa")) == "Deutsche Presse-Agentur"  # Der Spiegel's sign-off
    assert outlet_of(page.format("Foto: Jane Roe/ AP\nwbr/dpa")) == "Deutsche Presse-Agentur"  # after a picture credit
    assert outlet_of(page.format("wbr/jr")) is None  # two editors' initials name no wire


def test_a_dateline_in_capitals_without_its_dash_credits_its_listed_wire():
    page = "Valley flood toll rises\n\nBy Jane Roe\n\nGENEVA ({}) Flood toll rises - " + EN_STORY * 3
    assert outlet_of(page.format("Reuters")) == "Reuters"
    assert outlet_of(page.format("Switzerland")) is None  # a country in brackets, no wire


def test_a_byline_with_its_day_under_a_caption_dates_the_page():
    caption = "Residents wade through the flooded valley on Friday. (AP photo: Jane Roe)\n"
    page = "Valley flood toll rises\nRescuers at the dam\n" + caption + "{}\n" + EN_STORY * 3
    assert date_of(page.format("By: The Associated Press June 24, 2022")) == "2022-06-24"
    assert date_of(page.format("By: The Associated Press")) is None  # a byline without its day


def test_a_date_line_followed_by_a_sites_counters_dates_the_page():
    page = "Valley flood toll rises\n{}\n" + EN_STORY * 3
    assert date_of(page.format("Added: 19.02.2021 16:45 | 5 views | 0 comments")) == "2021-02-19"
    assert date_of(page.format("Added: 19.02.2021 16:45 | 5 dead | 2 missing")) is None  # the story's figures

"""Issue 13's hundred-and-fifth intake round, on texts of our own: a date alone standing in a story's body, three
paragraphs or more below its lead, after a list's teaser of another story ("A Fresno woman … is suing …" / "Oct. 14,
2024"), is that story's date, not the page's, when the lead's weekday contradicts it as it contradicts a site's clock
above the titles (the page appears on the lead's weekday or within three days after it). The negatives keep what must
not change: a date that fits the lead's weekday, a lead naming no weekday, a date in the story's head under a caption or
a standfirst (the first "paragraph" above it is no lead), a labelled stamp."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_clocks import note_lead_above, the_lead_contradicts
from tests.hostile_timing import assert_runs_quickly

LEAD = ("A U.S. Navy helicopter ditched in the sea off Okinawa during a training flight on Thursday, and two of its "
        "three crew were pulled from the water, Japan's coast guard said.")
BODY = ("A coast guard official said the cause was not yet known and a search for the third crew member went on.",
        'The Navy said the MH-60 belonged to a squadron based at Atsugi and went down "during routine training."',
        "Local officials asked the U.S. military to suspend flights of the type until the cause is found.")
TEASER = "A Fresno woman who lost her home in a wildfire is suing the utility over its power lines."
AFTER = "Okinawa's governor said he would raise the accident with the Defense Ministry in Tokyo."
TITLE = "Navy helicopter ditches off Okinawa; two crew rescued"


def _page(date: str, lead: str = LEAD, body: tuple[str, ...] = BODY) -> str:
    return "\n\n".join((TITLE, lead, *body, TEASER, date, AFTER))


# What the rule refuses (fails on main: the teaser's date was the page's)

def test_a_date_in_the_story_s_body_that_the_lead_s_weekday_contradicts_is_not_the_page_s():
    # 10 October 2024 was a Thursday: the 14th (a Monday) is four days after it, the 9th the day before
    assert clean_page(_page("Oct. 14, 2024")).printed_date is None
    assert clean_page(_page("October 9, 2024")).printed_date is None


# What it must not do

def test_a_date_in_the_body_that_fits_the_lead_s_weekday_stands():
    assert clean_page(_page("Oct. 11, 2024")).printed_date == "Oct. 11, 2024"  # a Friday
    assert clean_page(_page("Oct. 10, 2024")).printed_date == "Oct. 10, 2024"  # the lead's Thursday


def test_a_lead_naming_no_weekday_refuses_nothing():
    lead = LEAD.replace(" on Thursday", "")
    assert clean_page(_page("Oct. 14, 2024", lead=lead)).printed_date == "Oct. 14, 2024"


def test_a_date_in_the_story_s_head_under_a_caption_or_a_standfirst_stands():
    # Time's copy of AP: a caption naming a Friday, then the page's own date, then the lead
    caption = ("Sailors of the squadron, center left, stand beside an MH-60 at Atsugi, Japan, Friday, Sept. 13, 2024. "
               "The helicopter later ditched off Okinawa.")
    page = "\n\n".join((TITLE, caption, "Oct. 14, 2024", LEAD, *BODY))
    assert clean_page(page).printed_date == "Oct. 14, 2024"
    # two paragraphs above it are not yet the story's body
    assert clean_page(_page("Oct. 14, 2024", body=())).printed_date == "Oct. 14, 2024"


def test_the_reading_itself():
    monday = find_date_line("Oct. 14, 2024")
    assert the_lead_contradicts(monday, LEAD)
    assert not the_lead_contradicts(monday, None)  # no lead noted above it
    assert not the_lead_contradicts(monday, "The Navy said the cause of the ditching was not yet known.")
    assert not the_lead_contradicts(find_date_line("Oct. 12, 2024"), LEAD)  # Saturday, two days after
    assert not the_lead_contradicts(find_date_line("Updated Oct. 14, 2024"), LEAD)  # a labelled stamp
    facts = {"date_lines": [monday, monday]}
    note_lead_above(facts, 1, [LEAD, *BODY[:1]])
    assert "leads_above_dates" not in facts  # two paragraphs above: the story's head
    note_lead_above(facts, 1, [LEAD, *BODY])
    assert facts["leads_above_dates"] == {1: LEAD}  # only the lines noted since


# Hostile input

def test_hostile_texts_read_quickly():
    monday = find_date_line("Oct. 14, 2024")
    weekdays = "Thursday Monday " * 6_500
    assert_runs_quickly(lambda: the_lead_contradicts(monday, weekdays), what="a lead of 13,000 weekdays")
    assert_runs_quickly(lambda: the_lead_contradicts(monday, "x" * 100_000), what="a lead of 100,000 letters")
    many = {"date_lines": [monday] * 50_000}
    assert_runs_quickly(lambda: note_lead_above(many, 0, [LEAD] * 50_000), what="50,000 date lines")

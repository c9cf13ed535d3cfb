"""The year of a dateline without one, from the story's listed events the page reports
(issue 13): paraphrases written for these tests, in the forms wires print."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.intake.event_years import year_from_events
from corpus.metadata import date_from_page


def _page_date(text: str):
    return date_from_page(clean_page(text))


def _year(dateline_and_lead: str, month: int, day: int, rest: str = "") -> int | None:
    text = "Headline\n" + dateline_and_lead + ("\n" + rest if rest else "")
    found = year_from_events(month, day, text, len("Headline\n"))
    return found.year if found else None


def test_a_reported_happening_on_the_weekday_of_a_listed_event_gives_its_year():
    found = _page_date("Seoul keeps the pact\nSEOUL, Nov. 22 (Newswire) -- South Korea on Friday "
                       "conditionally suspended its decision to end GSOMIA, hours before the pact "
                       "was due to lapse.\nThe move followed weeks of pressure from Washington.\n")
    assert found.value == "2019-11-22"
    assert found.provenance.startswith("inferred from the dateline 'SEOUL, Nov. 22 (Newswire)'")
    assert "South Korea conditionally suspends its decision to end the pact" in found.provenance
    assert "\u201cFriday\u201d" in found.provenance


def test_the_event_on_the_dateline_s_day_or_in_the_week_its_weekday_counts_back():
    lead = "Japan and South Korea on Wednesday inked a pact to share military secrets on North Korea."
    assert _year("TOKYO, Nov. 23 (Wire) -- " + lead, 11, 23) == 2016
    assert _year("TOKYO, Nov. 24 (Wire) -- " + lead, 11, 24) == 2016  # filed the next day
    assert _year("TOKYO, Nov. 26 (Wire) -- " + lead, 11, 26) == 2016  # the Wednesday of its week
    assert _year("TOKYO, Dec. 1 (Wire) -- " + lead, 12, 1) is None  # Wednesday 30 Nov: no event
    # Undated, the lead tells the news of the dateline's day (or the day before), no more.
    undated = "Japan and South Korea inked a pact to share military secrets on North Korea."
    assert _year("TOKYO, Nov. 24 (Wire) -- " + undated, 11, 24) == 2016
    assert _year("TOKYO, Nov. 26 (Wire) -- " + undated, 11, 26) is None


def test_an_undated_lead_tells_the_news_of_its_dateline():
    lead = ("South Korea decided to scrap its military intelligence-sharing pact with Japan, the "
            "presidential office said, deepening a row over trade.")
    assert _year("SEOUL, Aug. 22 (Wire) -- " + lead, 8, 22) == 2019
    # ... but not as a later paragraph, where it may be background.
    assert _year("SEOUL, Aug. 22 (Wire) -- Officials met in Tokyo.", 8, 22, lead) is None


def test_background_in_the_lead_gives_no_year():
    for lead in ("Ties have soured since the two countries signed GSOMIA.",
                 "Seoul will use the US as a go-between, as it did before GSOMIA was signed.",
                 "The decision to end GSOMIA was later put on hold, officials recalled."):
        assert _year("SEOUL, Nov. 23 (Wire) -- " + lead, 11, 23) is None, lead


def test_plans_and_denials_give_no_year():
    for lead in ("South Korea will decide on Friday whether to end GSOMIA, officials said.",
                 "South Korea and Japan are expected to sign the pact on Wednesday.",
                 "South Korea did not sign the pact on Wednesday after all."):
        assert _year("SEOUL, Nov. 22 (Wire) -- " + lead, 11, 22) is None, lead


def test_a_weekday_that_is_not_the_events_gives_no_year():
    lead = "South Korea and Japan signed the intelligence pact on Monday, officials said."
    assert _year("SEOUL, Nov. 23 (Wire) -- " + lead, 11, 23) is None  # 23 Nov 2016 was a Wednesday


def test_the_day_a_statement_was_made_dates_only_a_statement_of_intent():
    # The signing is not dated by the day it was reported ...
    assert _year("TOKYO, Nov. 24 (Wire) -- Seoul and Tokyo signed the pact, officials said "
                 "Thursday.", 11, 24) is None
    # ... nor a decision by a later statement about it; a decision said that day is.
    assert _year("SEOUL, Aug. 23 (Wire) -- South Korea can reverse its decision to terminate "
                 "GSOMIA, the ministry said Friday.", 8, 23) is None
    assert _year("SEOUL, Aug. 23 (Wire) -- South Korea said Thursday it would end its "
                 "intelligence-sharing pact with Japan.", 8, 23) == 2019


def test_a_year_named_as_past_bounds_the_year_from_below():
    lead = "South Korea and Japan signed the intelligence pact on Wednesday."
    assert _year("SEOUL, Nov. 23 (Wire) -- " + lead, 11, 23) == 2016
    assert _year("SEOUL, Nov. 23 (Wire) -- " + lead, 11, 23,
                 "Exports have been curbed since 2019, when the row began.") is None
    # A year ahead or naming a thing bounds nothing: "the 2020 Olympics" in a page of 2016.
    assert _year("SEOUL, Nov. 23 (Wire) -- " + lead, 11, 23,
                 "Both will help secure the 2020 Olympics, which Tokyo will host in 2020.") == 2016


def test_two_events_of_two_years_leave_the_year_unknown():
    # 23 Nov 2016 was a Wednesday (the signing), 23 Nov 2019 the day after a Friday (the
    # suspension): the page's words fit both.
    assert _year("SEOUL, Nov. 23 (Wire) -- South Korea said on Friday it would keep GSOMIA.", 11, 23,
                 "The two countries inked the pact on Wednesday in Seoul.") is None


def test_a_date_the_text_places_by_itself_is_not_counted_from_the_dateline():
    lead = ("On November 23, 2016, the two governments signed GSOMIA, which took effect the "
            "same day.")
    assert _year("SEOUL, Nov. 24 (Wire) -- " + lead, 11, 24) is None


def test_a_date_line_without_a_year_takes_it_from_the_event_too():
    found = _page_date("GSOMIA: Pentagon concerned\nAugust 22 21:56\nThe Pentagon expressed "
                       "strong concern after South Korea's government announced that it had "
                       "decided to end GSOMIA.\nIt called for talks.\n")
    assert found.value == "2019-08-22"
    assert found.provenance.startswith("inferred from the date line 'August 22 21:56'")


def test_a_page_of_another_story_takes_no_year_from_this_ones_events():
    found = _page_date("Quake hits\nTOKYO, Nov. 23 (Wire) -- A strong earthquake struck "
                       "northern Japan on Wednesday, officials said.\n")
    assert found is None


def test_a_headline_is_not_the_lead():
    found = _page_date("Seoul scraps GSOMIA\nAugust 22 21:56\nThe Pentagon spoke of strong concern "
                       "over the news from Seoul.\nIt called for talks.\n")
    assert found is None


def test_a_headline_tells_the_news_when_the_lead_names_that_day():
    headline = "Seoul calls off signing of military pact with Tokyo\n"
    lead = "SEOUL, June 29 (Wire) -- South Korea will take the accord to parliament first, an official said {}."
    found = _page_date(headline + lead.format("Friday") + "\n")  # 29 June 2012 was a Friday
    assert found.value == "2012-06-29" and "the headline reports" in found.provenance
    assert _page_date(headline + lead.format("Thursday") + "\n").value == "2012-06-29"  # the day before
    assert _page_date(headline + lead.format("Monday") + "\n") is None
    assert _page_date(headline + "SEOUL, June 29 (Wire) -- Parliament will debate the accord on "
                                 "Friday, an official said.\n") is None  # a plan's weekday
    assert _page_date(headline + "SEOUL, June 29 (Wire) -- Parliament opens soon.\n") is None


def test_another_date_counted_from_the_dateline_that_disagrees_gives_no_year():
    # Under "Nov. 23" of 2016, "on Wednesday" is the signing's day, but "three years ago" is not.
    assert _year("SEOUL, Nov. 23 (Wire) -- The pact the two signed on Wednesday three years ago "
                 "survives.", 11, 23) is None
    # A year the text names by itself ("since 1945") is no such date.
    assert _year("SEOUL, Nov. 22 (Wire) -- No pact had bound the two since 1945 until the pact that "
                 "the government said Friday it would keep.", 11, 22) == 2019


def _dated(text: str) -> str | None:
    found = _page_date(text)
    return found.value if found else None


def test_months_counted_back_to_listed_events_and_the_lead_s_weekday_give_the_year():
    # The form of https://en.yna.co.kr/view/AEN20200109004100325 (prose of our own).
    lead = ("SEOUL, Jan. 9 (Newswire) -- South Korea may revive its suspended notice on the pact "
            "with Japan, the foreign ministry said Thursday.")
    rest = "Seoul decided in August to end the General Security of Military Information Agreement (GSOMIA)."
    found = _page_date(f"Seoul may revive notice\n{lead}\n{rest}\n")
    assert found.value == "2020-01-09"
    assert "counted back from the dateline in 2020" in found.provenance
    # 9 Jan 2020 was a Thursday: a lead naming another weekday leaves the year unknown ...
    assert _dated(f"Seoul may revive notice\n{lead.replace('Thursday', 'Friday')}\n{rest}\n") is None
    # ... and so does a month that is not the event's, or a plan.
    for other in (rest.replace("August", "March"),
                  "Seoul may decide in August to end the General Security of Military Information Agreement."):
        assert _dated(f"Seoul may revive notice\n{lead}\n{other}\n") is None

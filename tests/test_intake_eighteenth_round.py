"""Issue 13's eighteenth intake round, on texts of our own: first what the odd halves of
`holdout23` and `holdout24` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

import datetime

from corpus.intake.closing_credits import closing_credit
from corpus.intake.first_appeared import first_appeared_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.lead_credits import lead_credit
from corpus.intake.outlets import names_no_one, outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.years import CorpusSpan, year_from_span
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

LONG_STORY = f"{STORY} {STORY}"


# Datelines: a listed wire unbracketed after the date, a Kazakh agency's without a dash, regions.

def test_a_listed_wire_after_the_date_without_brackets():
    assert read_dateline(f"TOKYO, Oct. 4 Kyodo - {STORY}").credit == "Kyodo"
    assert read_dateline(f"TOKYO, Oct. 4 Reporters - {STORY}") is None  # not listed
    assert read_dateline(f"TOKYO. KAZINFORM {STORY}").credit == "KAZINFORM"
    assert read_dateline(f"TOKYO. POLICE {STORY}") is None


def test_a_region_with_its_connectors_or_without_its_comma():
    assert read_dateline(f"BUENOS AIRES, Ciudad Autonoma de Buenos Aires (AFP) - {STORY}").credit == "AFP"
    assert read_dateline(f"TACOMA Washington (Reuters) - {STORY}").credit == "Reuters"
    # a region without its comma only before a listed credit
    assert read_dateline(f"NORTH Korea Says (Seoul) - {STORY}") is None


def test_undated_credits_no_one():
    assert names_no_one("Undated")
    assert outlet_of(f"Tsai wins\n\n  • NPR\n\n(Undated) — {LONG_STORY}\n") == "NPR"


# The lead opening with a listed name: after a dash, or with its desk after a slash.

def test_a_listed_name_and_a_dash_or_its_desk_opening_the_lead():
    assert lead_credit(f"USPA News - {LONG_STORY}", outlets()) == "USPA News"
    assert lead_credit(f"Iran Press/Asia: {LONG_STORY}", outlets()) == "Iran Press"
    assert lead_credit(f"Seoul - {LONG_STORY}", outlets()) is None  # a place
    assert lead_credit(f"Seoul/Asia: {LONG_STORY}", outlets()) is None
    assert lead_credit("USPA News - Home", outlets()) is None  # no sentence after it


# Dates: opening a lead before a place in brackets; a label in capitals glued to the month.

def test_a_date_opening_the_lead_before_a_place_in_brackets():
    story = LONG_STORY.replace(" on Tuesday", "")  # (16 September 2020 was a Wednesday)
    lead = f"16th September 2020 – (Tokyo) {story} {story}"
    assert len(lead) > 160 and date_of(f"Suga elected\n\n{lead}\n") == "2020-09-16"
    assert find_date_line("16 September 2020 – (Tokyo) Once the vote ended").value == "2020-09-16"
    # a timeline's entry, no place in brackets, is none
    assert find_date_line("16 September 2020 – Suga elected prime minister") is None
    assert date_of(f"Suga elected\n\n16th September 2020 – Suga was elected. {story} {story}\n") is None


def test_a_label_in_capitals_glued_to_the_month():
    assert find_date_line("MIN READJul 4, 2017 | 10:04 GMT").value == "2017-07-04"
    assert find_date_line("The Korea TimesNov 22, 2019").value == "2019-11-22"  # as before
    assert find_date_line("MIN READJul 4, 2017 the pact was signed in Seoul by both ministers") is None


# Written from the even halves.

def test_an_aggregators_date_line_with_its_source_and_sections():
    assert find_date_line("2013-04-09 05:03:50| BBC News | Business | UK Edition").value == "2013-04-09"
    assert find_date_line("2013-04-09 05:03:50| Somebody Else | Business | UK Edition") is None
    raw = f"je.st\nnews\nWorkers stay away\n2013-04-09 05:03:50| BBC News | Business | UK Edition\n{LONG_STORY}\n"
    assert outlet_of(raw) == "BBC News"


def test_a_news_source_field():
    assert outlets().named(first_appeared_credit("News Source:RTI", outlets())) == "Radio Taiwan International"
    assert outlets().named(first_appeared_credit("新聞來源:華視新聞", outlets())) == "Chinese Television System"
    assert first_appeared_credit("News Source:the ministry", outlets()) is None


def test_a_wire_and_its_partner_glued_after_a_year():
    assert closing_credit(f"{STORY} It was much like that of 2016.EFE-EPA", outlets()) == "EFE-EPA"
    assert closing_credit(f"{STORY} It won 38.5 percent in 2016.NOTE", outlets()) is None  # unlisted


def test_a_weekday_that_fits_only_as_the_day_before_in_the_span_while_fitting_earlier():
    span = CorpusSpan(datetime.date(2013, 9, 7), datetime.date(2015, 8, 14), 30)
    lead = "North Korean workers did not turn up on Tuesday at the complex."
    text = f"{lead} It began production in late 2004 and ran on after the shelling in 2010."
    # 9 April 2013 was a Tuesday (before the span); 2014's 9 April a Wednesday: unknown, not 2014
    assert year_from_span(4, 9, span, lead, text) is None
    # when no earlier year fits the day itself, the day before still picks one
    text_2014 = f"{lead} It kept running even after the shelling in 2014."
    assert year_from_span(4, 9, span, lead, text_2014).year == 2014


def test_a_site_tools_labels_are_furniture():
    from corpus.intake.furniture import is_furniture
    for line in ("Full article", "Full version", "Article Search", "Connected Content", "Upcoming Events",
                 "Editorial content", "STAFF REPORT", "Official Trailer:", "sponsored by", "新聞關鍵字", "加入Line好友"):
        assert is_furniture(line), line
    assert not is_furniture("Full text of Taiwan President Tsai Ing-wen's acceptance speech")
    assert not is_furniture("Upcoming events will decide the vote.")


# A yearless dateline's year from an officeholder taking office on its day (a fact of the world).

def test_a_holder_taking_office_on_the_datelines_day_gives_its_year():
    from corpus.intake.office_starts import year_of_taking_office
    lead = ("Japan's parliament, the Diet, on Wednesday elected Yoshihide Suga, president of the ruling "
            "Liberal Democratic Party, as prime minister.")
    assert year_of_taking_office(9, 16, lead).year == 2020
    raw = f"Diet names Suga\n\nTokyo, Sept. 16 (Jiji Press)--{lead}\n\n{STORY.replace(' on Tuesday', '')}\n"
    assert date_of(raw) == "2020-09-16"
    # another weekday (a year later, recalling it), none named, another day, or no taking of office
    assert year_of_taking_office(9, 16, lead.replace("Wednesday", "Thursday")) is None
    assert year_of_taking_office(9, 16, lead.replace("on Wednesday ", "")) is None
    assert year_of_taking_office(9, 17, lead) is None
    assert year_of_taking_office(9, 16, "On Wednesday Prime Minister Yoshihide Suga visited Osaka.") is None

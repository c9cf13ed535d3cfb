"""The year of a dateline without one, from the officeholders the page names in office
(issue 13): leads written for these tests, in the forms wires print."""

from __future__ import annotations

import datetime
import json

import pytest

from corpus.cleaning import clean_page
from corpus.intake.office_years import OFFICES_FILE, holders, holders_out_of_office, year_from_offices
from corpus.metadata import date_from_page


def _page_date(text: str):
    return date_from_page(clean_page(text))


def _year(text: str, month: int, day: int, since: int = 0, weekday: str | None = None) -> int | None:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    found = year_from_offices(month, day, text, since, days.index(weekday) if weekday else None)
    return found.year if found else None


def test_a_holder_the_lead_names_and_its_weekday_give_the_year():
    found = _page_date("Moon vows to keep working with Tokyo\nSEOUL, Nov. 19 (Newswire) -- President "
                       "Moon Jae-in said Tuesday that security ties with Japan would go on whatever "
                       "became of the intelligence pact.\nHe spoke at a televised town hall.\n")
    assert found.value == "2019-11-19"
    assert found.provenance.startswith("inferred from the dateline 'SEOUL, Nov. 19 (Newswire)'")
    assert "President Moon Jae-in (2017-05-10 to 2022-05-09)" in found.provenance
    assert "Tuesday" in found.provenance


def test_one_year_in_a_short_term_needs_no_weekday():
    # Taro Kono was defence minister from September 2019 to September 2020: one 22 November.
    assert _year("TOKYO, Nov 22 (Wire) -- Japanese Defense Minister Taro Kono voiced concern.", 11, 22) == 2019
    # As foreign minister (August 2017 to September 2019) he saw two: none is taken without a weekday.
    assert _year("Foreign Minister Taro Kono met his counterpart.", 11, 22) is None


def test_a_weekday_picks_one_of_several_years_or_none_when_more_fit():
    lead = "President Moon Jae-in told aides on {} that the talks must go on."
    assert _year(lead.format("Tuesday"), 11, 19, weekday="Tuesday") == 2019
    # Monday: 19 November 2018, or the day before 19 November 2019 (a story filed the next morning):
    # a story of that very day is the likelier (of the development set's pages read as if yearless,
    # 14 of 14 so split were), so 2018
    assert _year(lead.format("Monday"), 11, 19, weekday="Monday") == 2018
    assert _year(lead.format("Friday"), 11, 19, weekday="Friday") == 2021
    assert _year(lead.format("Thursday"), 11, 19, weekday="Thursday") == 2020  # (or 2021's eve)
    # a year whose day before it was, alone, is not taken when others fit the terms
    assert _year(lead.format("Wednesday"), 11, 19, weekday="Wednesday") is None  # only 2020's eve
    # nor one of that very day when two others' day before it was: Prime Minister Abe (to September
    # 2020) on Saturday 1 March: 2014, or the eve of 1 March 2015 and of 1 March 2020
    assert _year("Prime Minister Shinzo Abe said on Saturday.", 3, 1, weekday="Saturday") is None
    assert _year(lead.format("recently"), 11, 19) is None  # 2017 to 2021: five years fit
    # of several years, one whose day before is the weekday is not taken: the lead's weekday may be
    # days back ("Kim reappeared on Friday", on a page of Sunday 3 May 2020; Saturday 3 May 2025)
    trump = "President Donald Trump said he was glad to see Kim back on Friday."
    assert _year(trump, 5, 3, since=2020, weekday="Friday") is None
    kono = "Defense Minister Taro Kono spoke on Sunday."  # 22 November 2019 was a Friday
    assert _year(kono, 11, 22, weekday="Sunday") is None


def test_past_holders_give_no_year():
    for text in ("Former President Park Geun-hye was removed from office.",
                 "The pact was signed under then-President Park Geun-hye.",
                 "the late former South Korean President Kim Dae-jung and ex-President Park Geun-hye",
                 "박근혜 전 대통령은 말했다.", "安倍元首相は述べた。", "韩国前总统朴槿惠"):
        assert _year(text, 11, 23) is None, text


def test_holders_in_office_at_different_times_give_no_year():
    text = ("Defense Minister Jeong Kyeong-doo met reporters. The accord was inked in 2016 under "
            "President Park Geun-hye.")
    assert _year(text, 11, 22) is None


def test_a_year_the_text_names_as_past_bounds_the_year():
    # Yun Byung-se was foreign minister from March 2013 to June 2017: 1 July fell in 2013 to 2016.
    text = "Foreign Minister Yun Byung-se said talks would resume."
    assert _year(text, 7, 1) is None
    assert _year(text, 7, 1, since=2016) == 2016


@pytest.mark.parametrize("text, year", [
    ("문재인 대통령은 19일 일본과의 안보 협력을 이어가겠다고 말했다.", 2019),
    ("岸田文雄首相は16日、尹錫悦大統領と会談した。", 2023),
    ("韩国总统文在寅19日表示", 2019),
])
def test_korean_japanese_and_chinese_pages_name_holders_before_their_titles(text, year):
    weekday = "Thursday" if year == 2023 else "Tuesday"
    month, day = (3, 16) if year == 2023 else (11, 19)
    assert _year(text, month, day, weekday=weekday) == year


def test_a_vice_president_is_not_the_president():
    # Vice President Biden (2009-2017) beside President Park (2013-2017): of 2013 to 2016, 6 December
    # was a Tuesday in 2016 only; read as President Biden (2021-2025), their terms would never meet.
    for text in ("Vice President Joe Biden met President Park Geun-hye on Tuesday.",
                 "美国副总统拜登周二会见了韩国总统朴槿惠。"):
        assert _year(text, 12, 6, weekday="Tuesday") == 2016, text
    assert _year("President Joe Biden met President Park Geun-hye on Tuesday.", 12, 6, weekday="Tuesday") is None


def test_a_title_before_another_name_or_a_name_without_its_title_is_no_holder():
    assert _year("Speaker Moon Hee-sang and Moon Jae-in's aides met on Tuesday.", 11, 19,
                 weekday="Tuesday") is None


def test_a_holder_named_in_a_sentence_that_prints_a_year_dates_that_time_not_the_page():
    caption = ("South Korea's Unification Minister Cho Myoung-gyon, center left, attends the opening of "
               "the liaison office in Kaesong, Friday Sept. 14, 2018.\n")
    story = "The North blew up the liaison office on Tuesday, Seoul's ministry said."
    assert _year(caption + story, 6, 16, weekday="Tuesday") is None
    assert holders_out_of_office("2020-06-16", caption + story) == []  # (Cho left office in 2019)
    assert [h.name for h in holders_out_of_office("2020-06-16", "Unification Minister Cho Myoung-gyon said.")] \
        == ["Cho Myoung-gyon"]


def test_holders_beyond_the_story_s_countries_narrow_the_years():
    # President Moon (2017-2022) on 22 November: five years; with Emperor Akihito (until April 2019)
    # and a Thursday, 2018 (22 November was a Thursday); with Emperor Naruhito (from May 2019), 2019
    # to 2021, in none of which it was a Thursday (2019's eve only): none
    moon = "President Moon Jae-in met envoys on Thursday."
    assert _year(moon, 11, 22) is None
    assert _year(moon + " Emperor Akihito sent a message.", 11, 22, weekday="Thursday") == 2018
    assert _year(moon + " Emperor Naruhito sent a message.", 11, 22, weekday="Thursday") is None
    # President Park (2013 to March 2017) with Taiwan President Tsai Ing-wen (from May 2016): 2016
    park = "President Park Geun-hye spoke to the cabinet."
    assert _year(park, 11, 23) is None
    assert _year(park + " Taiwan President Tsai Ing-wen spoke too.", 11, 23) == 2016
    assert _year(park + " Pope Francis sent a message.", 11, 23) is None  # (2013 to 2025: no help)


def test_the_offices_file_is_well_formed():
    data = json.loads(OFFICES_FILE.read_text(encoding="utf-8"))
    for entry in data["holders"]:
        assert entry["office"] in data["offices"], entry
        assert entry["names"], entry
        for first, last in entry["terms"]:
            assert datetime.date.fromisoformat(first) <= datetime.date.fromisoformat(last or "9999-12-31")
    assert len(holders()) == len(data["holders"])


def test_japanese_names_printed_family_name_first_with_long_vowels_are_holders():
    # nippon.com and Japan's government print "Prime Minister Abe Shinzō": Kono was defence minister
    # from September 2019 to September 2020, so 29 August fell in his term, and Abe's, in 2020 only
    lead = "Tokyo, Aug. 29 (Jiji Press)—Prime Minister Abe Shinzō and Defense Minister Kōno Tarō met."
    assert _year(lead, 8, 29) == 2020


def test_a_foreign_ministry_spokesperson_is_a_holder():
    # Zhao Lijian spoke for China's foreign ministry from 2020 to early 2023: of those years
    # 24 February was a Monday in 2020 only
    lead = "BEIJING, Feb. 24 (Xinhua) -- Chinese Foreign Ministry spokesperson Zhao Lijian said Monday."
    assert _year(lead, 2, 24, weekday="Monday") == 2020
    assert _year("外交部发言人赵立坚24日表示", 2, 24, weekday="Monday") == 2020


def test_holders_of_the_years_before_the_story_date_pages_of_those_years():
    # Song Min-soon was foreign minister from December 2006 to February 2008: 4 December 2007
    # was the Tuesday (in 2006 a Monday)
    assert _year("SEOUL, Dec. 4 (Yonhap) -- Foreign Minister Song Min-soon said Tuesday.", 12, 4,
                 weekday="Tuesday") == 2007
    assert _year("Prime Minister Yasuo Fukuda met President Roh Moo-hyun.", 1, 15) == 2008


def test_party_offices_and_corrected_terms_contradict_a_date_line_years_away():
    # Kim Jong Un has been General Secretary since January 2021; Kim Sung-hwan foreign minister
    # from October 2010 (not 2008)
    assert [h.name for h in holders_out_of_office("2019-06-01", "General Secretary Kim Jong Un spoke.")] \
        == ["Kim Jong Un"]
    assert [h.name for h in holders_out_of_office("2009-06-01", "Foreign Minister Kim Sung-hwan said.")] \
        == ["Kim Sung-hwan"]


def test_leaders_of_the_region_beyond_the_story_date_pages_of_their_years():
    # Rodrigo Duterte was the Philippines' president from June 2016 to June 2022: of those years
    # 12 July was a Tuesday in 2016 only (in 2022 he had left office)
    lead = "MANILA, July 12 (Wire) -- President Rodrigo Duterte's government welcomed the ruling on Tuesday."
    assert _year(lead, 7, 12, weekday="Tuesday") == 2016
    # Prime Minister Anthony Albanese (from May 2022) with President Ferdinand Marcos Jr. (from June
    # 2022): of the years both held office, 8 September was a Friday in 2023 only
    both = "JAKARTA, Sept. 8 -- Prime Minister Anthony Albanese met President Ferdinand Marcos Jr. on Friday."
    assert _year(both, 9, 8, weekday="Friday") == 2023
    # a name printed without its title, or the earlier President Marcos, is no holder
    assert _year("JAKARTA, Sept. 8 -- Albanese met Marcos on Friday.", 9, 8, weekday="Friday") is None
    assert _year("MANILA, Feb. 25 -- President Ferdinand Marcos fled on Tuesday.", 2, 25, weekday="Tuesday") is None

"""Issue 13's seventeenth intake round, on texts of our own: first what the odd halves of
`holdout21` and `holdout22` showed, then (after "Written from the even halves") what the even
halves showed once they had been scored blind. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.office_years import named_in_office, holders_out_of_office
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from corpus.intake.site_clocks import is_weather_clock
from tests.test_intake_fourteenth_round import STORY
from tests.test_metadata_copied_forms import date_of

LONG_STORY = f"{STORY} {STORY}"
MINISTER = ("Defense Minister Han Min-koo and the Japanese ambassador signed the pact at the "
            "ministry in Seoul, officials said after a short ceremony in the capital.")


# A site's clock that the story's officeholders contradict (a wrong date before the round).

def test_a_date_line_the_officeholders_in_office_contradict_is_no_date():
    assert date_of(f"MASTHEAD\n\n04/19/2024 02:06:38 am\n\nPact signed in Seoul\n\n{MINISTER}\n") is None
    # within the holder's term, or a year after it, the date stands
    assert date_of(f"MASTHEAD\n\n11/23/2016 02:06:38 am\n\nPact signed in Seoul\n\n{MINISTER}\n") == "2016-11-23"
    assert holders_out_of_office("2018-03-01", MINISTER) == []
    # a past holder ("former") contradicts nothing
    assert holders_out_of_office("2024-04-19", MINISTER.replace("Defense Minister", "former Defense Minister")) == []


def test_a_vice_president_is_not_the_president_of_the_same_name():
    assert [(h.title, h.name) for h in named_in_office("U.S. Vice President Joe Biden said.")] \
        == [("Vice President", "Joe Biden")]
    assert [(h.title, h.name) for h in named_in_office("U.S. President Joe Biden said.")] \
        == [("President", "Joe Biden")]


# A weather widget's clock above the title; the page's own date line below stands.

def test_a_weather_widgets_date_is_a_clock():
    opening = ("Today in New Delhi, India", "Jun 19, 2019-Wednesday", "New Delhi", "• Humidity", "• Wind")
    assert is_weather_clock("Jun 19, 2019-Wednesday", opening)
    raw = ("Today in New Delhi, India\nJun 19, 2019-Wednesday\nNew Delhi\n• Humidity\n• Wind\n\n"
           f"Volcano toll rises to 43 as more bodies are found\n\n{LONG_STORY}\n\n"
           "world Updated: Oct 01, 2014 11:12 IST\n\n" + LONG_STORY + "\n")
    assert date_of(raw) == "2014-10-01"
    # a date line among a site's short lines that are no weather
    assert not is_weather_clock("Jun 19, 2019", ("Home", "Jun 19, 2019", "World", "Asia"))
    # the widget's lines beyond a title do not reach a date line under it
    assert not is_weather_clock("Oct 01, 2014", ("• Wind", "Volcano toll rises to 43 as bodies are found", "Oct 01, 2014"))


# A forum's poster before the date; a listed site's name glued to its date.

def test_a_posters_handle_before_a_date():
    assert find_date_line("luvsmiling, July 7, 2014, 8:40 a.m.").value == "2014-07-07"
    assert find_date_line("seoul, July 7, 2014 the pact was signed") is None  # a sentence after it
    assert find_date_line("luvsmiling, July 7") is None  # no year


def test_a_listed_sites_name_glued_to_its_date():
    assert find_date_line("zakzak2012.09.11").value == "2012-09-11"
    assert find_date_line("apple2012.09.11") is None  # not a listed site
    assert outlets().named("zakzak") == "ZAKZAK"


# ---- Written from the even halves -------------------------------------------------------------

def test_a_korean_photo_captions_date_is_not_the_pages():
    caption = ("(서울=연합뉴스) 김철수 기자 = 박 당선인이 19일 밤 당사를 찾아 지지자들에게 손을 흔들고 있다. "
               "2012.12.19 kim@yna.co.kr")
    assert find_date_line(caption) is None
    # a headline before a date after a full stop stands
    assert find_date_line("Seoul weighs a middle way. November 8, 2019 07:38").value == "2019-11-08"


def test_a_date_under_the_story_after_the_desks_address():
    raw = f"Seoul decides to widen its zone\n\n{LONG_STORY}\n\n{LONG_STORY}\n\nenglishnews@paper.com / Dec. 02, 2013 11:31 KST\n"
    assert date_of(raw) == "2013-12-02"
    # a sentence after the address names no date of the page
    assert date_of(f"Seoul decides\n\n{LONG_STORY}\n\nwrite to desk@paper.com / on Dec. 02, 2013 we met\n") is None


def test_a_date_with_its_source_and_web_editor():
    assert find_date_line("2014-07-03 11:27 Xinhua Web Editor: Mo Hong'e").value == "2014-07-03"
    assert find_date_line("2014-07-03 11:27 Somebody Web Editor: Mo Hong'e") is None  # no listed source


def test_the_source_beside_a_date_and_the_web_editor_names_the_outlet():
    from corpus.intake.source_notes import editor_line_credit
    assert editor_line_credit("2014-07-03 11:27 Xinhua Web Editor: Mo Hong'e", outlets()) == "Xinhua"
    assert editor_line_credit("2014-07-03 11:27 Somebody Web Editor: Mo Hong'e", outlets()) is None
    assert editor_line_credit("Xinhua said on 2014-07-03 that the editor: Mo", outlets()) is None


def test_an_original_and_its_carrier_closing_a_japanese_caption():
    from corpus.intake.east_asian_credits import east_asian_closing
    caption = "北朝鮮は長距離弾道ミサイルを発射した。(2012年12月12日) 【朝鮮通信=時事】"
    assert east_asian_closing(caption, outlets()) == "時事通信"  # the original unlisted: its carrier
    assert east_asian_closing("ミサイルを発射した。【AFP=時事】", outlets()) == "AFP"
    assert east_asian_closing("ミサイルを発射した。【写真=時事】", outlets()) is None  # a picture's credit


def test_a_date_in_brackets_closing_a_japanese_story():
    story = "北朝鮮は12日午前、長距離弾道ミサイルを発射した。日本政府によると、ミサイルは沖縄上空を通過した。" * 2
    assert date_of(f"北朝鮮がミサイル発射\n\n{story}(2012年12月12日) 【朝鮮通信=時事】\n") == "2012-12-12"
    assert date_of(f"北朝鮮がミサイル発射\n\n{story}（2012/12/12-10:32）\n") == "2012-12-12"
    # a date in brackets inside the story, a sentence after it, is none of the page's
    assert date_of(f"北朝鮮がミサイル発射\n\n{story}(2012年12月12日) その後、政府は会見を開いた。\n") is None

"""Issue 13's thirty-second intake round, on texts of our own: the wrong dates of the odd halves of
`holdout44` to `holdout47`. A positive failed before the round; a negative beside it keeps what must
not change."""

from __future__ import annotations

from corpus.intake.outlets import outlets
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Rescue teams searched the burned town for a third day on Thursday as the county said the "
            "number of people known to have died had risen again, officials said.\n")
EN_MORE = ("Hundreds of residents who fled the flames were staying in shelters, and the governor said "
           "rebuilding would take years, according to the county's statement.\n")
KO_STORY = ("배우 윤모씨가 25일(현지시간) 열린 시상식에서 여우조연상을 받으며 한국 배우로는 처음으로 "
            "연기상을 수상했다고 주최 측이 밝혔다.\n")


# A masthead's clock: the date beside the temperature or the link to today's paper

def test_a_date_beside_the_temperature_or_todays_paper_is_the_mastheads_clock():
    page = "Island Herald\n\n{}\n\nTop News\n\nTown's toll rises as fire crews search\n\n" + EN_STORY + EN_MORE
    assert date_of(page.format("Sunday, April 28, 2024 81° Today's Paper")) is None
    assert date_of(page.format("Sunday, April 28, 2024 | 28°C")) is None
    # a date line alone stays the page's
    assert date_of(page.format("Thursday, August 10, 2023")) == "2023-08-10"


# A Korean article line's "승인" (the stamp of its release) over the masthead's date of today

def test_a_korean_release_stamp_dates_the_page_over_the_mastheads_day():
    page = ("배우 윤씨, 한국 첫 연기상\n{}\n배우 윤씨, 한국 첫 연기상\n  • 기자명 김민지\n  • {}\n  • 댓글 0\n"
            + KO_STORY + KO_STORY)
    assert date_of(page.format("MON, AUGUST 15, 2022", "승인 2021.04.27 12:33")) == "2021-04-27"
    # without the stamp's label, the first date line stands
    assert date_of(page.format("MON, AUGUST 15, 2022", "조회수 120")) == "2022-08-15"


# Two days printed on one line, no label telling which is the page's: unknown, not a guess

def test_a_title_printing_two_days_dates_nothing():
    page = "{}\n[open pdf - 92KB]\n" + EN_STORY + EN_MORE
    assert date_of(page.format("The Island's January 6, 2016, Fire, January 7, 2016")) is None
    assert date_of(page.format("The Island's January 6, 2016, Fire (January 7, 2016) Report")) is None
    # ... but a full date in brackets closing the title is the report's day of issue (intake round 109: the real
    # page this form follows, holdout44/001, is labelled with it)
    assert date_of(page.format("The Island's January 6, 2016, Fire [January 7, 2016]")) == "2016-01-07"
    # one day in a short title's line still dates it; a labelled pair is read by its label
    assert date_of(page.format("Island Fire [January 7, 2016]")) == "2016-01-07"
    assert date_of(page.format("Published January 6, 2016 Updated January 7, 2016")) == "2016-01-06"



# Unknowns, by forms many pages print

def test_a_caption_opening_with_place_and_day_is_no_dateline():
    page = ("Storm toll climbs past 1,700\n"
            "Tacloban, Philippines, 9 November. Aid workers unload sacks of rice at the airport. (WFP/Jane Roe)\n"
            "MANILA, Nov. 11 (UPI) -- " + EN_STORY + EN_MORE + "The storm came ashore on Friday, 2013 reports said.\n")
    assert outlet_of(page) == "United Press International"
    # a caption's line that credits a wire still opens with the wire's dateline
    credited = ("Storm toll climbs past 1,700\nTACLOBAN, Philippines, Nov 9 (Reuters) - " + EN_STORY + EN_MORE)
    assert outlet_of(credited) == "Reuters"


def test_a_japanese_magazines_compiled_by_line_credits_its_listed_site():
    page = ("日本が終盤に勝ち越し\n日本代表は23日、初戦でドイツと戦い、終盤に勝ち越した。\n"
            "相手を背負いながら最後は右足で決めた。\n{}\n【PHOTO】スタンドの風景\n")
    assert outlet_of(page.format("構成●サッカーダイジェストWeb編集部")) == "Soccer Digest Web"
    # a picture's credit in the same form names no one
    assert outlet_of(page.format("写真●サッカーダイジェストWeb編集部")) is None


def test_a_press_wires_slashed_name_after_the_day_credits_and_dates():
    page = "Chip plant to hold its ceremony in February\n{} TSMC's first factory will open. " + EN_STORY + EN_MORE
    raw = page.format("December 12, 2023 /SemiMedia/ --")
    assert outlet_of(raw) == "SemiMedia" and date_of(raw) == "2023-12-12"
    # an unlisted name between slashes credits no one
    assert outlet_of(page.format("December 12, 2023 /Chipwatch Weekly/ --")) is None


def test_outlets_named_in_their_scripts_and_domains():
    for name, listed in (("俄羅斯衛星通訊社", "Sputnik"), ("台灣英文新聞", "Taiwan News"),
                         ("Hankookilbo", "Hankook Ilbo"), ("Le Monde.fr", "Le Monde"), ("동양뉴스", "Dongyang News"),
                         ("サッカーダイジェストWeb", "Soccer Digest Web"), ("Gizchina", "Gizchina"), ("G1", "G1")):
        assert outlets().named(name) == listed
    assert outlets().at_host("semimedia.cc") == "SemiMedia" and outlets().at_host("dynews1.com") == "Dongyang News"

"""Issue 13's sixty-fourth intake round, on texts of our own: the odd half of `holdout82` (the press of the
Middle East, Turkey, Iran and Africa). The wrong date first: a site's clock beside its bar of service links;
then an Arabic date line naming its month by both names ("آب / أغسطس") with an English ordinal; then outlets: a
video page's channel line with its views, a masthead and its motto, sites now listed; then furniture: comment
boxes, an Arabic comment policy, "Read also:", a picture search's caption, an agency's number of the story.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_ninth_round import EN_STORY
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

TITLE = "Floods close the river road\n\n"


def test_a_clock_beside_a_bar_of_service_links_dates_nothing():
    raw = f"Home | Terms & Conditions | Help\n\nMarch 3, 2025, 9:40 am\n\n{TITLE}{EN_STORY * 3}"
    assert date_of(raw) is None


@pytest.mark.parametrize("bar", ["Home | World | Asia", "Home | Help"])
def test_a_date_under_a_bar_of_sections_or_a_breadcrumb_dates_the_page_as_before(bar):
    raw = f"{bar}\n\nMarch 3, 2025, 9:40 am\n\n{TITLE}{EN_STORY * 3}"
    assert date_of(raw) == "2025-03-03"


AR_STORY = ("قال مسؤولون في المدينة إن فرق الإنقاذ عملت طوال الليل، وإن سبب الحادث لا يزال مجهولا، وإن تفاصيل "
            "أخرى ستعلن الأسبوع المقبل.\n\n")


@pytest.mark.parametrize("line, date", [
    ("تم نشره الاثنين 3rd آذار / مارس 2025 09:40 صباحاً", "2025-03-03"),  # both names, an English ordinal
    ("الأحد 5 تشرين الأول / أكتوبر 2025", "2025-10-05"),  # a Levantine name of two words
])
def test_an_arabic_date_line_naming_its_month_twice_dates_the_page(line, date):
    assert date_of(f"فيضانات تغلق طريق النهر\n\n{line}\n\n{AR_STORY * 3}") == date


@pytest.mark.parametrize("line, date", [
    ("الاثنين 3 آذار / نيسان 2025", None),  # two months named: left unread
    ("الاثنين 3 مارس 2025", "2025-03-03"),  # one name, read as before
])
def test_an_arabic_date_line_whose_names_disagree_is_left_and_one_name_read_as_before(line, date):
    assert date_of(f"فيضانات تغلق طريق النهر\n\n{line}\n\n{AR_STORY * 3}") == date


@pytest.mark.parametrize("line, outlet", [
    ("PressTV 20417 views", "Press TV"),  # a video page's channel line
    ("RipplesNigeria …without borders, without fears", "Ripples Nigeria"),  # the masthead and its motto
])
def test_a_listed_name_beside_its_views_or_its_motto_is_the_outlet(line, outlet):
    assert outlet_of(f"{TITLE}{line}\n\n{EN_STORY * 3}") == outlet


@pytest.mark.parametrize("line", [
    "Harbour Channel 20417 views",  # an unlisted channel: any video's
    "RipplesNigeria … and the rest of the country's press went on to report the floods at length for a week",
])
def test_an_unlisted_channel_or_a_long_sentence_after_a_name_names_no_outlet(line):
    assert outlet_of(f"{TITLE}{line}\n\n{EN_STORY * 3}") is None


@pytest.mark.parametrize("masthead, outlet", [
    ("المدينة نيوز :- ", "Almadenah News"), ("", None),
])
def test_sites_now_listed_are_found_by_their_lead_credits(masthead, outlet):
    assert outlet_of(f"فيضانات تغلق طريق النهر\n\n{masthead}{AR_STORY * 3}") == outlet


LAST_LINES = ("The bridge will reopen next month after repairs, the city said in a statement on its website.\n"
              "Residents were told to avoid the river road until the water level falls below the warning mark.\n")


@pytest.mark.parametrize("signature, outlet", [("TPS", "Tazpit Press Service"), ("Harbour Desk", None)])
def test_a_wires_name_closing_the_story_is_found_now_listed(signature, outlet):
    assert outlet_of(f"{TITLE}{EN_STORY * 3}{LAST_LINES}{signature}\n") == outlet


COMMENT_BOX_LINES = (
    "Add Comments", "Facebook comments", "Join the conversation", "You are replying to: .", "yorumunuz", "Ekler",
    "Back to News", "Connect with us", "Read also: City opens new bridge after repairs",
    "Image result for floods on the river road", "News ID 1843302",
    "نعلم قراءنا الأعزاء أنه لا يتم نشر سوى التعليقات التي تحترم الآخرين", "و نشكر لكم تفهمكم.",
)
SENTENCES_ABOUT_THEM = (
    "Readers can add comments below the story, the editor said on Monday.",
    "Read also the statement the ministry issued, officials told reporters at the scene.",
    "The agency gave the news ID 1843302 to the report, which officials later withdrew from its site.",
)


@pytest.mark.parametrize("line, furniture", [*((line, True) for line in COMMENT_BOX_LINES),
                                             *((line, False) for line in SENTENCES_ABOUT_THEM)])
def test_comment_boxes_links_and_a_picture_searchs_caption_are_furniture_sentences_stay(line, furniture):
    assert is_furniture(line) is furniture

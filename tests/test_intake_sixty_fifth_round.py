"""Issue 13's sixty-fifth intake round, on texts of our own: the even halves of `holdout80`-`holdout82`. The wrong
outlets first: a review of the papers, whose headings name the papers reviewed, and a picture's caption printed
twice, the second time with its agency; then outlets: a lead opening on the site's address as its name ("X.com,
Place - …"), an Arabic name glued to the lead's dash, sites now listed; then furniture: buttons, links and pitches.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_ninth_round import EN_STORY
from tests.test_metadata_outlets import outlet_of

TITLE = "Floods close the river road\n\n"
REVIEW = ("Storms fill the morning papers\n\n6:40 am on 3 March 2025\n\n"
          "Monday's storms dominate every front page this morning.\n\n"
          "The Clarion\n\nThe Clarion runs the headline 'Washed Away' over a picture of the river road in flood.\n\n"
          "NZ Herald\n\nThe New Zealand Herald calls it 'A City Under Water', with a picture of the harbour.\n\n")


def test_the_papers_heading_a_review_of_the_papers_are_not_the_outlet():
    assert outlet_of(f"{REVIEW}{EN_STORY * 3}") is None


def test_a_listed_name_heading_the_one_paragraph_naming_it_is_still_the_outlet():
    raw = (f"{TITLE}NZ Herald\n\nThe New Zealand Herald is the country's largest daily paper, printed in Auckland "
           f"every morning since 1863 and read online across the country.\n\n{EN_STORY * 2}")
    assert outlet_of(raw) == "The New Zealand Herald"


def test_a_caption_printed_twice_with_its_agency_after_it_credits_the_picture():
    caption = "Minister Ito Kenji"  # a picture's alternative text, then its caption and credit
    assert outlet_of(f"{TITLE}{caption}\n{caption} Reuters\n\n{EN_STORY * 3}") is None


def test_an_agency_named_alone_under_the_title_is_still_the_outlet():
    assert outlet_of(f"{TITLE}Reuters\n\n{EN_STORY * 3}") == "Reuters"


ID_STORY = ("Liputan6.com, Surabaya - Tim penyelamat bekerja sepanjang malam dan penyebab kecelakaan itu masih belum "
            "diketahui, kata para pejabat kota.\n\n")


@pytest.mark.parametrize("lead, outlet", [
    (ID_STORY, "Liputan6"),  # a listed site's address as its name
    (ID_STORY.replace("Liputan6.com", "Contohberita.com"), None),  # an address no outlet of the list has
])
def test_a_lead_opening_on_the_sites_address_and_the_place_names_a_listed_site(lead, outlet):
    assert outlet_of(f"{TITLE}{lead}{EN_STORY * 2}") == outlet


AR_LEAD = "قال مسؤولون في المدينة إن فرق الإنقاذ عملت طوال الليل، وإن سبب الحادث لا يزال مجهولا حتى الآن.\n\n"


@pytest.mark.parametrize("name, outlet", [
    ("القبة نيوز", "Alqubbah News"),  # a listed name glued to the dash
    ("طوكيو", None),  # a place
])
def test_an_arabic_name_glued_to_the_leads_dash_is_the_outlet_when_listed(name, outlet):
    assert outlet_of(f"{name}- {AR_LEAD}{AR_LEAD}") == outlet


@pytest.mark.parametrize("raw, outlet", [
    ("Lũ lụt đóng cửa đường ven sông\n\nTTO - Chủ nhật (3-3), lực lượng cứu hộ đã làm việc suốt đêm và nguyên nhân "
     "vụ tai nạn vẫn chưa được xác định, giới chức cho biết.\n\n", "Tuổi Trẻ"),
    (f"{TITLE}ANKARA – Turkish Daily News\n\n{EN_STORY * 2}", "Turkish Daily News"),
    (f"{TITLE}{EN_STORY}Blaze FM\n\nLeave a comment\n\nYour email address will not be published.", "Blaze FM"),
])
def test_sites_now_listed_are_read(raw, outlet):
    assert outlet_of(raw) == outlet


BUTTONS = ("Show more", "Have something to say? Post your comment", "No comments yet...", "Bình luận (0)", "|")
LINKS = ("Soma pia: Mvua kubwa yafunga barabara ya mto", "* Xem: Lũ lụt đóng cửa đường ven sông", "tin liên quan")


@pytest.mark.parametrize("line", BUTTONS + LINKS)
def test_buttons_and_links_are_furniture(line):
    assert is_furniture(line)


PITCHES = ("Never miss a story. Choose from our newsletters to get the news you want.",
           "Stay informed! Follow The Harbour Post on WhatsApp for real-time updates.", "T&C applies.",
           "Good journalism costs money. For only R50 per month, you have access to every story.",
           "• Swap gift cards at the best rate in town. Download now and get started!")
NOTES = ("Powered by WPeMatico", "YASAL UYARI: Yayınlanan haberlerin tüm hakları saklıdır.", "[email protected], #1234")


@pytest.mark.parametrize("line", PITCHES + NOTES)
def test_pitches_and_notes_are_furniture(line):
    assert is_furniture(line)


SENTENCES = ("The minister said she would show more flexibility in the talks next week.",
             "The union said journalism jobs paid for only 50 hours a month were not enough to live on.",
             "Officials urged residents to download the new warning app before the storm arrived.")


@pytest.mark.parametrize("line", SENTENCES)
def test_sentences_of_a_story_using_the_same_words_are_not_furniture(line):
    assert not is_furniture(line)

"""Issue 13's sixty-second intake round, on texts of our own: the odd halves of `holdout80` (the press of South and
Southeast Asia and Oceania) and `holdout81` (the forms pages are copied in: press summaries, round-ups, e-paper
copies, forums). The wrong outlet and dates first: a contact's address in a press summary's disclaimer, a Japanese
headline asking about a day, a dated list's later day; then furniture: a paywall's plans, "Next In World" and
Indonesian "Baca:" over links, share prompts; then outlets and dates: an e-paper shop's note of the issue, an
outlet's address glued to the dateline's place, sites now listed. A positive failed before the round; a negative
beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.furniture import is_furniture
from tests.test_intake_fifty_ninth_round import EN_STORY
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

TITLE = "Floods close the river road\n\n"
DISCLAIMER = ("The following information reflects the reporting of the cited news media and does not reflect the "
              "opinions of the {issuer}. The digest is for internal use only. For more information, contact "
              "desk@{domain}.\n\n")


@pytest.mark.parametrize("issuer, domain, outlet", [
    # a press summary's publisher disclaiming the views of the media it sums up: the publisher, not the address
    ("U.S. Embassy in Tokyo", "state.gov", "Japan Media Highlights"),
    ("Japan Media Highlights", "example.org", "Japan Media Highlights"),
])
def test_a_summary_disclaiming_the_views_it_carries_names_its_publisher(issuer, domain, outlet):
    raw = f"Morning Alert - Monday, May 3, 2021\n{DISCLAIMER.format(issuer=issuer, domain=domain)}{EN_STORY * 3}"
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw, outlet", [
    # an unlisted name disclaimed names none; a contact's address alone still names its listed outlet
    (f"Morning Alert\n{DISCLAIMER.format(issuer='Harbour Digest Office', domain='example.org')}{EN_STORY * 3}",
     None),
    (f"{TITLE}{EN_STORY * 3}Email: desk@state.gov\n", "U.S. Department of State"),
])
def test_other_disclaimers_and_addresses_as_before(raw, outlet):
    assert outlet_of(raw) == outlet


JA_STORY = ("市当局によると、救助隊は夜通し作業を続けたが、事故の原因はまだ分かっていない。詳しいことは来週発表される"
            "予定で、近くの住民は一時的な避難所に移った。\n\n")


def test_a_japanese_headline_asking_about_a_day_dates_nothing():
    assert date_of(f"協定は2021年5月7日に失効するのか?\n{JA_STORY * 3}") is None


def test_a_japanese_date_line_and_a_question_under_it_date_the_page_as_before():
    assert date_of(f"2021年5月7日 10時00分\n協定は失効するのか?\n{JA_STORY * 3}") == "2021-05-07"


BRIEFS = ("1. Rescue teams worked through the night in the flooded city, officials said on the radio.\n\n"
          "2. The cause of the accident is still unknown, and details will be released next week.\n\n")


def test_a_dated_lists_first_day_is_the_pages_not_a_clock():
    raw = (f"May 7, Friday, 2021 (2:00 p.m.) Read by Ms. Jane Roe and Mr. John Doe\n\n{BRIEFS}"
           f"May 6, Thursday, 2021 (2:00 p.m.) Read by Mr. Sam Poe and Ms. Ann Moe\n\n{BRIEFS}")
    assert date_of(raw) == "2021-05-07"


def test_a_signed_days_line_alone_dates_its_page():
    assert date_of(f"May 7, Friday, 2021 (2:00 p.m.) Read by Ms. Jane Roe and Mr. John Doe\n\n{BRIEFS}") \
        == "2021-05-07"


def test_a_clocks_day_alone_above_every_title_dates_nothing_as_before():
    assert date_of(f"Friday, May 7, 2021\n\n{BRIEFS}") is None


@pytest.mark.parametrize("line", [
    "Limited time offer:", "Just RM5 per month.", "Monthly Plan", "RM13.90/month", "1 month", "Free Trial",
    "Billed as RM5/month for the 1st 6 months then RM13.90 thereafter.", "For new subscribers only",
    "Cancel anytime. No ads. Auto-renewal. Unlimited access to the web and app.",
    "Help keep family & friends informed by sharing this article", "View Comments", "Chú thích ảnh",
    "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
    "Baca juga: Banjir Rendam Jalan Utama Kota", "This story is from the May 07, 2021 edition of The Straits Times.",
    DISCLAIMER.format(issuer="U.S. Embassy in Tokyo", domain="state.gov").strip(),
    "The institute takes no positions; the views represented herein are those of the author(s) and not its own.",
])
def test_a_paywalls_plans_share_prompts_and_buttons_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The plan costs RM13.90 a month, the ministry said.", "Billed as the biggest flood in decades, it closed roads.",
    "Baca juga berita lain tentang banjir di kota ini, kata pejabat.",
    "The minister said the report does not reflect the views of the government and would be withdrawn.",
])
def test_sentences_about_plans_and_reading_stay(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("heading", ["Next In World", "Baca:"])
def test_links_under_next_in_or_baca_are_furniture(heading):
    raw = f"{TITLE}{EN_STORY * 2}{heading}\n\nCity opens new bridge after repairs\nRain expected again this week\n"
    paragraphs = clean_page(raw).paragraphs
    assert "City opens new bridge after repairs" not in paragraphs
    assert any(paragraph.startswith("Rescue teams") for paragraph in paragraphs)


@pytest.mark.parametrize("note, outlet, date", [
    ("This story is from the May 07, 2021 edition of The Straits Times.", "The Straits Times", "2021-05-07"),
    ("Bu hikaye The Straits Times dergisinin May 07, 2021 sayısından alınmıştır.", "The Straits Times", "2021-05-07"),
])
def test_an_epaper_shops_note_of_the_issue_names_the_paper_and_its_day(note, outlet, date):
    raw = f"{TITLE}{EN_STORY * 3}{note}\nStart your 7-day free trial to access thousands of stories.\n"
    assert (outlet_of(raw), date_of(raw)) == (outlet, date)


def test_a_note_of_an_unlisted_issue_names_no_outlet():
    assert outlet_of(f"{TITLE}{EN_STORY * 3}This story is from the May 07, 2021 edition of Harbour Weekly.\n") \
        is None


@pytest.mark.parametrize("lead, outlet", [
    ("TEMPO.COSeoul - Tim penyelamat bekerja sepanjang malam, kata pejabat kota setempat kepada wartawan.", "Tempo"),
    ("    TEMPO.COJakarta - Tim penyelamat bekerja sepanjang malam, kata pejabat kota setempat.", "Tempo"),
    ("EXAMPLE.COSeoul - Tim penyelamat bekerja sepanjang malam, kata pejabat kota setempat.", None),  # unlisted
])
def test_an_outlets_address_glued_to_the_datelines_place_credits_it(lead, outlet):
    assert outlet_of(f"Banjir rendam kota\n\n{lead}\n\n{EN_STORY * 2}") == outlet


@pytest.mark.parametrize("masthead, outlet", [
    ("Ground News", "Ground News"), ("Iran News - - FRONT PAGE -", "Iran News"),
])
def test_sites_now_listed_are_found_by_their_mastheads(masthead, outlet):
    assert outlet_of(f"{TITLE}{masthead}\n\n{EN_STORY * 3}") == outlet

"""Issue 13's hundred-and-second intake round, on texts of our own: credits that named as the page's outlet what is
none (a wrong outlet is worse than an unknown one).

* a pointer to where the piece first appeared, when that is a person's own place or a platform: "This article first
  appeared on Jane Roe's blog", "This column first appeared in Jane Roe's newsletter", "This post first appeared on
  Medium", "Originally published on LinkedIn"; a listed outlet's own place names the outlet ("first appeared on CNN's
  website": CNN, not "CNN's website" as printed);
* a source line naming what a picture or a chart draws on: "Source: Yonhap file photo", "Source: Bloomberg data",
  "Sources: Bloomberg, company filings", "Fuente: EFE / Foto de archivo";
* a chart's "Data source: Bloomberg" among a header's items;
* a picture's label before its agency read as a masthead and its desk: "Bild: Reuters" (German "picture"), and a
  wire's graphics desk, "Reuters Graphics";
* found behind the first credit of the readable sets' odd-numbered pages (every credit `_credits` yields, not only the
  first): an app's button, "Open in App", read as APP (Associated Press of Pakistan) among a header's items; a byline
  in Spanish closing the story, "(Por Elaine Lies)", taken as an outlet's name; "This story first appeared on Sputnik &
  is reposted here with permission" read whole.

Each positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.closing_credits import closing_credit
from corpus.intake.credit_lines import masthead_credit
from corpus.intake.first_appeared import first_appeared_credit
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from corpus.intake.pointed_places import pointed_outlet
from corpus.intake.source_label_lines import labelled_source_credit
from tests.test_intake_thirty_third_round import described
from tests.hostile_timing import assert_runs_quickly

HEADLINE = "Levee repairs begin along the river\n\n"
STORY = "".join(f"{paragraph}\n\n" for paragraph in (
    "The city began building the new flood wall along the river on Tuesday, and the work is expected to last until "
    "next March, officials said.",
    "Shop owners on the bank have asked for compensation for the months in which the paths stay closed, and the "
    "council will decide on the second section in the spring.",
    "Residents of the low-lying streets will receive a new evacuation plan before the summer, and the mayor promised "
    "weekly updates on the work.")) * 2


def _outlet_of_page_closing_on(line: str) -> str | None:
    return described(HEADLINE + STORY + line + "\n")["outlet"]


# Where the piece first appeared: a person's own place, a platform

PERSONS_PLACES = [
    "This article first appeared in Jane Roe's blog.",
    "This article first appeared on Jane Roe's personal blog.",
    "This column first appeared in Jane Roe's newsletter, The Korea Brief.",
    "This piece originally appeared in Jane Roe's Substack newsletter.",
    "This article first appeared on Jane Roe's website.",
    "This article first appeared on Jane Roe's Facebook page.",
]
PLATFORMS = [
    "This post first appeared on Medium.",
    "Originally published on LinkedIn.",
    "This article first appeared on Substack.",
    "This article was first published on Facebook.",
    "The original post appeared on Twitter.",
    "This article was first posted on X.",
]


@pytest.mark.parametrize("line", PERSONS_PLACES + PLATFORMS)
def test_a_piece_first_posted_on_a_person_s_place_or_a_platform_names_no_outlet(line):
    assert first_appeared_credit(line, outlets()) is None
    assert _outlet_of_page_closing_on(line) is None


@pytest.mark.parametrize("line, outlet", [
    ("This article first appeared on CNN's website.", "CNN"),
    ("This article first appeared on The Korea Herald's website.", "The Korea Herald"),
    ("This article first appeared in The Korea Herald's Sunday edition.", "The Korea Herald"),
])
def test_a_listed_outlet_s_own_place_names_the_outlet(line, outlet):
    assert _outlet_of_page_closing_on(line) == outlet


@pytest.mark.parametrize("line, outlet", [
    ("This article first appeared on Sputnik.", "Sputnik"),
    ("This article was originally published in The Diplomat.", "The Diplomat"),
    ("This article first appeared in People's Daily.", "People's Daily"),  # an 's in the name: no owner
    ("This article first appeared on Korea Watch.", "Korea Watch"),  # a blog's own name, unlisted: as printed
    ("This article is republished from The Conversation under a Creative Commons license.", "The Conversation"),
    ("Source: Yonhap", "Yonhap"),
    ("Fuente: EFE", "EFE"),
])
def test_a_pointer_or_source_line_naming_an_outlet_still_names_it(line, outlet):
    assert _outlet_of_page_closing_on(line) == outlet


def test_the_place_s_owner_is_taken_only_when_listed():
    directory = outlets()
    assert pointed_outlet("CNN's website", "CNN's website", directory) == "CNN"
    assert pointed_outlet("Harbor Gazette's website", "Harbor Gazette's website", directory) is None
    assert pointed_outlet("Harbor Gazette", "Harbor Gazette", directory) == "Harbor Gazette"  # a name alone
    assert pointed_outlet("Mediums", "Mediums", directory) == "Mediums"  # not the platform's name


# A picture's or a chart's source

@pytest.mark.parametrize("line", [
    "Source: Yonhap file photo",
    "Source: Reuters graphic",
    "Source: Bloomberg data",
    "Sources: Bloomberg, company filings",
    "Source: Bloomberg, Jane Roe calculations",
    "Fuente: EFE / Foto de archivo",
])
def test_a_source_line_for_a_picture_or_a_chart_names_no_outlet(line):
    assert _outlet_of_page_closing_on(line) is None


def test_a_source_line_s_other_parts_refuse_it_only_when_they_name_a_picture_or_data():
    directory = outlets()
    assert labelled_source_credit("Sources: Bloomberg, company filings", directory) is None
    assert labelled_source_credit("Quelle: WELT/Erika Muster", directory) == "WELT"
    assert labelled_source_credit("Source: Yonhap, Harbor Desk", directory) == "Yonhap"


def test_a_chart_s_data_source_is_none_of_a_header_s_items():
    directory = outlets()
    assert header_credit("Data source: Bloomberg", directory) is None
    assert header_credit("Statistics source: Kyodo News", directory) is None
    assert _outlet_of_page_closing_on("Data source: Bloomberg") is None
    assert header_credit("Home | News | The Korea Times | Politics", directory) == "The Korea Times"
    assert header_credit("Nov 22, 2019 | NHK WORLD-JAPAN", directory) is not None


# A picture's label or a graphics desk after a listed name

@pytest.mark.parametrize("line", ["Bild: Reuters", "Reuters Graphics"])
def test_a_picture_s_label_or_a_graphics_desk_is_no_masthead_and_desk(line):
    assert masthead_credit(line, outlets()) is None
    assert _outlet_of_page_closing_on(line) is None


def test_a_masthead_and_its_city_still_names_the_outlet():
    assert masthead_credit("7Dnews London", outlets()) == "7Dnews"


# Found behind the first credit of the readable sets' odd-numbered pages

@pytest.mark.parametrize("line", ["Open in App", "Home | News | App | Politics", "Get the App", "Share | App | Print"])
def test_a_short_word_in_title_case_spelling_an_outlet_s_initials_is_no_header_credit(line):
    assert header_credit(line, outlets()) is None


@pytest.mark.parametrize("line, credit", [
    ("Home | News | APP | Politics", "APP"),  # the initials in capitals
    ("Home | dpa | Politik", "dpa"),  # the wire's own small letters
    ("Home | Ansa | Esteri", "Ansa"),  # the name itself, in title case
    ("Home | Kyodo | News", "Kyodo"),  # a name, not initials
])
def test_a_listed_outlet_among_a_header_s_items_still_names_it(line, credit):
    assert header_credit(line, outlets()) == credit


@pytest.mark.parametrize("credit", ["(Por Elaine Lies)", "(Par Jane Roe)", "(Von Jane Roe)"])
def test_a_byline_in_another_language_closing_the_story_names_no_outlet(credit):
    assert closing_credit(f"The pact was signed in Seoul on Wednesday. {credit}", outlets()) is None


def test_an_unlisted_name_closing_the_story_in_brackets_is_still_its_credit():
    assert closing_credit("The pact was signed in Seoul on Wednesday. (Harbor Gazette)", outlets()) == "Harbor Gazette"


@pytest.mark.parametrize("line, outlet", [
    ("This story first appeared on Sputnik & is reposted here with permission.", "Sputnik"),
    ("This story first appeared on Harbor Gazette & is reposted here with permission.", "Harbor Gazette"),
    ("This story first appeared on Stars & Stripes.", "Stars & Stripes"),  # "&" in the name: no clause after it
])
def test_a_clause_joined_to_the_pointer_s_outlet_is_cut_off(line, outlet):
    assert first_appeared_credit(line, outlets()) == outlet


# Hostile texts

HOSTILE = [
    " " * 100_000,
    "Jane Roe's " * 9_000,
    "'s " * 33_000,
    "Medium " * 14_000,
    "data, " * 16_000,
    "Bild:" * 20_000,
    "Sputnik & is " * 8_000,
    "App " * 25_000,
    "a" * 100_000,
]
# Runs of spaces between words (the pointer's `_FIRST_APPEARED` and the masthead's `_MASTHEAD_BUTTONS` took about a
# second on them each until the lead's mend at the merge: a run read once a name's length).
SPACED = ["x" + " " * 100_000 + "y", "Jane Roe" + " " * 100_000 + "'s blog"]


@pytest.mark.parametrize("read, texts", [
    (lambda text, directory: pointed_outlet(text, text, directory), HOSTILE + SPACED),
    (lambda text, directory: pointed_outlet(text[:50], text, directory), HOSTILE + SPACED),
    (lambda text, directory: labelled_source_credit("Source: Yonhap, " + text, directory), HOSTILE + SPACED),
    (lambda text, directory: header_credit("Data source: " + text, directory), HOSTILE + SPACED),
    (lambda text, directory: first_appeared_credit("This article first appeared on " + text, directory),
     HOSTILE + SPACED),
    (lambda text, directory: masthead_credit(text + " Reuters", directory), HOSTILE + SPACED),
    (lambda text, directory: header_credit("Home | " + text[:150], directory), HOSTILE + SPACED),
    (lambda text, directory: closing_credit("Signed. (Por " + text + ")", directory), HOSTILE),
])
def test_each_reader_of_the_round_takes_every_hostile_text_quickly(read, texts):
    directory = outlets()  # (the list of outlets read before the clock starts)
    for text in texts:
        assert_runs_quickly(lambda: read(text, directory), what=text[:40])

"""Credits of outlets the list does not hold, and the wire's own closing note (issue 13, fourth
round): a byline with the writer's role before the outlet, a paper's name by the word ending
it, Reuters' note of reporters and editors, a repost's "This article was posted by". Examples
are invented in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.intake import site_lines
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.credits import byline_credit
from corpus.intake.outlets import outlets
from corpus.cleaning import clean_page
from corpus.page_addresses import address_in_text, outlet_from_url
from tests.test_metadata_header_names import BODY
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)


@pytest.mark.parametrize("byline, outlet", [
    ("By Jane Roe / Staff Writer, The Salem News", "The Salem News"),
    ("Jane Roe, Reporter, Harbor Gazette", "Harbor Gazette"),
    ("By Jane Roe, Senior Editor at Harbor Beacon", "Harbor Beacon"),
    ("By Jane Roe | Chief Correspondent | Lakeside Examiner", "Lakeside Examiner"),
    ("By Jane Roe, Toronto Star", "Toronto Star"),  # listed
    ("By Jane Roe, Lakeside Star", "Lakeside Star"),  # a paper's last word
    ("By Jane Roe | Fresno Bee", "The Fresno Bee"),
    ("By Jane Roe, Brooklyn Eagle", "Brooklyn Eagle"),
    ("Jane Roe, Reporter, Des Moines Register", "The Des Moines Register"),
    ("By Jane Roe, Ottawa Citizen", "Ottawa Citizen"),  # listed: a writer's word, yet named
])
def test_a_byline_names_an_unlisted_paper_or_its_role(byline, outlet):
    assert outlet_of("Seoul keeps the pact\n" + byline + "\n" + BODY) == outlet


@pytest.mark.parametrize("byline, outlet", [
    ("Par AFP", "Agence France-Presse"),
    ("Article rédigé par franceinfo", "Franceinfo"),
    ("Von dpa", "Deutsche Presse-Agentur"),
    ("Por Jane Roe, EFE", "EFE"),
    ("Oleh Jane Roe, Antara", "Antara"),
    ("Par Jane Roe", None),
    ("Par for the course", None),
])
def test_a_byline_in_the_page_s_language(byline, outlet):
    assert outlet_of("Seoul keeps the pact\n" + byline + "\n" + BODY) == outlet


@pytest.mark.parametrize("byline, outlet", [
    ("Written by Jane Roe, Harbor Gazette", "Harbor Gazette"),  # a byline's other labels
    ("Story by Jane Roe, Harbor Gazette", "Harbor Gazette"),
    ("Author: Jane Roe, Harbor Gazette", "Harbor Gazette"),
    ("Written by Jane Roe, AFP", "Agence France-Presse"),
    ("Jane Roe, Harbor Gazette", "Harbor Gazette"),  # no label: the paper reads as one
    ("JANE ROE, Harbor Gazette", "Harbor Gazette"),
    ("Jane Roe | Harbor Gazette", "Harbor Gazette"),
    ("By Harbor Gazette Staff", "Harbor Gazette"),  # the paper's staff
    ("By The Harbor Gazette Editorial Board", "The Harbor Gazette"),
    ("Jane Roe, Senior Fellow", None),
    ("Harbor Gazette, Seoul", None),  # the paper's name first: not a writer's line
    ("Jane Roe | Harbor Lantern", None),  # unlisted and reading as no outlet's name
    ("By Jane Roe Staff", None),
    ("Written by Jane Roe", None),
])
def test_a_byline_of_other_labels_or_none(byline, outlet):
    assert outlet_of("Seoul keeps the pact\n" + byline + "\n" + BODY) == outlet


@pytest.mark.parametrize("byline", [
    "By Kim Min, Sun Wei",  # two writers: "Sun" opens a person's name
    "By Jane Roe, Li Sun",  # and ends one
    "By Jane Roe / Staff Photographer, The Salem News",  # a picture's credit
    "Jane Roe, Editor, Asia Pacific Bureau",  # no outlet's name
    "By Jane Roe, Reporter, Sun Li",
    "Kim Jong Un, Chairman of the Workers' Party",
    "By Jane Roe, Bruce Banner",
    # what describes the writer, not a paper: a party, a role, a status, a section
    "By Jane Roe, Texas Democrat",
    "John Doe, Maine Independent",
    "Jane Roe, Patient Advocate",
    "Jane Roe, Concerned Citizen",
    "By John Doe, Tech Pioneer",
    "Jane Roe, Japanese Diplomat",
    "Jane Roe, Elder Statesman",
    "Jane Roe, Contributor, Ohio Democrat",
    "Jane Roe | World News",
])
def test_no_outlet_in_a_writer_s_name_or_a_role_alone(byline):
    assert outlet_of("Seoul keeps the pact\n" + byline + "\n" + BODY) is None


@pytest.mark.parametrize("closing", [
    "(Reporting by Jane Roe; Editing by John Doe)",
    "Reporting by Jane Roe in Seoul; Additional reporting by Kim Min in Tokyo; Editing by John Doe",
    "(Reporting by Jane Roe and Kim Min; Writing by Lee Jun; editing by John Doe)",
    "The talks resume next week. (Writing by Jane Roe; Editing by John Doe)",
    "(Reporting By Jane Roe; Editing by John Doe)",  # as printed on some of its pages
])
def test_reuters_note_of_its_reporters_and_editors(closing):
    # on a page printing the wire's name; the note alone names no outlet (the sets' convention: round 49)
    named = "Reuters could not independently verify the account.\n"
    assert outlet_of("Seoul keeps the pact\n" + BODY + named + closing + "\n") == "Reuters"
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") is None


@pytest.mark.parametrize("closing", [
    "Additional reporting by Jane Roe in Seoul",  # others' papers print this alone
    "Reporting by Jane Roe; Writing by John Doe",  # no editor: not the wire's whole note
    "Editing by John Doe",
    "(Reporting by Jane Roe)",
])
def test_not_the_wire_s_note(closing):
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") is None


def test_the_note_reader_alone_and_its_wire_overridden(private_config):
    directory = outlets()
    assert site_lines.editing_note_credit("(Reporting by A B; Editing by C D)", directory) == "Reuters"
    assert site_lines.editing_note_credit("(Reporting by A B)", directory) is None
    private_config.mkdir()
    (private_config / "outlets.json").write_text('{"outlets": [{"name": "Reuters", "aliases": '
                                                 '["Thomson Reuters"], "domains": []}]}')
    assert outlet_of("Seoul keeps the pact\n" + BODY + "Reuters could not independently verify the account.\n"
                     "(Reporting by A B; Editing by C D)\n") == "Reuters"


@pytest.mark.parametrize("closing, outlet", [
    ("Support PREMIUM TIMES' journalism of integrity and credibility", "Premium Times"),
    ("DOWNLOAD THE PREMIUM TIMES MOBILE APP", "Premium Times"),
    ("By contributing to PREMIUM TIMES, you are helping to keep it free.", "Premium Times"),
    ("Support independent journalism: subscribe to The Harbor Gazette", None),  # unlisted
    ("Support Independent Journalism", None),  # a kind of journalism, not The Independent
    ("SUPPORT INDEPENDENT JOURNALISM", None),
    ("Support Metro journalism", None),
    ("Support local journalism", None),
    ("The bills now go to the president for assent. (NAN)", "News Agency of Nigeria"),
])
def test_a_site_s_appeal_for_support_and_a_national_agency_s_credit(closing, outlet):
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") == outlet


@pytest.mark.parametrize("closing, outlet", [
    ("This article was posted by AP News.", "Associated Press"),
    ("This story was posted in World News.", None),  # a blog's category, not a source
    ("Posted by admin in World", None),
    ("This article was posted by Jane Roe.", None),  # its writer, not an outlet
    ("This article was posted by Harbor Times.", "Harbor Times"),  # reads as an outlet's
])
def test_a_repost_posted_by_its_original(closing, outlet):
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") == outlet


@pytest.mark.parametrize("line, holder", [
    ("© Copyright 2021 Lakeside Examiner", "Lakeside Examiner"),
    ("Copyright © 2022 The Harbor Star. All rights reserved.", "The Harbor Star"),
    ("© 2019 Li Sun", None),
    ("Copyright © 2019. All rights reserved.", None),  # no holder: not "Copyright"
    ("COPYRIGHT (c) 2019 ALL RIGHTS RESERVED", None),
    ("Text © 2019. All rights reserved.", None),  # a word before the sign, not a site's name
    ("Website © 2019. All rights reserved.", None),
    ("© The Lakeside Times 2019. All rights reserved.", "The Lakeside Times"),  # the year after
    ("© 2019 - The Lakeside Times", "The Lakeside Times"),
    ("Copyright : Lakeside TV - First images", "Lakeside TV"),  # a label's colon, a dash after
    ("© 2019 The Lakeside Times, a division of Harbor Holdings", "The Lakeside Times"),
    ("The Lakeside Times © 2019", "The Lakeside Times"),  # the holder before the sign
    ("The Lakeside Times (c) 2000-2019 All rights reserved", "The Lakeside Times"),
    ("Photo by Jane Roe © 2019", None),
    ("Jane Roe © 2019", None),
    ("Copyright 2024 Nexstar Media Inc. All rights reserved.", None),  # a parent company
])
def test_a_copyright_holder_by_its_name_s_last_word(line, holder):
    assert copyright_holder(line, outlets()) == holder


@pytest.mark.parametrize("address, outlet", [
    ("https://www.indystar.com/story/news/2019/11/22/x/", "The Indianapolis Star"),
    ("https://www.milliyet.com.tr/dunya/x-6123456", "Milliyet"),
    ("https://www.eluniverso.com/noticias/internacional/x/", "El Universo"),
    ("https://www.businessdailyafrica.com/bd/economy/x", "Business Daily Africa"),
])
def test_the_wider_list_names_pages_by_their_address(address, outlet):
    assert outlet_from_url(address).value == outlet


def test_a_byline_reader_alone():
    directory = outlets()
    assert byline_credit("Jane Roe, Reporter, Harbor Gazette", directory) == "Harbor Gazette"
    assert byline_credit("Jane Roe, Reporter", directory) is None


@pytest.mark.parametrize("top, end, address", [
    ("Article source: https://www.thestar.com.my/news/nation/2019/11/22/x", "",
     "https://www.thestar.com.my/news/nation/2019/11/22/x"),  # labelled, among the opening lines
    ("Source: https://www.reuters.com/article/x", "", "https://www.reuters.com/article/x"),
    ("", "Original article: https://www.koreaherald.com/view.php?ud=2019",
     "https://www.koreaherald.com/view.php?ud=2019"),
    ("", "Permalink: https://example.com/2019/11/22/x", "https://example.com/2019/11/22/x"),
    ("", "See https://example.com/x for more", None),  # in a sentence
    ("The link https://example.com/x was shared", "", None),
])
def test_the_page_s_own_address_labelled_in_the_text(top, end, address):
    page = clean_page("Pact kept\n" + (top + "\n" if top else "") + BODY * 8 + end + "\n")
    assert address_in_text(page) == address

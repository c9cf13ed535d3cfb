"""A page naming itself where a credit stands, in forms no list of outlets needs (issue 13,
sixth round): the issuer heading a release, a site's desk, its appeal to join its own
channel, a title's last part spelling the address the page prints, a wire's name in any
script signed after a full stop and a dash. Examples are invented in the forms real pages
print."""

from __future__ import annotations

import pytest

from corpus.intake.printed_dates import read_date
from tests.test_metadata_header_names import BODY
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

TITLE = "Pact signed\n"


@pytest.mark.parametrize("raw, outlet", [
    # the issuer over its office over the release's label
    ("Buy the flag here!\nDepartment of Maritime Affairs\nOffice of the Spokesperson (Public Affairs)\n"
     "News Transcript\nNo. 12-34\nIMMEDIATE RELEASE March 3, 2015\n" + TITLE + BODY,
     "Department of Maritime Affairs"),
    ("Embassy of the Republic of Korea in Canberra\nPress Release\n" + TITLE + BODY,
     "Embassy of the Republic of Korea in Canberra"),
    (TITLE + "Harbor Bulletin / News Desk\n" + BODY, "Harbor Bulletin"),
    (TITLE + BODY + "Join our brand new verified HBN Telegram channel and get the news first!\n", "HBN"),
    (TITLE + BODY + "Join our growing Harbor Gazette WhatsApp community today.\n", "Harbor Gazette"),
    ("Leaders meet at the border | Zentrix\n" + BODY + "Video on Demand: http://www.zentrix.tv\n",
     "Zentrix"),
])
def test_a_page_naming_itself_in_these_forms(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    (TITLE + "The ministry will comment later.\nPress Release\n" + BODY),  # a sentence above the label
    (TITLE + "Politics / News Desk\n" + BODY),  # a section's desk
    (TITLE + BODY + "Join our free Telegram channel and get the news first!\n"),  # no name
    (TITLE + BODY + "Join the HBN Telegram channel and get the news first!\n"),  # not "our"
    ("Leaders meet at the border | Zentrix\n" + BODY + "Write to us: desk@zentrix.tv\n"),  # an e-mail
    ("Leaders meet at the border | Zentrix\n" + BODY),  # no address printed
])
def test_lines_near_these_forms_name_no_outlet(raw, private_config):
    assert outlet_of(raw) is None


@pytest.mark.parametrize("ending, outlet", [
    ("ทั้งสองประเทศลงนามแล้ว .-สำนักข่าวไทย", "Thai News Agency"),  # in Thai, as TNA signs
    ("Both sides signed it on Wednesday.-EFE", "EFE"),
])
def test_a_listed_wire_signed_after_a_full_stop_and_a_dash(ending, outlet, private_config):
    assert outlet_of(TITLE + BODY + ending + "\n") == outlet


def test_an_unlisted_name_after_a_full_stop_and_a_dash_is_no_credit(private_config):
    assert outlet_of(TITLE + BODY + "Both sides signed it on Wednesday.-Kim Min\n") is None


@pytest.mark.parametrize("ending, outlet", [
    # a copyright line with a full stop after its year
    ("Copyright (c) 2018. Harbor Gazette, Inc. Republished with the permission of its owner.",
     "Harbor Gazette"),
    ("Copyright © 2019. All rights reserved.", None),
    # a site's note on a story it runs from a feed
    ("(This story has not been edited by Devdiscourse staff and is auto-generated from a "
     "syndicated feed.)", "Devdiscourse"),
    ("(This story has not been edited by Harbor Planet staff.)", None),  # unlisted
])
def test_closing_lines_naming_the_site(ending, outlet, private_config):
    assert outlet_of(TITLE + BODY + ending + "\n") == outlet


@pytest.mark.parametrize("line, date", [
    ("12-26-14 Kim Jong Un", "2014-12-26"),  # opening a line, a part over 12 decides the order
    ("26-12-14", "2014-12-26"),
    ("12-11-16", None),  # either order: as often a code as a date
    ("Case 12-26-14", None),  # not opening the line
])
def test_a_numeric_date_with_hyphens_and_a_two_digit_year(line, date):
    assert read_date(line) == date

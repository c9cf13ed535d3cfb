"""A listed outlet named among the items of a page's header (corpus/intake/header_names.py),
and a copyright line naming a paper and its site. Examples are invented in the forms real
pages print (navigation, mastheads with a tagline, date lines, syndication credits)."""

from __future__ import annotations

import pytest

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.header_names import header_credit
from corpus.intake.outlets import outlets
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

BODY = ("South Korea said on Friday it would keep its military intelligence pact with Japan, "
        "hours before the agreement was due to lapse at midnight, officials said in Seoul.\n"
        "The decision followed weeks of pressure from Washington, which wants its two allies "
        "to keep sharing what they learn of North Korea's missile launches.\n")


@pytest.mark.parametrize("line, credit", [
    ("Home | News | The Korea Times | Politics", "The Korea Times"),
    ("Home > Korea JoongAng Daily > National", "Korea JoongAng Daily"),
    ("Korea JoongAng Daily - Korea's leading English news", "Korea JoongAng Daily"),
    ("Nov 22, 2019 | NHK WORLD-JAPAN", "NHK WORLD-JAPAN"),
    ("November 22, 2019 (Mainichi Japan)", "Mainichi Japan"),
    ("The Korea Herald/Asia News Network", "The Korea Herald"),
    ("Source: Global Times Published: 2019/11/22 22:13:40", "Global Times"),
    ("Home News World The Japan Times Opinion Business Sports", "The Japan Times"),
    ("Posted by Yonhap on November 22, 2019", "Yonhap"),
    ("News provided by Yonhap", "Yonhap"),
    ("Reporter: Kim Ji-eun (Arirang News)", "Arirang News"),
    ("Reuters Staff 3 Min Read", "Reuters"),
    ("NATIONAL Nov. 22, 2019 - 06:45 AM JST Japan Today", "Japan Today"),
    ("Updated: 2019-11-22 14:05 KST Arirang", "Arirang"),
    ("Kyodo Nov 22, 2019 14:05", "Kyodo"),
    ("Home World Asia Reuters Markets Business", "Reuters"),  # one word, items run together
])
def test_an_outlet_among_the_header_s_items(line, credit):
    assert header_credit(line, outlets()) == credit


@pytest.mark.parametrize("line", [
    "Reuters | AP | AFP",  # several: a list of sources
    "Itsuo Inouye/AP",  # a picture's credit: the outlet after a person's name
    "Photo: Reuters / Yonhap",
    "Flag bearers at the closing ceremony. (Source: Reuters)",  # a caption
    "Seoul keeps the pact, the Korea Times reported",  # a sentence quoting a source
    "Police officers salute as a ship arrives at the dock (Yonhap)",
    "Home | News | World | Politics",  # no outlet
    "Opinion Metro Sports Business",  # "Metro" alone is also a section's name
    "South Korea to keep pact (Reuters)",  # not a date line: a headline with its source
    "Nov. 22, 2019 - Seoul talks with Korea Times reporters",
    "Kim Ji-eun (Seoul)",
    "Metro Nov 22, 2019",  # a section's name that is also a listed paper's
    "Font Size AA",  # a name of two letters alone among run-together items: a size
    "© Sputnik / Jane Roe",  # a picture's credit
    "Home World Reuters AP AFP Markets",  # several
])
def test_not_an_outlet_of_the_header(line):
    assert header_credit(line, outlets()) is None


def test_the_header_s_outlet_is_the_page_s(private_config):
    raw = ("Seoul keeps the pact\nHome | The Korea Times | Nation\nNov 22, 2019\n" + BODY)
    assert outlet_of(raw) == "The Korea Times"
    quoted = ("Seoul keeps the pact\nNov 22, 2019\n" + BODY.replace(
        "officials said in Seoul", "the Korea Times reported"))
    assert outlet_of(quoted) is None  # a source the prose names is not the page's


@pytest.mark.parametrize("line, holder", [
    ("Copyright (c) Chosunilbo & Chosun.com", "Chosunilbo"),  # a paper and its site
    ("(c) 2019 koreaherald.com", "koreaherald.com"),
])
def test_a_copyright_line_naming_a_paper_and_its_site(line, holder):
    assert copyright_holder(line, outlets()) == holder


def test_a_copyright_line_naming_two_outlets_names_none():
    assert copyright_holder("Copyright (c) Yonhap & Reuters", outlets()) is None


def test_a_masthead_line_above_the_headline_is_read(private_config):
    raw = ("Home World Asia Yonhap Markets\nSeoul keeps the pact with Japan at the last minute\n"
           "Nov 22, 2019\n" + BODY)
    assert outlet_of(raw) == "Yonhap"

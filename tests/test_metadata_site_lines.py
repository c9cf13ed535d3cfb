"""Lines where a site names itself or the original it reposts (corpus/intake/site_lines.py):
feed credits, a wire's sign-off, a site's promotion of itself, "Courtesy of". Examples are
invented in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.intake import site_lines
from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.outlets import outlets
from tests.test_metadata_header_names import BODY
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)


@pytest.mark.parametrize("closing, outlet", [
    ("The post Seoul keeps the pact appeared first on The Korea Herald.", "The Korea Herald"),
    ("The post Seoul keeps the pact appeared first on koreatimes.co.kr.", "The Korea Times"),
    ("==Kyodo", "Kyodo News"),
    ("Get The Straits Times app and follow the latest news.", "The Straits Times"),
    ("Subscribe to Nikkei Asia", "Nikkei Asia"),
    ("Sign up for The Japan Times newsletter", "The Japan Times"),
    ("Follow The Korea Herald on Twitter", "The Korea Herald"),
    ("Courtesy of The Japan Times", "The Japan Times"),
    ("©2019 Bloomberg L.P.", "Bloomberg"),
    ("This story was provided by Kyodo News.", "Kyodo News"),
    ("Article courtesy of Yonhap", "Yonhap"),
    ("Translated from the Hankyoreh", "The Hankyoreh"),
    ("Read full story on The Korea Times", "The Korea Times"),
    ("Associated Press writer Kim Tong-hyung in Seoul contributed to this report.",
     "Associated Press"),
    ("Agency: Xinhua", "Xinhua"),
    ("From: Yonhap", "Yonhap"),
    ("Reposted from The Diplomat", "The Diplomat"),
    ("Yonhap via Korea Bizwire", "Yonhap"),  # the original, then who passed it on
    ("Yonhap (via Naver)", "Yonhap"),
    ("Jane Roe is a staff writer at The Diplomat.", "The Diplomat"),
    ("The author is a correspondent for Nikkei Asia.", "Nikkei Asia"),
    ("The views expressed in this article are the author's own and do not necessarily reflect "
     "Al Jazeera's editorial stance.", "Al Jazeera"),
    ("Opinions expressed are the author's own and do not reflect the views of The Korea Herald.",
     "The Korea Herald"),
    ("CNN's Paula Hancocks reports from Seoul.", "CNN"),
])
def test_a_site_naming_itself_or_its_original(closing, outlet):
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") == outlet


@pytest.mark.parametrize("closing", [
    "The post Seoul keeps the pact appeared first on My Little Blog.",  # not listed
    "Photo courtesy of Yonhap",  # a picture's credit
    "Follow us on Twitter",
    "Subscribe to our newsletter for more on the alliance.",
    "Reporters asked Kyodo==for comment",  # not a sign-off ending the text
    "More at our site",
    "Kim Tong-hyung in Seoul contributed to this report.",  # no outlet's staff named
    "Photo via Yonhap",
    "Trade via Busan",
    "Jane Roe is a professor at Seoul National University.",
    "Kim, a correspondent for NHK, said the deal was off.",  # a source described
    "Yonhap's report said the talks failed.",  # a source quoted
])
def test_not_the_site_s_own_name(closing):
    assert outlet_of("Seoul keeps the pact\n" + BODY + closing + "\n") is None


def test_each_reader_alone():
    directory = outlets()
    assert site_lines.sign_off_credit("... will follow. ==Kyodo", directory) == "Kyodo"
    assert site_lines.promotion_credit("Download the Yonhap app", directory) == "Yonhap"
    assert site_lines.promotion_credit("Download the app", directory) is None
    assert site_lines.courtesy_credit("(Courtesy of Arirang)", directory) == "Arirang"
    assert copyright_holder("Copyright 2019 U.S. Army", directory) is None


@pytest.mark.parametrize("title, outlet", [
    ("Seoul keeps the pact (Yonhap)", "Yonhap"),
    ("Seoul keeps the pact (Update 2)", None),
    ("Seoul keeps (GSOMIA)", None),
])
def test_a_title_ending_with_its_source_in_brackets(title, outlet):
    assert outlet_of(title + "\n" + BODY) == outlet

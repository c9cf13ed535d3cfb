"""Outlets from every place a reader finds them, named through the list of outlets; photo
credits and quoted sources are not the outlet; a page that names none stays unknown."""

from __future__ import annotations

import json

import pytest

from corpus.cleaning import clean_page
from corpus.intake import copyright_lines
from corpus.intake.closing_credits import closing_credit
from corpus.intake.outlets import BUNDLED_OUTLETS, name_key, outlets
from corpus.metadata import outlet_from_page
from corpus.page_addresses import address_in_text, outlet_from_url

BODY = ("South Korea and Japan signed a military intelligence-sharing pact on Wednesday, the "
        "first since 1945, despite protests at home, officials said.\n"
        "The deal took effect immediately, the defense ministry said in a statement.\n")


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(tmp_path / "config"))
    return tmp_path / "config"


def outlet_of(raw: str) -> str | None:
    found = outlet_from_page(clean_page(raw))
    return found.value if found else None


@pytest.mark.parametrize("raw, outlet", [
    ("Pact signed\nBy CHOE SANG-HUN, New York Times\n" + BODY, "The New York Times"),
    ("Pact signed\nPaula Hancocks and Yoko Wakatsuki, CNN\n" + BODY, "CNN"),
    ("Pact signed\nBy Kim Tong-hyung, The Associated Press\n" + BODY, "Associated Press"),
    ("Pact signed\nBy Jack Kim   Reuters\n" + BODY, "Reuters"),
    ("Pact signed\nBy Jean de la Fontaine   Reuters\n" + BODY, "Reuters"),
    ("Pact signed\n" + BODY + "This article first appeared on Sputnik.\n", "Sputnik"),
    ("Pact signed\n" + BODY + "Source: Xinhua\n", "Xinhua"),
    ("Pact signed\n" + BODY + "The pact was signed in Seoul, it said. (Yonhap)\n", "Yonhap"),
    ("Pact signed\n" + BODY + "The pact was signed in Seoul, it said. (Daily Planet)\n",
     "Daily Planet"),  # a credit not in the list is still the outlet, as printed
    ("The Korea Herald\nPact signed\n" + BODY, "The Korea Herald"),  # masthead
    ("Pact signed\n" + BODY + "© 2016 The Japan Times. All rights reserved.\n", "The Japan Times"),
    ("Pact signed\n" + BODY + "© 2016 Deutsche Welle | Legal notice | Contact\n", "Deutsche Welle"),
    ("Pact signed\n• Kyodo\n" + BODY, "Kyodo News"),
    ("Pact signed\n" + BODY + "from World news | The Guardian https://ift.tt/x\n", "The Guardian"),
    ("Pact signed\nSEOUL (AA) – " + BODY, "Anadolu Agency"),
    ("Pact signed\nSEOUL (UrduPoint News / Sputnik - 09th January, 2020) " + BODY, "Sputnik"),
    ("Pact signed | News | DW | 22.08.2019\n" + BODY, "Deutsche Welle"),
    ("Pact signed\n" + BODY + "It stays in force for now. Oh Jung-hee, Arirang News.\n", "Arirang"),
    ("Pact signed\n" + BODY + "Read the full story at Xinhua\n", "Xinhua"),
    ("Pact signed\n" + BODY + "Read more at Taipei Times\n", "Taipei Times"),
    ("Pact signed\n" + BODY + "(Source: Stars and Stripes)\n", "Stars and Stripes"),
    ("From CNN: Seoul and Tokyo sign pact\n" + BODY, "CNN"),
    ("Seoul postpones signing pact with Japan - @Reuters\n" + BODY, "Reuters"),
    ("Pact signed\n" + BODY + "Republished with permission from Nikkei Asia.\n", "Nikkei Asia"),
    ("Pact signed\n" + BODY + "This story was originally published by Lobelog.\n", "Lobelog"),
    ("Pact signed\nBy Kim Da-sol (ddd@heraldcorp.com)\n" + BODY, "The Korea Herald"),
    ("Seoul, Tokyo sign pact - The Korea Herald\n" + BODY, "The Korea Herald"),
    ("Pact signed\n" + BODY + "© 2016 Daily Planet News\n", "Daily Planet News"),
    ("Pact signed\nDeirdre Shesgreen, USA TODAY Published 9:12 a.m. ET Aug. 22, 2019\n" + BODY,
     "USA Today"),
])
def test_every_credit_place(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    "Pact signed\nPhoto: AFP\n" + BODY,
    "Pact signed\nThe ministers shake hands. (Yonhap photo)\n" + BODY,
    "Pact signed\nThe ministers shake hands. AP Photo/Ahn Young-joon\n" + BODY,
    "Pact signed\n© Sputnik / Vitaliy Belousov\n" + BODY,
    "Pact signed\nImage copyright Reuters\n" + BODY,
    "Pact signed\n" + BODY + "Officials told Reuters the deal was final.\n",
    "Pact signed\n" + BODY + "The talks will go on, according to NHK.\n",
    "Pact signed\n" + BODY + "The pact is known as the agreement (GSOMIA)\n",
    "Pact signed\nBy Jun Ji-hye, Staff reporter\n" + BODY,
    "Pact signed\n" + BODY + "Source: Ministry of Defense\n",
    "Pact signed\n" + BODY + "via Twitter\n",
    "Japan: Seoul and Tokyo sign pact\n" + BODY,
    "Pact signed\n" + BODY + "Read more at the ministry's website\n",
    "Pact signed\n" + BODY + "The pact took effect, he said. (Reporting by Josh Smith)\n",
    "Pact signed\n" + BODY + "The pact took effect, he said. (Translation)\n",
    "Pact signed\n" + BODY + "Copyright 2019 Nexstar Media Inc. All rights reserved.\n",
    "Pact signed\n" + BODY + "© 2016 Some Blog\n",
    "Pact signed\nBy Kim (kim@gmail.com)\n" + BODY,
    # a sentence that opens with "By" and ends on a listed name is no byline
    "How America went to war\n" + BODY + "By the end of the war two million men had crossed the Atlantic.\n" + BODY,
    "Pact signed\n" + BODY,
])
def test_photo_credits_quoted_sources_and_unnamed_pages_stay_unknown(raw):
    assert outlet_of(raw) is None


def test_where_the_outlet_was_found_is_said():
    found = outlet_from_page(clean_page("Pact signed\nBy CHOE SANG-HUN, New York Times\n" + BODY))
    assert found.provenance == "credited in the byline 'By CHOE SANG-HUN, New York Times': 'New York Times'"


def test_the_address_names_the_outlet_or_at_least_its_domain():
    assert outlet_from_url("https://edition.cnn.com/2016/11/23/asia/x").value == "CNN"
    assert outlet_from_url("https://www.parstoday.ir/en/news/x").value == "Pars Today"
    assert outlet_from_url("https://www.khabaronline.ir/news/x").value == "khabaronline.ir"
    page = clean_page("Pact signed\nhttps://parstoday.ir/en/news/world-i108754\n" + BODY)
    assert address_in_text(page) == "https://parstoday.ir/en/news/world-i108754"
    page = clean_page("Pact signed\n" + BODY + "Read more at: https://www.usatoday.com/story/x/\n")
    assert address_in_text(page) == "https://www.usatoday.com/story/x/"


def test_the_list_is_worldwide_with_abbreviations_and_domains():
    entries = json.loads(BUNDLED_OUTLETS.read_text(encoding="utf-8"))["outlets"]
    assert len(entries) >= 300
    directory = outlets()
    for abbreviation, name in (("AA", "Anadolu Agency"), ("AP", "Associated Press"),
                               ("AFP", "Agence France-Presse"), ("DW", "Deutsche Welle"),
                               ("NHK", "NHK"), ("NHK World-Japan", "NHK World"),
                               ("the Yonhap News Agency", "Yonhap")):
        assert directory.named(abbreviation) == name
    assert directory.at_host("english.kyodonews.net") == "Kyodo News"
    assert directory.at_host("example.com") is None


@pytest.mark.parametrize("printed, outlet", [
    ("Yonhap News Agency (YNA)", "Yonhap"),
    ("The Japan Times Online", "The Japan Times"),
    ("Global Times English", "Global Times"),
    ("The Hankyoreh English Edition", "The Hankyoreh"),
    ("Times News", None),  # not "The Times": only an edition's words are set aside
    ("Online", None),
])
def test_a_listed_name_with_its_edition_or_abbreviation(printed, outlet):
    assert outlets().named(printed) == outlet


def test_the_bundled_list_names_each_outlet_once():
    """No two entries share a name, a name or alias (as compared) or a domain: otherwise the
    later one silently wins and the earlier one's page names another outlet."""
    entries = json.loads(BUNDLED_OUTLETS.read_text(encoding="utf-8"))["outlets"]
    names: dict[str, str] = {}
    domains: dict[str, str] = {}
    for entry in entries:
        for name in (entry["name"], *entry.get("aliases", [])):
            assert names.setdefault(name_key(name), entry["name"]) == entry["name"], name
        for domain in entry.get("domains", []):
            assert domains.setdefault(domain.lower(), entry["name"]) == entry["name"], domain
    assert len({entry["name"] for entry in entries}) == len(entries)


def test_no_alias_repeats_its_outlets_name_as_compared():
    """An alias that differs from its name or another alias only by case, dots, hyphens or a
    leading "The" ("The Korea Herald" beside "Korea Herald") is dead data: names are compared by
    `name_key`, so it can only mislead whoever edits the list."""
    for entry in json.loads(BUNDLED_OUTLETS.read_text(encoding="utf-8"))["outlets"]:
        keys = [name_key(name) for name in (entry["name"], *entry.get("aliases", []))]
        assert len(keys) == len(set(keys)), entry["name"]


@pytest.mark.parametrize("name, domain, outlet", [
    ("Eyewitness News", "ewn.co.za", "Eyewitness News (South Africa)"),  # and US stations' news
    ("Channel One", "1tv.ru", "Channel One Russia"),  # and Israel's, and others
    ("Oriental Daily", "on.cc", "Oriental Daily News"),  # and Malaysia's Oriental Daily
    ("Business Today", "businesstoday.in", "Business Today (India)"),  # and Malaysia's, Egypt's
])
def test_a_name_several_outlets_bear_names_none_of_them(name, domain, outlet):
    """Printed alone, it is left to be read as printed: a wrong outlet is worse than none."""
    directory = outlets()
    assert directory.named(name) is None
    assert directory.at_host(domain) == outlet


def test_users_extend_and_override_the_list(private_config):
    private_config.mkdir()
    (private_config / "outlets.json").write_text(json.dumps({"outlets": [
        {"name": "Khabar Online", "aliases": ["KhabarOnline"], "domains": ["khabaronline.ir"]},
        {"name": "Yonhap", "aliases": ["Yonhap News Agency", "YNA", "연합뉴스"], "domains": []},
    ]}), encoding="utf-8")
    directory = outlets()
    assert directory.named("khabaronline") == "Khabar Online"
    assert directory.at_host("khabaronline.ir") == "Khabar Online"
    assert directory.named("연합뉴스") == "Yonhap"
    assert directory.at_host("yna.co.kr") is None  # the user's entry replaced the bundled one
    assert directory.problem is None


@pytest.mark.parametrize("content", ["{not json", '{"outlets": [{"aliases": ["x"]}]}',
                                     '{"outlets": [{"name": "X", "domains": "x.com"}]}'])
def test_a_bad_user_list_is_reported_and_the_bundled_one_used(private_config, content):
    private_config.mkdir()
    (private_config / "outlets.json").write_text(content, encoding="utf-8")
    directory = outlets()
    assert "outlets.json: not used" in directory.problem
    assert directory.named("AP") == "Associated Press"


def test_credit_readers_alone():
    directory = outlets()
    assert copyright_lines.copyright_holder("(c) 2019 Nikkei Inc.", directory) == "Nikkei"
    assert copyright_lines.copyright_holder("© 2019", directory) is None
    assert closing_credit("the deal, officials said. — AFP", directory) == "AFP"
    assert closing_credit("The deal was signed — Kim Tong-hyung", directory) is None
    assert closing_credit("He said so. (RFE/RL)", directory) == "RFE/RL"
    assert closing_credit("He said so. (AP Photo/Ahn Young-joon)", directory) is None


def test_a_section_word_is_not_an_outlet_named_with_the():
    directory = outlets()
    assert directory.named("NATIONAL") is None  # The National (UAE) keeps its "The"
    assert directory.named("The National") == "The National"
    assert directory.named("the Korea Herald") == "The Korea Herald"
    assert outlet_of("Pact signed\nNATIONAL\n" + BODY) is None


@pytest.mark.parametrize("ending,outlet", [
    ("(Via AFP & Reuters)", "Agence France-Presse"),
    ("(via Kyodo)", "Kyodo News"),
    ("(JIJI PRESS/AFP via Getty Images)", None),
])
def test_a_closing_credit_through_via_and_joined_names(ending, outlet):
    raw = ("Crowds rally in Seoul\nThousands marched through central Seoul on Saturday to demand "
           f"the president's removal, organisers said.\nPolice put the crowd at 40,000. {ending}\n")
    assert outlet_of(raw) == outlet


def test_a_line_starts_with_a_name_whatever_the_names_openings_kept():
    # (the names' first characters are a pre-check: a name longer than those, or shorter, is found)
    directory = outlets()
    for key in list(directory.by_name)[:400]:
        for line in (key, key + " online", key[:-1], key + "x"):
            expected = any(line[:length] in directory.by_name for length in range(1, len(line) + 1))
            assert directory._starts_with_a_name(line) == expected, line


def test_an_outlets_keys_are_every_name_the_directory_knows_it_by():
    directory = outlets()
    for outlet in sorted(set(directory.by_name.values()))[::25]:
        expected = {key for key, shown in directory.by_name.items() if shown == outlet}
        assert set(directory.keys_of(outlet)) == expected, outlet
    assert name_key("Yonhap News Agency") in directory.keys_of(directory.named("Yonhap"))
    assert directory.keys_of("No Such Outlet Anywhere") == ()

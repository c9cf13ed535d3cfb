"""Where pages name their outlet beyond datelines and bylines, and the picture credits that
are not the outlet: captions closing a story, staff bylines, a copyright line that reserves
the rights, a credit alone on the last line, a bracketed label, a name beside its own address,
"Read more: X". Examples are invented in the forms real pages print; each rule has a case
where it must not fire."""

from __future__ import annotations

import pytest

from corpus.intake import copyright_lines, credit_lines, credits, own_addresses, source_notes
from corpus.intake.datelines import read_dateline
from corpus.intake.furniture import describes_picture, is_caption
from corpus.intake.outlets import outlets
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

HEAD = "Manila and Tokyo sign troops pact\n"
BODY = ("Tokyo and Manila agreed on Tuesday to let their forces train on each other's soil, "
        "the first such deal Japan has signed in Asia, officials said.\n"
        "The agreement still needs the approval of both parliaments, the ministry said.\n")


@pytest.mark.usefixtures("private_config")
class TestCaptionsAreNotTheStorysCredit:
    @pytest.mark.parametrize("caption", [
        "Soldiers salute as a transport ship arrives at the port of Subic on Monday. /Yonhap",
        "Marines stand guard outside the Defense Ministry in Manila. /News1",
    ])
    def test_a_credit_glued_to_a_slash_is_a_pictures(self, caption):
        assert is_caption(caption)
        assert outlet_of(HEAD + BODY + caption + "\nThe drills resume next week, officials said.\n") is None

    def test_a_spaced_dash_credit_still_closes_the_story(self):
        assert not is_caption("The drills resume next week, officials said. — Yonhap")
        assert outlet_of(HEAD + BODY + "The drills resume next week, officials said. — Yonhap\n") == "Yonhap"

    def test_a_caption_that_goes_on_about_the_story_is_a_pictures(self):
        caption = ("Defense Minister Gilberto Teodoro, who leads the talks, speaks at a press "
                   "conference in Manila on Jan. 13, 2024, on the results of the negotiations. "
                   "The deal took two years of talks to conclude. (Yonhap)")
        assert describes_picture(caption)
        assert outlet_of(HEAD + caption + "\n") is None

    @pytest.mark.parametrize("closing", [
        "The minister, who speaks fluent Japanese, said in Tokyo the pact would hold. (Yonhap)",
        "The pact was signed in Seoul on Wednesday, the ministry said. (Yonhap)",
        "Parliament is expected to vote on the deal in March. (Yonhap)",
    ])
    def test_a_storys_closing_sentence_keeps_its_credit(self, closing):
        assert not describes_picture(closing)
        assert outlet_of(HEAD + BODY + closing + "\n") == "Yonhap"

    # (a note naming one listed wire, "(With inputs from PTI)", names it when nothing else names the site, as the
    # labels read such pages: intake round 88, tests/test_intake_eighty_eighth_round.py)
    @pytest.mark.parametrize("closing", ["(With inputs from agencies)", "(With AFP)",
                                         "(Additional reporting from Reuters)"])
    def test_a_contribution_note_is_not_the_credit(self, closing):
        assert outlet_of(HEAD + BODY + "\n" + closing + "\n") is None

    def test_a_quoted_outlet_is_not_a_credit(self):
        closing = "The pact will be signed next month, a ministry official told Yonhap.\n"
        assert outlet_of(HEAD + BODY + closing) is None


@pytest.mark.usefixtures("private_config")
class TestStaffBylines:
    @pytest.mark.parametrize("line, outlet", [
        ("By Mark Roe,  Newser Staff", "Newser"),
        ("By Jane Roe, Herald Staff Writer", "Herald"),
        ("By Kim Sun-a, CNN Staff", "CNN"),
        ("By Kosuke Sato, Nikkei staff writer", "Nikkei"),
        ("KOSUKE SATO, Nikkei staff writer", "Nikkei"),  # no "By": a listed outlet only
    ])
    def test_an_outlets_staff(self, line, outlet):
        assert credits.byline_credit(line, outlets()) == outlet

    @pytest.mark.parametrize("line", ["By Mark Roe, Staff Writer", "By Mark Roe, Senior Staff",
                                      "By Mark Roe, Editorial Staff",
                                      "MARK ROE, Harbor staff writer"])  # unlisted, no "By"
    def test_a_role_alone_names_no_outlet(self, line):
        assert credits.byline_credit(line, outlets()) is None

    def test_a_byline_after_a_time_on_its_line(self):
        assert credits.byline_credit("11 months ago - By Business Insider", outlets()) == "Business Insider"
        assert credits.byline_credit("11 months ago - By Jane Roe", outlets()) is None


@pytest.mark.usefixtures("private_config")
class TestCopyrightThatReservesRights:
    @pytest.mark.parametrize("line, holder", [
        ("[ⓒ K-VIBE. 무단전재-재배포 금지]", "K-VIBE"),
        ("Copyright 2024 Newsly, LLC. All rights reserved.", "Newsly"),
        ("ⓒ Korea JoongAng Daily", "Korea JoongAng Daily"),
    ])
    def test_a_sites_name(self, line, holder):
        assert copyright_lines.copyright_holder(line, outlets()) == holder

    @pytest.mark.parametrize("line", [
        "© 2019 John Smith. All rights reserved.",  # a person's name
        "© 2019 Nexstar Media Inc. All rights reserved.",  # a parent company
        "© 2019 Newsly",  # one word without rights reserved: a bare name is too weak
        "Image copyright Reuters",
    ])
    def test_not_a_sites_name(self, line):
        assert copyright_lines.copyright_holder(line, outlets()) is None


@pytest.mark.usefixtures("private_config")
class TestNamesOnLinesOfTheirOwn:
    def test_a_listed_outlet_alone_under_the_last_sentence(self):
        assert outlet_of(HEAD + BODY * 4 + "REUTERS\n") == "Reuters"

    def test_not_under_a_caption(self):
        caption = "Marines stand guard outside the Defense Ministry in Manila on Tuesday."
        assert outlet_of(HEAD + BODY * 4 + caption + "\nREUTERS\n") is None
        assert credit_lines.signed_credit(("PHOTO:", "REUTERS"), outlets()) is None

    @pytest.mark.parametrize("line, outlet", [
        ("[Global Times Comprehensive Report] Tokyo and Manila agreed on Tuesday.", "Global Times"),
        ("【Xinhua News】Tokyo and Manila agreed on Tuesday.", "Xinhua"),
    ])
    def test_a_bracketed_label_opening_the_text(self, line, outlet):
        assert outlets().named(credit_lines.bracket_credit(line, outlets())) == outlets().named(outlet)

    @pytest.mark.parametrize("line", ["[Xinhua Photo] Troops train in Luzon.",
                                      "[Updated] Tokyo and Manila agreed on Tuesday.",
                                      "[Reuters/Eloisa Lopez] Troops train in Luzon."])
    def test_not_a_pictures_label_or_a_note(self, line):
        assert credit_lines.bracket_credit(line, outlets()) is None

    @pytest.mark.parametrize("line, outlet", [
        ("The Manila Courier media (www.manilacourier.com) in English", "Manila Courier"),
        ("The Korea Post media (www.koreapost.com) in English", "The Korea Post"),
    ])
    def test_a_name_beside_its_own_address(self, line, outlet):
        assert own_addresses.own_domain_credit(line, outlets()) == outlet

    @pytest.mark.parametrize("line", ["Reports from the ministry (www.mnd.go.kr) said so",
                                      "NK News (nknews.org) reported the launch first",
                                      "Tokyo Daily readers can write to letters@example.com",
                                      "Visit Newsly at newsly.net for more"])  # (a pointer: see round 107)
    def test_not_a_name_the_address_does_not_spell(self, line):
        assert own_addresses.own_domain_credit(line, outlets()) is None

    def test_read_more_names_a_listed_source(self):
        assert source_notes.read_more_credit("Read more : CNN, 09.05.2017", outlets()) == "CNN"
        assert source_notes.read_more_credit("Read more: Japan News Today", outlets()) is None
        assert outlet_of(HEAD + BODY + "Read more : CNN, 09.05.2017\n") == "CNN"


def test_a_dateline_of_two_places():
    dateline = read_dateline("SEOUL / TOKYO (Reuters) – South Korea's decision to drop the pact")
    assert dateline and dateline.credit == "Reuters" and dateline.place == "SEOUL / TOKYO"
    assert read_dateline("SEOUL/TOKYO, Nov. 23 (Yonhap) -- The pact").place == "SEOUL/TOKYO"


@pytest.mark.usefixtures("private_config")
class TestAddressesAndMastheads:
    def test_a_listed_outlets_address_alone_on_a_line(self):
        assert outlet_of(HEAD + BODY * 4 + "www.koreaherald.com\n") == "The Korea Herald"
        assert credit_lines.domain_line_credit("https://KoreaHerald.com/", outlets()) == "The Korea Herald"

    @pytest.mark.parametrize("line", ["www.example-blog.net", "See www.koreaherald.com for more",
                                      "pic.twitter.com"])
    def test_not_an_unlisted_address_nor_one_in_a_sentence(self, line):
        assert credit_lines.domain_line_credit(line, outlets()) is None

    def test_a_credit_printed_as_an_address_is_named_as_listed(self):
        assert outlet_of(HEAD + BODY * 4 + "This article first appeared on koreaherald.com.\n") \
            == "The Korea Herald"

    def test_a_copyright_holder_that_is_also_the_masthead(self):
        assert outlet_of("Harbor Lantern\n" + HEAD + BODY * 4 + "© 2019 Harbor Lantern\n") == "Harbor Lantern"
        assert outlet_of(HEAD + BODY * 4 + "© 2019 Harbor Lantern\n") is None  # a name alone says little
        assert outlet_of("Manila and Tokyo sign troops pact | Harbor Lantern\n" + BODY * 4
                         + "© 2019 Harbor Lantern\n") == "Harbor Lantern"  # in the title's parts
        assert outlet_of("Beacon Holdings Group\n" + HEAD + BODY * 4
                         + "© 2019 Beacon Holdings Group\n") is None  # a parent company


@pytest.mark.usefixtures("private_config")
class TestGenericCreditsNameNoOne:
    @pytest.mark.parametrize("line", ["Source: Agency", "Source: Agencies", "Source: News Agencies",
                                      "Source: Wire services", "Source: Online Desk"])
    def test_a_source_of_only_generic_words(self, line):
        assert outlet_of(line + "\nYoon wins presidency\n" + BODY) is None

    def test_a_named_agency_still_is_the_outlet(self):
        assert outlet_of("Source: Anadolu Agency\nYoon wins presidency\n" + BODY) == "Anadolu Agency"
        assert outlet_of("Yoon wins presidency\nSource: Harbor News Agency\n" + BODY) \
            == "Harbor News Agency"  # unlisted, and "Agency" no more than part of its name


@pytest.mark.usefixtures("private_config")
class TestARepostsCreditByHandleOrAddress:
    @pytest.mark.parametrize("line, outlet", [
        ("via theguardian", "The Guardian"),  # the name run together
        ("via nytimes", "The New York Times"),  # its web domain's own label
        ("Source: theguardian.com", "The Guardian"),
        ("Source: scmp", "South China Morning Post"),
    ])
    def test_a_listed_outlet_by_its_handle(self, line, outlet):
        assert outlet_of(HEAD + "\n" + BODY.replace("\n", "\n\n") + line + "\n") == outlet

    @pytest.mark.parametrize("line", ["via somebody", "Source: example.com",
                                      "This article first appeared on their website.",
                                      "via news"])  # a label shared by many outlets' domains
    def test_no_outlet_from_an_unlisted_handle_or_a_word(self, line):
        assert outlet_of(HEAD + "\n" + BODY.replace("\n", "\n\n") + line + "\n") is None

    def test_a_handle_names_one_outlet_only(self):
        directory = outlets()
        assert directory.handle("english") is None and directory.handle("news") is None
        assert directory.handle("@Reuters") == "Reuters"
        assert directory.handle("ManilaTimes") == "The Manila Times"
        assert directory.handle("Seoul") is None  # a place, though seoul.co.kr is an outlet's


@pytest.mark.usefixtures("private_config")
class TestARepostsCreditLine:
    @pytest.mark.parametrize("line, outlet", [
        ("This article appeared in The Japan Times on November 25, 2019.", "The Japan Times"),
        ("This article appeared in the japan times on November 25, 2019.", "The Japan Times"),
        ("This article was published in The Diplomat.", "The Diplomat"),
        ("The original article appeared in Foreign Policy.", "Foreign Policy"),
        ("This commentary first ran in the Korea JoongAng Daily.", "Korea JoongAng Daily"),
        ("This article is republished from The Conversation under a Creative Commons license.",
         "The Conversation"),
        ("Originally published in The Japan Times", "The Japan Times"),
    ])
    def test_the_original_credited(self, line, outlet):
        assert outlet_of(HEAD + "\n" + BODY.replace("\n", "\n\n") + line + "\n") == outlet

    @pytest.mark.parametrize("line", [
        "The proposal first appeared in Seoul in 2012, when talks collapsed.",  # the story's
        "The plan was first published by Tokyo in June.",
        "The claim first appeared on Twitter.",
        "This article first appeared on their website.",
        "The story appeared in print on Monday.",
        "Published on Apr 16, 2014 7:03 PM",  # a date line
    ])
    def test_not_a_sentence_of_the_story(self, line):
        assert outlet_of(HEAD + "\n" + BODY.replace("\n", "\n\n") + line + "\n") is None


@pytest.mark.usefixtures("private_config")
class TestSignedAndStaffLines:
    STORY = HEAD + "\n" + BODY.replace("\n", "\n\n")

    @pytest.mark.parametrize("last, outlet", [
        ("TRT World and agencies", "TRT World"),
        ("Reuters with wires", "Reuters"),
        ("teleSUR/ JF", "teleSUR"),  # the outlet and its editor's initials
    ])
    def test_the_outlet_signing_the_last_line(self, last, outlet):
        assert outlet_of(self.STORY + last + "\n") == outlet

    @pytest.mark.parametrize("last", ["Harbor Beacon and agencies", "Jane Roe/ JF",
                                      "Sources: Anadolu Agency - EFE"])  # unlisted; several
    def test_not_an_unlisted_or_several_outlets(self, last):
        assert outlet_of(self.STORY + last + "\n") is None

    @pytest.mark.parametrize("line, outlet", [("Asia Times Staff", "Asia Times"),
                                              ("Reuters News Desk", "Reuters")])
    def test_a_listed_outlets_staff_on_its_own_line(self, line, outlet):
        assert credits.byline_credit(line, outlets()) == outlet

    def test_an_unlisted_staff_line_names_no_one(self):
        assert credits.byline_credit("Harbor Staff", outlets()) is None

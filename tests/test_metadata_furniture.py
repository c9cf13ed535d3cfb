"""Furniture of real pages in the forms many sites print (corpus/intake/furniture.py): site
pitches and tools, pointers to the full article, captions closed by an agency's or a
courtesy credit, editors' update notes. Examples invented in those forms; sentences of an
article that use the same words stay."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.furniture import is_furniture

BODY = ("Tokyo and Manila agreed on Tuesday to let their forces train on each other's soil, "
        "the first such deal Japan has signed in Asia, officials said.\n")


@pytest.mark.parametrize("line", [
    "Read full article",
    "Source: Read the Full Story",
    "Editors' Picks",
    "NEWSLETTERS",
    "Join our mailing list",
    "Join the Daily Planet newsletter",
    "More from Daily Planet: Manila hosts defense talks",
    "Follow Daily Planet on Twitter and Facebook for the latest news.",
    "Download our news app",
    "Planet News App Download",
    "Print Email Share",
    "Become a member",
    "Donate now",
    "Add a comment",
    "Independent journalism needs your support: subscribe today.",
    "Troops march in Manila on Tuesday. (TED ALJIBE/AFP/Getty Images)",
    "A destroyer at sea during a drill in May. (Courtesy of Jane Roe/U.S. Navy)",
    "Media captionThe minister speaks to reporters",
    "Updated 1/12/23 at 9:10 am ET to correct the minister's name.",
    "This AP file photo shows Defense Minister Jane Roe in Manila. (Kyodo)",
    "In this photo taken on Jan. 11, troops march in Manila. (AFP)",
    "Troops march in Manila, Jan. 11, 2023. (Xinhua/Jane Roe)",
    "Read Sunday's Daily Planet for full details.",
    "Jane Roe reports.",
    "Previous Next",
    "Back to Top",
    "photo",
    "Rating: 4.5",
    "by: Daily Planet staff | .",
    '"Manila and Tokyo agree troops deal" (Reuters)',
    "Park Ji-min reports from Manila.",
    "Related Planet Stories",
    "Trending Stories",
    "Next In World",
    "Follow Us",
    "Latest news Update",
    "You may also like..",
    "#troops deal #Manila",
    "Jane Roe/Pool/Getty Images",
    "+1 212 555 0100",
    "(end) jr.kt",
    "Follow us on our official WhatsApp channel for breaking news alerts!",
    "© Reuters. Soldiers of both countries stand guard at the port in Manila on a rainy morning",
    "The defence minister arrives at the ministry in Manila on Jan. 11, 2023. (Yonhap)",
    "Jane Roe of the ministry addresses reporters in Manila on Tuesday, Jan. 10, 2023. / AP",
    "The defence minister (Pool photo) (Yonhap)",
    "(The above story first appeared on Planet Daily on Jan 12, 2023 02:49 PM IST. For more news, "
    "log on to our website).",
    # a paywall's and a cookie banner's words to the reader, a line of sources
    "To continue reading",
    "Request your free trial",
    "Subscribe to continue reading",
    "Already a subscriber?",
    "Planet uses cookies to give you a better experience. If you click 'Accept' we consider that "
    "you accept our cookie policy. ACCEPT",
    "We use cookies. By continuing to browse you agree to their use.",
    "News sources: Planet TV, Daily Planet",
    "Source:Planet Wire",
    "More to follow.",  # a wire's note on a story it is still writing
    "Exit mobile version",
    "Subscribe to Planet Breaking",
    "Jane Roe, Planet News.",  # a broadcaster's reporter signing off
])
def test_furniture_forms(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Manila opened a 24/7 hotline for the troops on Friday, the ministry said. (AP)",
    "Seoul said it would share more information and print new rules for the exchange.",
    "The ministry said it would follow the talks on Twitter and brief reporters afterwards.",
    "Kim said the deal was updated last year to include a clause on missiles.",
    "More from the minister's speech was broadcast on Friday evening, officials said.",
    "Japan and Korea (ROK/JPN) agreed to the deal on Tuesday.",
    "The Daily Planet reports that the deal was signed on Tuesday in Manila.",
    '"We will not accept this." (Yonhap)',
    "The ministry released photos of the drills on Tuesday, officials said. (Yonhap)",
    "The two ministers will meet again in March, the ministry said. (AFP/Jiji)",
    "Next, the two ministers will meet in Tokyo to sign the deal, officials said.",
    "The latest news from Manila is that the deal was signed on Tuesday.",
    "#1 on the agenda was the troops deal, the minister said on Tuesday.",
    "Trending upward, support for the deal rose to 60 percent in a poll.",
    "Popular anger grew over the deal, officials said.",
    "The minister signs the deal in Manila on Tuesday, his office said. (Yonhap)",  # reporting
    "The minister arrived in Tokyo on Friday and said the deal would stay. (AP)",  # past tense
    "This article was published in 2019 by the ministry, and it said the deal would stay.",
    "Regulators said the site had set cookies without consent, the ruling said.",
    "Sources said the talks had stalled over the wording of a clause.",
    "Source: the ministry said the deal would stay.",
    "More talks are to follow in March, the ministry said.",
    "Subscribe to the idea that the deal will stay, the minister told reporters.",
    "Park Geun-hye, South Korea's president, said the news was welcome.",
])
def test_sentences_with_the_same_words_stay(line):
    assert not is_furniture(line)


def test_furniture_is_not_a_passage():
    page = clean_page("Troops deal agreed\n" + BODY + "Editor's Pick\nRead full article\n"
                      "Manila hosts defense talks next month, the ministry added.\n")
    assert page.paragraphs == (BODY.strip(), "Manila hosts defense talks next month, the "
                               "ministry added.")


def test_a_paywall_and_a_source_line_are_not_passages_and_a_dated_source_still_dates():
    page = clean_page("Troops deal agreed\nSource: Planet Wire | 2019-08-22 19:41:00\n" + BODY
                      + "To continue reading\nRequest your trial\nSource:Planet Wire\n")
    assert page.paragraphs == tuple(BODY.strip().split("\n"))
    assert page.printed_date == "Source: Planet Wire | 2019-08-22 19:41:00"

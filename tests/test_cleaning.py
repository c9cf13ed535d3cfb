"""The bundled articles are cleaned of page chrome, with every real paragraph kept."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.loader import article_from_raw, load_bundled, make_passages

CHROME = [
    "소아쌤", "Link copied", "print dictionary print", "1 Comment", "Latest News",
    "I am really glad to glance", "Log in to Twitter", "with the Korea JoongAng Daily",
    "help-image", "Social comment", "lock icon", "To write comments", "Standards Board Policy",
    "Home > National", "Hot Issues of the Week", "Published :", "Korean Peninsula A to Z",
    "angie@joongang.co.kr", "Asia-Pacific, News",
]

# (id, number of passages, first passage starts, last passage starts)
EXPECTED_PASSAGES = [
    ("5dc33988083df1cc", 9, "The White House on Wednesday welcomed",
     "Despite the trilateral deal, US officials"),
    ("e2bd46779e3cb77d", 10, "Seoul and Tokyo have formally signed",
     "The three South Korean opposition parties agreed"),
    ("81cfaf9f30d2f96d", 14, "South Korea and Japan have signed a controversial agreement",
     "Japan and South Korea are obliged to keep"),
    ("e7526d7d388919c6", 10, "Korea will sign a military agreement",
     "The Foreign Ministry said it has postponed"),
    ("90dd09783d8c4acf", 13, "The South Korean government on Thursday announced",
     "If this bilateral pact is sealed"),
]


@pytest.mark.parametrize("fragment", CHROME)
def test_chrome_is_gone_from_every_clean_text(corpus, fragment):
    assert len(corpus) == 5
    for article in corpus:
        assert fragment not in article.clean_text, (article.id, fragment)


@pytest.mark.parametrize("article_id,count,first,last", EXPECTED_PASSAGES)
def test_every_real_paragraph_is_kept(corpus, article_id, count, first, last):
    article = corpus.get(article_id)
    assert len(article.passages) == count
    assert article.passages[0].text.startswith(first)
    assert article.passages[-1].text.startswith(last)


def test_each_raw_prose_line_survives_whole(corpus):
    for article in corpus:
        for line in article.raw_text.split("1 Comment\n")[0].splitlines():  # not the comments
            line = line.strip()
            if len(line) > 80 and line.endswith((".", "”", '"', ")")):
                assert any(p.text == line for p in article.passages), line[:60]


def test_wire_credit_and_quotes_are_text_not_chrome(corpus):
    assert corpus.get("5dc3").passages[-1].text.endswith("China's rise. (Yonhap)")
    assert any(p.text.startswith("“[North Korea] is ready") for p in corpus.get("81cf").passages)


def test_passage_offsets_point_into_the_clean_text(corpus):
    for article in corpus:
        for passage in article.passages:
            assert article.clean_text[passage.start:passage.end] == passage.text
            assert article.passage_at(passage.start) == passage


def test_cleaning_finds_what_the_manifest_knows(corpus):
    for article in corpus:
        page = clean_page(article.raw_text)
        assert page.headline == article.headline
        if article.byline:
            assert page.byline == article.byline
    assert clean_page(corpus.get("5dc3").raw_text).printed_date == "Published : Nov. 24, 2016 - 09:42"
    assert clean_page(corpus.get("e2bd").raw_text).printed_date == "2016-11-27"
    assert clean_page(corpus.get("81cf").raw_text).printed_date == "November 23, 2016"


def test_the_2012_date_is_marked_inferred(corpus):
    article = corpus.get("e752")
    assert article.date == "2012-06-28" and article.date_inferred
    assert not corpus.get("5dc3").date_inferred


NEXT_JOONGANG_PAGE = """Seoul and Tokyo hold second round of talks

Home > National > Diplomacy

print dictionary print

Seoul and Tokyo hold second round of talks

Officials from Seoul and Tokyo met on Tuesday for a second round of talks on the pact.

The two sides agreed to meet again before the end of the month, a ministry official said.

By Kim Hee-jin[kim.heejin@joongang.co.kr]
Log in to Twitter or Facebook account to connect
with the Korea JoongAng Daily
help-image Social comment?
lock icon

To write comments, please log in to one of the accounts.

Standards Board Policy (0/250자)"""

NEXT_BLOG_PAGE = """Seoul approves pact despite protests
Asia-Pacific, News November 14, 2016 3 Comments on Seoul approves pact despite protestsThe cabinet backed the deal on Tuesday
South Korea's cabinet approved the intelligence pact on Tuesday despite protests from opposition parties.
Opposition lawmakers said they would push a motion against the defense minister.
3 Comments
Great post, thanks!
Visit my site for cheap watches."""


def test_the_same_rules_clean_the_next_page_from_each_site():
    joongang = clean_page(NEXT_JOONGANG_PAGE)
    assert joongang.headline == "Seoul and Tokyo hold second round of talks"
    assert joongang.byline == "Kim Hee-jin"
    assert joongang.section == "Diplomacy"
    assert [p[:20] for p in joongang.paragraphs] == ["Officials from Seoul", "The two sides agreed"]
    blog = clean_page(NEXT_BLOG_PAGE)
    assert blog.headline == "Seoul approves pact despite protests"
    assert blog.printed_date == "November 14, 2016"
    assert blog.paragraphs[0] == "The cabinet backed the deal on Tuesday"
    assert len(blog.paragraphs) == 3
    assert not any("watches" in p or "Great post" in p for p in blog.paragraphs)


def test_hard_wrapped_paragraphs_are_joined():
    page = clean_page("Title of a story\n\nThe minister said the accord was signed in Seoul after\n"
                      "months of talks between the two neighbours and their allies.\n")
    assert page.paragraphs == ("The minister said the accord was signed in Seoul after months of "
                               "talks between the two neighbours and their allies.",)


def test_a_missing_bundled_file_is_reported_and_the_rest_load(tmp_path, corpus):
    import json
    import shutil

    from corpus.loader import BUNDLED_DIR, MANIFEST

    for item in BUNDLED_DIR.iterdir():
        shutil.copy(item, tmp_path / item.name)
    (tmp_path / "002_81cfaf9f30d2f96d.txt").unlink()
    loaded = load_bundled(tmp_path)
    assert len(loaded) == 4
    assert len(loaded.problems) == 1 and "002_81cfaf9f30d2f96d.txt" in str(loaded.problems[0])
    assert json.loads((tmp_path / MANIFEST).read_text())  # the manifest itself is untouched


def test_ids_resolve_by_unique_prefix(corpus):
    assert corpus.get("90dd").id == "90dd09783d8c4acf"
    with pytest.raises(KeyError, match="no article"):
        corpus.get("ffff")
    with pytest.raises(KeyError, match="'9' is too short: give at least 4 characters"):
        corpus.get("9")  # too short to be a prefix, and said so


def test_make_passages_offsets():
    text, passages = make_passages("x", ["one", "two words"])
    assert text == "one\n\ntwo words"
    assert [(p.start, p.end) for p in passages] == [(0, 3), (5, 14)]


def test_unknown_outlet_is_shown_as_unknown_not_guessed(corpus):
    article = corpus.get("81cf")
    assert article.outlet is None and article.outlet_label == "unknown (81cfaf9f)"
    assert article_from_raw("Headline here\n\n" + "A sentence of prose that is long enough to "
                            "count as an article paragraph.", {}, "test").outlet is None


CNN_LIKE = """South Korea, Japan sign military intelligence pact
By Joshua Berlinger, CNN
Updated 1:05 AM ET, Wed November 23, 2016
JUST WATCHED
Why Seoul and Tokyo need each other
Replay
More Videos ...
MUST WATCH
Seoul (CNN) — South Korea and Japan signed a military intelligence-sharing pact on Wednesday, the first since the end of Japanese colonial rule in 1945.
Read More
The deal lets the two countries share information on North Korea's missile and nuclear programs directly, officials said.
Related
Japan and South Korea agree on draft
Seoul resumes talks with Tokyo
Protesters rallied outside the defense ministry in Seoul as the pact was signed, calling it a betrayal.
Share this article
(ATTN: UPDATES with protest details)
Editor's note: This story has been updated with comments from the ministry.
The pact took effect immediately after the signing, the defense ministry said in a statement.
"""


def test_furniture_of_real_pages_is_not_a_passage_and_metadata_lines_are_facts():
    page = clean_page(CNN_LIKE)
    assert [p.split()[0] for p in page.paragraphs] == ["Seoul", "The", "Protesters", "The"]
    assert page.byline == "Joshua Berlinger, CNN"
    assert page.printed_date == "Updated 1:05 AM ET, Wed November 23, 2016"
    assert page.headline == "South Korea, Japan sign military intelligence pact"


def test_date_byline_and_dateline_lines_in_the_body_become_facts():
    page = clean_page(
        "Pact signed\n"
        "South Korea and Japan signed a military intelligence pact on Wednesday in Seoul, officials said.\n"
        "By CHOE SANG-HUN, New York Times\n"
        "12:12 PM, November 23, 2016\n"
        "SEOUL, Nov. 23, Kyodo\n"
        "The pact took effect immediately after the signing, the defense ministry said.\n")
    assert len(page.paragraphs) == 2
    assert page.byline == "CHOE SANG-HUN, New York Times"
    assert page.printed_date == "12:12 PM, November 23, 2016"


def test_hard_wrapped_text_keeps_short_lines_apart():
    page = clean_page(
        "South Korea reverses decision to suspend intelligence deal with Japan\n"
        "Send a link to a friend\n[November 22, 2019]\nBy Joyce Lee and Kiyoshi Takenaka\n\n"
        "SEOUL/NAGOYA, Japan (Reuters) - South Korea said on Friday\n"
        "that it would not let its intelligence-sharing pact with Japan\n"
        "lapse, a sudden reversal at the last minute that points to a\n"
        "breakthrough after months of icy relations over wartime history.\n")
    assert page.headline == "South Korea reverses decision to suspend intelligence deal with Japan"
    assert page.printed_date == "[November 22, 2019]"
    assert page.paragraphs[0].startswith("SEOUL/NAGOYA") and len(page.paragraphs) == 1


@pytest.mark.parametrize("line", [
    "A Blue House official reads out the decision, August 22, 2019. /VCG Photo",
    "The ferry is seen going down off Jindo on Wednesday. -- PHOTO: REUTERS",
    "Ministers shake hands after the signing. (Yonhap photo)",
    "Ministers shake hands after the signing. AP Photo/Ahn Young-joon",
    "mm/kms (AFP, Reuters, dpa)",
    "Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.",
    "from World news | The Guardian https://ift.tt/2KRihyd",
    "• South Korea to pull out of intelligence pact with Japan",
    "Watch video 01:46",
    "[Sound bite: Kim You-geun - deputy director of the National Security Office]",
    "0 Members and 1 Guest are viewing this topic.",
    "Posts: 40,432",
    "Itsuo Inouye/AP",
    "Editor: Ade P Marboen",
    "*More to come*",
    "— UN News (@UN_News_Centre) December 28, 2015",  # an embedded tweet's signature
    ".@UN chief welcomes the agreement https://t.co/Uc18 pic.twitter.com/3JnsuVJ21s",
])
def test_captions_credits_links_and_forum_chrome_are_furniture(line):
    page = clean_page(f"Pact signed\n{CNN_LIKE.splitlines()[8]}\n{line}\n{CNN_LIKE.splitlines()[-1]}\n")
    assert line not in page.paragraphs and len(page.paragraphs) == 2


@pytest.mark.parametrize("line", [
    "The defense ministry said it would release a photo of the ceremony.",
    "The pact, he said, was a photo opportunity for the president.",
])
def test_sentences_that_mention_photos_stay(line):
    page = clean_page(f"Pact signed\n{CNN_LIKE.splitlines()[8]}\n{line}\n")
    assert line in page.paragraphs


def test_a_wire_end_marker_ends_the_article_and_the_reporters_address_is_not_a_passage():
    page = clean_page(f"Pact signed\n{CNN_LIKE.splitlines()[8]}\n{CNN_LIKE.splitlines()[-1]}\n"
                      "lcd@yna.co.kr\n(END)\n-\n1\nN. Korea slams S. Korea for joint military drill\n")
    assert len(page.paragraphs) == 2 and page.paragraphs[-1].startswith("The pact took effect")


def test_a_caption_closed_by_photographer_and_agency_in_capitals_is_furniture():
    line = "A television shows the launch of missiles into the sea. – KIM JAE-HWAN / ZUMA PRESS"
    page = clean_page(f"Pact signed\n{CNN_LIKE.splitlines()[8]}\n{line}\n")
    assert line not in page.paragraphs

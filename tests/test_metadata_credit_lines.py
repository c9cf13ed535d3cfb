"""Credits printed outside a dateline's or a byline's usual form (corpus/intake/credit_lines.py),
bylines with a label or a staff credit, and aggregators' source lines with a date. Examples are
invented in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake import credit_lines, credits, first_appeared
from corpus.intake.closing_credits import closing_credit
from corpus.intake.datelines import read_dateline
from corpus.intake.outlets import outlets
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

BODY = ("Tokyo and Manila agreed on Tuesday to let their forces train on each other's soil, "
        "the first such deal Japan has signed in Asia, officials said.\n"
        "The agreement still needs the approval of both parliaments, the ministry said.\n")


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


@pytest.mark.parametrize("raw, outlet", [
    ("Troops deal agreed\nReuters, MANILA\n" + BODY, "Reuters"),
    ("Troops deal agreed\nKyodo, TOKYOTokyo and Manila agreed on Tuesday to let their forces "
     "train on each other's soil, officials said.\n" + BODY, "Kyodo News"),
    ("Troops deal agreed\nMANILA-Associated Press\n" + BODY, "Associated Press"),
    ("Troops deal agreed\nManila (AFP)Tokyo and Manila agreed on Tuesday to let their "
     "forces train on each other's soil.\n" + BODY, "Agence France-Presse"),
    ("Troops deal agreed\nDeutsche WelleTokyo and Manila agreed on Tuesday to let their "
     "forces train on each other's soil.\n" + BODY, "Deutsche Welle"),
    ("Troops deal agreed\nAssociated Press and Reuters\n" + BODY, "Associated Press"),
    ("Troops deal agreed\nThe Japan Times 2023-01-12\n" + BODY, "The Japan Times"),
    ("Troops deal agreed\n" + BODY + "More from NHK World: Japan weighs new defense budget\n"
     + BODY, "NHK World"),
    ("Troops deal agreed\nby: The Asahi Shimbun | .\n" + BODY, "The Asahi Shimbun"),
    ("Troops deal agreed\nby Compiled by Courier-Journal staff from wire reports | Jan 12, 2023\n"
     + BODY, "The Courier-Journal"),  # listed: its name as the list gives it
    ("Troops deal agreed\n" + BODY + "Source: Nikkei Asia January 12, 2023 08:10 UTC\n",
     "Nikkei Asia"),
    ("Troops deal agreed\n" + BODY + "Read the full story at ManilaTimes\n", "The Manila Times"),  # its name run together, listed
    ("Troops deal agreed\n" + BODY + "Read Sunday's Chicago Tribune for full details.\n",
     "Chicago Tribune"),
    ("Troops deal agreed\n" + BODY + "Copyright © Hankyoreh &\n", "The Hankyoreh"),
    ("Troops deal agreed\n" + BODY + "The deal needs approval. #Manila #Reuters #World\n",
     "Reuters"),
    ("Troops deal agreed\nGlobal News | By Jane Roe\n" + BODY, "Global News"),
    ("Troops deal agreed\nBy Kyodo News Tokyo and Manila agreed on Tuesday to let their forces "
     "train on each other's soil.\n" + BODY, "Kyodo News"),
])
def test_credit_forms(raw, outlet):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    "Troops deal agreed\nPhilippines, JAPAN\n" + BODY,  # two places, no outlet
    "Troops deal agreed\nManila, Tokyo and Washington\n" + BODY,
    "Troops deal agreed\nMcCarthyTokyo and Manila agreed on Tuesday to let forces train.\n" + BODY,
    "Troops deal agreed\nMore from the minister: talks go on\n" + BODY,
    "Troops deal agreed\nby Compiled by city staff from wire reports\n" + BODY,
    "Troops deal agreed\n" + BODY + "The deal needs approval. #Manila #Reuters #AFP\n",
    "Troops deal agreed\n" + BODY + "#Reuters said the deal needs approval, officials said.\n",
    "Troops deal agreed\nBy Reuters count, dozens of troops took part in the drills.\n" + BODY,
    "Troops deal agreed\nWorld | By Jane Roe\n" + BODY,
    "Troops deal agreed\n" + BODY + "This AP file photo shows the defense minister. (Kyodo)\n",
    # a quoted related headline with its source is a link, not the story's closing credit
    "Troops deal agreed\n" + BODY + "SEE ALSO:\n\"Manila and Tokyo agree troops deal\" (Reuters)\n",
])
def test_loose_forms_take_only_listed_outlets(raw):
    assert outlet_of(raw) is None


def test_readers_alone():
    directory = outlets()
    assert credit_lines.place_credit("SEOUL — Kyodo", directory) == "Kyodo"
    assert credit_lines.place_credit("SEOUL, Korea", directory) is None
    assert credit_lines.glued_credit("BBC NewsThe ferry sank", directory) == "BBC News"
    assert credit_lines.joined_credit("AP, AFP", directory) == "AP"
    assert credit_lines.joined_credit("AP", directory) is None
    assert credit_lines.dated_credit("Korea Herald 2016-11-23", directory) == "Korea Herald"
    assert credits.byline_credit("BY: Jiji Press", directory) == "Jiji Press"
    assert first_appeared.first_appeared_credit("Source: CBC News, 11/22/2016", directory) == "CBC News"
    assert closing_credit('"Pact signed in Seoul" (AFP)', directory) is None


def test_a_glued_dateline_needs_an_abbreviation_and_no_space():
    assert read_dateline("Manila (AP)Officials said").credit == "AP"
    assert read_dateline("Manila (Reuters)Officials said") is None
    assert read_dateline("Manila (AP) officials said") is None


@pytest.mark.parametrize("raw, date", [
    ("Troops deal agreed\n" + BODY + "Source: Nikkei Asia January 12, 2023 08:10 UTC\n",
     "2023-01-12"),
    ("Troops deal agreed\nTroops deal agreed January 11, 2023Tokyo and Manila agreed on "
     "Tuesday to let their forces train on each other's soil.\n" + BODY, "2023-01-11"),
    ("Other news\nTroops deal agreed Updated: 2023-01-12 10:41:07 JST\n" + BODY, "2023-01-12"),
    ("Troops deal agreed\n23.01.2023(updated 01:18 24.01.2023) Get short URL\n" + BODY,
     "2023-01-23"),
    ("Troops deal agreed\n3 Comment(s)Print E-mail Kyodo, January 11, 2023\n" + BODY,
     "2023-01-11"),
    ("Troops deal agreed\nA first for Japan in Asia\nby Jane Roe and Kim Lee | January 11, "
     "2023 at 6:00 a.m.\n" + BODY, "2023-01-11"),
    ("Manila and Tokyo agree on troops deal. January. 11, 2023 07:43. by Jane Roe "
     "jane@planet.com.\n" + BODY, "2023-01-11"),
])
def test_date_forms(raw, date):
    assert date_of(raw) == date


@pytest.mark.parametrize("raw", [
    # a date glued to text only counts at the start of a line or after the repeated title
    "Troops deal agreed\nThe deal came January 11, 2023Tokyo and Manila agreed.\n" + BODY,
    "Troops deal agreed\nJanuary 11, 2023 – Deal agreed\n" + BODY,  # a timeline's entry
    "Troops deal agreed\nJan. 11, 23 soldiers were hurt\n" + BODY,
])
def test_not_date_lines(raw):
    assert date_of(raw) is None


def test_a_credit_in_capitals_and_a_lower_case_byline_keep_their_own_lines():
    page = clean_page("Troops deal agreed\nKYODO\nimage\nA first for Japan in Asia\n"
                      "by Jane Roe | January 11, 2023\n" + BODY)
    assert "KYODO" in page.opening
    assert "by Jane Roe | January 11, 2023" in page.opening
    assert not any("Jane Roe" in paragraph for paragraph in page.paragraphs)
    wrapped = clean_page("Troops deal agreed\nThe two governments signed the deal on\n"
                         "a cold morning in Manila, officials said.\n" + BODY)
    assert wrapped.paragraphs[0].startswith("The two governments signed the deal on a cold")


def test_a_byline_run_into_the_dateline_and_a_date_line_under_a_byline():
    assert outlet_of("Troops deal agreed\nBy Jane Roe MANILA (Reuters) -Tokyo and Manila agreed "
                     "on Tuesday to let their forces train on each other's soil.\n" + BODY) == "Reuters"
    raw = ("Troops deal agreed\nBy Jane Roe and Kim Lee, CNN\nupdated 8:10 PM EST, Wed January "
           "11, 2023\n" + BODY)
    assert (outlet_of(raw), date_of(raw)) == ("CNN", "2023-01-11")


def test_an_outlet_under_a_photo_label_is_the_picture_s_credit():
    assert outlet_of("Troops deal agreed\nTroops march in Manila.\nphoto\nReuters\n" + BODY) is None
    assert outlet_of("Troops deal agreed\nReuters\n" + BODY) == "Reuters"


def test_an_aggregator_s_bare_link_at_the_end_gives_the_address():
    from corpus.page_addresses import address_in_text
    page = clean_page("Troops deal agreed\n" + BODY + "https://www.nhk.or.jp/news/troops-deal\n"
                      "Rating: 4\n")
    assert address_in_text(page) == "https://www.nhk.or.jp/news/troops-deal"


def test_a_caption_s_full_date_gives_a_dateline_its_year():
    raw = ("Troops march in Manila on Jan. 9, 2023. (Xinhua/Jane Roe)\nMANILA, Jan. 11 (Xinhua) -- "
           "Tokyo and Manila agreed on Wednesday to let their forces train on each other's soil.\n"
           + BODY)
    page = clean_page(raw)
    assert not any("Xinhua/Jane Roe" in paragraph for paragraph in page.paragraphs)
    assert date_of(raw) == "2023-01-11"


def test_a_one_word_name_that_is_an_ordinary_word_is_not_taken_from_a_line_alone(tmp_path,
                                                                                  monkeypatch):
    assert outlet_of("Troops deal agreed\nMetro\n" + BODY) is None  # a section's name
    assert outlet_of("Troops deal agreed\nTime\n" + BODY) is None
    assert outlet_of("Troops deal agreed\nBy Jane Roe, Metro\n" + BODY) == "Metro"
    assert outlet_of("Troops deal agreed\n" + BODY + "Copyright 2023 Time\n") == "Time"
    config = tmp_path / "own"
    config.mkdir()
    (config / "outlets.json").write_text(
        '{"outlets": [{"name": "Harbour", "common_word": true}, {"name": "Gazetka"}]}',
        encoding="utf-8")
    monkeypatch.setenv("GSOMIA_TUI_CONFIG", str(config))
    assert outlet_of("Troops deal agreed\nHarbour\n" + BODY) is None
    assert outlet_of("Troops deal agreed\nGazetka\n" + BODY) == "Gazetka"

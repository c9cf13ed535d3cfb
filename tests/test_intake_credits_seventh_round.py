"""Credits and dates in forms drawn from pages never seen (issue 13, seventh round): Korean,
Japanese and Chinese credits opening the text, a site's "Make X your homepage", an
aggregator's date before a wire's dateline, and a month dating a statement ("announced in August that it would end ..."). Examples are invented in the
forms real pages print."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.datelines import read_dateline
from corpus.metadata import date_from_page
from tests.test_metadata_outlets import outlet_of, private_config  # noqa: F401 (a fixture)

TITLE = "Seoul keeps the pact\n"
KOREAN_LEAD = "정부는 22일 한일 군사정보보호협정을 유지하기로 했다고 밝혔다.\n이번 결정은 미국의 요청에 따른 것이다.\n"
JAPANESE_LEAD = "韓国政府は22日、日本との協定を維持すると発表した。\n両政府は協議を続ける。\n"
BODY = ("South Korea said on Friday it would keep its military intelligence pact with Japan, "
        "officials said.\nThe decision followed weeks of talks, the ministry said in a statement.\n")


@pytest.mark.parametrize("raw, outlet", [
    # a Korean wire's credit beside the place it files from, before its reporter
    (TITLE + "(서울=연합뉴스) 김철수 기자 = " + KOREAN_LEAD, "Yonhap"),
    (TITLE + "[서울=뉴시스]김철수 기자 = " + KOREAN_LEAD, "Newsis"),
    # a paper's credit before its reporter, listed or not (the form is the credit's place)
    (TITLE + "[뉴스토마토 김철수 기자] " + KOREAN_LEAD, "News Tomato"),
    (TITLE + "[한빛일보 김철수 기자] " + KOREAN_LEAD, "한빛일보"),
    (TITLE + "[한빛경제=김철수 특파원] " + KOREAN_LEAD, "한빛경제"),
    # Japanese: a credit before a colon, a wire's dateline in lenticular or square brackets
    (TITLE + "(ブルームバーグ): " + JAPANESE_LEAD, "Bloomberg"),
    (TITLE + "【ソウル共同】" + JAPANESE_LEAD, "Kyodo News"),
    (TITLE + "【ワシントン時事】" + JAPANESE_LEAD, "Jiji Press"),
    (TITLE + "【AFP=時事】" + JAPANESE_LEAD, "Agence France-Presse"),
    (TITLE + "［東京　22日　ロイター］ - " + JAPANESE_LEAD, "Reuters"),
    # a Chinese wire's dateline
    (TITLE + "新华社首尔11月22日电（记者 张明）韩国政府22日宣布维持协定。\n双方将继续磋商。\n", "Xinhua"),
])
def test_east_asian_credits_opening_the_text(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    TITLE + "(사진=연합뉴스) " + KOREAN_LEAD,  # a picture's credit
    TITLE + "[앵커] " + KOREAN_LEAD,  # a broadcast script's speaker
    TITLE + "【ソウル＝山田太郎】" + JAPANESE_LEAD,  # a paper's correspondent, the paper unnamed
    TITLE + "(ハーバー通信): " + JAPANESE_LEAD,  # unlisted in a loose form
])
def test_lines_near_these_forms_name_no_outlet(raw, private_config):
    assert outlet_of(raw) is None


def test_a_site_asking_to_be_made_the_homepage_names_itself(private_config):
    assert outlet_of("World\nNation\nMake Beijing Review your homepage\n" + TITLE + BODY) == "Beijing Review"
    assert outlet_of("Set China Daily as your home page\n" + TITLE + BODY) == "China Daily"
    assert outlet_of("Make Harbor Gazette your homepage\n" + TITLE + BODY) is None  # unlisted


def test_an_aggregator_s_date_before_the_wire_s_dateline():
    line = ("Monday, 10 February 2020 (2 hours ago) LOS ANGELES (Newswire) — The film won the "
            "award for best international feature at Sunday's ceremony, the first for the country.")
    page = clean_page("The film wins\n" + line + "\nIt was its second award of the night.\n")
    found = date_from_page(page)
    assert found.value == "2020-02-10"
    assert "before the wire's dateline" in found.provenance
    assert outlet_of("The film wins\n" + line + "\n") == "Newswire"
    # a weekday that contradicts the date, or no dateline after it: not this form
    assert date_from_page(clean_page("The film wins\n" + line.replace("Monday", "Tuesday") + "\n")) is None
    assert date_from_page(clean_page("The film wins\nMonday, 10 February 2020 (2 hours ago) The film "
                                     "won the award for best international feature at Sunday's "
                                     "ceremony, the first for the country.\n")) is None


@pytest.mark.parametrize("later, year", [
    ("Seoul announced in August that it would end the pact.", "2019-11-15"),
    # a plan, or a threat, is no statement of the decision
    ("Seoul will announce in August that it would end the pact.", None),
    ("Seoul said in August that it might end the pact.", None),
    # (eighth round) "that" left out, or the month fronted before the saying
    ("Seoul announced in August it would end the pact.", "2019-11-15"),
    ("In August, Seoul announced that it would end the pact.", "2019-11-15"),
    ("In August, Seoul will announce that it would end the pact.", None),
    ("Seoul hinted in August it could end the pact.", None),
])
def test_a_month_dating_a_statement_under_a_yearless_dateline(later, year):
    lead = "SEOUL, Nov. 15 (Newswire) -- Diplomats of the two countries met for talks in Tokyo on Friday."
    found = date_from_page(clean_page(f"Talks held\n{lead}\n{later}\n"))
    assert (found.value if found else None) == year


@pytest.mark.parametrize("raw, outlet", [
    # a Korean copyright line, its label glued to the sign, a holder listed in Hangul
    (TITLE + KOREAN_LEAD + "[저작권자(c) YTN 무단전재, 재배포 금지]\n", "YTN"),
    (TITLE + KOREAN_LEAD + "<저작권자 ⓒ 연합뉴스, 무단 전재-재배포 금지>\n", "Yonhap"),
    # a listed agency printed in lower case in its dateline, with a month in Italian's abbreviation
    (TITLE + "Roma, 22 nov. (askanews) - Il governo di Seul ha sospeso la decisione.\nAltro testo.\n",
     "askanews"),
    # the credit between slashes after a comma; the credit holding the date, after a title-case place
    (TITLE + "Tokyo, 18 March, /HARBORWIRE/\n" + BODY, "HARBORWIRE"),
    (TITLE + "Seoul, (APP - Harbor Point / Harbor Point News - 16th Jun, 2020 ) :" + BODY,
     "Associated Press of Pakistan"),
    # a listed site's dated credit in Japanese quotes, in its Japanese edition and other name
    (TITLE + JAPANESE_LEAD + "「中国網日本語版(チャイナネット)」2011年3月11日\n", "China.org.cn"),
    # a desk whose words before "Desk" open the masthead, where its first words are listed
    # (not "Foreign Affairs", the magazine)
    ("Foreign Affairs News The Leading Portal\n" + TITLE + "Foreign Affairs News Desk\n" + BODY,
     "Foreign Affairs News"),
])
def test_credits_of_the_even_half_s_forms(raw, outlet, private_config):
    assert outlet_of(raw) == outlet


@pytest.mark.parametrize("raw", [
    TITLE + KOREAN_LEAD + "ⓒ 한빛일보, 무단전재 및 재배포 금지\n",  # unlisted in Hangul: a loose form
    TITLE + "Roma, 22 nov. (zzzz) - Il governo di Seul ha sospeso la decisione.\n",  # lower case unlisted
    TITLE + "Jane Roe Staff\nJane Roe writes\n" + BODY,  # a writer, not a desk of the masthead
])
def test_near_the_even_half_s_forms_no_outlet(raw, private_config):
    assert outlet_of(raw) is None


def test_a_dateline_s_year_from_a_caption_s_full_date_days_before():
    page = clean_page("Pact restored\nLeaders shake hands in Tokyo on Thursday, March 16, 2023.\n"
                      "Tokyo, 18 March, /HARBORWIRE/\n" + BODY)
    assert date_from_page(page).value == "2023-03-18"


@pytest.mark.parametrize("line, place, credit, month, day", [
    ("Seúl, 22 nov (EFE).- Corea del Sur suspendió su decisión.", "Seúl", "EFE", 11, 22),
    ("Madrid, 22 de noviembre (EFE).- El Gobierno lo anunció.", "Madrid", "EFE", 11, 22),
    ("Séoul, 22 novembre (AFP) - La Corée du Sud a suspendu sa décision.", "Séoul", "AFP", 11, 22),
    ("Roma, 22 ott. (ANSA) - Il governo di Seul ha deciso.", "Roma", "ANSA", 10, 22),
    ("Berlin, 22. Okt. (dpa) - Die Regierung in Seoul hat entschieden.", "Berlin", "dpa", 10, 22),
    ("Seul, 23 dez (Lusa) - A Coreia do Sul decidiu.", "Seul", "Lusa", 12, 23),
])
def test_a_wire_s_dateline_with_a_month_in_another_language(line, place, credit, month, day):
    dateline = read_dateline(line)
    assert (dateline.place, dateline.credit, dateline.month, dateline.day) == (place, credit, month, day)


def test_a_word_that_is_no_month_makes_no_dateline():
    assert read_dateline("Roma, 22 pizze (ANSA) - Il governo di Seul ha deciso.") is None

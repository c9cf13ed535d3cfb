"""Issue 13's hundred-and-fourth intake round, on texts of our own: outlets named where no reader looked, read only
when no other credit names the page's outlet.

* a Korean paper's bracketed byline translated into Japanese: "[マネートゥディ オ・セジュン記者]"
  (`translated_bylines.translated_korean_byline`);
* a copied story's closing credit followed by the address it was copied from, as forums print it: "…確認された。
  (ANNニュース) https://news.livedoor.com/…" (`addressed_closings.addressed_closing_credit`).

Each positive failed before the round; the negatives beside them keep what must not change: a picture's credit, a
quoted source, a sentence, a place or a person in the same form."""

from __future__ import annotations

import pytest

from corpus.intake.addressed_closings import addressed_closing_credit
from corpus.intake.outlets import outlets
from corpus.intake.translated_bylines import translated_korean_byline
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

JA_HEADLINE = "堤防の補強工事始まる\n\n"
JA_STORY = ("市は15日、堤防の補強工事を始めたと明らかにした。工事は来年3月まで続く見通しだ。\n\n"
            "住民への説明会も開かれた。市は避難計画を見直すとした。\n\n")


def _outlet(raw: str) -> str | None:
    return described(raw)["outlet"]


# A Korean byline translated into Japanese

@pytest.mark.parametrize("byline, outlet", [
    ("[マネートゥディ オ・セジュン記者] ", "マネートゥディ"),  # unlisted, ending as Korean papers' names do: as printed
    ("[聯合ニュース キム・ミンジ記者] ", "Yonhap"),
    ("[聯合ニュース=キム・ミンジ特派員] ", "Yonhap"),
])
def test_a_translated_korean_byline_names_its_paper(byline, outlet):
    assert _outlet(JA_HEADLINE + byline + JA_STORY) == outlet


@pytest.mark.parametrize("byline", [
    "[ソウル=キム・ミンジ記者] ",  # a place
    "[写真=キム・ミンジ記者] ",  # a picture's label
    "[聯合ニュース記者] ", "[キム・ミンジ記者] ",  # no reporter, no paper
    "[ハンビット ジェーン・ロー記者] ",  # an unlisted name not ending as a paper's
    "[中央日報 金玄基記者] ",  # a reporter in kanji: not this form
    "[ジェーン・ロー キム・ミンジ記者] ",  # a person's name where the paper stands
])
def test_a_place_a_picture_or_a_person_is_no_translated_byline(byline):
    assert translated_korean_byline(byline + JA_STORY, outlets()) is None


# A copied story's closing credit before its address

@pytest.mark.parametrize("closing, outlet", [
    ("住民は避難した。(共同) https://news.example.jp/article/1/", "Kyodo News"),
    ("住民は避難した。(ANNニュース) https://news.example.jp/detail/1/ https://image.example.jp/a.jpg", "TV Asahi"),
    ("Residents were moved to shelters on Tuesday. (AP) https://example.com/story/1", "Associated Press"),
])
def test_a_closing_credit_before_the_copied_story_s_address_names_the_outlet(closing, outlet):
    assert _outlet(JA_HEADLINE + JA_STORY + closing + "\n") == outlet


@pytest.mark.parametrize("closing", [
    "https://news.example.jp/article/1/",  # an address alone
    "住民は避難した。(ハンビット) https://news.example.jp/article/1/",  # an unlisted name
    "共同によると住民は避難した https://news.example.jp/article/1/",  # a quoted source
    "Residents were moved, according to Kyodo. https://example.com/a",
    "住民は避難した。(写真) https://news.example.jp/article/1/",  # a picture's label
    "住民は避難した。(共同)",  # no address: the closing credit's own readers'
])
def test_an_address_after_no_credit_names_none(closing):
    assert addressed_closing_credit(closing, outlets()) is None


HOSTILE = [
    "[" + "ア・" * 33_000 + "記者]",
    "[聯合ニュース " + "キ・" * 33_000,
    "住民は避難した。(" + "共" * 50_000 + ") https://a.jp/",
    "a https://" * 10_000,
    " https://x" * 10_000 + " z",
    "x" + " " * 100_000 + "y",
    "AFP " * 25_000,
    "[ " + "rfe/rl " * 14_000,
    ">> " * 33_000 + "AFP ASIA",
]


@pytest.mark.parametrize("read", [
    translated_korean_byline,
    addressed_closing_credit,
])
def test_each_reader_of_the_round_takes_every_hostile_text_quickly(read):
    directory = outlets()  # (the list of outlets read before the clock starts)
    for text in HOSTILE:
        assert_runs_quickly(lambda: read(text, directory), what=text[:40])

"""Timeline round 57 (issue 14): a Latin-script name written against kana, kanji or hangul ("同紙はGSOMIAについて",
"日韓GSOMIAの破棄", "한일GSOMIA 종료") is a whole word: a change of script is a word's edge
(corpus/about_words.py, `as_whole_words`, used by the `about` patterns, the `once` names of corpus/told_again.py and
corpus/dates_counted_from_the_page.py). A name run into more letters of its own script ("GSOMIAs", "xGSOMIA",
"GSOMIA2") still is not. On a page that prints no date, the pact described by what it was signed for ("the GSOMIA,
concluded for the purpose of sharing", "交流を目的に締結した協定") tells of no signing (corpus/told_again.py).
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.about_words import WholeWords
from tests.test_timeline_eighteenth_round_pages import linked

# (the event, the page's date or None, a page that reports it, a page beside it that does not)
PAIRS = [
    # Japanese: the name before a particle, the page printing no date (not a longer Latin word)
    ("termination-decision-2019", None,
     "同紙はGSOMIAについて、韓国が破棄を決めたと報じた。",
     "同紙はGSOMIA2について、韓国が破棄を決めたと報じた。"),
    # ... after the kanji of the two countries
    ("termination-decision-2019", None,
     "文在寅政権は日韓GSOMIAの破棄を決定した。",
     "文在寅政権は日韓GSOMIAsの破棄を決定した。"),
    # Korean: after hangul
    ("termination-decision-2019", None,
     "한국 정부는 한일GSOMIA 종료를 결정했다.",
     "한국 정부는 한일GSOMIAs 종료를 결정했다."),
    # Chinese: before the full stop, on a page of a later year
    ("signing", "2018-01-01",
     "两国签署了日韩GSOMIA。",
     "两国签署了日韩GSOMIAs。"),
]


@pytest.mark.parametrize("pair", PAIRS, ids=lambda pair: pair[2][:12])
def test_the_name_beside_cjk_links_and_a_longer_latin_word_does_not(pair):
    event, date, reports, does_not = pair
    assert [event in linked((page, date)) for page in (reports, does_not)] == [True, False]


@pytest.mark.parametrize("text", ["同紙はGSOMIAについて", "日韓GSOMIAの破棄", "한일GSOMIA를", "签署了GSOMIA。",
                                  "the GSOMIA, signed", "(GSOMIA)"])
def test_a_name_is_a_whole_word_between_scripts(text):
    assert WholeWords(["GSOMIA"]).search(text)


@pytest.mark.parametrize("text", ["GSOMIAs", "xGSOMIA", "GSOMIA2", "GSOMIA_", "日韓GSOMIAsの破棄", "ГSOMIA"])
def test_a_name_run_into_more_of_its_script_is_not(text):
    assert not WholeWords(["GSOMIA"]).search(text)


def test_kana_and_kanji_run_together_are_one_word():
    # (no change of script inside "大地震", nor between a figure and kanji: as with any word inside another)
    assert not WholeWords(["地震"]).search("大地震が起きた")
    assert not WholeWords(["地震"]).search("M7地震")
    assert WholeWords(["地震"]).search("地震。")


def test_a_pact_described_by_what_it_was_signed_for_tells_of_no_signing_on_an_undated_page():
    described = "He said that keeping the GSOMIA, concluded for the purpose of sharing intelligence, serves no one."
    assert "signing" not in linked((described, None))
    assert "signing" not in linked(("「軍事情報交流を目的に締結した協定を持続させない」として、GSOMIAを継続しないと決めた。", None))
    # beside it: the signing told without its purpose still counts, and so does the purpose on a dated later page
    assert "signing" in linked(("He said that keeping the GSOMIA, concluded with Tokyo, serves no one.", None))
    assert "signing" in linked(("「日本と締結した協定を持続させない」として、GSOMIAを継続しないと決めた。", None))
    assert "signing" in linked((described, "2019-08-22"))


# Latin-script texts only (ASCII, Latin letters beyond it, Cyrillic, Greek): no kana, kanji or hangul
LATIN_ONLY = ["Seoul and Tokyo signed the GSOMIA in 2016.", "GSOMIAs", "xGSOMIA", "GSOMIA2", "(GSOMIA)",
              "“the GSOMIA”, signed — for now", "ГSOMIA", "Japón y Corea firmaron el GSOMIA", ""]
# An ASCII name run into another alphabet's letter: an edge to the cheap script edge, so never asked of such a text
RUN_INTO_ANOTHER_ALPHABET = ["ΑGSOMIA", "ГGSOMIA", "éGSOMIA"]


@pytest.mark.parametrize("text", LATIN_ONLY)
def test_a_text_without_cjk_is_searched_at_word_edges_alone_with_the_same_matches(text):
    # (the cheap pattern of `\b` edges, for a text that holds no kana, kanji or hangul: round 58)
    terms = ["GSOMIA", r"\w*SOMIA", r"signed|firmaron", r"the\s+GSOMIA", "2016"]
    for term in terms:
        words = WholeWords([term])
        assert words.within(text) is words.at_word_edges
        assert [m.span() for m in words.at_word_edges.finditer(text)] == \
            [m.span() for m in words.at_script_edges.finditer(text)], term


@pytest.mark.parametrize("text", RUN_INTO_ANOTHER_ALPHABET)
def test_a_name_run_into_another_alphabet_is_not_a_whole_word(text):
    words = WholeWords(["GSOMIA"])
    assert words.within(text) is words.at_word_edges and not words.search(text)


@pytest.mark.parametrize("text", ["日韓GSOMIAの破棄", "한일GSOMIA 종료", "the GSOMIA (지소미아)", "ｶﾀｶﾅ GSOMIA"])
def test_a_text_with_cjk_anywhere_is_searched_at_script_edges(text):
    words = WholeWords(["GSOMIA"])
    assert words.within(text) is words.at_script_edges
    assert words.search(text, text.index("GSOMIA"))

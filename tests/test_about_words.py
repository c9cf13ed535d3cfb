"""An event's `about` pattern for one passage (`corpus.about_words.about_in`): the expressions that open
with `\\w*` left out where what follows it is found nowhere, the same matches as the whole pattern."""

import pytest

from corpus.about_words import _NOWHERE, about_in, about_pattern
from corpus.dates import DateValue
from corpus.events import EventSpec, load_event_specs

TEXTS = ("Seoul and Tokyo signed the GSOMIA in 2016.", "한국과 일본은 2016년 협정을 체결했다.",
         "日本と韓国は軍事情報包括保護協定に署名した。", "the fourth nuclear test in January", "",
         "North Korea's 4차 핵실험, the Korean pact", "no names here at all")


def spans(pattern, text):
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_the_whole_pattern(text):
    for spec in load_event_specs():
        assert spans(about_in(spec, text), text) == spans(about_pattern(spec), text), spec.id


def spec(*about):
    return EventSpec("x", "X", DateValue(2016), "sign", about)


def test_an_expression_found_nowhere_is_left_out_and_one_found_kept():
    only = spec(r"\w*(?:韓国|日本)\w*", "pacts?")
    assert about_in(only, "the pact") is not about_pattern(only).within("the pact")
    assert spans(about_in(only, "日本の pact"), "日本の pact") == [(0, 3), (4, 8)]


def test_with_every_expression_left_out_nothing_matches():
    # (not the empty alternation, which would match at every word's edge)
    assert spans(about_in(spec(r"\w*(?:韓国)\w*", r"\w*?第[四4]次\w*"), "Korea and Japan"), "Korea and Japan") == []


@pytest.mark.parametrize("text", ("SIGNED the pact", "ſigned it", "a \u212aitazawa deal", "İntelligence",
                                  "ınformation", "Cho June-Hyuck said", "연평도 포격", "the first", ""))
def test_the_needed_words_are_found_in_any_case_a_case_blind_pattern_takes(text):
    # (no needed word in the text: the pattern of none, without a search; a word in another
    # case, or a letter the engine takes for an ASCII one, must still be found)
    for about in ((r"signed|concluded", r"three\s+nations"), ("Kitazawa", "working-level talks"),
                  (r"intelligence\s+sharing", r"information"), ("Cho June-hyuck",), (r"\w*(?:연평)\w*",),
                  (r"(?:fir|la)st\s+time",)):
        assert spans(about_in(spec(*about), text), text) == spans(about_pattern(spec(*about)), text), about


def test_an_expression_that_needs_a_letter_beyond_ascii_is_not_searched_for_in_an_ascii_text():
    # (Cyrillic is never in an ASCII text: the other expression's needed word decides)
    about = (r"three\s+nations\s+signed", r"соглашени\w*")
    assert about_in(spec(*about), "the countries signed it") is _NOWHERE
    for text in ("three nations signed it", "the countries signed соглашение"):
        assert about_in(spec(*about), text) is about_pattern(spec(*about)).within(text)


@pytest.mark.parametrize("text", ("three nations signed", "THREE NATIONS SIGNED", "three natıons ſigned",
                                  "СОГЛАШЕНИЕ", "the соглашение", "three nations", "nations signed three",
                                  "İntelligence sharing", "\u212aITAZAWA talks", "연평도 포격 three nations signed"))
def test_the_same_matches_with_every_set_of_needed_words_and_letters_beyond_ascii(text):
    for about in ((r"three\s+nations\s+signed", r"соглашени\w*"), (r"intelligence\s+sharing", r"[\u0e00-\u0e7f]+"),
                  (r"kitazawa\s+talks", r"[а-я]+\s+talks"), (r"\w*(?:연평)\w*", r"포격"), (r"[ſs]igned",)):
        assert spans(about_in(spec(*about), text), text) == spans(about_pattern(spec(*about)), text), about

"""Pre-checks and rewritten patterns that only make a rule faster: each answers as the plain form did."""

import re

import pytest

from corpus.intake.site_widgets import _CREDIT_MARK, _PICTURE_CREDIT, is_site_widget
from corpus.named_before import _THE_WORD_IT
from corpus.text_units import first_sentence, sentences


@pytest.mark.parametrize("text", ["it", "It", "bit it", "it's done", "(it)", "日it it", "éit it", "_it it", "it_",
                                  "it2 it", "sign it.", "with its pact", "Seoul signed it in 2016", ""])
def test_the_word_it_finds_what_a_word_boundary_pattern_finds(text):
    plain = re.compile(r"\bit\b")
    assert [m.span() for m in _THE_WORD_IT.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for at in range(len(text) + 1):
        assert bool(_THE_WORD_IT.match(text, at)) == bool(plain.match(text, at))


@pytest.mark.parametrize("line", [
    "Officials meet in Seoul. [Photo: Yonhap]",
    "Officials meet in Seoul (图片来源：新华社)",
    "Officials meet in Seoul. Photo: Yonhap",
    "Officials meet in Seoul. Credit Jane Roe/Harbor News",
    "• Officials meet in Seoul.//AFP",
    "…見込みとなった=(聯合ニュースTV)",
    "Officials meet in Seoul. (사진=연합뉴스)",
    "Officials meet in Seoul (Jane Roe/Harbor News via AP)",
])
def test_each_form_of_a_picture_credit_has_the_mark_the_pre_check_looks_for(line):
    assert _PICTURE_CREDIT.search(line) and _CREDIT_MARK.search(line)
    assert is_site_widget(line)


@pytest.mark.parametrize("line", [
    "Seoul decided to end the pact on Thursday, officials said.",
    "Photo Yonhap", "사진 연합뉴스", "Officials meet in Seoul. Credit Jane Roe",
])
def test_a_line_without_the_mark_is_no_picture_credit(line):
    assert not _CREDIT_MARK.search(line) and not _PICTURE_CREDIT.search(line)


@pytest.mark.parametrize("text", ["", "  ", "Seoul signed it Nov. 23. The U.S. welcomed it.", "\n\nOne.\n\nTwo.",
                                  "No stop at all", "。日本は署名した。"])
def test_the_first_sentence_is_the_first_of_all_the_sentences(text):
    for start in range(len(text) + 1):
        assert first_sentence(text, start) == sentences(text, start)[:1]
        assert first_sentence(text, 0, start) == sentences(text, 0, start)[:1]

"""Hits of single words found by stemming only the words that may match (`highlight._word_spans`)
are the hits the whole text's analysis finds (`highlight.analysed_tokens`)."""

from __future__ import annotations

import pytest

from corpus.loader import load_bundled
from index.highlight import HitPattern, find_spans

TERMS = [{"intellig"}, {"share", "intellig"}, {"defens"}, {"center"}, {"sign"}, {"seoul"},
         {"us"}, {"mai"}, {"agreement", "agre"}, {"navi"}, {"minist", "nuclear"}]
TRICKY = ("The Defence Ministry's centre, the U.S. Navy and Séoul: signing, signed, signs. "
          "Intelligence-sharing; INTELLIGENT agreements agreed in May by the U.S.A. navies.")


def texts():
    from bench.generate import generate_articles

    yield TRICKY
    yield from (article.clean_text for article in load_bundled().articles)
    yield from (article.clean_text for article in generate_articles(40, seed=5))


@pytest.mark.parametrize("terms", TERMS, ids=lambda terms: "+".join(sorted(terms)))
def test_words_found_without_analysing_every_word_are_those_of_every_token(terms):
    found_any = False
    for text in texts():
        spans = find_spans(text, HitPattern(frozenset(terms), ()))
        expected = find_spans(text, HitPattern(frozenset(terms), (("no", "such", "phrase"),)))
        assert spans == expected  # (a phrase in the pattern takes the path of every token)
        found_any = found_any or bool(spans)
    assert found_any


def test_folded_spellings_and_accents_still_match():
    spans = find_spans(TRICKY, HitPattern(frozenset({"defens", "center", "seoul"}), ()))
    assert [TRICKY[s.start:s.end] for s in spans] == ["Defence", "centre", "Séoul"]

"""Hits found by stemming only the words that may match (`highlight._possible_stems`) are the
hits the whole text's analysis finds (every word's term, as the story analyzer gives it)."""

from __future__ import annotations

import pytest

from corpus.loader import load_bundled
from index.highlight import HitPattern, Span, find_spans

TERMS = [{"intellig"}, {"share", "intellig"}, {"defens"}, {"center"}, {"sign"}, {"seoul"},
         {"us"}, {"mai"}, {"agreement", "agre"}, {"navi"}, {"minist", "nuclear"}]
PHRASES = [("han", "min", "koo"), ("intellig", "share"), ("us", "navi"), ("defens", "ministri"),
           ("gener", "secur", "militari", "inform", "agreement")]
TRICKY = ("The Defence Ministry's centre, the U.S. Navy and Séoul: signing, signed, signs. "
          "Intelligence-sharing; INTELLIGENT agreements agreed in May by the U.S.A. navies.")


def texts():
    from bench.generate import generate_articles

    yield TRICKY
    yield from (article.clean_text for article in load_bundled().articles)
    yield from (article.clean_text for article in generate_articles(40, seed=5))


def every_token_spans(text: str, pattern: HitPattern) -> tuple[Span, ...]:
    """The hits found the slow way: every word of the text through the story analyzer."""
    from index.analysis import story_analyzer
    from index.highlight import _merge, highlight_window

    text = highlight_window(text)
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in story_analyzer()(text, positions=True, chars=True, mode="index")]
    spans = {Span(start, end) for term, _, start, end in tokens if term in pattern.words}
    for phrase in pattern.phrases:
        for i in range(len(tokens) - len(phrase) + 1):
            window = tokens[i:i + len(phrase)]
            if (tuple(term for term, *_ in window) == phrase
                    and window[-1][1] - window[0][1] == len(phrase) - 1):
                spans.add(Span(window[0][2], window[-1][3]))
    return _merge(text, spans)


@pytest.mark.parametrize("terms", TERMS, ids=lambda terms: "+".join(sorted(terms)))
def test_words_found_without_analysing_every_word_are_those_of_every_token(terms):
    found_any = False
    for text in texts():
        spans = find_spans(text, HitPattern(frozenset(terms), ()))
        assert spans == every_token_spans(text, HitPattern(frozenset(terms), ()))
        found_any = found_any or bool(spans)
    assert found_any


@pytest.mark.parametrize("phrase", PHRASES, ids=" ".join)
def test_phrases_found_without_analysing_every_word_are_those_of_every_token(phrase):
    found_any = False
    for text in texts():
        pattern = HitPattern(frozenset({phrase[0]}), (phrase,))
        spans = find_spans(text, pattern)
        assert spans == every_token_spans(text, pattern)
        found_any = found_any or bool(spans)
    assert found_any


def test_folded_spellings_and_accents_still_match():
    spans = find_spans(TRICKY, HitPattern(frozenset({"defens", "center", "seoul"}), ()))
    assert [TRICKY[s.start:s.end] for s in spans] == ["Defence", "centre", "Séoul"]

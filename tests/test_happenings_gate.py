"""The words every wording of a happening holds (`corpus.required_words`): a text is searched
only for the wordings whose words it holds, which must change no match."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

import corpus.happenings as happenings
from corpus.date_scan import folded
from corpus.loader import BUNDLED_DIR
from corpus.required_words import Alternation, required_words, words_in

FIXTURES = Path(__file__).parent / "fixtures"
PAGE_SETS = ("dev", "holdout", "dev2", "holdout2")  # (the blind sets are left unread)


def sentences_of_coverage() -> list[str]:
    pages = json.loads((FIXTURES / "event_sentences.json").read_text(encoding="utf-8"))["pages"]
    return [sentence["text"] for page in pages for sentence in page["sentences"]]


def texts_we_have() -> list[str]:
    paths = sorted(BUNDLED_DIR.glob("*.txt")) + [
        path for folder in PAGE_SETS for path in sorted((FIXTURES / "pages" / folder).glob("*.txt"))]
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths] + sentences_of_coverage()


def assert_same_matches(text: str) -> None:
    present = words_in(happenings._WORDS, folded(text))
    for kind, wordings in happenings._WORDINGS.items():
        assert [m.span() for m in wordings.finditer(text, present)] == \
            [m.span() for m in wordings.pattern.finditer(text)], (kind, text[:200])


def test_the_same_happenings_as_searching_every_wording(monkeypatch):
    texts = texts_we_have()
    assert len(texts) > 400
    gated = [happenings.find_happenings(text) for text in texts]
    monkeypatch.setattr(happenings, "words_in", lambda words, text: words)  # every wording kept
    assert [happenings.find_happenings(text) for text in texts] == gated
    assert sum(map(len, gated)) > 300  # (texts that word happenings: the test can fail)


def test_the_same_matches_kind_by_kind():
    for text in sentences_of_coverage():
        assert_same_matches(text)


def test_the_same_on_letters_a_case_blind_pattern_takes_for_ascii_ones():
    for text in ("\u017figned the pact", "the \u0130ntelligence pact was \u017fcrapped", "\u212aEPT ALIVE",
                 "SIGNED THE PACT", "Seoul ſuspended the termination of GSOMIA", "ınked the deal"):
        assert_same_matches(text)
    assert [h.kind for h in happenings.find_happenings("They \u017figned the pact.")] == ["sign"]


def test_random_runs_of_the_vocabulary_words():
    words = sorted(happenings._WORDS)
    rng = random.Random(15)
    for _ in range(2000):
        text = " ".join(rng.choice(words + ["the", "to", "not", "it", "on"]) for _ in range(rng.randint(1, 10)))
        assert_same_matches(text)


def test_an_alternative_left_out_changes_no_match_even_where_an_earlier_one_would_fail():
    wordings = Alternation(("put off", "put", r"off\s+the\s+table"), r"(?i)\b", r"\b", shortest=1)
    for text in ("they put off the talks", "put it off the table", "PUT", "nothing here"):
        assert [m.group() for m in wordings.finditer(text, words_in(wordings.words, folded(text)))] == \
            [m.group() for m in wordings.pattern.finditer(text)]
    assert list(wordings.finditer("nothing here", frozenset())) == []
    assert Alternation((r"put\s+off", "signed"), shortest=5).needs == (None, frozenset({"signed"}))


@pytest.mark.parametrize(("expression", "expected"), [
    (r"(?i)(?<![\w-])(?:sign(?:s|ed)?|inks?)(?![\w-])", {"sign", "ink"}),
    (r"h(?:o|e)ld\s+off", {"off"}),  # the longest run, of the words that must all be there
    (r"(?:the|a)\s+pact", {"pact"}),
    (r"[a-z]+\s*\d+", None),  # classes and repeats alone: nothing required
    (r"(?:x|[a-z])", None),  # one alternative without words: none
    (r"(?i)(?-i:End)s?\s+deal", {"deal"}),
    (r"caf\u00e9", {"caf"}),  # letters beyond ASCII are not relied on
])
def test_required_words_of_expressions(expression, expected):
    assert required_words(re.compile(expression)) == (frozenset(expected) if expected else None)

"""Where sentences break (`corpus.text_units`): the expression that checks the words before a
mark after reading the mark finds the same breaks as the one written with the lookbehinds first."""

from __future__ import annotations

import random
import re

from corpus import text_units
from tests.test_word_starts import texts_we_have

WRITTEN_FIRST = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Gen))(?<!\b(?:Mr|Ms|Dr|St))(?<!\bSept)"
    r"(?!(?<=\bNo)\.\s+\d)[.!?][\"\u201d\u2019')]*\s+"
    r"(?=[\"\u201c\u2018(]?[A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0400-\u042f\u0620-\u064a])"
    r"|[\u3002\uff01\uff1f][\u300d\u300f\u201d)\uff09]*\s*|\n+"
    r"|(?<=[\uac00-\ud7a3])\.\s+(?=[\uac00-\ud7a3])"
)


def breaks(pattern: re.Pattern[str], text: str, *bounds: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, *bounds)]


def test_the_same_breaks_in_every_text_we_have():
    texts = texts_we_have()
    for text in texts:
        assert breaks(text_units._SENTENCE_BREAK, text) == breaks(WRITTEN_FIRST, text), text[:200]
        bounds = (len(text) // 3, 2 * len(text) // 3)
        assert breaks(text_units._SENTENCE_BREAK, text, *bounds) == breaks(WRITTEN_FIRST, text, *bounds)
    assert sum(len(breaks(WRITTEN_FIRST, text)) for text in texts) > 12000  # (14,557 now: it can fail)


def test_the_same_breaks_around_abbreviations_and_marks():
    pieces = ["U.S.", "Nov.", "Sept.", "Mr.", "St.", "A.", "a.", "x!", "why?", ".", "!", "?", "\n", "\n\n", " ", "  ",
              "\u201d", "'", ")", "\"", "\u201c", "(", "Seoul", "2019", "it", "Jan", "Gen.", "e.g.", "No.",
              "\u3002", "\uff1f", "\u300d", "\u0421\u0435\u0443\u043b",
              "\u00c9t\u00e9", "\u0642\u0631\u0627\u0631", "\u00e9t\u00e9", "\uc2dc\ucf30\ub2e4", "\uae30\ub2a5"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 12)))
        assert breaks(text_units._SENTENCE_BREAK, text) == breaks(WRITTEN_FIRST, text), text
        assert breaks(text_units._SENTENCE_BREAK, text, 1) == breaks(WRITTEN_FIRST, text, 1), text


def test_a_korean_full_stop_ends_a_sentence_before_another_korean_one():
    text = "한국은 통보의 효력을 정지시켰다. 기능상으로는 지금도 작동한다. 3.5 퍼센트."
    assert [text[s.start:s.end] for s in text_units.sentences(text)] == [
        "한국은 통보의 효력을 정지시켰다.", "기능상으로는 지금도 작동한다.", "3.5 퍼센트."]

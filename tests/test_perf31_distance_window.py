"""perf31: `intervals.days_before` searches for the distance leading to a happening from the last words a match can
reach, not from its sentence's start: a sentence of 2,500 "three days after they signed the pact," was read whole
for each of its wordings (~0.05 s each on main, ~2 min for the sentence). The same answers as the whole search."""

from __future__ import annotations

import random

import pytest

from corpus import intervals
from corpus.intervals import days_before
from tests.hostile_timing import assert_runs_quickly

_WORDS = ("three", "two", "four", "years", "months", "days", "weeks", "year", "day", "and", "after", "since", "less",
          "than", "more", "over", "nearly", "some", "talks", "resumed", "they", "the", "deal,", "Seoul's", "it",
          "x-four", "après", "moins", "d'un", "mois", "twenty-five", "5", "a", "month's", "après,")
_SPACES = (" ", " ", " ", "  ", "\n", " \t ", " " * 300, "\u3000")


def _words(chooser: random.Random, count: int) -> str:
    return "".join(chooser.choice(_WORDS) + chooser.choice(_SPACES) for _ in range(count))


def _text(chooser: random.Random) -> str:
    """Words of ours, often ending in a distance ("more than two years and three months after ...")."""
    tail = "" if chooser.random() < 0.3 else " ".join((
        chooser.choice(("", "less than", "more  than", "nearly")), chooser.choice(("", "two years and", "a year, and")),
        chooser.choice(("three", "a", "5", "twenty-five")), chooser.choice(("days", "months", "week's", "year")),
        chooser.choice(("after", "since", "après")), _words(chooser, chooser.randint(0, 10))))
    return _words(chooser, chooser.randint(0, 60)) + tail


def _whole_sentence_searched(monkeypatch, text: str, start: int, at: int):
    with monkeypatch.context() as patched:
        patched.setattr(intervals, "_search_from", lambda text, sentence_start, happening_start: sentence_start)
        return days_before(text, start, at)


def test_the_distance_found_from_the_last_words_is_the_one_found_from_the_sentences_start(monkeypatch):
    chooser, cut, found = random.Random(31), 0, 0
    for _ in range(3_000):
        text = _text(chooser) + "signed"
        start = chooser.choice((0, 0, min(5, len(text))))
        at = len(text) - len("signed")
        expected = _whole_sentence_searched(monkeypatch, text, start, at)
        assert days_before(text, start, at) == expected, text
        cut, found = cut + (intervals._search_from(text, start, at) > start), found + (expected is not None)
    assert found > 1_000 and cut > 1_000  # (the texts do hold distances, and are searched from their last words)


@pytest.mark.parametrize("text, expected", [
    ("The deal came less than a month after talks resumed", (0, 31)),
    ("nearly " * 20 + "four years and five months after " + "the two sides " * 2 + "resumed", (0, 1619)),
    ("three days after " * 6_000 + "they resumed", (2, 4)),
    ("after " * 50 + "three days after " + "talk " * 9 + "resumed", None),  # nine words between: none
    ("four years since" + " " * 50_000 + "resumed", (1098, 1830)),  # a run of spaces: the whole sentence searched
])
def test_distances_read_as_before(text, expected):
    at = text.rindex("resumed")
    assert days_before(text, 0, at) == expected


def test_a_sentence_of_many_wordings_after_a_distance_is_read_in_time():
    text = "three days after they signed the pact, " * 2_500 + "."
    wordings = [at for at in range(len(text)) if text.startswith("signed", at)]
    answers: list[tuple[int, int] | None] = []

    def read() -> None:
        answers[:] = [days_before(text, 0, at) for at in wordings]
    assert_runs_quickly(read, limit=2.0)  # ~0.4 s on the branch under load; ~2 min on main
    assert set(answers) == {(2, 4)}

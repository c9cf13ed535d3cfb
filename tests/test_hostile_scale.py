"""Hostile pages at size (session 16): a page of one short string repeated thousands of times is
read in time linear in the page. Each case timed out (many seconds) on the code before: a Chinese
picture credit's pattern read a long line again from each of its characters
(corpus/intake/picture_credits.py), overlapping dates were weighed against every date kept before
(corpus/dates.py), the sentence around each office holder's name split its whole line again
(corpus/text_units.py), and a long sentence's verbs were read again for each date it prints
(index/plain_verbs.py)."""

from __future__ import annotations

import time

from corpus.dates import find_dates
from corpus.intake.picture_credits import is_picture_credit
from corpus.text_units import sentence_at, sentences
from index.plain_verbs import plain_verbs


def _within(seconds: float, began: float) -> None:
    assert time.perf_counter() - began < seconds


def test_a_line_of_one_chinese_character_is_no_picture_credit_read_at_once():
    line = "中" * 20000  # 9 s before
    began = time.perf_counter()
    assert not is_picture_credit(line, (line,))
    _within(1.0, began)


def test_a_chinese_picture_credit_is_still_read():
    assert is_picture_credit("■ 韩国民众在街头观看电视 新华社 发", ())
    assert is_picture_credit("首尔街头 (新华社发)", ())
    assert not is_picture_credit("新华社 发", ())


def _dates_timed(repeats: int) -> float:
    """The best of two times to find the dates of a line of `repeats` dates."""
    text = "December 12, 2023 / " * repeats
    best = float("inf")
    for _ in range(2):
        began = time.perf_counter()
        found = find_dates(text, None)
        best = min(best, time.perf_counter() - began)
    assert sum(expression.kind == "date" for expression in found) == repeats
    return best


def test_thousands_of_dates_in_one_line_are_found_in_linear_time():
    # 100k characters; minutes before. Four times the text takes about four times as long, not
    # sixteen (a ratio, robust on a shared machine); the cap only catches minutes.
    quarter, whole = _dates_timed(1250), _dates_timed(5000)
    assert whole < 10.0
    assert whole < 8 * max(quarter, 0.01)


def test_the_sentence_of_each_name_in_a_long_line_is_found_at_once():
    text = "President Yoon Suk Yeol said it. " * 5000  # 165k characters, 5,000 sentences
    began = time.perf_counter()
    found = [sentence_at(text, offset, 0, len(text)) for offset in range(0, len(text), 165)]
    _within(1.0, began)
    units = sentences(text)
    assert found == [units[offset // 33] for offset in range(0, len(text), 165)]
    assert sentence_at(text, len(text) - 1) == units[-1]  # the space after the last: the last


def test_a_long_sentence_is_read_for_its_verbs_once():
    sentence = "Seoul signed it on " + "December 12, 2023 / " * 5000  # 100k characters
    began = time.perf_counter()
    for _ in range(1000):  # once for each date it prints; 20 s before
        verbs = plain_verbs(sentence, "event")
    _within(1.0, began)
    assert verbs == ((6, 12),)

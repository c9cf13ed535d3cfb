"""Review 40 (session 31), on sentences of our own: whether a verb stands inside quotation marks is read on from
the verb before it, not from the sentence's start for each one (index/plain_verbs.py: a sentence of thousands of
verbs took the square of its length), with the same answers as before."""

from __future__ import annotations

import random
import time

from index.plain_verbs import Quotations, plain_verbs, quoted


def quoted_counting_from_the_start(sentence: str, at: int) -> bool:
    """The reading before review 40, kept as the reference."""
    before = sentence[:at]
    if before.count('"') % 2:
        return True
    depth = before.count("\u201c") - before.count("\u201d")
    if depth:
        return depth > 0
    closing, opening = sentence.find("\u201d", at), sentence.find("\u201c", at)
    return closing >= 0 and (opening < 0 or closing < opening)


def test_places_asked_in_order_or_not_are_read_as_counting_from_the_start():
    pieces = ['"', "\u201c", "\u201d", " ", "a", "signed ", "met "]
    choose = random.Random(40)
    for _ in range(1500):
        sentence = "".join(choose.choice(pieces) for _ in range(choose.randint(0, 24)))
        places = list(range(len(sentence) + 1))
        quotations = Quotations(sentence)
        assert [quotations.inside(at) for at in places] == [
            quoted_counting_from_the_start(sentence, at) for at in places], sentence
        backwards = Quotations(sentence)
        assert [backwards.inside(at) for at in reversed(places)] == [
            quoted(sentence, at) for at in reversed(places)], sentence


def test_verbs_in_and_out_of_quotations():
    sentence = 'Officials met on Monday and "signed the pact", and \u201cthey agreed\u201d, then parted.'
    found = [sentence[start:end] for start, end in plain_verbs(sentence, "event")]
    assert found == ["met", "parted"]
    opening_inside = "the deal was signed\u201d, an official said, and it ended the row"  # (opened before)
    assert [opening_inside[s:e] for s, e in plain_verbs(opening_inside, "event")] == ["ended"]


def _best_cpu_seconds(sentence: str) -> float:
    times = []
    for _ in range(3):
        plain_verbs.cache_clear()
        started = time.process_time()
        plain_verbs(sentence, "event")
        times.append(time.process_time() - started)
    return min(times)


def test_a_sentence_of_thousands_of_verbs_is_read_in_time_linear_in_its_length():
    short, long = ("they signed and " * 1000, "they signed and " * 16000)
    # sixteen times the verbs: about sixteen times the time (counting from the start for each took the square)
    assert _best_cpu_seconds(long) < 48 * max(_best_cpu_seconds(short), 0.002)

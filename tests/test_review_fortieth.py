"""Review 40 (session 31), on sentences of our own: whether a verb stands inside quotation marks is read on from
the verb before it, not from the sentence's start for each one (index/plain_verbs.py: a sentence of thousands of
verbs took the square of its length), with the same answers as before; and a Korean guess at a deed done, "-았/었을 것"
or "-았/었겠" ("서명했을 것", "서명했겠지만": would have, must have signed), is no word of what is to come
(corpus/korean_ahead.py: left by review 41)."""

from __future__ import annotations

import random
import re
import time

import pytest

from corpus.date_officeholders import worded_as_done
from corpus.dates import DateValue, find_dates
from corpus.happenings import Happening
from corpus.korean_ahead import KOREAN_AHEAD
from corpus.text_units import sentence_at
from index.plain_verbs import Quotations, plain_verbs, quoted
from tests.hostile_timing import assert_runs_quickly


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


THURSDAY = DateValue(2016, 11, 17)


def _friday_read_in(text: str) -> DateValue:
    return next(found.value for found in find_dates(text, THURSDAY) if found.text == "금요일")


@pytest.mark.parametrize("text", [
    "당국자는 양국이 금요일 협정에 서명했을 것이라고 말했다.",  # would have signed: last Friday
    "장관은 금요일 협정에 서명했겠지만 발표는 없었다.",  # must have signed
    "양국은 금요일 협정에 서명하였을 것으로 보인다.",
])
def test_a_weekday_before_a_guess_at_a_deed_done_is_the_last_one(text: str) -> None:
    assert _friday_read_in(text) == DateValue(2016, 11, 11)


@pytest.mark.parametrize("text", [
    "당국자는 양국이 금요일 협정에 서명할 것이라고 말했다.",  # will sign: the coming Friday
    "장관은 금요일 협정에 서명하겠다고 밝혔다.",
    "양국은 금요일 협정에 서명했고 다음 주 발효될 것이다.",  # (a clause of what is to come after the deed)
])
def test_a_weekday_before_words_of_what_is_to_come_is_still_the_coming_one(text: str) -> None:
    assert _friday_read_in(text) == DateValue(2016, 11, 18)


def _signing(text: str) -> Happening:
    start = text.index("서명")
    return Happening("sign", start, start + 2, sentence_at(text, start), "reported")


@pytest.mark.parametrize("text, done", [
    ("양국은 이미 협정에 서명했을 것이라고 관계자가 말했다.", True),
    ("양국은 협정에 서명했겠지만 확인되지 않았다.", True),
    ("양국은 협정에 서명할 것이라고 관계자가 말했다.", False),
    ("양국은 협정에 서명하겠다고 밝혔다.", False),
])
def test_a_korean_signing_guessed_as_done_is_told_as_done(text: str, done: bool) -> None:
    assert worded_as_done(text, _signing(text)) is done


def test_runs_of_past_syllables_and_guesses_read_quickly():
    ahead = re.compile(KOREAN_AHEAD)
    for hostile in ("했을 " * 30_000, "했" * 100_000, "했겠" * 50_000, "을" * 100_000):
        assert_runs_quickly(lambda: ahead.search(hostile), what=hostile[:4])

"""Timeline round 86 (issue 14), on texts of our own: a weekday in a sentence worded ahead in Spanish, French,
Portuguese or German names the coming one, and a Korean, Japanese or Chinese day of the month in a clause of a
plan the coming one, as "will sign on Friday" does in English. Negatives: a past in the sentence, a weekday of the
week before ("el viernes pasado"), a Korean or Chinese weekday of last week (never read as a date), a day told
as done."""

from __future__ import annotations

import pytest

from corpus.date_ahead_foreign import sentence_looks_ahead
from corpus.date_cjk_sentences import looks_ahead
from corpus import date_cjk_sentences, dates
from corpus.dates import DateValue, find_dates
from corpus.past_forms_european import tells_a_past
from tests.hostile_timing import assert_runs_quickly

WEDNESDAY = DateValue(2016, 11, 16)  # a Wednesday: the Friday ahead is the 18th, the one before the 11th


def _values(text: str) -> list[DateValue]:
    return [found.value for found in find_dates(text, WEDNESDAY)]


AHEAD = [
    ("Los dos gobiernos firmarán el viernes el pacto de defensa.", DateValue(2016, 11, 18)),
    ("El gabinete se reunirá el viernes para aprobar la ley.", DateValue(2016, 11, 18)),
    ("Les deux ministres signeront vendredi le traité sur la pêche.", DateValue(2016, 11, 18)),
    ("Os dois países vão assinar na sexta-feira o acordo.", DateValue(2016, 11, 18)),
    ("Der Vertrag wird am Freitag in der Hauptstadt unterzeichnet.", DateValue(2016, 11, 18)),
    ("두 나라 장관은 14일 협정에 서명할 예정이다.", DateValue(2016, 12, 14)),
    ("両国の閣僚は14日に協定に署名する予定だ。", DateValue(2016, 12, 14)),
    ("两国部长将于14日在首都签署协定。", DateValue(2016, 12, 14)),
]


@pytest.mark.parametrize(("text", "value"), AHEAD)
def test_a_day_worded_ahead_is_the_coming_one(text: str, value: DateValue) -> None:
    assert _values(text) == [value]


BACK = [
    ("Los dos gobiernos firmaron el viernes el pacto de defensa.", DateValue(2016, 11, 11)),
    ("El ministro dijo el viernes que los gobiernos firmarán el pacto.", DateValue(2016, 11, 11)),
    ("Los gobiernos firmarán el pacto que negociaron el viernes pasado.", DateValue(2016, 11, 11)),
    ("Les deux ministres ont signé vendredi le traité sur la pêche.", DateValue(2016, 11, 11)),
    ("Der Minister hat am Freitag erklärt, der Vertrag werde bald unterzeichnet.", DateValue(2016, 11, 11)),
    ("Os dois países assinaram na sexta-feira o acordo.", DateValue(2016, 11, 11)),
    ("두 나라 장관은 14일 협정에 서명했다.", DateValue(2016, 11, 14)),
    ("両国の閣僚は14日に協定に署名した。", DateValue(2016, 11, 14)),
    ("两国部长14日在首都签署了协定。", DateValue(2016, 11, 14)),
]


@pytest.mark.parametrize(("text", "value"), BACK)
def test_a_day_told_as_past_stays_back(text: str, value: DateValue) -> None:
    assert _values(text) == [value]


@pytest.mark.parametrize("text", ["지난 금요일 두 나라가 서명할 예정이라고 밝혔다.", "两国上周五表示将签署协定。"])
def test_a_cjk_weekday_of_last_week_is_not_read_ahead(text: str) -> None:
    assert not any(value.bounds()[0] > WEDNESDAY.bounds()[0] for value in _values(text))


HOSTILE = {
    "spaces": " " * 50_000 + "firmarán el viernes",
    "a future repeated": "firmarán " * 20_000 + "el viernes",
    "a weekday repeated": "viernes " * 20_000,
    "control characters": "\x00\x07\x1b" * 10_000 + "viernes será",
    "a plan repeated": "14日予定" * 10_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_text_reads_its_direction_quickly(name: str) -> None:
    text = HOSTILE[name]
    middle = len(text) // 2

    def read() -> None:
        sentence_looks_ahead(text, middle, middle + 7)
        tells_a_past(text)
        looks_ahead(text, middle, middle + 3)
    # three readers of the whole ~100 KB text, linear at ~0.08 s together: 0.1 s failed on CI's loaded workers; a
    # reader reading the text again at each of its matches would take minutes here (the marks `looks_ahead` keeps of
    # a text forgotten before each try: each reads the text whole, as the first did)
    assert_runs_quickly(read, limit=0.25, forget=date_cjk_sentences._marks.cache_clear)


@pytest.mark.parametrize("name", ["spaces", "control characters"])
def test_hostile_text_is_dated_quickly(name: str) -> None:
    assert_runs_quickly(lambda: find_dates(HOSTILE[name], WEDNESDAY), forget=dates.forget_what_was_read)

"""Review 50 (session 37) of session 36's code: one time of day for a credit's line (intake round 115) and the date
line's words before a picture's credit, its half of the day with it ("午後6時30分", "6:30 PM"); a credit's pointer that
takes the stamp's source words ("Fuente:", "Quelle:", "Источник:"); the phrases that mean "nowadays" or "up to now"
in Spanish, Portuguese and Italian no day counted from the page's (timeline round 111); "Subscribe to the notion
that …" no pitch (intake round 113). Sentences written for the purpose; each positive here failed before."""

from __future__ import annotations

import datetime

import pytest

from corpus.date_relative_foreign import FOREIGN_RELATIVE_DAY
from corpus.dates import find_dates, forget_what_was_read
from corpus.intake.broadcast_lines import _FORMS, is_broadcast_line
from corpus.intake.credited_days import credited_day
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

PAGE_DAY = datetime.date(2016, 11, 24)


def test_one_time_of_day_with_its_half_of_the_day():
    from corpus.intake.printed_dates import TIME_OF_DAY  # (the one definition; credited_days reads it)

    for time in ("18:06", "6:30 p.m.", "6:30 PM", "午後6時30分", "오후 3시", "10点30分", "10：30", "18時06分15秒", "9:05:33"):
        assert TIME_OF_DAY.fullmatch(time), time
    for text in ("2016", "123:45", "3 points", "PM", "午後"):
        assert not TIME_OF_DAY.fullmatch(text), text


def test_a_time_with_its_half_of_the_day_before_a_picture_s_credit_is_no_caption():
    for line in ("2019年8月22日 午後6時30分 写真：AP", "2019.08.22 오후 3:30 사진=연합뉴스", "2019/08/22 6:30 PM 写真：AP"):
        printed = find_date_line(line)
        assert printed is not None and printed.value == "2019-08-22", line
    assert find_date_line("2019年8月22日 18時30分 写真：AP").value == "2019-08-22"  # (as before)
    for caption in ("2023年3月16日、東京での日韓首脳会談。写真:聯合ニュース", "2019年8月22日 午後、東京で 写真：AP",
                    "2016年11月23日 签署仪式 图片：新华社"):
        assert find_date_line(caption) is None, caption  # words of a caption between the day and the credit


def test_a_credit_s_pointer_takes_the_stamp_s_source_words():
    directory = outlets()
    for line in ("Fuente: EFE, 23 de noviembre de 2016", "Quelle: dpa, 23. November 2016",
                 "Источник: ТАСС, 23 ноября 2016",
                 "Source: Reuters, November 23, 2016 6:30 p.m.", "出典：共同通信 2016年11月23日", "引用元：共同通信 2016年11月23日"):
        assert credited_day(line, directory) == "2016-11-23", line
    for line in ("Fuente: Ministerio de Defensa, 23 de noviembre de 2016",  # no outlet's name
                 "Fuente: EFE, 23 de noviembre de 2016, por Juan Pérez",  # an author besides
                 "Quelle: dpa, 23. November 2016, Foto: AP"):  # a picture's credit besides
        assert credited_day(line, directory) is None, line


def _days(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.value.iso()) for found in find_dates(text, PAGE_DAY) if found.kind == "date"]


def test_nowadays_and_up_to_now_count_no_day_from_the_page_s():
    for text in ("Hoy día Seúl y Tokio comparten información.", "Hoy dia, Seúl coopera.", "hoy por hoy no hay acuerdo.",
                 "Hasta el día de hoy no hubo acuerdo.", "hasta el dia de hoy",
                 "Nos dias de hoje, Seul e Tóquio cooperam.",
                 "Ancora oggi Seoul e Tokyo collaborano.", "Oggi come oggi nulla cambia.", "Hoy en dia Seúl coopera."):
        assert _days(text) == [], text
    assert _days("Hoy se firmó el acuerdo.") == [("Hoy", "2016-11-24")]
    assert _days("El día de hoy se firmó el acuerdo.") == [("hoy", "2016-11-24")]
    assert _days("Hoy, día 23, se firmó el acuerdo.") == [("Hoy", "2016-11-24")]
    assert _days("O acordo foi assinado hoje. Oggi Seoul firma.") == [("hoje", "2016-11-24"), ("Oggi", "2016-11-24")]


@pytest.mark.parametrize("piece", [" ", "( ", "hoy por hoy ", "hasta el día de hoy ", "ancora oggi ", "dias de hoje ",
                                   "oggi come oggi ", "Hoy día "])
def test_the_nowadays_phrases_read_quickly_on_hostile_text(piece):
    text = piece * (100_000 // len(piece))
    assert_each_reads_quickly([FOREIGN_RELATIVE_DAY], text)
    assert_runs_quickly(lambda: find_dates(text, PAGE_DAY), limit=1.0, what=piece, forget=forget_what_was_read)


def test_a_view_held_is_no_pitch_to_subscribe():
    for line in ("Subscribe to the notion that the plan is dead.", "Subscribe to the view that Seoul should act now.",
                 "subscribe to the belief that Tokyo will relent now", "Subscribe to the idea that it is free",
                 "Click here to subscribe to the theory that the app was hacked"):
        assert not is_broadcast_line(line), line
    for line in ("Subscribe now", "Subscribe to our YouTube channel here", "Subscribe to the Ideas newsletter",
                 "Subscribe to The View from Seoul newsletter", "Subscribe FORTUNE INSIGHT YouTube channel:",
                 "Click to subscribe to the Sky News Daily wherever you get your podcasts"):
        assert is_broadcast_line(line), line
    for hostile in ("Subscribe to the " * 6_000, "subscribe to the notion " * 4_000 + "now", "subscribe " * 10_000):
        assert_runs_quickly(lambda: _FORMS.fullmatch(hostile), what=hostile[:20])

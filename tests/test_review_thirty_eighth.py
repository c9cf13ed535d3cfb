"""Review 38 (session 29): what the explorer's worker threads share. A chronology's walks are set and cleared as a
reading goes (`corpus.date_chronology`), so each thread walks its own; what the CJK month readings keep of a text
(`corpus.date_cjk_sentences`) is immutable. Chronologies written for the purpose."""

from __future__ import annotations

import threading

from corpus import date_chronology, dates
from corpus.date_cjk_sentences import _marks, looks_ahead, year_of_the_sentence
from tests.hostile_timing import assert_runs_quickly

CHRONOLOGY = "\n".join(["Milestones of the pact", "2016年", *(f"▲ {month}月{day}日 = 協議 {n}"
                                                                for n, (month, day) in
                                                                enumerate([(1, 5), (3, 9), (6, 1), (11, 23)]))])


def _in_threads(count: int, read) -> list:
    """What `read()` gives in each of `count` threads started together."""
    start, found = threading.Barrier(count), [None] * count

    def run(index: int) -> None:
        start.wait()
        found[index] = read()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return found


def test_each_thread_walks_a_chronology_of_its_own():
    here = date_chronology._walks(CHRONOLOGY)
    assert date_chronology._walks(CHRONOLOGY) is here  # (kept within a thread)
    elsewhere = _in_threads(2, lambda: date_chronology._walks(CHRONOLOGY))
    assert all(walks is not here for walks in elsewhere)
    assert elsewhere[0] is not elsewhere[1]


def _chronology_days() -> list[str]:
    dates.forget_what_was_read()
    return [e.value.label() for e in dates.find_dates(CHRONOLOGY, None) if e.kind == "date"]


def test_threads_reading_one_chronology_at_once_find_what_one_finds_alone():
    alone = _chronology_days()
    assert alone == ["2016", "5 Jan 2016", "9 Mar 2016", "1 Jun 2016", "23 Nov 2016"]
    assert _in_threads(4, _chronology_days) == [alone] * 4


def test_a_prose_day_is_not_placed_by_any_thread():
    prose = "2016年\n韓国は11月23日に協定に署名した。"  # (no entry's head: no year carried from the heading)

    def days() -> list[str]:
        dates.forget_what_was_read()
        return [e.value.label() for e in dates.find_dates(prose, None) if e.value is not None and e.value.day]
    assert _in_threads(2, days) == [[], []]


def test_what_a_cjk_text_keeps_is_immutable():
    text = "2019年7月に協議し、11月に署名する予定だ。"
    marks = _marks(text)
    assert all(isinstance(field, tuple) for field in (marks.sentence_ends, marks.clause_breaks, marks.year_ends,
                                                        marks.years, marks.plans))
    assert year_of_the_sentence(text, text.find("11月")) == (2019, 7)
    assert looks_ahead(text, text.find("11月"), text.find("11月") + 3)
    assert not looks_ahead(text, text.find("7月"), text.find("7月") + 2)


def test_hostile_texts_are_read_by_threads_in_cpu_time():
    for text in (" " * 50000, "協議 " * 20000, "\x00\x07\x1b" * 10000):
        assert_runs_quickly(lambda: dates.find_dates(text, None), forget=dates.forget_what_was_read)

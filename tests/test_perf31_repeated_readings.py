"""perf31: a page read as if undated is read again for each estimate of its date and each listed event; what does not
depend on the estimate (the dates' places, a date's role, a sentence's counted dates, the happenings not worded ahead)
is now read once, counted here by the calls made (the pages' times: docs/timeline-rounds.md, perf round 31; a
timing test of a whole page was dropped: main is only 3-6x slower on a loaded machine). Same answers."""

from __future__ import annotations

from dataclasses import replace

from bench.event_links_eval import read_page
from corpus import dates, events
from corpus.date_last_year import _last_years
from corpus.dates import DateValue, find_dates, read_candidates
from corpus.per_text import PerText

_HEAD = "Seoul and Tokyo seal a military intelligence deal\n\nTOKYO, Nov. 24 (Kyodo) -- Both governments signed it.\n\n"


def _undated(tmp_path, body: str):
    path = tmp_path / "page.txt"
    path.write_text(_HEAD + body, encoding="utf-8")
    article = read_page(path)
    return replace(article, date=None, date_precision=None, date_provenance="unknown: no date found")


def _counting(monkeypatch, module, name: str) -> list:
    calls: list = []
    real = getattr(module, name)
    monkeypatch.setattr(module, name, lambda *args: calls.append(args) or real(*args))
    return calls


def test_a_text_is_scanned_for_dates_once_whatever_it_is_resolved_from(monkeypatch):
    text = "Our reporters met officials on Dec. 2, 2019, and again last month, in a week of talks."
    scans = _counting(monkeypatch, dates, "_candidates")
    dates.forget_what_was_read()
    found = [find_dates(text, DateValue(2019, 12, day)) for day in (10, 20, 30)]
    assert len(scans) == 1  # three on main
    assert [e.value for e in found[0] if e.kind == "date"] == [DateValue(2019, 12, 2), DateValue(2019, 11)]
    assert found[2][1].value == DateValue(2019, 11)  # each resolved from its own date


def test_the_dates_found_again_are_those_found_the_first_time():
    text = "On Aug. 22 the cabinet met.\n2019\n11.22 The decision was suspended.\nThree weeks later, nothing moved."
    first = find_dates(text, DateValue(2019, 12, 1))
    dates.forget_what_was_read()
    assert find_dates(text, DateValue(2019, 12, 1)) == first
    assert find_dates(text, None) != first  # (the anchor still decides what resolves)


def test_a_caller_changing_the_candidates_it_was_given_changes_no_other_callers():
    text = "They spoke on Friday and on Nov. 3, 2016."
    given = read_candidates(text)
    given.clear()
    assert len(read_candidates(text)) == 2


def test_a_dates_role_is_read_once_per_page(monkeypatch, tmp_path):
    article = _undated(tmp_path, "The envoys signed the accord on Nov. 23, 2016, in Seoul. A spokesman said Tuesday "
                                 "that it would last.\n")
    roles = _counting(monkeypatch, events, "date_role")
    first = events.dated_mentions(article, DateValue(2016, 11, 24))
    again = events.dated_mentions(article, DateValue(2016, 11, 30))
    assert len(roles) == len(first) > 0  # twice as many on main
    assert [m.role for m in first] == [m.role for m in again]


def test_the_answers_of_a_text_are_kept_by_identity_for_the_last_few():
    kept = PerText()
    text = "a page of our own"
    kept.answers(text)["role"] = "event"
    assert kept.answers(text) == {"role": "event"}
    assert kept.answers("".join(["a page ", "of our own"])) == {}  # equal, not the same: read again
    for other in ("one", "two", "three", "four"):
        kept.answers(other)["x"] = 1
    assert kept.answers(text) == {}  # forgotten after four others


def test_a_page_never_saying_last_year_has_no_dates_told_as_last_years(tmp_path):
    article = _undated(tmp_path, "The accord was signed on Nov. 23, 2016. Talks resumed the previous month.\n")
    assert _last_years(article, DateValue(2017)) == []
    said = _undated(tmp_path, "The accord was signed in November last year. 작년 11월 서명했다.\n")
    assert [m.text for m in _last_years(said, DateValue(2017))] == ["November last year", "작년 11월"]

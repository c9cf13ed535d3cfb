"""Review 45 (a maintainer's review of session 33's first wave): a weekday told as another day's dated a yearless
dateline (intake round 101, and the lead's own weekday since round 96); a title's dot of an abbreviation read as its
phrase's end (timeline round 101); a count of years read as a CJK clause's own date (timeline round 101)."""

from __future__ import annotations

import datetime

import pytest

from corpus import date_value, title_cjk_chains, title_cuts
from corpus.intake import years
from corpus.intake.date_readings import _full_year
from corpus.intake.story_weekdays import year_of_the_storys_weekday
from index.title_worth import worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

TODAY = datetime.date(2026, 12, 7)
# 14 September: of 2019 to 2026, a Thursday in 2023 only, nor was 15 September one in another
LEAD = ("Sept. 14 (UPI) -- South Korea's nominee for defense minister stood up for the pact with Japan, which Seoul "
        "signed in 2016 and kept in 2019.")


def _year_by_the_next_paragraph(paragraph: str) -> int | None:
    story = "\n".join(("Nominee backs the pact", LEAD, paragraph, "More on the hearing follows."))
    found = year_of_the_storys_weekday(9, 14, story, story, LEAD, TODAY)
    return found[0] if found else None


@pytest.mark.parametrize("paragraph", [
    "The ministry said last Thursday that the pact stays.",
    "Talks held this past Thursday went well, the ministry said.",
    "The ministry said the talks of the previous Thursday went well.",
    "Since Thursday, the ministry has said the pact stays.",
    "A week ago Thursday, the ministry said the pact stays.",
])
def test_a_later_paragraph_s_weekday_told_as_another_day_s_dates_nothing(paragraph):
    assert _year_by_the_next_paragraph(paragraph) is None


@pytest.mark.parametrize("paragraph", [
    "The ministry said Thursday in written answers that the pact stays.",
    "Thursday's hearing went well, the ministry said.",
    "Talks to outlast Thursday went on, the ministry said.",  # (not "last": a word of its own)
])
def test_the_story_s_own_weekday_still_dates_the_dateline(paragraph):
    assert _year_by_the_next_paragraph(paragraph) == 2023


def test_a_lead_s_weekday_told_as_another_day_s_dates_nothing():
    lead = "Seoul renewed the pact it first signed in 2016 and kept in 2019, its ministry said last Thursday."
    assert years.year_of_the_weekday_since(9, 14, lead, lead) is None
    assert years.year_of_the_weekday_since(9, 14, lead.replace("last ", ""), lead.replace("last ", "")).year == 2023


@pytest.mark.parametrize(("text", "weekday"), [
    ("The pact was signed last Monday.", None),
    ("The pact, in force since Monday, was praised on Tuesday.", 1),
    ("It said on Monday that last Friday's talks went well.", 0),
    ("It said on Monday that the talks went well.", 0),
])
def test_the_weekday_named_is_the_story_s_own(text, weekday):
    assert years.named_weekday(text) == weekday


@pytest.mark.parametrize(("sentence", "verb", "title"), [
    # the room ends inside "Gov": its dot is no phrase's end, the cut goes on as before the round
    ("Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye met Gov. Andrew Cuomo of New "
     "York on Friday", "met",
     "Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye met\u2026"),
    ("Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye met Sen. John McCain of "
     "Arizona on Friday", "met",
     "Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye met\u2026"),
])
def test_an_abbreviation_s_dot_ends_no_phrase_the_room_breaks(sentence, verb, title):
    assert title_cuts.shortened(sentence, sentence.index(verb) + len(verb)) == title


def test_a_full_stop_the_room_reaches_still_ends_the_phrase():
    sentence = ("Japanese Prime Minister Shinzo Abe and South Korean President Park Geun-hye met the mayor. "
                "They spoke for an hour on the pact and on trade with the United States.")
    assert title_cuts.shortened(sentence, sentence.index("met") + 3) == sentence[:sentence.index(".")]


@pytest.mark.parametrize("title", [
    "협정은 1년 연장됐다",  # a year's extension
    "協定は1年延長された",
    "日本は2年連続で輸出を規制した",
    "정부는 10년 만에 처음으로 회담을 열었다",  # the first in ten years
    "해군은 3일 연속 훈련을 했다",
])
def test_a_cjk_title_counting_years_or_days_stays_proposed(title):
    assert worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "정부는 5년 전 협정을 체결했다",  # five years ago: another time's date
    "미사일을 쏜 북한은 그해 10월 9일 첫 핵실험을 했다",
    "정부는 2019년 협정을 연장했다",
])
def test_a_cjk_title_holding_another_date_is_still_refused(title):
    assert not worth_proposing(title, None, title)


def test_a_chain_whose_other_clause_counts_years_stays_whole():
    sentence = "협정은 2016년 11월 23일 체결됐으며, 이후 1년씩 연장됐다."
    at = sentence.index("2016")
    assert title_cjk_chains.dated_clause(sentence, (at, at + 13), None)[0] == sentence


def test_the_new_checks_read_hostile_texts_quickly():
    for text in ("1년 " * 30_000, "1" * 100_000 + "년", "10년 만" * 15_000, "3일 연" * 20_000):
        assert_each_reads_quickly([title_cjk_chains._A_DATE], text)
    for text in ("Gov. " * 20_000, "Sept" * 25_000, "a Capt. " * 12_000):
        assert_each_reads_quickly([title_cuts._PHRASE_END], text)
        assert_runs_quickly(lambda: title_cuts.shortened(text, 3), what="shortened")
    for text in ("last Friday " * 8_000, "since " * 16_000 + "Friday", "past " * 20_000):
        assert_each_reads_quickly([years._ANOTHER_DAYS_WEEKDAY], text)
        assert_runs_quickly(lambda: years.named_weekday(text), what="named_weekday")



# the product's today: `tests/conftest.py` fixes the rules' today for every test; these undo it and move the calendar
# itself (a clock of 5 May 2031), so that a today fixed in the product, or read once at import, fails here

class _CalendarOf2031(datetime.date):
    @classmethod
    def today(cls):
        return cls(2031, 5, 5)


@pytest.fixture
def calendar_of_2031(monkeypatch):
    monkeypatch.undo()
    monkeypatch.setattr(date_value.datetime, "date", _CalendarOf2031)


def test_the_rules_today_is_the_calendar_s_day_outside_the_tests(calendar_of_2031):
    assert date_value.today() == datetime.date(2031, 5, 5)


def test_a_two_digit_year_turns_at_the_calendar_s_next_year_outside_the_tests(calendar_of_2031):
    assert _full_year("32") == 2032 and _full_year("33") == 1933

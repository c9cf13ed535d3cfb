"""Timeline round 104: two causes of lost links, each across outlets. Nuclear tests told as the earlier ones a report
of a later test counts back to ("where the four earlier tests took place, the last of them in January": the fourth
test), after a nuclear word and in no sentence of missiles (`corpus.earlier_tests`); and a count of years back in the
languages other than English ("4年前", "4년 전", "hace cuatro años", …: `corpus.date_years_ago`), read as "four years
ago" is, which also dates an event of a month when counted back from a page's estimated date to an earlier year
(`corpus.dates_counted_from_the_page.counted_to_the_event`). The event's date condition is kept. Sentences written for
the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.date_value import DateValue
from corpus.dates import find_dates
from corpus.dates_counted_from_the_page import counted_to_the_event
from corpus.earlier_tests import EARLIER_TESTS
from corpus.date_years_ago import YEARS_AGO
from corpus.events import ReportingDate, dated_mentions, load_event_specs
from corpus.happenings import find_happenings
from corpus.loader import Corpus, article_from_raw
from index.timeline import timeline_of
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

FIFTH_TEST = "North Korea carried out its fifth nuclear test on Friday, South Korean officials said. "


def _earlier_tests(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_happenings(text)
            if h.kind == "nuclear-test" and h.reported and "nuclear" not in text[h.start:h.end]]


def _linked(text: str, date: str | None, event_id: str) -> bool:
    known = {"id": "round-104", "outlet": "Wire", "headline": "Story", "date": date,
             "date_precision": "day" if date else None, "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:round-104")
    made = timeline_of((article,), {article.id: dated_mentions(article)}, load_event_specs(),
                       tuple(Corpus((article,)).outlets()))
    return any(event.id == event_id and event.coverage and not event.proposed for event in made.events)


@pytest.mark.parametrize("text", [
    FIFTH_TEST + "The tremor came from Punggye-ri, where the four earlier tests took place, the last of them in January.",
    "It was described as a test of a nuclear warhead. The North's earlier detonations came in October 2006, May 2009, "
    "February 2013 and in January this year.",
    FIFTH_TEST + "The test came after four earlier ones, the most recent in January 2016.",
    FIFTH_TEST + "Earlier underground tests were conducted in 2006, 2009, 2013 and January 2016.",
])
def test_earlier_tests_after_a_nuclear_word_are_nuclear_tests(text):
    assert _earlier_tests(text)


@pytest.mark.parametrize("text", [
    "North Korea fired a ballistic missile on Friday. Earlier tests came in May and June.",  # no nuclear word
    FIFTH_TEST + "It also fired a missile on Friday; earlier tests came in May.",  # missiles in the sentence
    "The test came after four earlier ones, the most recent in January 2016.",  # nothing nuclear before
    FIFTH_TEST + "Earlier tests showed the site was ready.",  # no test told as having come or taken place
    FIFTH_TEST + "Earlier missile tests came in May.",  # a missile's tests
    FIFTH_TEST + "Earlier tests will take place in January, the ministry said.",  # a plan
    FIFTH_TEST + "Pyongyang denied that earlier tests took place in January.",  # a denial
    FIFTH_TEST + "If earlier tests came in January, the site is old.",  # a condition
])
def test_earlier_tests_of_missiles_planned_or_denied_are_not(text):
    assert not _earlier_tests(text)


def test_earlier_tests_link_the_fourth_test_by_its_month_only():
    lead = FIFTH_TEST + "The tremor came from Punggye-ri, where the four earlier tests took place"
    assert _linked(lead + ", the last of them in January.", "2016-09-09", "fourth-nuclear-test")
    assert _linked(FIFTH_TEST + "The test came after four earlier ones, the most recent in January 2016.",
                   "2016-09-09", "fourth-nuclear-test")
    # another test of the same kind on another date; missiles in January; a plan
    assert not _linked(FIFTH_TEST + "Earlier tests came in January 2013 and May 2009.", "2016-09-09",
                       "fourth-nuclear-test")
    assert not _linked(FIFTH_TEST + "It also fired a missile; earlier tests came in January.", "2016-09-09",
                       "fourth-nuclear-test")
    assert not _linked(FIFTH_TEST + "Earlier tests will take place in January, officials said.", "2016-09-09",
                       "fourth-nuclear-test")


@pytest.mark.parametrize("text, year", [
    ("韓国政府は4年前に署名の直前で先送りとなった", 2012), ("韓国側は4年前、延期を申し入れた", 2012), ("四年前签署前夕", 2012),
    ("１年前の合意", 2015), ("4년 전 서명 직전에 무산됐다", 2012), ("4년 전에도", 2012), ("十年前", 2006),
    ("Hace cuatro años ambos gobiernos acordaron firmar", 2012), ("hace 4 años", 2012), ("hace un año", 2015), ("há um ano", 2015),
    ("há dois anos", 2014), ("Il y a quatre ans, Séoul", 2012), ("vor vier Jahren scheiterte", 2012),
    ("quattro anni fa", 2012),
])
def test_a_count_of_years_back_dates_a_year_before_the_page(text, year):
    found = [e for e in find_dates(text, DateValue(2016, 10, 27)) if e.kind == "date"]
    assert [e.value for e in found] == [DateValue(year)]


@pytest.mark.parametrize("text", [
    "近4年前", "거의 4년 전", "약 4년 전", "hace casi cinco años", "hace unos cinco años", "vor fast vier Jahren",  # near
    "hace muchos años", "vor vielen Jahren",  # no count
    "1년 전보다 줄었다", "1년 전에 비해", "1년 전 대비", "1年前より増えた", "1年前に比べ", "前年比",  # comparisons
    "16年前半", "16年前期", "計画を1年前倒しした", "4년 전쟁", "2016年前", "4年前後",  # no count back
])
def test_a_near_count_a_comparison_or_no_count_back_dates_nothing(text):
    assert not [e for e in find_dates(text, DateValue(2016, 10, 27))
                if e.kind == "date" and e.value and e.value.year < 2016]


def test_a_count_of_years_back_on_a_page_of_no_date_is_no_date():
    assert not [e for e in find_dates("韓国政府は4年前に署名した", None, calendar_only=True) if e.value]


_COLLAPSE = "collapse-2012"
_JA_COLLAPSE = "韓国政府は4年前に署名の直前で先送りとなった日本との軍事情報包括保護協定について、協議を再開すると決めた。"


def test_a_count_of_years_back_links_the_collapse_on_a_dated_page():
    assert _linked("27日、" + _JA_COLLAPSE, "2016-10-27", _COLLAPSE)
    assert not _linked("27日、" + _JA_COLLAPSE, "2019-10-27", _COLLAPSE)  # four years before 2019: 2015


def _estimated(day: str, earliest: bool = False) -> ReportingDate:
    year, month, date = (int(part) for part in day.split("-"))
    return ReportingDate(DateValue(year, month, date), estimated=True, provenance="test", earliest=earliest)


def test_a_year_counted_back_from_an_estimate_dates_an_event_of_a_month():
    text = "Hace cuatro años Corea del Sur pidió aplazar la firma del acuerdo."
    ways = [h for h in find_happenings(text) if h.kind == "collapse"]
    assert ways
    assert counted_to_the_event(text, ways, _estimated("2016-10-27"), DateValue(2012, 6))
    assert not counted_to_the_event(text, ways, _estimated("2017-10-27"), DateValue(2012, 6))  # 2013
    assert not counted_to_the_event(text, ways, _estimated("2016-10-27", earliest=True), DateValue(2012, 6))
    assert not counted_to_the_event(text, ways, _estimated("2016-10-27"), DateValue(2012, 6, 29))  # a day event
    this_year = "Este año Corea del Sur pidió aplazar la firma del acuerdo."
    assert not counted_to_the_event(this_year, [h for h in find_happenings(this_year) if h.kind == "collapse"],
                                    _estimated("2012-10-27"), DateValue(2012, 6))  # the estimate's own year


def test_the_new_patterns_read_hostile_texts_quickly():
    wordings = [re.compile("(?i)" + EARLIER_TESTS), YEARS_AGO]
    for text in ("earlier " * 14_000, "earlier tests " * 8_000, "previous ones, the " * 6_000, "4年" * 50_000,
                 "年前" * 50_000, "1" * 100_000 + "年前", "四" * 100_000, "4년 전" * 25_000, "hace " * 20_000,
                 "il y a " * 15_000, "vor vier " * 12_000, "quattro " * 12_000, "a" * 100_000):
        assert_each_reads_quickly(wordings, text)


def test_the_readers_read_hostile_texts_quickly():
    tests = "A nuclear test. " + "The four earlier tests took place, the last of them in January. " * 1_500
    assert_runs_quickly(lambda: find_happenings(tests), limit=1.0, what="find_happenings on earlier tests")
    counted = "4년 전 " * 12_000
    assert_runs_quickly(lambda: find_dates(counted, DateValue(2016, 10, 27)), limit=1.0, what="find_dates on 4년 전")

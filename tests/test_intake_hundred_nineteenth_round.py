"""Intake round 119 (issue 13): an estimate from the latest day a page reports moved forward by a name a listed event
shares with a later one ("said it had tested a hydrogen bomb": January 2016's test or September 2017's, so the page is
of 6 Jan 2016 at the earliest, not of the "March 19, 2013" it recalls), and a yearless day in a sentence counting
years back ("4年前にも…延期を求めた経緯があり、今月1日から協議が再開") dating no event of those years as the page's day.
Negatives: the name only looked ahead to or claimed without a test, an estimate already later, a printed date, a
sentence counting no years. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_own_day import counts_years_ago
from corpus.events import load_event_specs
from corpus.shared_names import with_shared_names
from corpus.told_again import once_pattern
from tests.hostile_timing import assert_runs_quickly
from tests.test_timeline_seventy_first_round import estimate

SPECS = load_event_specs()
RECALLED = "\n\nThe last such flight was on March 19, 2013, a month after the North's previous nuclear test."


@pytest.mark.parametrize("text", [
    "Only days after North Korea said it had tested a hydrogen bomb, the U.S. flew a B-52 bomber over Osan." + RECALLED,
    "The U.S. flew a B-52 bomber over Osan after Pyongyang conducted what it called an H-bomb test." + RECALLED,
], ids=["said-it-had-tested", "conducted-an-h-bomb-test"])
def test_a_test_told_by_a_shared_name_bounds_an_estimate_from_below(text: str):
    assert estimate(text) == "2016-01-06"


@pytest.mark.parametrize("text, day", [
    ("Experts fear North Korea could test a hydrogen bomb soon, and the U.S. flew a B-52 over Osan." + RECALLED,
     "2013-03-19"),
    ("Kim Jong Un claimed the North possesses a hydrogen bomb, and the U.S. flew a B-52 over Osan." + RECALLED,
     "2013-03-19"),
    ("North Korea said it had tested a hydrogen bomb.\n\nThe U.S. flew a B-52 bomber over Osan on Sept. 18, 2017.",
     "2017-09-18"),
], ids=["looked-ahead", "claimed-no-test", "already-later"])
def test_no_bound_from_a_name_not_told_as_a_test_or_an_estimate_already_later(text: str, day: str):
    assert estimate(text) == day


def test_a_printed_date_is_never_moved_by_a_shared_name():
    text = "North Korea said it had tested a hydrogen bomb, officials said." + RECALLED
    assert estimate(text, printed="2015-12-20") == "2015-12-20"


def test_a_yearless_day_in_a_sentence_counting_years_back_dates_no_event_of_those_years():
    resumed = ("日韓両政府は14日、GSOMIAの中身で実質合意しました。\n\n両政府は4年前にも協定の中身で実質合意し、署名する予定"
               "でしたが、直前に韓国側が一方的に延期を求めた経緯があり、今月1日から協議が再開されていました。")
    assert estimate(resumed) is None or not estimate(resumed).startswith("2012")


@pytest.mark.parametrize("text, counted", [
    ("両政府は4年前にも合意し、今月1日から協議が再開された。", True),
    ("양국은 4년 전에도 합의했으나 1일부터 협상을 재개했다.", True),
    ("A similar deal that fell through two years ago was signed on the 23rd.", True),
    ("Un acuerdo similar fracasó hace dos años.", True),
    ("2012年前半に合意し、今月1日から協議が再開された。", False),
    ("The deal was signed on the 23rd, two years after the talks began.", False),
    ("In 2012, the deal fell through on the 29th.", False),
])
def test_years_counted_back_from_the_page(text: str, counted: bool):
    assert counts_years_ago(text, len(text) - 3) is counted


def test_hostile_texts_read_quickly():
    for hostile in ("4年" * 40_000, "two years " * 10_000, "hace " * 20_000 + "x", "1 " * 50_000):
        assert_runs_quickly(lambda: counts_years_ago(hostile, len(hostile) // 2), what=hostile[:10])
    folded = once_pattern(with_shared_names(next(spec for spec in SPECS if spec.shared)))
    for hostile in ("hydrogen " * 12_000, "H-" * 50_000, "水爆" * 50_000, "수소 " * 30_000 + "폭"):
        assert_runs_quickly(lambda: list(folded.finditer(hostile)), what=hostile[:10])

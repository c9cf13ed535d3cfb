"""What a review of intake rounds 31 to 36 found, each fixed and kept fixed: short or common-word
aliases that named wrong outlets, a dateline pattern that backtracked on a run of spaces, and two
rules that threw away dates (a views-and-comments bar, an issue's number before its month)."""

from __future__ import annotations

from corpus.intake import credit_lines
from corpus.intake.outlet_datelines import outlet_dateline
from corpus.intake.outlets import outlets
from corpus.intake.printed_dates import find_date_line
from tests.test_metadata_copied_forms import date_of
from tests.test_metadata_outlets import BODY, outlet_of
from tests.hostile_timing import assert_runs_quickly


def test_a_line_fpi_alone_names_no_outlet():
    assert outlet_of("Berita Terkini\nFPI\nPolisi membubarkan acara di Jakarta\n" + BODY) is None
    assert outlet_of("Markets\nFPI\n1,203.5\n" + BODY) is None
    # the outlet's own name still names it
    assert outlet_of("Berita Terkini\nFree Press International\nTroops kill official\n" + BODY) \
        == "Free Press International"


def test_a_grade_or_a_tournament_named_g1_is_not_brazils_g1():
    assert outlet_of("天皇賞・秋、イクイノックスが連覇（G1）\n" + BODY) is None
    assert outlet_of("G1 Climax\nOkada wins the final\n" + BODY) is None
    # G1 as a byline, or by its portal's full name, still is
    assert outlet_of("Barragem se rompe em Brumadinho\nPor G1\n" + BODY) == "G1"
    assert outlets().named("Portal G1") == "G1" and outlets().at_host("g1.globo.com") == "G1"


def test_satellite_news_is_no_name():
    # (that no alias repeats its outlet's name: tests/test_metadata_outlets.py, for every entry)
    assert outlets().named("卫星新闻") is None and outlets().named("衛星新聞") is None
    assert outlets().named("俄罗斯卫星通讯社") == "Sputnik"


def test_a_slashed_dateline_after_a_long_run_of_spaces_is_read_in_linear_time():
    # (the old pattern took 40 s; one regular expression's search holds the interpreter, so no
    # watchdog thread can stop it: its time is measured, the limit far above the fixed code's)
    line = " " * 20_000 + "December 12, 2023"

    def read() -> None:
        assert outlet_dateline(line, outlets()) is None
    assert_runs_quickly(read, limit=5)
    assert outlet_dateline(line + " /SemiMedia/ -- TSMC", outlets()) == ("SemiMedia", "2023-12-12")
    assert outlet_dateline("  December 12, 2023 /SemiMedia/ -- TSMC", outlets()) == ("SemiMedia", "2023-12-12")
    assert outlet_dateline("December 12, 2023 /Chipwatch Weekly/ -- TSMC", outlets()) is None


def test_a_views_and_comments_bar_under_the_date_keeps_the_date():
    assert date_of("Dam holds after the storm\nAug 22, 2019\n1,203\n15\n" + BODY) == "2019-08-22"
    # three counts, or two under a poster's label, are a poster's box: the day they joined
    assert date_of("Dam holds after the storm\nAug 22, 2019\n1,203\n15\n749\n" + BODY) is None
    assert date_of("Dam holds after the storm\nJoined\nAug 22, 2019\n1,203\n15\n" + BODY) is None


def test_an_issues_number_before_its_month_keeps_the_month():
    for line, month in (("Issue 123 December 2019", "2019-12"), ("Vol. 12 No. 345 December 2019", "2019-12"),
                        ("Page 100 November 2019", "2019-11")):
        assert find_date_line(line).value == month
    # a zone's offset run into the day is still unread
    assert find_date_line("20:17 GMT +313 December 2019") is None


def test_a_sponsors_phrase_names_no_publisher():
    assert credit_lines.publisher_credit("Brought to you by Reuters", outlets()) is None
    assert credit_lines.publisher_credit("Published by Reuters", outlets()) == "Reuters"
    assert credit_lines.publisher_credit("Published by The Lawfare Institute in Cooperation With",
                                         outlets()) == "The Lawfare Institute"

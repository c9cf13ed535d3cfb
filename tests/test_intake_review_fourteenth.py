"""What a review of the intake rounds of 2026-12-04 found, each fixed and kept fixed: lines of
untrusted text read in linear time, a lead's day that names its year, a reporter's hand-over that
needs a clause before it."""

from __future__ import annotations

from corpus.intake.copyright_lines import copyright_holder
from corpus.intake.outlets import outlets
from corpus.intake.reporter_addresses import prints_sibling_instead
from corpus.intake.site_clocks import _lead_names_the_day
from tests.conftest import finishes
from tests.test_metadata_outlets import BODY, outlet_of


def test_a_page_of_one_long_run_of_letters_is_read_for_addresses_in_linear_time():
    page = "가" * 200_000  # every position once started an address's name (quadratic: minutes)
    assert finishes(lambda: prints_sibling_instead(page, "Yonhap", outlets()), seconds=30) is False


def test_a_copyright_line_of_a_long_run_of_spaces_is_refused_before_it_is_searched(monkeypatch):
    # (searching it for an address in brackets took a minute: every space started one; and one
    # regular expression's search never lets a watchdog thread in, so the search must not run)
    import corpus.intake.copyright_lines as lines

    class NoSearch:
        def sub(self, *_):
            raise AssertionError("a line far longer than any copyright line was searched")

    monkeypatch.setattr(lines, "_ADDRESS_IN_BRACKETS", NoSearch())
    assert copyright_holder("© " + " " * 200_000 + "x", outlets()) is None


def test_a_lead_that_names_the_year_and_month_of_its_day_must_name_the_dates():
    assert _lead_names_the_day("2016-07-26", "2016年7月26日午前2時ごろ")
    assert _lead_names_the_day("2016-07-26", "26日午前2時ごろ")
    assert not _lead_names_the_day("2016-07-26", "2016年6月26日午前2時ごろ")  # (its month was not read)
    assert not _lead_names_the_day("2016-07-26", "2015年7月26日午前2時ごろ")


def test_a_reporters_hand_over_closes_a_clause_not_an_opening_phrase():
    closing = "Anger is spilling into the streets of the capital, NPR's Jane Roe reports."
    assert outlet_of("Pact signed\n" + BODY + closing + "\n") == "NPR"
    for opening in ("According to a witness, Reuters's Jane Roe reports.",
                    "In an interview, Yonhap's Kim Min-ji reports."):
        assert outlet_of("Pact signed\n" + BODY + opening + "\n") is None

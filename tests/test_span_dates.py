"""A dateline without a year dated from the span of the user's library at `add`
(corpus/span_dates.py, corpus.intake.years.year_from_span): only when the month and day fall
in one year of the period the library's dated articles cover, marked inferred with the span
in the provenance; a mixed span, a contradicting weekday or too few dated articles leave it
unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.intake.years import CorpusSpan, year_from_span
from corpus.library import add_paths, load_corpus

YEARLESS = ("Allies hold talks on intelligence pact\n"
            "SEOUL, Nov. 22 (Yonhap) -- Seoul and Tokyo held working-level talks on the "
            "intelligence-sharing pact, officials said, as the deadline for its end neared.\n"
            "The two sides agreed to keep talking, a ministry official told reporters.\n")


def span(*days: str) -> CorpusSpan:
    return CorpusSpan().including(days)


class TestYearFromSpan:
    def test_the_one_year_the_day_falls_in(self):
        found = year_from_span(11, 22, span("2019-08-22", "2019-09-30", "2019-11-23"))
        assert found.year == 2019
        assert "span of your library" in found.reason and "2019-08-22 to 2019-11-23" in found.reason

    def test_a_few_weeks_past_the_span_count(self):
        assert year_from_span(1, 5, span("2019-08-22", "2019-10-01", "2019-12-20")).year == 2020

    def test_a_mixed_span_leaves_it_unknown(self):
        assert year_from_span(11, 22, span("2016-11-23", "2017-06-01", "2019-08-22")) is None

    def test_a_day_outside_the_span_leaves_it_unknown(self):
        assert year_from_span(5, 1, span("2019-08-22", "2019-09-30", "2019-11-23")) is None

    def test_too_few_dated_articles_say_nothing(self):
        assert year_from_span(11, 22, span("2019-08-22", "2019-11-23")) is None

    def test_the_leads_weekday_confirms_or_vetoes(self):
        library = span("2019-08-22", "2019-09-30", "2019-11-23")
        assert "names Friday, which that day was" in year_from_span(
            11, 22, library, "Seoul said on Friday ...").reason  # 22 Nov 2019 was a Friday
        assert year_from_span(11, 22, library, "Seoul said on Monday ...") is None


def dated_export(path: Path, *days: str) -> Path:
    path.write_text("\n".join(json.dumps({
        "title": f"Pact story of {day}", "outlet": "Wire Service", "date": day,
        "text": f"Officials described the state of the pact on {day} in some detail. "
                + "The talks went on, they said. " * 5}) for day in days) + "\n",
        encoding="utf-8")
    return path


def yearless_page(folder: Path) -> Path:
    page = folder / "yearless.txt"
    page.write_text(YEARLESS, encoding="utf-8")
    return page


def article_of(root: Path, headline: str):
    return next(a for a in load_corpus(root).summaries() if a.headline == headline)


def test_a_library_of_one_period_dates_the_yearless_dateline(tmp_path, corpus):
    root = tmp_path / "data"
    add_paths([dated_export(tmp_path / "a.jsonl", "2019-08-22", "2019-10-02", "2019-11-23")],
              {}, corpus, root)
    (outcome,) = add_paths([yearless_page(tmp_path)], {}, corpus, root)
    assert outcome.status == "added"
    found = article_of(root, "Allies hold talks on intelligence pact")
    assert (found.date, found.date_precision) == ("2019-11-22", "day")
    assert found.date_provenance.startswith("inferred from the dateline 'SEOUL, Nov. 22 (Yonhap)'")
    assert "span of your library (3 dated articles from 2019-08-22 to 2019-11-23)" in \
        found.date_provenance
    meta = json.loads((root / "articles" / found.id / "meta.json").read_text(encoding="utf-8"))
    assert meta["date"] == "2019-11-22" and "span of your library" in meta["date_provenance"]
    # a year the span gave is not itself part of the span (it would confirm itself)
    assert load_corpus(root).library_span() == ("2019-08-22", "2019-11-23", 3)


def test_the_batch_being_added_counts(tmp_path, corpus):
    root = tmp_path / "data"
    folder = tmp_path / "pages"
    folder.mkdir()
    dated_export(folder / "a.jsonl", "2019-08-22", "2019-10-02", "2019-11-23")
    yearless_page(folder)
    add_paths([folder], {}, corpus, root)
    assert article_of(root, "Allies hold talks on intelligence pact").date == "2019-11-22"


@pytest.mark.parametrize("days", [
    ("2016-11-23", "2017-06-01", "2019-08-22"),  # a mixed span: 22 Nov falls in several years
    ("2019-08-22", "2019-10-02"),  # too few
    (),  # only the bundle, whose articles are not the user's
])
def test_otherwise_the_date_stays_unknown(tmp_path, corpus, days):
    root = tmp_path / "data"
    if days:
        add_paths([dated_export(tmp_path / "a.jsonl", *days)], {}, corpus, root)
    add_paths([yearless_page(tmp_path)], {}, corpus, root)
    found = article_of(root, "Allies hold talks on intelligence pact")
    assert found.date is None


def test_a_date_given_or_printed_is_never_replaced(tmp_path, corpus):
    root = tmp_path / "data"
    add_paths([dated_export(tmp_path / "a.jsonl", "2019-08-22", "2019-10-02", "2019-11-23")],
              {}, corpus, root)
    page = tmp_path / "printed.txt"
    page.write_text(YEARLESS.replace("SEOUL, Nov. 22 (Yonhap)", "SEOUL, Nov. 22, 2018 (Yonhap)"),
                    encoding="utf-8")
    add_paths([page], {}, corpus, root)
    assert article_of(root, "Allies hold talks on intelligence pact").date == "2018-11-22"


def test_refreshing_under_newer_rules_keeps_a_span_year(tmp_path, corpus, monkeypatch):
    """Re-reading the page finds no year again; the one the library's span gave is kept."""
    import corpus.edits as edits

    root = tmp_path / "data"
    add_paths([dated_export(tmp_path / "a.jsonl", "2019-08-22", "2019-10-02", "2019-11-23")],
              {}, corpus, root)
    add_paths([yearless_page(tmp_path)], {}, corpus, root)
    found = article_of(root, "Allies hold talks on intelligence pact")
    meta_path = root / "articles" / found.id / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta_path.write_text(json.dumps({**meta, "intake_version": 1}), encoding="utf-8")
    from corpus.describe import describe_received

    assert edits.refresh_library(root, describe_received) == 1
    refreshed = json.loads(meta_path.read_text(encoding="utf-8"))
    assert refreshed["date"] == "2019-11-22" and "span of your library" in refreshed["date_provenance"]


class TestYearOfACluster:
    """In a library of several years, the one year with articles near the day and whose
    weekday is the lead's."""

    library = span("2016-11-23", "2019-08-22", "2019-11-22", "2023-02-07")

    def test_the_cluster_whose_weekday_the_lead_names(self):
        found = year_from_span(11, 19, self.library, "Moon said on Tuesday ...")
        assert found.year == 2019  # 19 Nov was a Tuesday in 2013 and 2019; articles in 2019
        assert "the lead names Tuesday" in found.reason and "in 2019 only" in found.reason

    def test_no_weekday_or_another_weekday_leaves_it_unknown(self):
        assert year_from_span(11, 19, self.library, "Moon said ...") is None
        assert year_from_span(11, 19, self.library, "Moon said on Wednesday ...") is None

    def test_no_articles_near_the_day_leaves_it_unknown(self):
        # 16 March was a Thursday in 2017 and 2023, and a Friday in 2018, near February's
        # articles: no year with articles near it has that weekday
        library = span("2016-11-23", "2018-02-09", "2019-11-22", "2023-08-24")
        assert year_from_span(3, 16, library, "Yoon said Thursday ...") is None

    def test_two_clusters_that_fit_leave_it_unknown(self):
        library = span("2016-07-01", "2019-11-22", "2022-07-09")
        assert year_from_span(7, 8, library, "Abe was shot on Friday ...") is None  # 2016, 2022


class TestYearsTheTextNamesAsPast:
    """A year the text names as past ("since 2019", "decided in 2019 to end it") bounds the
    page's year from below: with the library's span above, a weekday picks one of a few."""

    library = span("2012-06-29", "2016-11-23", "2019-08-22", "2023-08-24")  # none near 16 March

    def test_the_bound_leaves_one_year_of_the_span(self):
        library = span("2018-03-01", "2018-09-01", "2019-04-01")  # 16 March in 2018 and 2019
        assert year_from_span(3, 16, library, "", "The talks resumed after a long pause.") is None
        found = year_from_span(3, 16, library, "", "The talks, which broke down in January 2019, resumed.")
        assert found.year == 2019 and "from 2019, which the text names as past" in found.reason

    def test_the_weekday_picks_the_one_year_after_the_bound(self):
        text = "Yoon said Thursday the pact, signed in 2016 and nearly ended in 2019, would be restored."
        assert year_from_span(3, 16, self.library, "Yoon said Thursday ...") is None  # 2017, 2023
        found = year_from_span(3, 16, self.library, "Yoon said Thursday ...", text)
        assert found.year == 2023  # 16 March was a Thursday in 2017 and 2023; 2017 is before 2019
        assert "names 2019 as past" in found.reason and "Thursday the lead names" in found.reason

    def test_a_year_ahead_bounds_nothing(self):
        text = "Yoon said Thursday the pact will be restored by 2019 at the latest."
        assert year_from_span(3, 16, self.library, "Yoon said Thursday ...", text) is None

    def test_two_years_after_the_bound_leave_it_unknown(self):
        # 16 March (or the day before) was a Thursday in 2017, 2018 and 2023: 2016 bounds nothing
        text = "Yoon said Thursday the pact, signed in 2016, would be restored."
        assert year_from_span(3, 16, self.library, "Yoon said Thursday ...", text) is None


def test_a_weekday_of_a_plan_picks_no_cluster():
    library = span("2016-11-23", "2019-08-22", "2020-08-20", "2020-09-01")
    # 22 August was a Saturday in 2020, near the library's articles; the Saturday is a plan's
    assert year_from_span(8, 22, library, "The pact was due to be renewed on Saturday ...") is None
    assert year_from_span(8, 22, library, "The pact was renewed on Saturday ...").year == 2020


FRIDAY_YEARLESS = YEARLESS.replace("officials said,", "officials said on Friday,")


def test_a_library_of_several_years_dates_it_by_its_cluster(tmp_path, corpus):
    root = tmp_path / "data"
    add_paths([dated_export(tmp_path / "a.jsonl", "2016-11-23", "2017-06-01", "2019-11-23")],
              {}, corpus, root)
    page = tmp_path / "friday.txt"
    page.write_text(FRIDAY_YEARLESS, encoding="utf-8")
    (outcome,) = add_paths([page], {}, corpus, root)  # the store answers for the library
    assert outcome.status == "added"
    found = article_of(root, "Allies hold talks on intelligence pact")
    assert found.date == "2019-11-22"  # a Friday in 2019, a Tuesday in 2016
    assert "the lead names Friday" in found.date_provenance

"""Issue 13's sixty-ninth intake round, on texts of our own: a wire dateline without its year ("SEOUL, Dec. 7
(Yonhap) --") over a lead naming the weekday of the news ("said Friday"), where the story's opening names a year
as past and the text names none later: the year is that one when the dateline's day was that weekday in it, marked
inferred with the reasoning. A year named only further down (history), a later year named anywhere, or a weekday
that was not the dateline's day that year leaves the date unknown.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.cleaning import clean_page
from corpus.page_dates import date_from_page

HEADLINE = "Riverside college turns down five applicants it had wronged\n\n"
LEAD = ("RIVERTON, Dec. 7 (Yonhap) -- Riverside College said {weekday} it has turned down five applicants whose "
        "scores cleared the pass mark, although it had promised to admit those hurt by its marking errors.\n\n")
OPENING = ("Of the 90 people who failed the exams for the 2017 and 2018 school years despite passing scores, "
           "40 asked to be admitted, the college said.\n\n")
BODY = ("The college has apologised to the applicants and their families.\n\n"
        "A panel of outside lawyers is reviewing how the marks were kept.\n\n"
        "Officials declined to say when its report would be made public.\n\n")
HISTORY = "The college was founded in a former mill, which closed in 2018.\n\n"


def _date(text: str):
    return date_from_page(clean_page(text))


def test_the_year_the_opening_names_dates_a_yearless_dateline_by_the_leads_weekday():
    found = _date(HEADLINE + LEAD.format(weekday="Friday") + OPENING + BODY)  # 7 Dec 2018 was a Friday
    assert found is not None and found.value == "2018-12-07"
    assert "inferred" in found.provenance and "2017 and 2018 school years" in found.provenance
    assert "Friday" in found.provenance


def test_a_weekday_of_another_day_that_year_dates_nothing():
    assert _date(HEADLINE + LEAD.format(weekday="Thursday") + OPENING + BODY) is None


def test_a_later_year_named_anywhere_dates_nothing():
    later = "The college plans to reopen the exams to all in 2024.\n\n"
    assert _date(HEADLINE + LEAD.format(weekday="Friday") + OPENING + BODY + later) is None


def test_a_year_named_only_further_down_is_history_and_dates_nothing():
    opening = "Forty of the applicants asked to be admitted, the college said.\n\n"
    assert _date(HEADLINE + LEAD.format(weekday="Friday") + opening + BODY + HISTORY) is None


def test_a_lead_without_a_weekday_dates_nothing():
    lead = LEAD.format(weekday="").replace("said  it", "said it")
    assert _date(HEADLINE + lead + OPENING + BODY) is None

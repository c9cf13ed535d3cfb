"""Date lines of pages in French, Spanish, Portuguese, Italian, German, Dutch, Indonesian and
Malay, and Turkish (issue 13, fourth round): the month's name in the page's language, the day
first, the language's labels ("Publié le", "Actualizado", "Diterbitkan"). Examples are invented
in the forms real pages print."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.printed_dates import find_date_line, read_date
from corpus.metadata import date_from_page
from tests.test_metadata_header_names import BODY


def date_of(raw: str) -> str | None:
    found = date_from_page(clean_page(raw))
    return found.value if found else None


@pytest.mark.parametrize("line, value", [
    ("21 novembre 2019", "2019-11-21"),
    ("Publié le 21 novembre 2019 à 10h03", "2019-11-21"),
    ("1er mars 2019", "2019-03-01"),
    ("21 de noviembre de 2019", "2019-11-21"),
    ("21 de março de 2019", "2019-03-21"),
    ("Pubblicato il 21 dicembre 2019 alle 10:03", "2019-12-21"),
    ("21. Dezember 2019, 10:03 Uhr", "2019-12-21"),
    ("Kamis, 21 November 2019 10:03 WIB", "2019-11-21"),
    ("Diterbitkan 21 Desember 2019", "2019-12-21"),
    ("21 Kasım 2019", "2019-11-21"),
    ("21 maart 2019", "2019-03-21"),
    ("sábado, 15 de marzo de 2014", "2014-03-15"),  # a weekday of the page's language
    ("Publié le Dimanche 02 avril 2023", "2023-04-02"),
    ("janvier 29, 2022", "2022-01-29"),  # a blog's month first, in its language
    ("21 NİSAN 2019", "2019-04-21"),  # Turkish capitals: İ lowers to two characters
    ("CUMARTESİ, 20 NİSAN 2019", "2019-04-20"),
])
def test_a_date_line_in_the_page_s_language(line, value):
    assert date_of("Seoul keeps the pact\n" + line + "\n" + BODY) == value


def test_published_wins_over_updated_in_the_page_s_language():
    line = "Mis à jour le 23 novembre 2019 à 11h00\nPublié le 21 novembre 2019 à 10h03"
    assert date_of("Seoul keeps the pact\n" + line + "\n" + BODY) == "2019-11-21"


@pytest.mark.parametrize("line, value", [
    ("21 ſeptembre 2019", "2019-09-21"),  # letters case-blind matching takes for s, i, k
    ("21 MAI 2019", "2019-05-21"),
    ("21 maı 2019", "2019-05-21"),
    ("PERŞEMBE, 21 \u212aASIM 2019", "2019-11-21"),
])
def test_a_name_matched_case_blind_is_read_never_an_error(line, value):
    assert read_date(line) == value  # (a KeyError skipped the whole page)


@pytest.mark.parametrize("line", [
    "Lundi 02 avril 2023",  # a Sunday
    "Montag, 21. Dezember 2019",  # a Saturday
    "domingo, 15 de marzo de 2014",  # a Saturday
    "PAZARTESİ, 20 NİSAN 2019",  # a Saturday
])
def test_a_weekday_of_the_page_s_language_contradicting_the_date_leaves_it_unknown(line):
    assert date_of("Seoul keeps the pact\n" + line + "\n" + BODY) is None  # as "Thu, 23 Nov 2016"


@pytest.mark.parametrize("text", [
    "The mission to Mars 2019 launched",  # a planet, no day
    "21 Mars",  # no year
    "KASIM 21",
    "21 mayo",
])
def test_no_date_without_a_day_month_and_year(text):
    assert read_date(text) is None


def test_a_sentence_naming_a_date_is_not_a_date_line():
    assert find_date_line("Le ministre a dit le 21 novembre 2019 que l'accord serait maintenu "
                          "malgré les pressions de Washington et de Tokyo.") is None

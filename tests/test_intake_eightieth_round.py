"""Issue 13's eightieth intake round, on texts of our own: the census of the default sets' unknown dates that the
page prints with their year. A lead opening on its dateline, a place and the full day ("Roma, 06 luglio 2020 – …",
"New York (USA), 16.09.2008 – …", "Phnom Penh (13 July, 2012): …"), dates the page: the day the story was filed.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.place_dated_leads import place_dated_lead
from tests.test_intake_thirty_third_round import described

HEADLINES = {"it": "Il traghetto cambia orario da marzo\n\n", "de": "Fähre fährt ab März nach neuem Fahrplan\n\n",
             "en": "Harbour ferry to run a new timetable from March\n\n", "ar": "العبارة تغير مواعيدها في مارس\n\n"}
STORIES = {
    "it": ("l'autorità portuale ha annunciato lunedì che il traghetto cambierà orario a partire da marzo. Dopo lunghe "
           "trattative con la società, le rotte invernali sono state modificate.\n\n"),
    "de": ("die Hafenbehörde teilte am Montag mit, die Fähre werde ab März nach einem neuen Fahrplan fahren. Nach "
           "langen Verhandlungen mit dem Betreiber wurden die Winterrouten geändert.\n\n"),
    "en": ("the harbour authority said on Monday that the ferry would run a new timetable from March. After long "
           "talks with the operator, the winter routes were changed.\n\n"),
    "ar": ("أعلنت سلطة الميناء يوم الاثنين أن العبارة ستغير مواعيدها ابتداء من شهر مارس بعد مفاوضات طويلة مع "
           "الشركة المشغلة وتم تعديل خطوط الشتاء.\n\n"),
}
FOLLOWING = {
    "it": "I passeggeri criticano le poche corse serali e chiedono un servizio migliore durante l'estate.\n\n",
    "de": "Fahrgäste kritisieren die wenigen Verbindungen am Abend und fordern mehr Fahrten im Sommer.\n\n",
    "en": "Passengers say there are too few evening sailings and want more of them in the summer.\n\n",
    "ar": "ويشكو الركاب من قلة الرحلات المسائية ويطالبون بمزيد منها خلال فصل الصيف المقبل.\n\n",
}


def _page(language: str, opening: str) -> dict:
    """A page whose lead opens on `opening`, the rest of its first sentence and two paragraphs after it."""
    return described(f"{HEADLINES[language]}{opening}{STORIES[language]}{FOLLOWING[language] * 2}")


# (language, the lead's opening, the day): a place and its full day, with a credit, a byline or brackets
DATED = [
    ("it", "(Agenzia Stampa) Genova, 06 luglio 2020 – L", "2020-07-06"),  # an agency's credit before the place
    ("it", "di Anna Rossi LIGURIA – Genova 25/11/2016. L", "2016-11-25"),  # a byline and a region
    ("de", "Hamburg (Deutschland), 16.09.2008 – D", "2008-09-16"),  # the country in brackets
    ("en", "Phnom Penh (13 July, 2012): T", "2012-07-13"),  # the day in brackets
    ("en", "by Staff Writers Dover (AFP) Dec 12, 2011 T", "2011-12-12"),  # the wire in brackets, no separator
    ("ar", "مراكش 9-9-2023 وفا- ", "2023-09-09"),  # the agency's code after the day
]


@pytest.mark.parametrize(("language", "opening", "day"), DATED)
def test_a_lead_opening_on_a_place_and_its_full_day_dates_the_page(language, opening, day):
    assert _page(language, opening)["date"] == day


# The same leads with no year, a sentence's words before the date, an apposition, a weekday: no date read here
UNDATED = [
    ("it", "(Agenzia Stampa) Genova, 06 luglio – L"),  # no year: none guessed
    ("en", "On 13 July, 2012, t"),  # a sentence's preposition
    ("en", "Dover and Calais on 12 December 2011 agreed that t"),  # words in lower case: a sentence
    ("en", "Mayor John Smith, 12 December 2011, said that t"),  # an apposition: a comma after the day
    ("de", "Hamburg (Deutschland), 16.09. – D"),
]


@pytest.mark.parametrize(("language", "opening"), UNDATED)
def test_a_lead_without_a_dateline_of_a_full_day_leaves_the_page_undated(language, opening):
    assert _page(language, opening)["date"] is None


def test_the_dateline_of_a_later_paragraph_dates_nothing():
    page = described(f"{HEADLINES['en']}The {STORIES['en']}Dover, 12 December 2011 – {STORIES['en']}"
                     f"{FOLLOWING['en']}")
    assert page["date"] is None


@pytest.mark.parametrize("lead", [
    "Monday, 12 December 2011 Dover harbour reopened after the storm.",  # a weekday: `printed_dates`' form
    "Seoul 11.01.2020 The talks resumed after a long pause in the winter.",  # no order decides the numbers
])
def test_the_reader_leaves_other_forms_to_others(lead):
    assert place_dated_lead(lead) is None

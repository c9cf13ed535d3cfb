"""Issue 13's seventy-eighth intake round, on texts of our own: the census of the default sets' unknown outlets by
the form the page prints its outlet in. A whole line labelling the story's source ("Quelle: …", "Fuente y fotos: …",
"Source: …"), in a language `contact_lines` knows, names the page's outlet when it names exactly one listed outlet
among its parts. A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.source_label_lines import labelled_source_credit
from tests.test_intake_thirty_third_round import described

HEADLINES = {"de": "Fähre fährt ab März nach neuem Fahrplan\n\n", "es": "El ferry cambia de horario en marzo\n\n",
             "en": "Harbour ferry to run a new timetable from March\n\n"}
STORIES = {
    "de": ("Die Hafenbehörde teilte am Montag mit, die Fähre werde ab März nach einem neuen Fahrplan fahren. Nach "
           "langen Verhandlungen mit dem Betreiber wurden die Winterrouten geändert. Fahrgäste kritisieren die "
           "wenigen Verbindungen am Abend.\n\n"),
    "es": ("La autoridad portuaria anunció el lunes que el ferry cambiará de horario a partir de marzo. Tras largas "
           "negociaciones con la empresa, se modificaron las rutas de invierno. Los pasajeros critican que haya "
           "pocas salidas por la noche.\n\n"),
    "en": ("The harbour authority said on Monday that the ferry would run a new timetable from March. After long "
           "talks with the operator, the winter routes were changed. Passengers say there are too few evening "
           "sailings.\n\n"),
}


def _page(language: str, above: str = "", below: str = "") -> dict:
    return described(f"{HEADLINES[language]}{above}{STORIES[language] * 3}{below}")


# (language, line above the story, line under it, the outlet): each a whole source line naming one listed outlet
NAMED = [
    ("de", "Quelle: WELT/Erika Muster\n\n", "", "Die Welt"),
    ("es", "", "FUENTE Y FOTOS: Clarín - Hoja del Puerto - MULTIMEDIA: YouTube\n", "Clarín"),
    ("en", "", "Source: Reuters / Jane Roe\n", "Reuters"),
]


@pytest.mark.parametrize(("language", "above", "below", "outlet"), NAMED)
def test_a_whole_source_line_names_the_outlet(language, above, below, outlet):
    assert _page(language, above, below)["outlet"] == outlet


# The same lines naming no listed outlet, or several, or the label inside a paragraph's sentence
NAMING_NONE = [
    ("de", "Quelle: Hafenblatt/Erika Muster\n\n", ""),
    ("es", "", "FUENTE Y FOTOS: Hoja del Puerto - MULTIMEDIA: Canal del Puerto\n"),
    ("en", "", "Source: Reuters, AP, AFP\n"),
    ("de", "Quelle: ots/dpa\n\n", ""),  # (dpa's press-release service: an agency's code beside the listed name)
]


@pytest.mark.parametrize(("language", "above", "below"), NAMING_NONE)
def test_a_source_line_naming_no_one_listed_outlet_names_none(language, above, below):
    assert _page(language, above, below)["outlet"] is None


def test_a_source_closing_a_sentence_of_the_story_is_no_source_line():
    sentence = "The ferry will also stop at the island twice a week. (Source: Reuters)"
    assert labelled_source_credit(sentence, outlets()) is None
    assert labelled_source_credit("(Source: Reuters)", outlets()) == "Reuters"


def test_another_field_on_the_source_line_is_not_a_source():
    line = "Fuente: Hoja del Puerto - Fotos: Clarín"
    assert labelled_source_credit(line, outlets()) is None

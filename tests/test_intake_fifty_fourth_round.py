"""Issue 13's fifty-fourth intake round, on texts of our own: the even halves of `holdout72` to `holdout74`, no
wrong answer among them, so their unknowns by kind. An aggregator's stamp naming the address it took the story from
("02-02-2016 19:07 via news.yahoo.com"), a French byline's wire before its stamp ("Par Jane Roe," / "avec afp
Créé le 13.07.2017 à 20h00"), a byline in a bulleted list of the story's facts ("• By
PuneMirror Bureau"). A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

from corpus.intake.printed_dates import find_date_line
from tests.test_intake_fifty_second_round import date_of
from tests.test_metadata_outlets import outlet_of

EN_STORY = ("Officials said rescue teams were searching the area through the night and that the cause was not yet "
            "known, adding that more details would be released later in the week.\n\n")
FR_STORY = ("Le gouvernement a annoncé jeudi que la réforme serait présentée au Parlement avant la fin de "
            "l'année, selon un communiqué publié dans la soirée par le ministère.\n\n")


def test_an_aggregators_stamp_naming_the_address_it_took_the_story_from_is_a_date_line():
    assert date_of("21-03-2015 08:15 via news.example.com\n\nFloods hit the coast\n\n" + EN_STORY * 2) == "2015-03-21"
    assert find_date_line("21-03-2015 08:15 via www.example.co.uk").value == "2015-03-21"
    # words that are no address after "via" still make a sentence; an order nothing decides is still unknown
    assert find_date_line("21-03-2015 08:15 via the coast road") is None
    assert find_date_line("03-04-2015 08:15 via news.example.com") is None


def test_a_french_bylines_wire_and_its_created_stamp_date_the_page():
    page = "Mort d'un écrivain\n\nPar Jeanne Martin,\navec afp Créé le 14.03.2018 à 20h00\n\n" + FR_STORY * 2
    assert date_of(page) == "2018-03-14"
    assert find_date_line("Créé le 14.03.2018 à 20h00").label == "published"
    # a writer with a wire's material names the wire (intake round 88; the eighth round's "Jane Roe avec AFP")
    assert outlet_of(page) == "Agence France-Presse"
    # no listed wire after "avec": the line is a sentence's, no date line
    assert find_date_line("avec nous Créé le 14.03.2018 à 20h00") is None


def test_a_bulleted_bylines_desk_credits_its_outlet():
    assert outlet_of("Leader flees the capital\n\n  • By PuneMirror Bureau\n  • Mon, 5 Aug 2024\n\n"
                     + EN_STORY * 2) == "Pune Mirror"
    assert outlet_of("Leader flees the capital\n\n  • By Jane Roe\n  • Mon, 5 Aug 2024\n\n" + EN_STORY * 2) is None

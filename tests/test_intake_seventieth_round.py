"""Issue 13's seventieth intake round, on texts of our own: the forms the even halves of holdout83 (the Spanish and
Portuguese press) and holdout84 (Europe's) showed. A party's short name after a politician's ("Kari Nordmann (Ap)")
is no wire's credit; a site asking to be followed on Google News in Portuguese, a source labelled after the last
sentence ("… Fonte: X."), Brazil's "Do X, em <city>" byline and a source in brackets after a stamp name the outlet
(listed names only); a Spanish clock "p. m.", a Spanish weekday's abbreviation, Poland's "aktual.:" label and a
dateline with its date in brackets ("CIUDAD (28/MAY/2017).- …") date the page; these presses' widgets and credit
lines alone ("Fuente: AFP", "Compartir", "ANNONS", "Le puede interesar: …") are no passages.
A positive failed before the round; a negative beside it keeps what must not change."""

from __future__ import annotations

import pytest

from corpus.cleaning import clean_page
from corpus.intake.furniture import is_furniture
from corpus.loader import article_from_raw
from corpus.metadata import outlet_from_page
from corpus.page_dates import date_from_page

HEADLINE = "Harbour town buys four new ferries for its island routes\n\n"
BODY = ("The town council approved the purchase after a long debate about the cost of the boats and their crews.\n\n"
        "The first two ferries are to be delivered next spring, and the other two a year later, officials said.\n\n")


def _outlet(text: str) -> str | None:
    found = outlet_from_page(clean_page(text))
    return found.value if found else None


def _date(text: str) -> str | None:
    found = date_from_page(clean_page(text))
    return found.value if found else None


def test_a_party_after_a_politicians_name_is_no_wires_credit():
    closing = "– The ferries matter for the whole coast, says transport minister Kari Nordmann (Ap).\n"
    assert _outlet(HEADLINE + BODY + closing) is None


def test_a_wires_credit_in_capitals_after_the_last_sentence_still_names_it():
    closing = "The ferries matter for the whole coast, the transport minister said on Wednesday. (AP)\n"
    assert _outlet(HEADLINE + BODY + closing) == "Associated Press"


def test_a_portuguese_request_to_follow_a_listed_site_on_google_news_names_it():
    assert _outlet(HEADLINE + BODY + "Siga a IstoÉ no Google News e receba alertas das notícias\n") == "IstoÉ"


def test_a_request_to_follow_an_unlisted_name_on_google_news_names_nothing():
    assert _outlet(HEADLINE + BODY + "Siga a Prefeitura de Vila Nova no Google News e receba alertas\n") is None


def test_a_source_labelled_after_the_last_sentence_names_a_listed_outlet():
    closing = "The council will vote on the crews' pay next month. Fonte: Dow Jones Newswires.\n"
    assert _outlet(HEADLINE + BODY + closing) == "Dow Jones Newswires"


def test_a_source_labelled_after_the_last_sentence_that_no_outlet_is_names_nothing():
    closing = "The council will vote on the crews' pay next month. Fonte: Ministério dos Transportes.\n"
    assert _outlet(HEADLINE + BODY + closing) is None


def test_a_brazilian_byline_from_a_listed_outlet_in_a_city_names_it():
    assert _outlet(HEADLINE + "Maria Souza\n\nDo UOL, em São Paulo\n\n" + BODY) == "UOL"


def test_a_brazilian_byline_from_anyone_else_names_nothing():
    assert _outlet(HEADLINE + "Maria Souza\n\nDo Enviado Especial, em São Paulo\n\n" + BODY) is None


def test_a_listed_source_in_brackets_after_a_stamp_names_it():
    assert _outlet("11.03.2019 - 10:15 [ KBS ]\n\n" + HEADLINE + BODY) == "KBS"


def test_an_unlisted_word_in_brackets_after_a_stamp_names_nothing():
    assert _outlet("11.03.2019 - 10:15 [ Update ]\n\n" + HEADLINE + BODY) is None


def test_a_masthead_alone_on_the_first_line_names_a_swedish_site_listed_this_round():
    assert _outlet("Dagens PS\n\n" + HEADLINE + BODY) == "Dagens PS"


def test_a_spanish_afternoon_clock_with_spaced_letters_leaves_the_date_line_read():
    assert _date(HEADLINE + "AGENCIAS\n14 de marzo de 2019 - 04:10 p. m.\n\n" + BODY) == "2019-03-14"


def test_a_spanish_weekdays_abbreviation_before_the_date_leaves_it_read():
    assert _date(HEADLINE + "jue 14 marzo 2019 04:10 PM\n\n" + BODY) == "2019-03-14"


def test_an_english_month_abbreviation_like_a_spanish_weekday_is_still_the_month():
    assert _date(HEADLINE + "Mar 14, 2019 04:10 PM\n\n" + BODY) == "2019-03-14"


def test_a_polish_update_label_beside_the_date_leaves_it_read():
    assert _date(HEADLINE + "14.03.2019 | aktual.: 14.03.2019 16:10\n\n" + BODY) == "2019-03-14"


def test_a_dateline_with_its_date_in_brackets_dates_the_page():
    lead = ("PUERTO VIEJO, ISLA NORTE (14/MAR/2019).- El ayuntamiento aprobó la compra de cuatro transbordadores "
            "nuevos para las rutas de las islas tras un largo debate.\n\n")
    assert _date(HEADLINE + lead + BODY) == "2019-03-14"


def test_a_bracketed_date_without_its_year_dates_nothing():
    lead = ("PUERTO VIEJO, ISLA NORTE (14/MAR).- El ayuntamiento aprobó la compra de cuatro transbordadores "
            "nuevos para las rutas de las islas tras un largo debate.\n\n")
    assert _date(HEADLINE + lead + BODY) is None


def _passages(text: str) -> tuple[str, ...]:
    article = article_from_raw(text, {}, "round70.txt")
    return tuple(passage.text for passage in article.passages)


def test_a_source_line_under_the_story_names_the_outlet_and_is_no_passage():
    text = HEADLINE + BODY + "Fuente: AFP\n"
    assert _outlet(text) == "Agence France-Presse"
    assert not any("Fuente" in passage for passage in _passages(text))


WIDGETS_AND_CREDITS = (
    "Fuente: La Gaceta del Puerto", "FUENTE Y FOTOS: Diario Uno - Diario Dos", "Quelle: dpa",
    "Autor: ab//cd / Źródło: Reuters, PAP", "Via Diário do Porto", "AGENCIAS", "ab/ cd/", "Compartir:", "Publicado por",
    "ANNONS", "Artikkelen fortsetter under annonsen",
    "Denne artikkelen er over ett år gammel og kan inneholde utdatert informasjon", "Mest läst i kategorin",
    "Le puede interesar: El puerto estrena muelle", "Siga a Gazeta do Porto no Google News e receba alertas",
    "Los comentarios publicados son de exclusiva responsabilidad de sus autores.",
    "Ferries are late again today. — Harbour Watch (@harbourwatch) 14. mars 2019",
)
SENTENCES_WITH_THEIR_WORDS = (
    "Via the new road, the ferries reach the island in less than an hour, the council said.",
    "Compartir el coste de los barcos fue la propuesta del alcalde, que ganó la votación.",
    "Fuente del puerto: el agua vuelve a correr tras la obra. El alcalde la inauguró ayer.",
    "Annons i tidningen kostar mer i år, sade chefen för försäljningen.",
)


@pytest.mark.parametrize(("line", "furniture"), [*((line, True) for line in WIDGETS_AND_CREDITS),
                                                  *((line, False) for line in SENTENCES_WITH_THEIR_WORDS)])
def test_these_presses_widgets_and_credits_are_furniture_and_sentences_with_their_words_the_story(line, furniture):
    assert is_furniture(line) is furniture


GERMAN_LEAD = ("Um 18.30 Uhr am Montag stimmte der Stadtrat dem Kauf von vier neuen Fähren für die Inselrouten zu, "
               "nach einer langen Debatte über die Kosten.\n\n")


def test_a_dotted_date_and_clock_over_a_lead_in_a_day_first_language_reads_day_first():
    assert _date("11.03.2019 - 10:15\n\n" + HEADLINE + GERMAN_LEAD + BODY) == "2019-03-11"


def test_a_slashed_date_and_clock_over_an_english_lead_stays_unread():
    # (in dots with a four-digit year, the day comes first since round 98: tests/test_intake_ninety_eighth_round.py)
    assert _date("11/03/2019 - 10:15\n\n" + HEADLINE + BODY) is None

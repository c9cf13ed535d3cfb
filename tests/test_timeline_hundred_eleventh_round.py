"""Timeline round 111: Spanish, Portuguese, French, Italian and Arabic days counted from the page's ("ayer", "hoy",
"ontem", "hoje", "hier", "aujourd'hui", "ieri", "oggi", "أمس", "اليوم") read as dates, as the English "yesterday" and
"today" are (`corpus.date_relative_foreign`): in the event's clause they date its wording from the page's own date,
the event's date condition kept. Not "nowadays", "until today", the German "hier" nor the Arabic "the day".
Sentences written for the purpose."""

from __future__ import annotations

import datetime

import pytest

from corpus.date_relative_foreign import FOREIGN_RELATIVE_DAY
from corpus.dates import find_dates, forget_what_was_read
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

SIGNING = "signing"
PAGE_DAY = datetime.date(2016, 11, 24)


def _days(text: str) -> list[tuple[str, str]]:
    return [(found.text, found.value.iso()) for found in find_dates(text, PAGE_DAY) if found.kind == "date"]


def test_the_days_counted_from_the_page_in_five_languages():
    assert _days("Corea del Sur y Japón firmaron ayer el acuerdo; hoy entra en vigor.") == [
        ("ayer", "2016-11-23"), ("hoy", "2016-11-24")]
    assert _days("O pacto, assinado ontem em Seul, foi publicado hoje. Anteontem, não.") == [
        ("ontem", "2016-11-23"), ("hoje", "2016-11-24"), ("Anteontem", "2016-11-22")]
    assert _days("Séoul a signé hier l'accord. Hier, Tokyo aussi. Aujourd'hui il entre en vigueur.") == [
        ("hier", "2016-11-23"), ("Hier", "2016-11-23"), ("Aujourd'hui", "2016-11-24")]
    assert _days("Ieri Seoul ha firmato; l'altro ieri no; oggi entra in vigore.") == [
        ("Ieri", "2016-11-23"), ("l'altro ieri", "2016-11-22"), ("oggi", "2016-11-24")]
    assert _days("وقعت كوريا الجنوبية واليابان أمس الاتفاقية، وأعلنتا اليوم (الخميس) بدء العمل بها.") == [
        ("أمس", "2016-11-23"), ("اليوم", "2016-11-24")]
    assert _days("وقعت البلدان بالأمس الاتفاقية بعد مفاوضات أول أمس.") == [
        ("بالأمس", "2016-11-23"), ("أول أمس", "2016-11-22")]


@pytest.mark.parametrize("text", [
    "Hoy en día Seúl y Tokio comparten información.", "Hoje em dia, Seul e Tóquio cooperam.",
    "Al giorno d'oggi Seoul e Tokyo collaborano.", "La Corée d'aujourd'hui coopère.",
    "Hasta hoy no hubo acuerdo.", "Até hoje não houve acordo.", "Fino a oggi non c'era intesa.", "Ad oggi nulla.",
    "Jusqu'à aujourd'hui rien n'a changé.", "Das Abkommen wurde hier unterzeichnet.", "Hier ist das Abkommen.",
    "Il est arrivé ici. Le dossier hier", "في اليوم التالي وقعت الاتفاقية.", "نقلت صحيفة اليوم السابع الخبر.",
    "حتى اليوم لم يتغير شيء.", "في ذلك اليوم اجتمع الوزيران.", "Hoyos, ayeres, oggigiorno, ontemos.",
])
def test_no_day_from_nowadays_until_today_german_here_or_the_arabic_the_day(text):
    assert _days(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("Corea del Sur y Japón, en conversaciones desde 2012, firmaron ayer el acuerdo de inteligencia militar.",
     "2016-11-24"),
    ("A Coreia do Sul e o Japão, em negociações desde 2012, assinaram ontem o acordo de inteligência militar.",
     "2016-11-24"),
    ("La Corée du Sud et le Japon, en négociation depuis 2012, ont signé hier l'accord de renseignement militaire.",
     "2016-11-24"),
    ("La Corea del Sud e il Giappone, in trattative dal 2012, hanno firmato ieri l'accordo di intelligence militare.",
     "2016-11-24"),
    ("وقعت كوريا الجنوبية واليابان أمس اتفاقية تبادل المعلومات العسكرية بعد مفاوضات بدأت في 2012.", "2016-11-24"),
    ("وقعت كوريا الجنوبية واليابان اليوم اتفاقية تبادل المعلومات العسكرية بعد مفاوضات بدأت في 2012.", "2016-11-23"),
])
def test_the_day_in_the_events_clause_dates_it_beside_another_year(text, date):
    """A year of the talks in the sentence objected to the signing; the day counted from the page names it, as
    "yesterday" does in English."""
    assert _linked(text, date, SIGNING)


SIX_DAYS_AFTER = ("Corea del Sur y Japón firmaron ayer el acuerdo de inteligencia militar.",
                  "Seul e Tóquio assinaram ontem o acordo de inteligência militar.",
                  '"Seúl y Tokio firmaron ayer el acuerdo de inteligencia militar", dijo el portavoz.')
PLANS_FOR_TODAY = ("Hoy se espera que Corea del Sur y Japón firmen el acuerdo de inteligencia militar.",
                   "Oggi la Corea del Sud e il Giappone dovrebbero firmare l'accordo di intelligence militare.")


def test_no_link_from_another_day_or_a_plan_for_today():
    """"Yesterday" six days after the signing is another day (in a quote too: the page's, the only day known); a
    plan for today is no signing."""
    for text in SIX_DAYS_AFTER:
        assert not _linked(text, "2016-11-29", SIGNING), text
    for text in PLANS_FOR_TODAY:
        assert not _linked(text, "2016-11-23", SIGNING), text


def test_a_day_off_by_one_is_the_events_by_another_clock_as_yesterday_is():
    """A Brazilian page of the signing's day tells it as "ontem" (Seoul's morning is the evening before there)."""
    story = ("O pacto, assinado ontem em Seul, dispensa os EUA como intermediários. "
             "O acordo deveria ser firmado em 2012.")
    assert _linked(story, "2016-11-23", SIGNING)
    assert _linked(story.replace("ontem", "hoje"), "2016-11-22", SIGNING)
    assert not _linked(story, "2016-11-26", SIGNING)  # two days off
    assert not _linked(story.replace("ontem", "anteontem"), "2016-11-23", SIGNING)  # as "the day before yesterday"


def test_a_day_in_a_heading_does_not_date_the_events_clause():
    story = "La Corea del Sud e il Giappone hanno firmato l'accordo di intelligence militare."
    assert _linked(f"Le notizie di oggi\n\n{story}", "2016-11-25", SIGNING)
    assert not _linked(f"Oggi {story[0].lower()}{story[1:]}", "2016-11-25", SIGNING)


@pytest.mark.parametrize("text", [
    "ayer " * 20_000, "hier " * 20_000, "é hier" * 16_000, "hasta " * 16_000 + "hoy", "jusqu'à " * 12_000,
    "\u0623\u0648\u0644 " * 25_000 + "\u0623\u0645\u0633", "\u0641\u064a " * 33_000 + "\u0627\u0644\u064a\u0648\u0645",
    "\u0627\u0644\u064a\u0648\u0645 " * 16_000, "d'" * 50_000, "l'altro " * 12_000,
])
def test_the_days_read_quickly_on_hostile_text(text):
    assert_each_reads_quickly([FOREIGN_RELATIVE_DAY], text)
    assert_runs_quickly(lambda: find_dates(text, PAGE_DAY), limit=1.0, what=text[:20], forget=forget_what_was_read)

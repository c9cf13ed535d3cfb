"""Timeline round 111: Spanish, Portuguese, French, Italian and Arabic days counted from the page's ("ayer", "hoy",
"ontem", "hoje", "hier", "aujourd'hui", "ieri", "oggi", "أمس", "اليوم") read as dates, as the English "yesterday" and
"today" are (`corpus.date_relative_foreign`): in the event's clause they date its wording from the page's own date,
the event's date condition kept. Not "nowadays", "until today", the German "hier" nor the Arabic "the day".
Sentences written for the purpose."""

from __future__ import annotations

import datetime

import pytest

from bench.paraphrase_links import paraphrase_article
from corpus.date_relative_foreign import FOREIGN_RELATIVE_DAY, _a_name
from corpus.date_value import DateValue
from corpus.dates import find_dates, forget_what_was_read
from corpus.day_by_the_clock import of_the_events_day
from corpus.events import DatedMention, dated_mentions, load_event_specs
from corpus.loader import Corpus
from index.timeline import timeline_of
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


# Part two of the round: a counted day a day off a listed event's, in a clause worded as the event, joins the event
# (`corpus.day_by_the_clock.of_the_events_day`, asked by the links and by `index.proposals`): no second event of the
# day before beside it.

def _events_of(text: str, published: str) -> dict[tuple[str, bool], str]:
    """(date, proposed) -> title of the events a one-page timeline of `text` covers."""
    article = paraphrase_article(published, text)
    made = timeline_of((article,), {article.id: dated_mentions(article)}, load_event_specs(),
                       tuple(Corpus((article,)).outlets()))
    return {(event.date, event.proposed): event.title for event in made.events if event.coverage}


SIGNED = ("2016-11-23", False)


@pytest.mark.parametrize("text", [
    "South Korea and Japan signed the military intelligence pact yesterday in Seoul.",
    "O pacto militar entre a Coreia do Sul e o Japão, assinado ontem em Seul, dispensa os EUA.",
    "Corea del Sur y Japón firmaron ayer en Seúl el acuerdo de inteligencia militar.",
])
def test_a_signing_yesterday_on_a_page_of_its_day_joins_the_signing_not_a_day_before(text):
    assert set(_events_of(text, "2016-11-23")) == {SIGNED}


def test_the_clock_reads_a_day_off_by_one_only_for_a_word_counted_from_the_page():
    event = DateValue(2016, 11, 23)

    def mention(text, day):
        return DatedMention("page", 0, 0, len(text), text, DateValue(2016, 11, day))

    assert of_the_events_day(mention("yesterday", 22), event, "", None)
    assert of_the_events_day(mention("ontem", 22), event, "", None)
    assert of_the_events_day(mention("today", 24), event, "", None)
    assert of_the_events_day(mention("Nov. 23", 23), event, "", None)
    assert not of_the_events_day(mention("Nov. 22", 22), event, "", None)  # a printed day is its own
    assert not of_the_events_day(mention("the day before yesterday", 21), event, "", None)
    assert not of_the_events_day(mention("anteontem", 21), event, "", None)
    assert not of_the_events_day(mention("yesterday", 21), event, "", None)  # two days off


def test_what_the_clock_does_not_join():
    """Another happening of yesterday beside the event's day stays a proposal of its own; a saying's day proposes
    nothing; a day two days off, or "yesterday" quoted a week later, joins no signing."""
    rally = ("The GSOMIA took effect on Wednesday. Yesterday, hundreds of protesters rallied outside the defense "
             "ministry in Seoul.")
    assert ("2016-11-22", True) in _events_of(rally, "2016-11-23")
    said = "Japan's defense minister said today that closer ties with Seoul were needed."
    assert set(_events_of(said, "2016-11-22")) == set()
    two_days = "South Korea and Japan signed the military intelligence pact the day before yesterday."
    assert SIGNED not in _events_of(two_days, "2016-11-26")
    quoted = '"We signed the military intelligence pact yesterday," the minister recalled on Nov. 30.'
    assert SIGNED not in _events_of(quoted, "2016-11-30")


@pytest.mark.parametrize(("text", "published"), [
    # (the opposition named, a deed for the criticism: a bare noun and a view are not proposed since round 121)
    ("South Korea's opposition on Tuesday began a drive to remove Defense Minister Han Min-koo over the military "
     "pact with Japan that the two sides initialed late on Monday.", "2016-11-15"),
    ("Japanese Prime Minister Shinzo Abe on Friday summoned his security council over South Korea's decision to pull "
     "out of the military intelligence pact.", "2019-08-23"),
])
def test_a_deed_of_the_day_after_beside_the_events_wording_stays_a_proposal(text, published):
    """The clock joins a counted day to the event only when the event's happening is worded between the day and
    the verb it dates: a drive begun the day after the initialling, a criticism the day after the decision, are
    happenings of their own."""
    assert (published, True) in _events_of(text, published)


@pytest.mark.parametrize("text", [
    "Programación\nCadena SER\nHoy por Hoy\nÀngels Barceló\nComparte", "Escuche Hoy por Hoy en la SER.",
    "Lo publicó el diario Hoy.", "Italia Oggi scrive che il patto è firmato.", "El programa «Hoy» lo dijo.",
    'Secciones: "Hoy Mismo" y Deportes.', "Le magazine Aujourd'hui Madame en parle.",
])
def test_a_programme_or_a_section_named_by_the_word_is_no_day(text):
    assert _days(text) == []


def test_a_capitalised_word_opening_a_sentence_is_still_a_day():
    assert _days("Hoy en Seúl los ministros firmaron el pacto.") == [("Hoy", "2016-11-24")]
    assert _days('"Hoy firmamos el acuerdo", dijo. Oggi Seoul e Tokyo firmano.') == [
        ("Hoy", "2016-11-24"), ("Oggi", "2016-11-24")]


@pytest.mark.parametrize("text", [
    "Hoy " + "por Hoy " * 12_000, "a Hoy" * 20_000, "«Hoy" * 25_000, "Ieri " * 20_000, "x,\tOggi " * 12_000,
])
def test_a_name_is_told_quickly_on_hostile_text(text):
    assert_runs_quickly(lambda: find_dates(text, PAGE_DAY), limit=1.0, what=text[:20], forget=forget_what_was_read)
    assert_runs_quickly(lambda: [_a_name(match, text) for match in FOREIGN_RELATIVE_DAY.finditer(text)],
                        what=text[:20])


def test_the_clock_reads_a_hostile_mention_quickly():
    text = "yesterday " * 10_000
    hostile = DatedMention("page", 0, 0, len(text), text, DateValue(2016, 11, 22))
    assert_runs_quickly(lambda: of_the_events_day(hostile, DateValue(2016, 11, 23), text, None), what="yesterday")

"""Timeline round 69 (issue 14): a page that prints no date and names its officeholders in Spanish, Portuguese,
French, Italian or German is estimated from them as an English page is ("la presidenta Park Geun-hye", "el ministro
de Defensa surcoreano, Han Min-koo", "Verteidigungsminister Han Min Koo": corpus/offices.json's `european_titles`),
and the listed event it tells as done in those languages ("firmaron", "ont repris", "haben ... unterzeichnet":
corpus/past_forms_european.py) dates it. Beside the positives, the forms that must not: a past holder ("el entonces
presidente", "der frühere Präsident"), a name without a title, a title of another office, a future, an infinitive,
a subjunctive, a noun. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import article_reporting_date
from corpus.date_officeholders import office_window, worded_as_done
from corpus.events import dated_mentions
from corpus.happenings import Happening, find_happenings
from corpus.intake import office_years
from corpus.intake.office_years import named_in_office
from corpus.loader import article_from_raw
from corpus.text_units import sentence_at
from tests.test_timeline_eighteenth_round_pages import SPECS
from tests.hostile_timing import assert_runs_quickly


def estimate(text: str) -> str | None:
    """The estimated date of a page that prints none, as ISO."""
    article = article_from_raw(f"Story\n\n{text}\n", {}, "test:t69")
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    return published.value.iso() if published else None


def holders(text: str) -> set[str]:
    return {holder.name for holder in named_in_office(text)}


@pytest.mark.parametrize("text, named", [
    ("el Gobierno de la presidenta Park Geun-hye", "Park Geun-hye"),
    ("Firmaron el ministro de Defensa surcoreano, Han Min-koo, y el embajador", "Han Min-koo"),
    ("O chanceler japonês, Fumio Kishida, afirmou", "Fumio Kishida"),
    ("Nun haben Südkoreas Verteidigungsminister Han Min Koo und der Botschafter", "Han Min-koo"),
    ("le gouvernement de la présidente Park Geun-hye", "Park Geun-hye"),
    ("US-Verteidigungsminister Mark Esper war in Seoul", "Mark Esper"),
    ("Presidente Moon Jae-in recebeu o secretário", "Moon Jae-in"),
])
def test_a_holder_named_by_a_european_title_is_in_office(text: str, named: str):
    assert named in holders(text)


@pytest.mark.parametrize("text", [
    "el entonces presidente Lee Myung-bak",  # a past holder, in each language
    "l'ancien président Lee Myung-bak",
    "der frühere südkoreanische Präsident Lee Myung-bak",
    "o ex-presidente Lee Myung-bak",
    "la antigua presidenta Park Geun-hye",
    "la expresidenta Park Geun-hye",  # one word: no title at a word's start
    "el Gobierno de Park Geun-hye",  # a name with no title
    "el ministro de Defensa y Park Geun-hye",  # the title of another office than the name's
    "el presidente de Corea del Sur, Moon Jae-in",  # more than an adjective between: not read
    "el ministro de Defensa, Han Min-koo, dijo en 2019",  # a sentence with a year: of that year
])
def test_a_past_holder_a_bare_name_or_another_title_is_not_in_office(text: str):
    assert holders(text) == set()


SIGNED_ES = ("Seúl y Tokio rubricaron un tratado militar para compartir información sobre Corea del Norte.\n\n"
             "Firmaron el texto el ministro de Defensa surcoreano, Han Min-koo, y el embajador de Japón, en un momento "
             "difícil para el Gobierno de la presidenta Park Geun-hye.")
SIGNED_DE = ("Seoul und Tokio teilen künftig Erkenntnisse über Nordkorea.\n\nNun haben Südkoreas Verteidigungsminister "
             "Han Min Koo und Japans Botschafter das Militärabkommen unterzeichnet. Die Opposition wirft der Regierung "
             "von Präsidentin Park Geun Hye vor, das Abkommen durchgewinkt zu haben.")


@pytest.mark.parametrize("page", [SIGNED_ES, SIGNED_DE], ids=["es", "de"])
def test_a_page_naming_its_holders_in_a_european_language_is_dated_by_the_event_it_tells_done(page: str):
    assert estimate(page) == "2016-11-23"


@pytest.mark.parametrize("page", [
    SIGNED_ES.replace("rubricaron", "rubricarán").replace("Firmaron", "Firmarán"),  # a future
    SIGNED_ES.replace("rubricaron", "quieren rubricar").replace("Firmaron", "Deben firmar"),  # infinitives
    SIGNED_DE.replace("haben", "werden").replace("unterzeichnet", "unterzeichnen"),  # a future in German
    SIGNED_ES.replace("presidenta Park", "entonces presidenta Park").replace("ministro de Defensa surcoreano, Han",
                                                                             "exministro Han"),  # past holders
], ids=["es-future", "es-infinitive", "de-future", "es-past-holders"])
def test_a_page_telling_the_event_ahead_or_naming_past_holders_is_not_dated(page: str):
    assert estimate(page) is None


def _wording(text: str, words: str) -> Happening:
    start = text.index(words)
    return Happening("sign", start, start + len(words), sentence_at(text, start), "reported")


@pytest.mark.parametrize("text, words, done", [
    ("Los dos países firmaron el pacto.", "firmaron", True),
    ("Os dois países assinaram o pacto.", "assinaram", True),
    ("A Coreia do Sul decidiu retomar as negociações.", "decidiu retomar", True),
    ("Les discussions ont repris le 1er novembre.", "discussions ont repris", True),
    ("Tokyo et Séoul ont signé l'accord.", "signé", True),
    ("I due paesi hanno firmato il patto.", "firmato", True),
    ("Die beiden Länder haben das Abkommen gestern unterzeichnet.", "unterzeichnet", True),
    ("Los dos países firmarán el pacto.", "firmarán", False),
    ("Los dos países quieren firmar el pacto.", "firmar", False),
    ("La firma del pacto sigue pendiente.", "firma", False),
    ("Die Vereinbarung werde beendet, hieß es.", "beendet", False),  # a subjunctive, no auxiliary of the perfect
    ("Les deux pays signeront l'accord.", "signeront", False),
])
def test_a_european_wording_is_done_only_as_a_preterite_or_a_perfect(text: str, words: str, done: bool):
    assert worded_as_done(text, _wording(text, words)) is done


@pytest.mark.parametrize("hostile", [" " * 50_000, "presidente " * 20_000, "ministro de Defensa " * 10_000,
                                     "ha " * 20_000 + "firmado"])
def test_hostile_text_is_read_quickly(hostile: str):
    def read() -> None:
        office_window(hostile)
        worded_as_done(hostile, Happening("sign", 0, min(len(hostile), 40), sentence_at(hostile, 0), "reported"))
    assert_runs_quickly(read, limit=0.5, forget=office_years._named_in_office.cache_clear)

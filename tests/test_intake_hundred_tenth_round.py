"""Issue 13's hundred-and-tenth intake round, on texts of our own: outlets a page names in forms the readers of its
kind missed, each read only when no other credit names the page's outlet.

* the newsroom's own disclosure, "RNZ can now reveal that …" (`own_reports.own_reporting_credit`, beside "NHK has
  learned that …"): a listed outlet, not a common word's ("Time can reveal");
* a listed name after the story's last sentence spelt as the outlet spells it, in lower case first
  (`closing_credits.closing_credit`): "… los problemas que genera la empresa. teleSUR";
* an Italian aggregator's pointer closing its excerpt (`source_notes.read_more_credit`): "… al suo pubblico ...
  Leggi su newsmondo".

Each positive failed before the round; the negatives beside them keep what must not change: a source told, a name
inside the sentence, a common word, an unlisted name, a pointer with no excerpt before it."""

from __future__ import annotations

import pytest

from corpus.intake.closing_credits import closing_credit
from corpus.intake.outlets import outlets
from corpus.intake.own_reports import own_reporting_credit
from corpus.intake.source_notes import read_more_credit
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

TITLE = "Volcano warning reached the minister's office\n\n"
LEAD = ("The agency's warning about the island's volcano was passed to the minister's office two days before the "
        "eruption, documents show.\n\n")
AFTER = "The minister's office said it would not comment while the inquiry went on.\n\n"
ES_STORY = ("Monsanto pierde una demanda\n\nUn tribunal de Estados Unidos condenó a la transnacional Monsanto a pagar "
            "casi trescientos millones de dólares a un jardinero.\n\nEl jardinero dijo que espera que su caso ayude "
            "a llamar la atención sobre los problemas que genera la empresa.{}\n")
IT_STORY = ("Addio al maestro\n\nAddio al maestro (Di lunedì 6 luglio 2020) Si è spento a 91 anni nella notte, "
            "ringraziando i figli per l'affetto e le cure, con un pensiero al suo pubblico{}\n")


def _outlet(raw: str) -> str | None:
    return described(raw)["outlet"]


# The newsroom's own disclosure

def test_a_listed_outlet_that_can_reveal_what_it_found_is_the_page_s():
    assert _outlet(TITLE + LEAD + "RNZ can now reveal that the warning went all the way up.\n\n" + AFTER) == "RNZ"
    assert own_reporting_credit(("The Guardian can exclusively reveal that the plan was dropped.",),
                                outlets()) == "The Guardian"
    assert own_reporting_credit(("NK News can reveal the report was finished in May.",), outlets()) == "NK News"


def test_what_is_no_own_disclosure_names_no_outlet():
    directory = outlets()
    for sentence in ("A spokesman told RNZ that the warning went all the way up.",  # a source told: another's often
                     "As RNZ revealed last week, the warning went all the way up.",
                     "Officials can now reveal that the warning went all the way up.",  # no outlet
                     "Time can reveal much about a man's choices.",  # a common word's outlet
                     "RNZ cannot reveal who passed on the warning.",
                     "RNZ can now reveal the warning. The Guardian can reveal the reply."):  # two outlets
        assert own_reporting_credit((sentence,), directory) is None, sentence
    assert _outlet(TITLE + LEAD + "Officials can now reveal that the warning went all the way up.\n\n" + AFTER) is None


def test_an_earlier_credit_still_names_the_page():
    page = TITLE + "By AFP\n\n" + LEAD + "RNZ can now reveal that the warning went all the way up.\n\n" + AFTER
    assert _outlet(page) == "Agence France-Presse"


# A listed name after the last sentence, in lower case first

def test_a_listed_name_spelt_in_lower_case_first_closing_the_story_is_its_credit():
    assert _outlet(ES_STORY.format(" teleSUR")) == "teleSUR"
    assert closing_credit("Der Test wurde international verurteilt. dpa", outlets()) == "dpa"


def test_what_closes_the_story_otherwise_names_no_outlet():
    directory = outlets()
    for paragraph in ("… los problemas que genera la empresa, dijo a teleSUR.",  # inside the sentence
                      "… acampamento, segundo a reportagem. g1",  # a common word's outlet
                      "… los problemas que genera la empresa. telesurtv",  # no listed name
                      "… los problemas que genera la empresa. teleSUR informa"):  # more than a name
        assert closing_credit(paragraph, directory) is None, paragraph
    assert _outlet(ES_STORY.format("")) is None


# An Italian aggregator's pointer after its excerpt

def test_an_excerpt_s_pointer_in_italian_names_the_story_s_outlet():
    assert _outlet(IT_STORY.format(" ... Leggi su newsmondo")) == "Newsmondo"
    assert read_more_credit("… con un pensiero al suo pubblico… Leggi su Newsmondo", outlets()) == "Newsmondo"


def test_what_is_no_excerpt_s_pointer_names_no_outlet():
    directory = outlets()
    for line in ("Leggi su newsmondo",  # no excerpt cut before it
                 "Commenta la notizia e leggi su newsmondo gli aggiornamenti",
                 "… al suo pubblico ... Leggi su unsitoqualunque",  # an unlisted name
                 "… al suo pubblico ... Leggi anche: newsmondo"):
        assert read_more_credit(line, directory) is None, line
    assert _outlet(IT_STORY.format(".")) is None


HOSTILE = [
    "RNZ " * 25_000,
    "A" * 100_000,
    "The A " * 16_000 + "can now",
    "RNZ can now " * 8_000,
    "The Rnz Ab Cd " * 7_000 + "reveal",
    ". " + "a" * 100_000,
    "x. " + "teleSUR" * 14_000 + " y",
    ". a" * 33_000,
    "... " * 25_000 + "Leggi su",
    "…leggi su " * 10_000,
    "... Leggi su " + "a " * 50_000,
]


@pytest.mark.parametrize("read", [own_reporting_credit, closing_credit, read_more_credit])
def test_each_reader_of_the_round_takes_every_hostile_text_quickly(read):
    directory = outlets()  # (the list of outlets read before the clock starts)
    for text in HOSTILE:
        if read is own_reporting_credit:
            assert_runs_quickly(lambda: read((text,), directory), what=text[:40])
        else:
            assert_runs_quickly(lambda: read(text, directory), what=text[:40])

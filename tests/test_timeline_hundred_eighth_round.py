"""Timeline round 108: a date after a participle or a preterite of another happening in Spanish, Portuguese, Italian,
French or Arabic is that verb's ("decidió ayer poner fin al acuerdo firmado en noviembre de 2016": the signing's
date, not the decision's; `corpus.participles_foreign`, asked by `corpus.dates_of_other_verbs.dates_a_nearer_verb`);
North Korea's two nuclear tests of 2016 named in Portuguese ("dois testes nucleares"), Japanese ("2度の核実験") and
abbreviated Chinese ("两次核试"), and the Romance modals read as looking ahead ("poderá realizar", "podría"). The
event's date condition is kept. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.event_rules import about_pattern
from corpus.events import load_event_specs
from corpus.foresight import _FORESEEN_BEFORE
from corpus.participles_foreign import _ARABIC_DONE, _PARTICIPLE, done_in_another_language
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

DECISION, TWO_TESTS = "termination-decision-2019", "north-korea-tests-2016"
FRIDAY_AFTER = "2019-08-23"  # the day after Seoul's decision to end the pact


@pytest.mark.parametrize("text", [
    "Corea del Sur decidió ayer poner fin al acuerdo GSOMIA firmado en noviembre de 2016 con Japón.",
    "A Coreia do Sul decidiu ontem encerrar o acordo GSOMIA assinado em novembro de 2016 com o Japão.",
    "وكانت سول قد قررت أمس الخميس إنهاء الاتفاقية الموقعة في تشرين الثاني 2016 ، والتي تنظم تبادل المعلومات "
    "العسكرية.",
])
def test_a_participles_date_in_another_language_does_not_object_to_the_decision(text):
    assert _linked(text, FRIDAY_AFTER, DECISION)
    assert _linked(text, FRIDAY_AFTER, "signing")  # the participle's date still dates the signing


@pytest.mark.parametrize(("text", "date"), [
    ("Corea del Sur pondrá fin al acuerdo GSOMIA firmado en noviembre de 2016 con Japón.", FRIDAY_AFTER),  # a plan
    ("«Corea del Sur no decidió poner fin al acuerdo GSOMIA firmado en noviembre de 2016», dijo el ministro.",
     FRIDAY_AFTER),  # a quoted denial
    # another decision of the kind, on another day: a Monday of 2021 objects to August 2019
    ("Corea del Sur decidió el lunes poner fin al acuerdo GSOMIA firmado en noviembre de 2016.", "2021-03-17"),
])
def test_no_decision_linked_by_a_participle_where_none_was_made_then(text, date):
    assert not _linked(text, date, DECISION)


def test_what_is_a_verb_done_in_another_language():
    for words in ("firmado", "assinadas em", "signé", "firmato", "suscrito", "firmaron", "assinou",
                  "الاتفاقية الموقعة في", "الاتفاقية التي وُقّعت عام", "المبرمة"):
        assert done_in_another_language(words), words
    # nouns, infinitives, presents and English words ending as Romance participles do not
    for words in ("la firma", "firmar", "firma", "visit", "summit", "debate", "update", "التوقيع", "الاتفاقية",
                  "signing"):
        assert not done_in_another_language(words), words


@pytest.mark.parametrize("text", [
    "Os dois testes nucleares e as dezenas de lançamentos de mísseis feitos pela Coreia do Norte neste ano "
    "reanimaram a ideia nos dois países.",
    "南韩国防部表示,北韩的军事威胁日益升高;北韩今年已进行两次核试,并发射20多枚飞弹。",
    "北朝鮮は今年、2度の核実験を強行した。",
])
def test_two_nuclear_tests_named_in_portuguese_japanese_and_abbreviated_chinese(text):
    assert _linked(text, "2016-11-23", TWO_TESTS)
    assert not _linked(text, "2017-05-02", TWO_TESTS)  # a page of the next year, no date: not within 2016


@pytest.mark.parametrize("text", [
    "A Coreia do Norte poderá realizar dois testes nucleares no próximo ano.",  # a plan
    "Corea del Norte podría realizar dos ensayos nucleares el próximo año.",
    "北韩将进行两次核试。",
    "北朝鮮は来年、2度の核実験を行う可能性がある。",
    "Os dois testes de mísseis da Coreia do Norte reanimaram a ideia.",  # missiles, not nuclear tests
    "A Coreia do Norte negou que tenha realizado testes nucleares.",  # a denial, and no count of two
])
def test_two_tests_foreseen_or_of_missiles_not_linked(text):
    assert not _linked(text, "2016-11-23", TWO_TESTS)


def test_the_new_patterns_read_hostile_texts_quickly():
    spec = next(s for s in load_event_specs() if s.id == TWO_TESTS)
    texts = ["م" * 100_000, "الم" * 33_000, "التي " * 20_000, "الموقع" * 16_000, "\u0651" * 100_000,
             "firmad" * 16_000, "a" * 100_000 + "ado", "两次核" * 33_000, "dois " * 20_000, "2度の核" * 25_000,
             "podr" * 25_000, "pourr " * 16_000]
    for text in texts:
        assert_each_reads_quickly([_ARABIC_DONE, about_pattern(spec), _FORESEEN_BEFORE], text)
        assert_each_reads_quickly([re.compile(_PARTICIPLE.pattern)], text)
        assert_runs_quickly(lambda: done_in_another_language(text), what=text[:12])

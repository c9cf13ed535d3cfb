"""Timeline round 108: a date after a participle or a preterite of another happening in Spanish, Portuguese, Italian,
French or Arabic is that verb's ("decidió ayer poner fin al acuerdo firmado en noviembre de 2016": the signing's
date, not the decision's; `corpus.participles_foreign`, asked by `corpus.dates_of_other_verbs.dates_a_nearer_verb`);
North Korea's two nuclear tests of 2016 named in Portuguese ("dois testes nucleares"), Japanese ("2度の核実験") and
abbreviated Chinese ("两次核试"), and the Romance modals read as looking ahead ("poderá realizar", "podría"); the Korean
signing told in a joined clause before a past ("협정을 체결해 … 길을 열었다") or in the native passive past ("협정으로 3년
전에 맺어졌다", `corpus.happening_words_retold`). The event's date condition is kept. Sentences written for the
purpose."""

from __future__ import annotations

import re

import pytest

from corpus.event_rules import about_pattern
from corpus.events import load_event_specs
from corpus.foresight import _FORESEEN_BEFORE
from corpus.happenings import find_happenings
from corpus.happening_words_retold import _KO_CONCLUDED_THEN, _KO_PACT_CONCLUDED_PASSIVE
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


@pytest.mark.parametrize("text", [
    "두 나라는 2016년 처음으로 정보공유협정을 체결해 군사정보를 직접 주고받을 길을 열었다.",
    "두 나라는 2016년 지소미아를 맺고 정보를 나눠 왔다.",
    "지소미아는 군사 정보를 두 나라가 주고받을 수 있도록 절차를 정한 협정으로 3년 전에 맺어졌다.",
])
def test_the_korean_signing_joined_to_a_past_or_in_the_passive_is_done(text):
    assert _linked(text, "2019-11-22", "signing")


@pytest.mark.parametrize("text", [
    "국방부는 2016년 국무회의에서 의결하고 대통령 재가를 받는 즉시 서명할 계획이라고 설명했다.",  # a plan
    "정부는 2016년 협정을 체결하고 상대국에 통보하면 효력이 발생한다고 밝혔다.",  # a condition
    "미국은 2016년 한국에 지소미아를 체결해 달라고 요청했다.",  # a request
    "두 나라는 2012년 협정을 체결해 정보를 나누려 했으나 서명 직전 무산됐다.",  # an aim, the 2012 attempt
    "두 나라는 2016년 협정을 체결해야 한다고 주장했다.",  # what must be done
    "정부는 2016년 지소미아를 체결하지 않았다고 밝혔다.",  # a denial
])
def test_no_korean_signing_read_from_a_plan_a_condition_a_request_or_a_denial(text):
    assert not any(h.kind == "sign" and h.reported for h in find_happenings(text))
    assert not _linked(text, "2019-11-22", "signing")


def test_the_new_patterns_read_hostile_texts_quickly():
    spec = next(s for s in load_event_specs() if s.id == TWO_TESTS)
    texts = ["م" * 100_000, "الم" * 33_000, "التي " * 20_000, "الموقع" * 16_000, "\u0651" * 100_000,
             "firmad" * 16_000, "a" * 100_000 + "ado", "两次核" * 33_000, "dois " * 20_000, "2度の核" * 25_000,
             "podr" * 25_000, "pourr " * 16_000]
    for text in texts:
        assert_each_reads_quickly([_ARABIC_DONE, about_pattern(spec), _FORESEEN_BEFORE], text)
        assert_each_reads_quickly([re.compile(_PARTICIPLE.pattern)], text)
        assert_runs_quickly(lambda: done_in_another_language(text), what=text[:12])
    for text in ["체결해 " * 16_000, "체결해" + " 가" * 50_000, "협정을 맺어 " * 14_000, "협정 " * 33_000 + "맺어졌다",
                 "협정 가" * 25_000, "서명하고" + "었" * 100_000]:
        assert_each_reads_quickly([re.compile(_KO_CONCLUDED_THEN), re.compile(_KO_PACT_CONCLUDED_PASSIVE)], text)

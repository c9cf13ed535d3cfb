"""Timeline round 110: links lost on the world's press outside Korea and Japan and on Korean-language services abroad
(holdout103 and holdout104, odd pages). The Spanish "en el último momento" read at last (its wording wanted a space
it never had) and the Italian "all'ultimo momento" beside "all'ultimo minuto", the Romance "could" ("podría",
"potrebbe", "poderia", "pourrait") read as hypothetical before them; the 2014 arrangement told as going through the
United States in Italian, Portuguese and Indonesian, or as a trilateral pact in the Romance order of words; the two
nuclear tests of 2016 in Italian; the Portuguese signing noun "assinatura" for the collapse; the Korean "조건부 연기"
(conditionally put off) beside "조건부 연장"; a Korean "맺은" dated by its year ("2016년에 맺은"), as round 18's by its
month or day. The event's date condition is kept. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.about_words import about_in
from corpus.events import load_event_specs
from corpus.happenings import _HYPOTHETICAL, find_happenings
from corpus.happening_words_languages import SPACED as LANGUAGES_SPACED
from corpus.happening_words_more_languages import SPACED as MORE_SPACED
from corpus.happening_words_stems import _KO_DATED_CONCLUDED
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

COLLAPSE, ARRANGEMENT, TWO_TESTS = "collapse-2012", "trilateral-arrangement-2014", "north-korea-tests-2016"
SUSPENDED = "termination-suspended-2019"


def _reported(text: str, kind: str) -> list[str]:
    return [text[h.start:h.end] for h in find_happenings(text) if h.kind == kind and h.reported]


@pytest.mark.parametrize(("text", "date"), [
    ("En 2012, Seúl quiso firmar un pacto militar con Japón, pero tuvo que abandonarlo en el último momento.",
     "2016-10-27"),
    ("Nel 2012 i due paesi erano arrivati a un passo dalla firma dell'accordo, ma Seoul si era sfilata all'ultimo "
     "momento.", "2016-11-23"),
    ("Há quatro anos, o país adiou por conta própria a assinatura no último minuto, por causa da oposição interna.",
     "2016-11-23"),
])
def test_the_collapse_at_the_last_moment_in_spanish_italian_and_portuguese(text, date):
    assert _linked(text, date, COLLAPSE)


@pytest.mark.parametrize(("text", "date"), [
    # a plan, a denial, a quoted denial
    ("En 2012, Seúl podría abandonar el pacto con Japón en el último momento, advirtió la oposición.", "2012-06-20"),
    ("En 2012, Seúl no abandonó el pacto con Japón en el último momento.", "2016-10-27"),
    ('"En 2012 no abandonamos el pacto en el último momento", dijo el portavoz.', "2016-10-27"),
    ("Nel 2012 Seoul potrebbe sfilarsi dall'accordo all'ultimo momento.", "2012-06-20"),
    ("Nel 2012 Seoul non si è sfilata dall'accordo all'ultimo momento.", "2016-11-23"),
    ("Em 2012 o país poderia adiar a assinatura no último minuto.", "2012-06-20"),
    # another halt at the last moment, on another date; four years back from 2019 is not 2012
    ("Las negociaciones del pacto comercial se suspendieron en el último momento en 2019.", "2019-11-23"),
    ("Há quatro anos, o país adiou por conta própria a assinatura no último minuto, por causa da oposição interna.",
     "2019-11-23"),
])
def test_no_collapse_from_a_plan_a_denial_or_another_date(text, date):
    assert not _linked(text, date, COLLAPSE)


def test_the_romance_could_is_hypothetical_and_a_past_stays_reported():
    assert _reported("Seúl aplazó la firma en el último momento.", "collapse")
    assert _reported("Seoul si era sfilata all'ultimo momento.", "collapse")
    for text in ("Seúl podría echarse atrás en el último momento.",
                 "Seoul potrebbe tirarsi indietro all'ultimo momento.",
                 "Seul poderia adiar a assinatura no último minuto.", "Séoul pourrait reculer à la dernière minute."):
        assert not _reported(text, "collapse"), text


@pytest.mark.parametrize("text", [
    "Fino a oggi Tokyo e Seoul si servivano degli Stati Uniti come tramite per l'intelligence, sulla base di un'intesa "
    "firmata nel 2014.",
    "Korea Selatan dan Jepang bisa bertukar informasi secara langsung, tidak lagi lewat Amerika Serikat seperti diatur "
    "dalam persetujuan yang ditandatangani tahun 2014.",
    "Korea Selatan dan Jepang bertukar informasi lewat AS sejak 2014.",
    "Até agora, as informações circulavam por meio dos Estados Unidos, sob um acordo de dezembro de 2014.",
    "Hasta ahora lo hacían de manera indirecta, en virtud del pacto trilateral firmado con Washington a finales "
    "de 2014.",
])
def test_the_arrangement_through_the_united_states_in_four_more_languages(text):
    assert _linked(text, "2016-11-23", ARRANGEMENT)


@pytest.mark.parametrize(("text", "date"), [
    ("Fino a oggi Tokyo e Seoul si servivano degli Stati Uniti come tramite per l'intelligence.", "2016-11-23"),
    ("El pacto trilateral de libre comercio se firmó en 2019.", "2019-11-23"),  # another pact, another date
    ("Korea Selatan dan Jepang bertukar informasi lewat as roda sejak 2014.", "2016-11-23"),  # "as", no abbreviation
])
def test_no_arrangement_without_its_date_or_from_another_pact(text, date):
    assert not _linked(text, date, ARRANGEMENT)


def test_two_nuclear_tests_in_italian_within_their_year_only():
    text = "Pyongyang, che quest'anno ha condotto due test nucleari e più di 20 lanci missilistici."
    assert _linked(text, "2016-11-23", TWO_TESTS)
    assert not _linked(text, "2017-11-23", TWO_TESTS)
    assert not _linked("Pyongyang ha condotto due test missilistici quest'anno.", "2016-11-23", TWO_TESTS)


def test_a_korean_pact_concluded_in_a_year_dates_the_signing():
    assert _linked("이에 앞서 한국 정부는 2016년에 맺은 한일 군사정보보호협정을 종료하기로 결정했습니다.", "2019-08-23",
                   "signing")
    assert not _linked("한국은 1965년 맺은 한일기본조약을 근거로 들었습니다.", "2019-08-23", "signing")  # another year
    assert not _linked("정부는 2016년에 군사정보보호협정을 맺은 적이 없다고 밝혔습니다.", "2019-08-23", "signing")
    assert not _linked("정부는 2016년에 맺을 군사정보보호협정을 설명했습니다.", "2016-08-23", "signing")  # a plan


def test_the_suspension_conditionally_put_off_in_korean():
    text = ("조선신보가 한국의 한일 군사정보보호협정(GSOMIA·지소미아) 종료 '조건부 연기' 결정이 남북관계의 전망을 흐리고 "
            "있다고 주장했습니다.")
    assert _linked(text, "2019-11-26", SUSPENDED)
    assert not _linked(text, "2016-11-26", SUSPENDED)  # before the event
    assert not _linked("정부는 지소미아 종료의 조건부 연기를 검토할 예정입니다.", "2019-11-20", SUSPENDED)  # a plan
    assert not _linked("정부는 지소미아 종료의 조건부 연기를 하지 않았습니다.", "2019-11-26", SUSPENDED)  # denied


def _wording(spaced: dict, kind: str, needle: str) -> re.Pattern:
    return re.compile(next(w for w in spaced[kind] if needle in w))


HOSTILE = ("en el " * 20_000, "all'ultimo " * 10_000, "2016년에 " * 12_000, "2016년 맺 " * 10_000,
           "조건부 연기를 하지 " * 8_000, "podría " * 14_000, "lewat " * 16_000, "degli Stati Uniti " * 5_500,
           "due test " * 11_000, "pacto " * 16_000, "assinatura " * 9_000, "por meio dos " * 7_500)


def test_the_new_patterns_read_hostile_texts_quickly():
    wordings = [_wording(MORE_SPACED, "collapse", "en\\s+el\\s+"), _wording(LANGUAGES_SPACED, "collapse", "ultimo"),
                _wording(LANGUAGES_SPACED, "extend", "조건부"), re.compile(_KO_DATED_CONCLUDED), _HYPOTHETICAL]
    specs = {spec.id: spec for spec in load_event_specs()}
    abouts = [specs[event_id] for event_id in (COLLAPSE, ARRANGEMENT, TWO_TESTS)]
    for text in HOSTILE:
        assert_each_reads_quickly(wordings, text)
        for spec in abouts:  # (as a page or a passage is searched: the whole collapsed pattern took ~0.1 s; review 53)
            assert_runs_quickly(lambda: list(about_in(spec, text).finditer(text)), what=text[:20])


def test_the_readers_read_hostile_texts_quickly():
    text = "".join(hostile[:8_000] + ". " for hostile in HOSTILE)
    assert_runs_quickly(lambda: find_happenings(text), limit=1.0, what="find_happenings on the round's words")

"""Timeline round 76 (issue 14): the Korean cabinet's approval of 26 June 2012 and Japan's cabinet of 29 June named
in the words of other languages ("국무회의에서 ... 처리된 협정이", "le gouvernement avait approuvé l'accord", "Nội
các Hàn Quốc đã thông qua", "일본 각의", "el Gobierno japonés dio luz verde"). The date condition keeps 2016's
approval apart, the plan guard the approvals only planned. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.about_words import about_pattern
from corpus.happening_words_more_languages import SPACED
from tests.test_timeline_eighteenth_round_pages import SPECS, linked
from tests.hostile_timing import assert_runs_quickly

APPROVAL = next(spec for spec in SPECS if spec.id == "cabinet-approval-2012")
JAPAN_DUE = next(spec for spec in SPECS if spec.id == "japan-cabinet-due-2012")
PACT_KO = "한일 군사정보보호협정 서명이 막판에 미뤄졌다.\n\n"


@pytest.mark.parametrize("page, date", [
    (PACT_KO + "지난 26일 국무회의에서 비공개로 의결된 정보보호협정이 거센 비판을 받고 있다.", "2012-07-02"),
    (PACT_KO + "정부는 26일 이 협정을 국무회의에서 비공개로 의결했다.", "2012-07-02"),
    ("The intelligence pact was put off. The classified text, which the South Korean cabinet approved on Tuesday, "
     "was never shown to lawmakers.", "2012-06-29"),
    ("La firma del acuerdo militar se aplazó. La oposición reprocha al Gobierno de Seúl que aprobara el texto el "
     "martes sin debate.", "2012-06-29"),
    ("La signature de l'accord est reportée. Le gouvernement avait approuvé l'accord mardi sans publicité.",
     "2012-06-29"),
    ("Hai nước chuẩn bị ký GSOMIA. Nội các Hàn Quốc đã thông qua việc ký GSOMIA tại phiên họp ngày 26/6.",
     "2012-06-28"),
    ("Penandatanganan perjanjian ditunda. Korea Selatan telah menyetujui naskah perjanjian itu pada hari Selasa.",
     "2012-06-29"),
], ids=["ko-pact-after", "ko-pact-with-particle", "en", "es", "fr", "vi", "id"])
def test_the_2012_cabinet_approval_named_in_other_words_is_linked(page: str, date: str):
    assert "cabinet-approval-2012" in linked((page, date))


@pytest.mark.parametrize("page", [
    "한국 정부에 이어 일본 정부도 이날 각의(내각회의)를 열고 협정 체결안을 처리했다.",
    "이날 오전 일본 내각회의는 협정 체결안을 그대로 통과시켰다.",
    "El frenazo llegó después de que el Gobierno japonés diera hoy luz verde al texto.",
    "Réuni ce matin, le gouvernement japonais a approuvé la signature de l'accord.",
    "Kabinet Jepang memberikan lampu hijau pada hari Jumat, sebelum upacara penandatanganan.",
], ids=["ko-cabinet-meeting", "ko-cabinet-council", "es", "fr", "id"])
def test_japans_cabinet_of_that_friday_named_in_other_words_is_linked(page: str):
    assert "japan-cabinet-due-2012" in linked((page, "2012-06-29"))


@pytest.mark.parametrize("page, date", [
    ("The intelligence pact was signed. South Korea's cabinet approved the pact on Tuesday.", "2016-11-22"),  # 2016
    (PACT_KO + "정부는 22일 국무회의에서 협정안을 의결했다.", "2016-11-22"),  # 2016, in Korean
    ("The pact is due to be signed. South Korea's cabinet will approve the pact on Tuesday.", "2012-06-24"),  # a plan
    (PACT_KO + "정부는 다음 주 국무회의에서 협정을 처리할 예정이다.", "2012-06-24"),  # a plan, in Korean
    ("El acuerdo militar divide al país. La oposición pide al Gobierno de Seúl que no aprobara el texto.",
     "2016-11-22"),
    ("El acuerdo militar divide al país. El Gobierno de Seúl presionó para que aprobara el texto.", "2012-06-29"),
], ids=["en-2016", "ko-2016", "en-plan", "ko-plan", "es-2016", "es-purpose"])
def test_what_is_not_the_2012_cabinet_approval(page: str, date: str):
    assert "cabinet-approval-2012" not in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("Japan's cabinet approved the pact on Tuesday, a day before the signing in Seoul.", "2016-11-22"),  # 2016
    ("그는 자신의 생각의 변화를 설명했다. 협정 서명은 미뤄졌다.", "2012-06-29"),  # "생각의" is no 각의
    ("El Gobierno japonés presentó hoy su informe sobre la economía.", "2012-06-29"),  # no approval told
], ids=["en-2016", "ko-thought", "es-no-approval"])
def test_what_is_not_japans_cabinet_of_that_friday(page: str, date: str):
    assert "japan-cabinet-due-2012" not in linked((page, date))


def test_the_korean_cabinet_names_the_pact_with_its_particle_in_either_order():
    about = about_pattern(APPROVAL)
    assert about.search("국무회의가 협정을 의결했다") and about.search("협정이 국무회의에서 의결됐다")
    assert not about.search("국무회의가 예산안을 의결했다.")


# The terms this round added (the whole `about` of the approval is slower than this on landing already, under load).
NEW_TERMS = [term for term in APPROVAL.about + JAPAN_DUE.about
             if any(word in term for word in ("Nội", "Selatan", "gouvernement", "Ejecutivo", "South\\s+Korea['’]s",
                                               "각의", "내각회의", "kabinet", "Gobierno|Gabinete", "(?:협정|지소미아)\\w*"))]


@pytest.mark.parametrize("hostile", [" " * 50_000, "국무회의 " * 20_000, "협정을 " * 20_000, "각의 " * 20_000,
                                     "gouvernement " * 20_000, "Nội các Hàn Quốc " * 10_000,
                                     "South Korean cabinet " * 10_000, "Gobierno japonés " * 10_000,
                                     "aprobara " * 20_000],
                         ids=["spaces", "ko-cabinet", "ko-pact", "ko-japan-cabinet", "fr", "vi", "en", "es", "es-verb"])
def test_hostile_text_is_read_quickly(hostile: str):
    hostile += "."
    patterns = [re.compile(term, re.IGNORECASE) for term in NEW_TERMS] + [re.compile(SPACED["approve"][-2])]
    for pattern in patterns:  # each term alone, as `about_in` drops the terms whose words a passage lacks
        assert_runs_quickly(lambda: pattern.search(hostile), what=pattern.pattern)

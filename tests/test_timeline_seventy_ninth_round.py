"""Timeline round 79 (issue 14): the 2012 first attempt in the words pages use. The collapse told as a signing that
was due and undone in one sentence ("was meant to be signed in 2012 but was dropped"), as a postponement caused
("avait fait repousser la signature") or told as decided ("署名を延期すると発表した", "قررت إرجاء التوقيع"); the
cabinet's approval told by its closed-door manner in Chinese ("以非公开方式通过"). Plans stay plans, and one
country's cabinet is not the other's. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words import EN_DUE_BUT_UNDONE
from corpus.happening_words_languages import FR_HAD_IT_PUT_OFF, JA_PUT_OFF_TOLD
from corpus.happening_words_middle_east import AR_DECIDED_TO_PUT_OFF
from corpus.happening_words_more_languages import ZH_PASSED_BEHIND_CLOSED_DOORS
from corpus.happenings import find_happenings
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly

JA_PACT = "日韓の軍事情報包括保護協定をめぐり、与野党の反発が続いている。\n\n"


@pytest.mark.parametrize("page, date", [
    ("The three allies now share intelligence. A first bilateral pact was meant to be signed in 2012 but was "
     "dropped amid protests in Seoul.", "2015-02-10"),
    ("The intelligence pact has a long history. In 2012 the two governments were due to sign the pact, but anger "
     "among voters stopped it.", "2019-11-25"),
    ("Séoul et Tokyo ont signé l'accord militaire. C'est la colère de l'opinion qui avait fait repousser la "
     "signature de cet accord, d'abord prévue en 2012.", "2016-11-23"),
    (JA_PACT + "外務省は29日、同日夕方に予定していた協定の署名を延期すると発表した。", "2012-06-29"),
    ("وقالت الخارجية اليابانية إن الاتفاقية العسكرية لم توقع. وقررت الحكومة الكورية الجنوبية إرجاء التوقيع على "
     "الاتفاقية مع اليابان.", "2012-06-29"),
], ids=["en-dropped", "en-stopped-it", "fr-caused", "ja-announced", "ar-decided"])
def test_the_2012_collapse_in_these_words_is_linked(page: str, date: str):
    assert "collapse-2012" in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("2012年4月，两国草签了协定文本。同年6月26日，韩国国务会议以非公开方式通过该协定，随即引发舆论批评。", "2017-03-07"),
    ("韓日軍事協定引發爭議。報道指出，南韓政府以「不公開」方式通過與日本簽署軍事協定的計畫。", "2012-06-28"),
], ids=["zh-cabinet", "zh-government"])
def test_the_2012_cabinet_approval_behind_closed_doors_in_chinese_is_linked(page: str, date: str):
    assert "cabinet-approval-2012" in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("The intelligence pact is due to be signed on Friday, but officials say the date may slip.", "2012-06-27"),
    ("The intelligence pact was meant to be signed in 2014 but was dropped after a quarrel.", "2015-02-10"),
    ("L'accord militaire attend. La crise pourrait faire repousser la signature au mois prochain.", "2012-06-28"),
    (JA_PACT + "政府は署名を延期する予定だ。", "2012-06-28"),
    (JA_PACT + "韓国政府は署名を延期するとみられる。", "2012-06-28"),
    ("الاتفاقية العسكرية مع اليابان جاهزة. وقد تقرر سيول إرجاء التوقيع على الاتفاقية.", "2012-06-28"),
], ids=["en-may-slip", "en-2014", "fr-could", "ja-planned", "ja-expected", "ar-may-decide"])
def test_what_is_not_the_2012_collapse(page: str, date: str):
    assert "collapse-2012" not in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("两国准备签署军事情报协定。韩国政府将以非公开方式通过该协定。", "2012-06-24"),  # a plan
    ("两国签署了军事情报协定。2016年11月22日，韩国国务会议以非公开方式通过该协定。", "2016-11-23"),  # 2016
    # Japan's cabinet of the 29th, in Japanese, is not Seoul's of the 26th
    ("両国の軍事情報協定について、日本政府は29日午前の閣議で協定への署名を決定した。", "2012-06-29"),
], ids=["zh-plan", "zh-2016", "ja-japans-cabinet"])
def test_what_is_not_the_2012_cabinet_approval(page: str, date: str):
    assert "cabinet-approval-2012" not in linked((page, date))


def test_seouls_cabinet_is_not_japans_cabinet_of_that_friday():
    page = "韓国政府は26日の閣議で日本との軍事情報協定を非公開で承認した。"
    made = linked((page, "2012-06-26"))
    assert "cabinet-approval-2012" in made and "japan-cabinet-due-2012" not in made


def test_each_form_is_read_as_done_and_its_plan_is_not():
    reported = {h.kind for h in find_happenings("外務省は署名を延期すると明らかにした。") if h.reported}
    assert "collapse" in reported
    assert not [h for h in find_happenings("外務省は署名を延期する方針だ。") if h.kind == "collapse" and h.reported]


NEW_WORDINGS = [EN_DUE_BUT_UNDONE, FR_HAD_IT_PUT_OFF, JA_PUT_OFF_TOLD, AR_DECIDED_TO_PUT_OFF,
                ZH_PASSED_BEHIND_CLOSED_DOORS]


# ("due to sign but " × 5,000: 20,000 words, the standard's; × 10,000 took 0.099 s of CPU, on the bound; linear)
@pytest.mark.parametrize("hostile", [" " * 50_000, "meant to be signed " * 5_000, "due to sign but " * 5_000,
                                     "avait fait " * 20_000, "延期する" * 20_000, "قررت " * 20_000,
                                     "以非公开方式通" * 10_000, "\x00\x07\x1b" * 20_000],
                         ids=["spaces", "en-plan", "en-but", "fr", "ja", "ar", "zh", "control"])
def test_hostile_text_is_read_quickly(hostile: str):
    hostile += "."
    for words in NEW_WORDINGS:  # each wording alone, as the vocabulary is searched
        pattern = re.compile(words, re.IGNORECASE)
        assert_runs_quickly(lambda: pattern.search(hostile), what=words)

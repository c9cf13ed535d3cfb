"""Round 85 (issue 14): Seoul's word of 27 June 2012 that it would sign (`seoul-says-it-will-sign-2012`),
however the page names the pact (the names of the pact in its languages: "military agreement", "o acordo", "l'accord",
"hiệp định", "협정", "協定", "الاتفاقية") and however its language words the signing ahead ("vão assinar",
"firmará", "serait signé", "se préparaient à signer", "sẽ ký", "서명할 것", "署名する予定", "將在…簽署",
"سيوقعان") with someone saying it ("disse", "dijo", "a annoncé", "cho biết", "말했다", "と述べた", "說",
"قال"). Those forms are never a signing told as done; a plan nobody is told to have said, a plan of 2016
and Seoul's word after the delay do not report the event."""

from __future__ import annotations


import pytest

from corpus.happening_words_ahead import SIGNING_AHEAD
from corpus.happenings import Happening, find_happenings
from corpus.stated_ahead import stated_ahead
from corpus.text_units import Sentence
from tests.hostile_timing import assert_runs_quickly
from tests.test_timeline_forms import page, timeline

EVENT = "seoul-says-it-will-sign-2012"

SAID_AHEAD = [
    "A government official said the two neighbours were getting ready to sign the military agreement within days.",
    "\"Os dois países vão assinar o acordo militar nos próximos dias\", disse uma fonte do governo em Seul.",
    "Un alto funcionario de Seúl dijo que ambos gobiernos firmarán el acuerdo militar esta semana.",
    "Le ministère sud-coréen a annoncé que l'accord militaire serait signé dans la journée à Tokyo.",
    "Un diplomate a indiqué que Séoul et Tokyo se préparaient à signer l'accord de renseignement.",
    "Bộ Ngoại giao Hàn Quốc cho biết hai nước sẽ ký hiệp định quân sự vào thứ Sáu.",
    "외교부 당국자는 양국이 금요일 오후 도쿄에서 협정에 서명할 것이라고 말했다.",
    "韓国外交通商省の当局者は、両国が金曜日に協定に署名する予定だと述べた。",
    "外交部發言人說,韓日兩國將在週五下午於東京簽署這項協定。",
    "وقال مسؤول في وزارة الخارجية الكورية إن البلدين سيوقعان الاتفاقية العسكرية يوم الجمعة.",
]


@pytest.mark.parametrize("text", SAID_AHEAD)
def test_seouls_word_that_the_pact_will_be_signed_is_read_in_each_language(text):
    assert timeline(page(text, "2012-06-27")).event(EVENT).coverage


@pytest.mark.parametrize("text", SAID_AHEAD)
def test_a_signing_worded_ahead_is_never_told_as_done(text):
    signings = [h for h in find_happenings(text) if h.kind == "sign"]
    assert signings and all(h.frame == "planned" and stated_ahead(text, h) for h in signings)


NOT_THE_WORD = [
    # a plan nobody is told to have said: the press's word of it
    ("양국은 이날 오후 도쿄에서 협정에 서명할 계획이다.", "2012-06-28"),
    ("両国は金曜日に協定に署名する予定だ。", "2012-06-28"),
    ("Les deux pays vont signer l'accord militaire vendredi à Tokyo.", "2012-06-28"),
    ("Los dos gobiernos firmarán el acuerdo militar el viernes.", "2012-06-28"),
    # Seoul's word after the delay, said on a day after the 29th ...
    ("Un funcionario dijo el 2 de julio que el acuerdo se firmará cuando concluyan las consultas con el Parlamento.",
     "2012-07-03"),
    ("Le ministère a annoncé le 2 juillet que l'accord serait signé après de nouvelles consultations avec les députés.",
     "2012-07-03"),
    # ... or told on the 29th, the signing put off until lawmakers are consulted
    ("A ministry official said the military pact would be signed after further consultations with lawmakers.",
     "2012-06-29"),
    ("Un funcionario dijo que el acuerdo se firmará cuando concluyan las nuevas consultas con los diputados.",
     "2012-06-29"),
    ("Le ministère a annoncé que l'accord serait signé après de nouvelles consultations avec les députés.",
     "2012-06-29"),
    ("외교부 당국자는 국회와 협의한 뒤 협정에 서명할 것이라고 말했다.", "2012-06-29"),
]


@pytest.mark.parametrize("text, date", NOT_THE_WORD)
def test_a_plan_nobody_said_or_seouls_word_after_the_delay_is_not_the_event(text, date):
    assert not timeline(page(text, date)).event(EVENT).coverage


@pytest.mark.parametrize("text", [
    "Un funcionario dijo que Seúl y Tokio firmarán el acuerdo militar el miércoles.",
    "A fonte disse que os dois governos vão assinar o acordo na quarta-feira.",
    "외교부 당국자는 양국이 수요일에 협정에 서명할 것이라고 말했다.",
])
def test_the_plans_of_2016_link_neither_to_2012_nor_to_the_signing(text):
    story = timeline(page(text, "2016-11-21"))
    assert not story.event(EVENT).coverage and not story.event("signing").coverage


def test_the_word_before_the_delay_with_no_consultations_is_read():
    text = ("A ministry official said the military pact would be signed within days, once Tokyo completes its "
            "procedures.")
    assert timeline(page(text, "2012-06-28")).event(EVENT).coverage


@pytest.mark.parametrize("text", [
    " " * 50_000 + "firmará", "firmará " * 20_000, "將在" * 20_000 + "簽署", "vão assinar " * 20_000,
    "se préparaient à " * 10_000 + "signer", "dijo \x00\x07 firmará \x1b " * 5_000, "서명할 " * 20_000 + "것",
    "dijo " * 20_000 + "firmará", " " * 50_000 + "將在東京簽署", "will be signed after " * 10_000 + "consultations",
    "협의한 뒤 " * 10_000 + "서명할 것이라고 말했다",
], ids=["spaces", "firmara", "jiang-zai", "vao-assinar", "se-preparaient", "control", "seomyeonghal", "dijo",
        "spaces-zh", "after-consulting", "hyeobui"])
def test_hostile_text_costs_little(text):
    # what this round adds: the forms ahead, and whether a sentence says them (the vocabulary's own cost is
    # measured with it elsewhere)
    whole = Sentence(0, len(text))

    def read_the_forms_ahead() -> None:
        for match in list(SIGNING_AHEAD.finditer(text))[:50]:
            stated_ahead(text, Happening("sign", match.start(), match.end(), whole, "planned"))
    # linear: 0.02-0.05 s; quadratic would be seconds (best of three: one try on CI's loaded workers took 0.34 s)
    assert_runs_quickly(read_the_forms_ahead, limit=0.3, what="the forms ahead")

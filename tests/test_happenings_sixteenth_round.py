"""Wordings of timeline round 16 (corpus/happening_words_stems.py, the take-effect of
corpus/happening_words_more_languages.py), from the misses of holdout11's odd half: Chinese
initialling done or dated and a signing dated by the day opening its sentence, German ends
reported and withdrawals by separable verb, Indonesian talks taken up again, Japanese
normalization's steps and a notice's effect stopped; and from the even half's, read after:
Spanish ends announced ("informó ... que dejará sin efecto", "decidió poner punto final") and a
Korean postponement asked for; a Vietnamese signing told by its purpose ("được ký nhằm") describes
the pact. Sentences written for the purpose,
positive and negative (plans, conditions, other stories), and hostile runs read quickly."""

from __future__ import annotations

import pytest

from corpus.happenings import find_happenings
from tests.hostile_timing import assert_runs_quickly


def reported(text: str, kind: str) -> bool:
    return any(h.kind == kind and h.frame == "reported" for h in find_happenings(text))


@pytest.mark.parametrize(("text", "kind"), [
    ("两国外交官上周在北京完成草签。", "agree"),
    ("双方已于上月完成了草签。", "agree"),
    ("9月3日两国代表在汉城草签了该协定。", "agree"),
    ("5月8日,两国国防部长与外交部长在北京正式签署该协定。", "sign"),
    ("Die Vereinbarung werde aufgekündigt, teilte das Ministerium am Freitag mit.", "terminate"),
    ("Der Pakt werde sofort beendet, hieß es aus Seoul.", "terminate"),
    ("Wegen des Streits steigt Seoul aus dem Militärpakt mit Tokio aus.", "terminate"),
    ("Im März stiegen beide Länder aus einem alten Abkommen aus.", "terminate"),
    ("Pemerintah memutuskan untuk kembali membicarakan rancangan itu dengan Tokyo.", "resume"),
    ("Kabinet memutuskan untuk membuka kembali perundingan dengan Jepang.", "resume"),
    ("Menteri menjelaskan alasan dibukanya kembali pembicaraan itu.", "resume"),
    ("政府は協定を正常化させるための手続きを終えた。", "normalize"),
    ("外務省は通告を撤回した。", "normalize"),
    ("外務省は通知3件を、すべて撤回すると文書で伝えた。", "normalize"),
    ("政府は同年秋に破棄の効力を停止した。", "extend"),
    ("韓国は通告の効力を止め、協定は続いた。", "extend"),
    ("Hiệp định được hai nước ký kết tại Seoul năm 2016.", "sign"),
    ("Văn kiện được ký vào tháng 11 năm 2016.", "sign"),
    ("El gobierno informó el viernes que dejará sin efecto el tratado.", "terminate"),
    ("Madrid anunció ayer que dejaría sin efecto el convenio con Rabat.", "terminate"),
    ("El gabinete decidió poner punto final al pacto.", "terminate"),
    ("Tokio decidió dejar sin efecto el acuerdo.", "terminate"),
    ("한국 정부가 막판에 서명식을 미뤄 달라고 요청했다.", "collapse"),
    ("정부는 조인식을 미뤄 줄 것을 요청하였다.", "collapse"),
])
def test_a_wording_of_a_thing_done_is_reported(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("两国计划完成草签。", "agree"),                              # a plan
    ("两国将完成草签后再开会。", "agree"),
    ("双方将于9日草签。", "agree"),
    ("协定生效以后,两国可以直接交换情报。", "take-effect"),        # once it takes effect
    ("协定生效后两国将交换情报。", "take-effect"),
    ("5月8日,两国外长会谈,表示愿意尽快签署协定。", "sign"),       # no place: a wish
    ("Die Vereinbarung werde beendet werden, sagte er.", "terminate"),  # a future
    ("Seoul steigt in die Verhandlungen mit Tokio ein.", "terminate"),  # steps in, not out
    ("Die Touristen stiegen aus dem Bus aus.", "terminate"),            # another story
    ("Pemerintah memutuskan untuk membeli pesawat baru.", "resume"),   # another decision
    ("政府は正常化のための手続きを始める方針だ。", "normalize"),       # a start planned
    ("外務省は通告を撤回するよう求めた。", "normalize"),                # asked for
    ("通告の効力を止めるかどうか検討している。", "extend"),              # considered
    ("El gobierno dejará sin efecto el tratado si no hay acuerdo.", "terminate"),  # a condition, no announcement
    ("Informó que el juez dejó sin efecto la multa.", "sign"),                   # another kind
    ("한국 정부는 서명식을 미뤄 달라고 요청할 계획이다.", "collapse"),              # a plan
    ("Hai bên duy trì GSOMIA, văn kiện được ký nhằm trao đổi tin tình báo.", "sign"),  # what it is for
    ("Hiệp định được hai nước ký kết để chia sẻ thông tin.", "sign"),
])
def test_a_plan_a_condition_or_another_story_is_not(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize("text", [
    "完成" * 20000 + "草签", "14日" * 10000 + "草签", "23日," + "韩" * 40000 + "在首尔签署",
    "werde " * 10000 + "beendet", "steigt " + "a " * 20000 + "aus dem Pakt",
    "memutuskan untuk " * 5000 + "kembali", "dibukanya " * 10000 + "kembali",
    "正常化" * 10000 + "手続きを終えた", "通知" * 10000 + "を撤回した", "通告の" * 10000 + "効力を止めた",
    "informó " + "a " * 20000 + "que dejará", "미뤄 " * 10000 + "달라고", "được " * 10000 + "ký kết nhằm",
])
@pytest.mark.usefixtures("happenings_pattern_built")
def test_hostile_runs_of_their_words_are_read_quickly(text):
    assert_runs_quickly(lambda: find_happenings(text), limit=2)

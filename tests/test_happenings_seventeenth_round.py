"""Wordings and names of timeline round 17 (corpus/happening_words_stems.py, corpus/events.json),
from the misses of holdout12's odd half: a French signing told by its participle and its date,
an end chosen, the colonial era as a yoke; a Korean signing halted; a Japanese signing put off
by a decision told in the passive and a cabinet's decision; the three-way arrangement named with
middle dots, a cabinet named in Japanese; and from the even half's, read after its blind measure,
a Korean signing put off or tried and halted, an initialling finished, a restart or an end
announced. Sentences written for the purpose, positive and
negative."""

from __future__ import annotations

import pytest

from corpus.event_rules import about_pattern
from corpus.events import load_event_specs
from tests.test_happenings_sixteenth_round import reported


@pytest.mark.parametrize(("text", "kind"), [
    ("Signé le 4 mars 2011 par les deux ministres, le traité est entré en vigueur en mai.", "sign"),
    ("Le pacte, signé en 1998 à Lisbonne, a été renouvelé.", "sign"),
    ("Le traité que Lima a choisi hier de dénoncer datait de 1990.", "terminate"),
    ("Les deux pays ont décidé cette semaine de mettre fin à leur coopération.", "terminate"),
    ("Depuis que le pays a été libéré du joug colonial en 1962, rien n'a changé.", "liberate"),
    ("El país se liberó del yugo colonial en 1821.", "liberate"),
    ("양국 정부는 조약 서명식 당일 갑자기 멈춰세웠다.", "collapse"),
    ("정부는 협정 체결을 급히 중단시켰다.", "collapse"),
    ("条約の署名が、野党の反対で見送られることになりました。", "collapse"),
    ("政府は協定への調印を見送りました。", "collapse"),
    ("内閣は20日の閣議で条約の締結を決めていました。", "approve"),
    # from the even half, read after its blind measure
    ("정부 요청으로 조약 서명이 급히 미뤄지자 상대국은 유감을 표했다.", "collapse"),
    ("두 정부는 협정을 맺으려 했지만 야당 반대에 막혀 중단했다.", "collapse"),
    ("양국은 3일 조약 가서명을 마쳤다.", "agree"),
    ("정부가 협상을 다시 시작한다고 발표한 지 한 달 만이다.", "resume"),
    ("외교부는 회담 재개를 공표했다.", "resume"),
    ("정부는 협정을 종료한다고 발표했다.", "terminate"),
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Le traité devrait être signé le 4 mars 2011 à Paris.", "sign"),  # a plan
    ("Le traité sera signé le 4 mars 2011.", "sign"),
    ("Lima n'a pas choisi de dénoncer le traité.", "terminate"),  # denied
    ("Lima a choisi de garder le traité.", "terminate"),
    ("서명을 멈추지 않았다.", "collapse"),
    ("정부는 협상을 중단했다.", "collapse"),  # talks halted, not a signing
    ("署名は見送られる見通しです。", "collapse"),  # expected, not decided
    ("政府は閣議で条約の締結を決める方針だ。", "approve"),  # a course, not a decision made
    ("서명이 미뤄질 수도 있다.", "collapse"),  # perhaps
    ("협정을 체결하려 했지만 결국 성공했다.", "collapse"),  # tried and done
    ("가서명을 끝내지 못했다.", "agree"),
    ("회담 재개를 발표할 예정이다.", "resume"),  # a plan
])
def test_not_a_wording_of_the_happening(text, kind):
    assert not reported(text, kind)


def about(event_id: str, text: str) -> bool:
    spec = next(spec for spec in load_event_specs() if spec.id == event_id)
    return about_pattern(spec).search(text) is not None


@pytest.mark.parametrize(("event_id", "text", "named"), [
    ("trilateral-arrangement-2014", "한·미·일 3자 정보공유 약정이 체결됐다.", True),
    ("trilateral-arrangement-2014", "한・미・일 정보공유 약정", True),
    ("trilateral-arrangement-2014", "한·미 정보공유 약정", False),
    ("cabinet-approval-2012", "政府は26日の閣議で協定の締結を決めた。", True),
    ("cabinet-approval-2012", "政府は26日の閣議で予算案を決めた。", False),
])
def test_names_of_an_event(event_id, text, named):
    assert about(event_id, text) is named

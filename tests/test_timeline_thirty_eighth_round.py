"""Timeline round 38 (the even halves of holdout63 and holdout65): a Korean termination notice told with its
addressee between ("종료를 일본에 통보했다가") or sent as a letter ("종료를 알리는 공한을 보냈다"), the end told as
announced ("종료될 것으로 예고돼 있었다"), its effect stopped
in the native verb ("그 통보의 효력을 멈추면서", "효력을 멈춘 바 있다", "멈추겠다는 뜻을 전했다":
corpus/happening_words_languages.py, the event's own wording in corpus/events.json); a decision "on hold"
without "put" (corpus/happening_words.py); "its choice to end" names a decision made (corpus/presupposition.py);
an infinitive's "get" passive is ahead ("wants the pact to get signed"), unless a past cause made it happen
("enabled the pact to get signed": corpus/happenings.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize("text", [
    "당시 정부는 협정 종료를 일본에 통보했다가 석 달 뒤 물러섰다.",
    "정부는 그해 여름 지소미아 종료를 알리는 공한을 도쿄에 보냈다.",
    "정부는 협정 파기를 알리는 서한을 일본 외무성에 전달했다.",
    "협정은 다음 날 0시에 종료될 것으로 예고돼 있었다.",  # the end announced ahead of its hour
])
def test_a_korean_notice_told_with_its_addressee_or_as_a_letter_ends_the_pact(text):
    assert reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "정부는 종료를 알리는 공한을 보낼지 고민하고 있다.",  # weighing whether to send it
    "야당은 협정 종료를 일본에 통보하라고 요구했다.",  # demanded, not done
    "협정 종료가 예고될 수도 있다.",  # only possible
])
def test_a_notice_only_weighed_or_demanded_ends_nothing(text):
    assert not reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "정부는 여름에 종료를 통보했고, 겨울에 그 통보의 효력을 멈추면서 위기를 넘겼다.",
    "정부는 지소미아 종료를 통보했다가 그 효력을 멈춘 바 있다.",
    "정부는 앞서 보낸 종료 통보의 효력을 멈추겠다는 뜻을 일본에 전했다.",
])
def test_a_notices_effect_stopped_in_the_native_verb_suspends_the_end(text):
    assert reported(text, "extend")


def test_the_stopped_notice_links_the_suspension():
    page = ("한국 정부는 2019년 지소미아 종료를 일본에 통보했다가 그 효력을 멈춘 바 있다. "
            "양국은 이후 협의를 이어왔다.")
    assert {"termination-decision-2019", "termination-suspended-2019"} <= linked((page, "2023-03-16"))


def test_a_decision_on_hold_suspends_the_end():
    assert reported("In November 2019 Seoul said the decision was on hold after US objections.", "extend")


def test_a_choice_to_end_is_a_decision_made():
    assert reported("Washington pressed Seoul to rethink its choice to end the intelligence pact.", "terminate")
    assert not reported("Washington pressed Seoul not to make a choice to end the intelligence pact.", "terminate")


@pytest.mark.parametrize("text", [
    "Both governments are working for the intelligence pact to get signed before the summit.",
    "Officials are pushing for the pact to get signed this month.",
])
def test_an_infinitives_get_passive_is_ahead(text):
    assert not reported(text, "sign")


def test_a_get_passive_a_past_cause_enabled_did_happen():  # (a guard: reported before the round too)
    assert reported("The thaw of 2016 enabled the intelligence pact to get signed in Seoul.", "sign")

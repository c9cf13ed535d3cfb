"""A Korean page telling the suspension of "the termination notice's effect" ("지소미아 종료 통보의 효력을 정지")
tells that the notice was given before: the 2019 decision is named as made, and the sentence's day is the
suspension's, not the decision's (corpus/presupposition.py), as the Japanese "破棄通告の効力" is read. The labels of
this form were made one way by the lead in session 22 (38 pages linked the decision, three did not; they do now).
A notice only weighed or foreseen names no decision. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_timeline_eighteenth_round_pages import linked

DECISION, SUSPENSION = "termination-decision-2019", "termination-suspended-2019"

NOTICE_EFFECT_SUSPENDED = [
    "정부는 22일 지소미아(한일군사정보보호협정) 종료 통보의 효력을 정지하기로 했다고 밝혔다.",
    "정부는 한일군사정보보호협정(지소미아) 종료 통보의 효력을 정지하기로 했다고 22일 밝혔다.",
    "한일 간 최대 현안인 지소미아(한일군사정보보호협정)가 효력을 이어가게 됐다.\n\n김 처장은 22일 정부가 언제라도 "
    "협정을 끝낼 수 있다는 전제 아래 종료 통보의 효력을 정지하기로 했다고 밝혔다.",
]
NO_NOTICE_GIVEN = [
    ("정부는 지소미아(한일군사정보보호협정) 종료 통보 여부를 이번 주에 결정한다고 밝혔다.", "2019-08-19"),
    ("전문가들은 지소미아(한일군사정보보호협정) 종료 통보의 효력이 어떻게 발생하는지 설명했다. 정부가 통보를 한다면 "
     "협정은 11월에 끝난다.", "2019-08-10"),
]


@pytest.mark.parametrize("page", NOTICE_EFFECT_SUSPENDED)
def test_the_notices_effect_suspended_names_the_decision_as_made(page):
    assert {DECISION, SUSPENSION} <= linked((page, "2019-11-22"))


@pytest.mark.parametrize("page, date", NO_NOTICE_GIVEN)
def test_a_notice_only_weighed_or_foreseen_names_no_decision(page, date):
    assert DECISION not in linked((page, date))

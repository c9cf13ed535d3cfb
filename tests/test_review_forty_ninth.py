"""Review 49 (session 36) of the session's rounds: a short Korean line of a story ending "입니다" after a token with a
Latin letter ("IT 강국입니다.", "AI 시대입니다.") is no reporter's sign-off unless it signs with "뉴스", "기자", an address
or a broadcaster's name (intake round 113); a decision or a plan to end something put on hold or backed away from is
the 2019 suspension, or its "extend" happening, only when what it would end is the pact or left unsaid ("its plan to
scrap the export rules" is not; timeline round 112). Sentences written for the purpose; each negative failed before
the fix."""

from __future__ import annotations

import re

import pytest

from corpus.events import load_event_specs
from corpus.happenings import find_happenings
from corpus.intake.broadcast_lines import _FORMS, is_broadcast_line
from corpus.told_again import once_pattern
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

SUSPENDED = "termination-suspended-2019"


def test_a_story_s_short_korean_line_is_no_sign_off_but_a_broadcaster_s_still_is():
    for line in ("IT 강국입니다.", "AI 시대입니다.", "SNS 효과입니다.", "GSOMIA 종료입니다.", "SK 하이닉스입니다.", "K팝 열풍입니다."):
        assert not is_broadcast_line(line), line
    for line in ("KBS 뉴스 류호성입니다.", "mbn뉴스 윤석정입니다.", "YTN 조태현[choth@ytn.co.kr]입니다.", "YTN 조태현입니다.",
                 "연합뉴스TV 고일환입니다.", "TV조선 김철수 기자입니다.", "채널A 뉴스 김철수입니다."):
        assert is_broadcast_line(line), line


@pytest.mark.parametrize("text", [
    "Tokyo put on hold its plan to scrap the export rules. Seoul and Tokyo signed the GSOMIA in 2016.",
    "Seoul put on hold its plan to withdraw troops from the border. The GSOMIA was signed in 2016.",
    "The government put on hold its plan to withdraw troops from the DMZ, the GSOMIA aside.",
])
def test_another_plan_put_on_hold_is_no_suspension(text):
    assert not _linked(text, None, SUSPENDED)
    assert not any(happening.kind == "extend" for happening in find_happenings(text))


def test_the_pact_s_end_put_on_hold_still_is():
    for text in ("South Korea on Friday put on hold its decision to end an intelligence-sharing pact with Japan.",
                 "South Korea will put on hold its plan to quit the General Security of Military Information "
                 "Agreement.",
                 "Seoul backed away from its plan to end the GSOMIA.",
                 "Seoul suspended its decision to end military intelligence sharing with Tokyo, keeping the GSOMIA."):
        assert _linked(text, None, SUSPENDED), text
    named = once_pattern({spec.id: spec for spec in load_event_specs()}[SUSPENDED])
    for text in ("put on hold its plan to leave the pact", "backed off from the decision to end it",
                 "pulled back from their move to withdraw from the GSOMIA", "put on hold its decision to exit, hours"):
        assert named.search(text), text
    assert not named.search("put on hold its plan to drop Japan from its white list")


def test_the_narrowed_wordings_read_quickly_on_hostile_text():
    for hostile in ("IT " + "강국" * 50_000 + "입니다.", "KBS뉴스 " * 12_000 + "김철수[" + "a" * 50_000):
        assert_runs_quickly(lambda: _FORMS.fullmatch(hostile), what="sign-off")  # (past the function's bound)
    # (the whole reader, every kind's wordings, reads 96 KB of words in ~0.1 s on a quiet machine, linearly; a wording
    # that backtracks on it takes seconds: the wording itself is held to 0.1 s just below)
    assert_runs_quickly(lambda: find_happenings("put on hold its plan to end " + "the a " * 16_000), limit=0.3,
                        what="plan to end")
    once = {spec.id: spec for spec in load_event_specs()}[SUSPENDED].once
    wording = re.compile("(?i)\\b" + next(form for form in once if form.startswith("(?:put\\w*\\s+on\\s+hold")))
    assert_each_reads_quickly([wording], "put on hold its plan to end the a b " * 3_000)

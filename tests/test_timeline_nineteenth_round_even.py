"""Timeline round 19, from the misses and wrong links of holdout15's and holdout16's even halves,
read after their unread measure: "by deciding to end", "told Japan it intended to end" (no
"that"), a plan to end put on hold (corpus/happening_words.py, corpus/happenings.py), a Korean
notice of the policy to normalize, a signing put off in Korean (corpus/happening_words_languages.py),
an agreement "was dropped", a Chinese plan before a "but" (corpus/happenings.py), terms told as to come
after a leading "Under the arrangement," (corpus/foresight.py). Texts written for the purpose,
positive and negative."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize(("text", "kind"), [
    ("Lima responded by deciding to end its treaty with Quito.", "terminate"),
    ("Two years later, the government told Quito it intended to end the agreement.", "terminate"),
    ("Lima will put on hold its plan to leave the agreement, an aide told a briefing.", "extend"),
    ("Lima will put on hold its plan to leave the agreement, an aide told a briefing.", "terminate"),
    ("외교부가 협정을 완전히 정상화한다는 방침을 상대국 정부에 공식 통보했다.", "normalize"),
    ("정부가 상대국과의 조약 서명을 갑자기 미뤘습니다.", "collapse"),
    ("서명식이 예정 시각을 앞두고 미뤄졌습니다.", "collapse"),
    ("조약 서명을 당일에 미룬 것은 처음입니다.", "collapse"),
    ("1999年该国政府曾计划签署这一条约，但因国内反对，在签署当天紧急叫停。", "collapse"),
    ("The treaty agreement with Quito was dropped in 1999 because of distrust.", "collapse"),
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Lima is deciding whether to end its treaty with Quito.", "terminate"),
    ("The minister wants Quito to say it intended to end the agreement.", "terminate"),
    ("Lima will put on hold its plan to build the port, an aide told a briefing.", "extend"),
    ("외교부가 협정을 정상화한다는 방침을 검토하고 있다.", "normalize"),
    ("조약 서명을 미룰 계획이다.", "collapse"),
    ("该国政府计划在签署当天紧急叫停。", "collapse"),
    ('The word "military" was dropped from the agreement\'s title.', "collapse"),
])
def test_not_a_wording_of_the_happening(text, kind):
    assert not reported(text, kind)


def test_terms_told_as_to_come_do_not_report_the_arrangement():
    ahead = ("Under the new trilateral arrangement, South Korea and Japan would share intelligence on the North, "
             "and only through the U.S., according to the ministry.")
    assert "trilateral-arrangement-2014" not in linked((ahead, "2014-12-26"))
    done = ("Under the new trilateral arrangement, which took effect on Monday, South Korea and Japan share "
            "intelligence on the North, and only through the U.S., according to the ministry.")
    assert "trilateral-arrangement-2014" in linked((done, "2014-12-30"))

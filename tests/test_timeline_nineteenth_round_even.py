"""Timeline round 19, from the misses and wrong links of holdout15's and holdout16's even halves,
read after their unread measure: "by deciding to end", "told Japan it intended to end" (no
"that"), a plan to end put on hold (corpus/happening_words.py, corpus/happenings.py), a Korean
notice of the policy to normalize (corpus/happening_words_languages.py), terms told as to come
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
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Lima is deciding whether to end its treaty with Quito.", "terminate"),
    ("The minister wants Quito to say it intended to end the agreement.", "terminate"),
    ("Lima will put on hold its plan to build the port, an aide told a briefing.", "extend"),
    ("외교부가 협정을 정상화한다는 방침을 검토하고 있다.", "normalize"),
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

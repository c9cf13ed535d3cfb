"""Timeline round 21, from the wrong links and misses of holdout19's and holdout20's odd halves:
an act one is for or against is no happening (corpus/happenings.py); a relative clause's saying
after a wording is another's (corpus/event_rules.py); a page dated by a listed event it reports
must name the story's matter (corpus/date_estimate.py), and a dateline in the week after a day
the event was held dates it; "協議を再び始める", "stop trading intelligence", Korean normalization
finished ("조치를 끝냈다") and notes withdrawn after a gloss and a count. Sentences and pages
written for the purpose, positive and negative."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.test_timeline_twentieth_round import _estimate


@pytest.mark.parametrize(("text", "kind"), [
    ("Nearly two in three South Koreans oppose signing a military intelligence pact with Japan.", "sign"),
    ("Most lawmakers supported scrapping the intelligence pact, a poll found.", "terminate"),
    ("Those who opposed ending the pact were relieved.", "terminate"),
])
def test_an_act_one_is_for_or_against_is_no_happening(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("The opposition opposed the pact signed on Wednesday.", "sign"),
    ("The party supported the signing of the pact.", "sign"),
    ("The two sides resumed signing the pact on Monday.", "sign"),
])
def test_an_act_beside_a_stance_still_happened(text, kind):
    assert reported(text, kind)


def test_a_relative_clauses_saying_after_a_wording_is_anothers():
    page = ("South Korea put off the military agreement with Japan. The deal was called off shortly before the "
            "Friday signing and drew criticism from civic groups, who said the government had ignored history.")
    assert "seoul-says-it-will-sign-2012" not in linked((page, "2012-07-01"))
    stated = ("South Korea said on Wednesday it will sign the military agreement with Japan once Tokyo completes "
              "its procedures, officials who briefed reporters said.")
    assert "seoul-says-it-will-sign-2012" in linked((stated, "2012-06-28"))


def test_a_page_dated_by_an_event_names_the_storys_matter():
    other = ("The ministry said Wednesday that the two sides held maritime talks in Tokyo from June 22nd, but the "
             "talks broke down without agreement on catch quotas.")
    assert _estimate(other, "collapse-2012") is None
    story = ("The ministry said Wednesday that the signing of the military intelligence pact was called off on "
             "June 29th, and the talks broke down.")
    assert _estimate(story, "collapse-2012") == "2012-06-29"


def test_a_dateline_in_the_week_after_the_talks_were_held():
    page = ("SEOUL, Nov. 8 (Xinhua) -- South Korea expects a quick deal with Japan on a military intelligence "
            "pact. The two sides resumed working-level talks on the pact in Tokyo a week ago.")
    assert _estimate(page, "talks-resumed") == "2016-11-08"
    late = page.replace("Nov. 8", "Nov. 28")
    assert _estimate(late, "talks-resumed") is None


@pytest.mark.parametrize(("text", "kind"), [
    ("両政府が締結に向けた協議を再び始める。", "resume"),
    ("South Korea said Thursday it will stop trading classified intelligence on North Korea with Japan.", "terminate"),
    ("Seoul will no longer exchange military intelligence with Tokyo.", "terminate"),
    ("정부가 한일 군사정보보호협정을 완전히 정상화하는 조치를 끝냈다.", "normalize"),
    ("외교부는 지소미아 관련 공한(공적인 편지) 2건을 모두 철회한다는 결정을 알렸다.", "normalize"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("両政府が協議を再び始めるかどうかは不透明だ。", "resume"),
    ("Seoul has kept trading classified intelligence with Japan.", "terminate"),
    ("정부는 정상화하는 조치를 끝내라는 요구를 받았다.", "normalize"),
    ("외교부는 공한(공적인 편지) 2건을 철회하라고 요구했다.", "normalize"),
])
def test_more_wordings_not_done(text, kind):
    assert not reported(text, kind)


# From the even halves, after their unread measure.
@pytest.mark.parametrize(("text", "kind"), [
    ("韓国の前の政権が協定の破棄を通告したあと、一転してその通告を停止すると発表しました。", "extend"),
    ("韓国は昨年8月に協定の終了を通告し、その後その効力を停止した状態にある。", "extend"),
    ("The paper recalls that the agreement was thrown out in 2012 amid public anger.", "collapse"),
    ("Seoul threw out the intelligence pact with Tokyo on Thursday.", "terminate"),
])
def test_wordings_of_the_even_halves(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("日本は韓国に通告の停止を求めた。", "extend"),
    ("韓国政府は通告を停止するかどうか検討している。", "extend"),
    ("Seoul has not thrown out the pact.", "terminate"),
    ("Seoul threw out the plan for talks on the pact.", "terminate"),
])
def test_wordings_of_the_even_halves_not_done(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize("text", [
    "Had it been signed, it would have been the first military agreement between the two in decades.",
    "Had the pact been signed, Seoul would have gained a window on Japan's radar data.",
])
def test_a_past_that_did_not_happen(text):
    assert not reported(text, "sign")


@pytest.mark.parametrize("text", [
    "The pact had been signed in 2016.",
    "Seoul said the deal, which had been signed in 2016, stays in force.",
])
def test_a_past_perfect_still_happened(text):
    assert reported(text, "sign")


@pytest.mark.parametrize("text", [
    "韓国はGSOMIAの終了を通告した。その後、その効力を停止した状態にある。",
    "韓国の前の政権はGSOMIAの破棄を通告したあと、一転してその通告を停止すると発表しました。",
    "외교부는 2019년 지소미아 종료를 통보했고, 이후 종료 통보의 효력을 정지했다.",
])
def test_the_suspension_told_again_in_japanese_and_korean(text):
    assert "termination-suspended-2019" in linked((text, "2023-03-18"))
    assert "termination-suspended-2019" not in linked((text, "2019-10-01"))

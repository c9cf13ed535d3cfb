"""Second review fixes (session 17) of timeline rounds 33 and 34 and the first review fixes: a count of
years since is a day's only as past or since the day's own happening in its clause (not "1년이 지나면",
"까지 1년", "four years later than", "…을 포격해, 정전협정이 체결된 지 57년", "…，该协定签署3年以来",
corpus/date_own_day.py); a Korean test on a condition, asked of or possible, or the US's or subcritical, is no
test (corpus/happening_words_stems.py, corpus/happenings.py); a Japanese end of the pact on a condition or
conceded is no decision (corpus/happening_words_languages.py); "否认" only with nothing told between
(corpus/happenings.py); an opening phrase's comma or an adverb's aside keeps a title's commas
(corpus/event_titles.py). Sentences written for the purpose, the reviewer's probes."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_proposal_titles_twentieth_round import titled
from tests.test_timeline_eighteenth_round_pages import linked, timeline


def _dates(text: str, event: str) -> set[str | None]:
    """The dates of an undated page's coverage of `event`, as the timeline gives them."""
    return {c.article_date for e in timeline((text, None)).events if e.id == event for c in e.coverage}


@pytest.mark.parametrize(("text", "event", "day"), [
    # a count ahead, on a condition, in the next sentence
    ("한일 양국은 2016년 11월 23일 군사정보보호협정에 서명했다. 이후 1년이 지나면 자동 연장된다.", "signing", "2016-11-23"),
    ("한일 양국은 2016년 11월 23일 군사정보보호협정에 서명했다. 그 후 협정은 1년이 지나면 자동 연장된다.", "signing", "2016-11-23"),
    ("日韓両政府は2016年11月23日、GSOMIAに署名した。その後、協定は1年が経過するごとに自動延長される。", "signing", "2016-11-23"),
    # 까지 is no 지
    ("한일 양국은 2016년 11월 23일 군사정보보호협정에 서명했으며 협정은 내년 11월까지 1년간 유효하다.", "signing", "2016-11-23"),
    # years counted since another happening, in another clause
    ("韩国政府2019年8月22日宣布不再与日本续签军事情报保护协定，该协定签署3年以来首次面临终止。",
     "termination-decision-2019", "2019-08-22"),
    ("On Aug. 22, 2019, Seoul decided to end GSOMIA, three years since it was signed.",
     "termination-decision-2019", "2019-08-22"),
    ("북한군이 23일 연평도를 포격해, 정전협정이 체결된 지 57년 만에 처음으로 민간인 거주지를 공격했다.",
     "yeonpyeong-shelling", "2010-11-23"),
    ("On Nov. 23, 2010, North Korea shelled Yeonpyeong Island, the first attack on civilians 57 years since the "
     "armistice.", "yeonpyeong-shelling", "2010-11-23"),
    # a comparison is no count since
    ("On Nov. 23, 2016, South Korea and Japan signed GSOMIA, four years later than first planned.", "signing",
     "2016-11-23"),
])
def test_a_count_ahead_or_since_another_keeps_the_day(text, event, day):
    assert _dates(text, event) == {day}


@pytest.mark.parametrize("text", [  # (kept refused: past counts, the day's own happening counted since)
    "2010년 11월 23일 북한이 연평도를 포격했다. 이후 13년이 지났다.",
    "2010년 11월 23일 북한군이 연평도를 포격한 이후 12년이 흘렀다.",
    "It has been eight years since North Korea shelled Yeonpyeong Island on Nov. 23, 2010.",
    "2010年11月23日朝鲜炮击延坪岛，8年以来岛上居民仍在防空洞旁生活。",
])
def test_a_past_count_since_the_days_own_happening_still_refuses_it(text):
    assert "2010-11-23" not in _dates(text, "yeonpyeong-shelling")


@pytest.mark.parametrize("text", [
    "북한이 9일 수소탄 시험을 해 성공했다면 5차 핵실험이 된다.",
    "북한이 9일 핵 시험을 진행했다면 5차 핵실험이 된다.",
    "북한이 9일 핵 시험을 진행했는지는 확인되지 않았다.",
    "북한이 9일 핵 시험을 마쳤을 가능성이 있다고 국정원은 밝혔다.",
    "북한이 9일 핵실험을 실시했다면 5차 핵실험이 된다.",
    "미국은 9일 네바다 사막에서 미임계 핵 시험을 진행했다.",
    "미국은 9일 네바다 사막에서 미임계 핵실험을 실시했다.",
    "韩国国防部否认朝鲜9日进行了核试验。",  # (a guard: refused before too, the denial right before it)
])
def test_a_korean_test_on_a_condition_asked_possible_or_not_the_norths_links_nothing(text):
    assert linked((text, "2016-09-09")) == set()


@pytest.mark.parametrize("text", [
    "북한은 9일 핵실험을 실시했다고 국방부가 밝혔다.",
    "한국 국방부는 북한이 9일 핵 시험을 진행했다고 밝혔다.",
    "韩国国防部否认事先获悉情报，称朝鲜9日上午进行了第五次核试验。",
])
def test_the_norths_test_told_as_done_still_links(text):
    assert linked((text, "2016-09-09")) == {"fifth-nuclear-test"}


@pytest.mark.parametrize("text", [
    "韓国が協定を終わらせることを決めた場合、日本は対応する。",
    "韓国が協定を終わらせることを決めたとしても、日本は対応する。",
    "韓国が協定の終了を決定した場合、日本は対応する。",
])
def test_a_japanese_end_on_a_condition_is_no_decision(text):
    assert linked((text, "2019-08-22")) == set()
    assert not reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "韓国政府は22日、協定を終わらせることを決めた。",
    "韓国政府は22日、協定の終了を決定した。",
])
def test_a_japanese_end_decided_is_still_one(text):
    assert "termination-decision-2019" in linked((text, "2019-08-22"))


@pytest.mark.parametrize(("sentence", "date", "verb", "title"), [
    ("In a statement, the ministry, on Monday, announced the end of the pact.", "Monday", "announced",
     "The ministry announced the end of the pact"),
    ("After the vote, Seoul, on Nov. 22, suspended its decision to end the pact.", "Nov. 22", "suspended",
     "After the vote, Seoul suspended its decision to end the pact"),  # (round 67: a phrase it keeps)
    ("The ministry, on Thursday, however, said it would end the pact.", "Thursday", "said",
     "The ministry, however, said it would end the pact"),
    ("Kim, 33, on Monday, ordered a test.", "Monday", "ordered", "Kim, 33, ordered a test"),  # (kept)
])
def test_an_opening_phrase_or_an_adverbs_aside_keeps_the_commas(sentence, date, verb, title):
    assert titled(sentence, date, verb) == title

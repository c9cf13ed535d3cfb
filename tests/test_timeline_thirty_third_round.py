"""Timeline round 33, from the odd half of holdout57, and two old wrong page dates: a day in a sentence
that counts years since what it tells of is no day of the page ("북한이 23일 연평도를 포격한 지 8년 만에",
"2010년 11월 23일 … 포격한 이후 13년이 지났다": `corpus.date_own_day.SINCE`, read by
`corpus.date_month_event` and `corpus.date_estimate.reporting_date`); the partner named between "不再" and
the renewal ("宣布不再與日本續簽", corpus/happening_words_more_languages.py); the short Chinese name of a
counted test ("進行第4次核試", corpus/happening_words_stems.py); "Yeonpyeongdo" names the island
(`corpus/events.json`). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import estimate_from_reports, reporting_date
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked, timeline
from tests.test_timeline_forms import SPECS, page


def _dates(text: str, event: str) -> set[str | None]:
    """The dates of an undated page's coverage of `event`, as the timeline gives them."""
    return {c.article_date for e in timeline((text, None)).events if e.id == event for c in e.coverage}


@pytest.mark.parametrize("text", [
    "북한이 23일 연평도를 포격한 지 9년 만에 한국과 일본 국방부가 처음으로 군사정보 협정을 논의했다.",
    "북한군이 23일 연평도를 포격한 지 꼭 7년이 된 오늘 한일 정보 협정 체결이 다시 거론됐다.",
])
def test_a_yearless_day_counted_years_since_dates_no_page(text):
    article = page(text)
    assert estimate_from_reports(article, find_happenings(article.clean_text), SPECS) is None
    assert "2010-11-23" not in _dates(text, "yeonpyeong-shelling")


@pytest.mark.parametrize("text", [  # (the Chinese one was undated before as well: a guard)
    "2010년 11월 23일 북한군이 연평도를 포격한 이후 12년이 흘렀다.",
    "On Nov. 23, 2010, North Korea shelled Yeonpyeong Island; eight years on, the islanders still keep shelters.",
    "2010年11月23日朝鲜炮击延坪岛，8年以来岛上居民仍在防空洞旁生活。",
    # the count in the next sentence, pointing back at the day's (the Chinese one a guard too)
    "2010년 11월 23일 북한이 연평도를 포격했다. 이후 13년이 지났다.",
    "On Nov. 23, 2010, North Korea shelled Yeonpyeong Island. Since then, eight years on, the islanders keep shelters.",
    "2010年11月23日朝鲜炮击延坪岛。此后8年以来，岛民仍在防空洞旁生活。",
])
def test_a_named_day_counted_years_since_is_no_estimate_of_the_page(text):
    article = page(text)
    assert reporting_date(article, dated_mentions(article)) is None
    assert "2010-11-23" not in _dates(text, "yeonpyeong-shelling")


@pytest.mark.parametrize(("text", "event"), [
    ("2010년 11월 23일 북한군이 연평도를 포격했다.", "yeonpyeong-shelling"),
    ("북한이 23일 연평도를 포격한 뒤 한국과 일본의 정보 협정 논의가 멈췄다.", "yeonpyeong-shelling"),
])
def test_the_day_of_the_happening_told_without_years_counted_still_dates_it(text, event):
    assert "2010-11-23" in _dates(text, event)


@pytest.mark.parametrize("text", [
    "韓國政府22日宣布不再與日本續簽《軍事情報保護協定》。",
    "韩国政府决定不再同日方续签军事情报保护协定。",
])
def test_not_renewing_with_the_partner_named_words_a_termination(text):
    assert reported(text, "terminate")


def test_a_renewal_ahead_is_no_termination():
    assert not reported("韩国将宣布不再与日本续签协定。", "terminate")


@pytest.mark.parametrize("text", ["北韓6日上午進行第4次核試,隨後宣布試爆成功。", "朝鲜第四次核试爆后，安理会召开紧急会议。"])
def test_the_short_chinese_name_of_a_counted_test_words_it(text):
    assert reported(text, "nuclear-test")


def test_yeonpyeongdo_names_the_island():
    text = "North Korea has fired artillery at Yeonpyeongdo, the island near the sea border, on Tuesday."
    assert "yeonpyeong-shelling" in linked((text, "2010-11-23"))


@pytest.mark.parametrize(("text", "day"), [
    ("朝鲜2016年9月9日进行了第五次核试验，这是自2006年以来第五次。", "2016-09-09"),  # since a year, not years counted
    ("2010년 11월 23일 북한군이 연평도를 포격했다.", "2010-11-23"),
    # a next sentence not pointing back, or counting no years
    ("2010년 11월 23일 북한이 연평도를 포격했다. 군 관계자는 13년이 지났다는 말은 틀렸다고 했다.", "2010-11-23"),
    ("On Nov. 23, 2010, North Korea shelled Yeonpyeong Island. Since then the talks have stalled.", "2010-11-23"),
])
def test_a_named_day_without_years_counted_since_is_still_the_estimate(text, day):
    article = page(text)
    estimate = reporting_date(article, dated_mentions(article))
    assert estimate is not None and estimate.value.iso() == day


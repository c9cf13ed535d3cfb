"""Timeline round 35: a page's yearless dateline that falls after the day it is estimated from moves
the estimate forward, not the dateline back a year (`corpus.date_datelines.dateline_after`, read by
`corpus.date_estimate`; a Chinese wire's "新华社首尔11月22日电" is a dateline too); the pact's ending put
off ("推迟了协定的终止") is its suspension, not a collapse (corpus/happening_words_more_languages.py); "韓日
GSOMIA" names the story (no word's edge before the Latin name). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import article_reporting_date
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.test_timeline_forms import SPECS, page


def _estimate(text: str) -> str | None:
    article = page(text)
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    return f"{published.value.year}-{published.value.month:02d}-{published.value.day:02d}" if published else None


@pytest.mark.parametrize(("text", "day"), [
    ("新华社东京11月25日电 韩国政府2019年8月22日宣布不再与日本续签军事情报保护协定，日方至今表示遗憾。", "2019-11-25"),
    ("SEOUL, Dec. 2 (Yonhap) -- The two countries signed the intelligence pact on Nov. 23, 2016, in Seoul.",
     "2016-12-02"),
])
def test_a_yearless_dateline_after_the_estimate_moves_it_forward(text, day):
    assert _estimate(text) == day


@pytest.mark.parametrize(("text", "day"), [
    # the dateline in the estimate's week, or the day in the body, not the page's: the estimate stays
    ("SEOUL, Nov. 23 (Yonhap) -- The two countries signed the intelligence pact on Nov. 23, 2016, in Seoul.",
     "2016-11-23"),
    ("The two countries signed the intelligence pact on Nov. 23, 2016. Talks resumed on Dec. 2 in Tokyo.",
     "2016-11-23"),
])
def test_the_estimate_stays_without_a_later_dateline(text, day):
    assert _estimate(text) == day


def test_a_dateline_before_the_reported_day_still_dates_no_page():
    assert _estimate("SEOUL, Nov. 22 (Yonhap) -- The two countries signed the intelligence pact on "
                     "November 23, 2016, in Seoul.") is None


@pytest.mark.parametrize("text", [
    "韩方实际上推迟了协定的终止，为双方继续磋商留出空间。",
    "韩国政府22日推迟了终止军事情报保护协定。",
])
def test_the_pacts_ending_put_off_is_its_suspension_not_a_collapse(text):
    assert reported(text, "extend")
    assert not reported(text, "collapse")


def test_a_signing_put_off_is_still_a_collapse():
    assert reported("韩国政府随即推迟了签署，协定未能签订。", "collapse")


def test_the_pacts_latin_name_after_chinese_characters_names_the_story():
    text = "韓国政府が22日に韓日GSOMIAの破棄を決めた背景には、日本の輸出規制への反発があるとみられる。"
    assert "termination-decision-2019" in linked((text, None))


@pytest.mark.parametrize("text", [
    "韩国8月宣布不再续签，协定原定于2019年11月23日0时失效。",
    "韓國原訂計劃落空，協定預定於2019年11月23日失效。",
])
def test_a_day_the_pact_was_due_to_end_is_no_happening(text):
    article = page(text, "2019-12-01")
    assert [m.role for m in dated_mentions(article) if m.text.startswith("2019年11月23日")] == ["plan"]


def test_a_day_told_as_happened_stays_a_happening():
    article = page("协定于2016年11月23日签署并生效。", "2019-12-01")
    assert [m.role for m in dated_mentions(article) if m.text.startswith("2016年11月23日")] == ["event"]

"""Timeline round 77 (issue 14): a page that prints no date and gave no other estimate is estimated from a listed
event of one day, that happened once, which its opening tells as happening "today" or "yesterday" ("This morning
Seoul ... declining to renew the GSOMIA", "assinado ontem", "오늘 ... 종료하기로 결정했다"), at that day, at the earliest
(corpus/date_told_today.py). Beside the positives, the forms that must not date a page: a plan, "today" in a
quotation, a sentence holding another date or counting years, a day printed with "today" that is not the event's,
an event of a kind listed without `once` (a cabinet's approval), another story's signing, "오늘날" (nowadays), the
event told only at the page's end, and a printed date (never moved). Each positive fails on `landing`. Sentences
written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import as_happened
from corpus.date_told_today import estimate_from_what_it_tells_as_today
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from tests.test_timeline_eighteenth_round_pages import SPECS
from tests.test_timeline_seventy_fifth_round import estimate, page
from tests.hostile_timing import assert_runs_quickly

CLOSING = "\n\nCritics said the deal was rushed.\n\nThe opposition vowed to fight on."


def told_today(text: str):
    article = page(text)
    happenings = find_happenings(article.clean_text)
    return estimate_from_what_it_tells_as_today(article, dated_mentions(article), happenings, SPECS, as_happened)


@pytest.mark.parametrize("text, day", [
    ("This morning Seoul answered Tokyo's export curbs by declining to renew the GSOMIA, its intelligence pact with "
     "Japan." + CLOSING, "2019-08-22"),
    ("Tokyo summoned Seoul's ambassador tonight to protest against the decision to end the GSOMIA military "
     "intelligence pact." + CLOSING, "2019-08-22"),
    ("O acordo de informações militares com o Japão, assinado ontem em Seul, entrou em vigor." + CLOSING,
     "2016-11-23"),
    ("정부는 오늘 한일 군사정보보호협정(GSOMIA)을 종료하기로 결정했다고 밝혔다." + CLOSING, "2019-08-22"),
    ("今天,韩国政府决定终止韩日军事情报保护协定。" + CLOSING, "2019-08-22"),
], ids=["en-this-morning", "en-tonight", "pt-yesterday", "ko-today", "zh-today"])
def test_an_undated_page_is_estimated_from_a_listed_event_it_tells_as_happening_today(text: str, day: str):
    assert estimate(text) == day


def test_the_estimate_is_shown_as_estimated_and_as_the_earliest_day():
    found = told_today("정부는 오늘 한일 군사정보보호협정(GSOMIA)을 종료하기로 결정했다고 밝혔다." + CLOSING)
    assert found is not None and found[0].estimated and found[0].earliest


@pytest.mark.parametrize("text", [
    "South Korea and Japan will sign the GSOMIA military intelligence pact today in Seoul." + CLOSING,
    "\"We signed the GSOMIA military intelligence pact today,\" the minister told lawmakers." + CLOSING,
    "국방부는 오늘부로 2019년 8월 지소미아 종료 결정에 대한 철회를 요청했다고 밝혔다." + CLOSING,
    "A year ago today, South Korea and Japan signed the GSOMIA military intelligence pact." + CLOSING,
    "Abe today (23) criticised South Korea's decision to end the GSOMIA intelligence pact." + CLOSING,
    "정부는 오늘(22일) 국무회의에서 한일 군사정보보호협정안을 의결했다." + CLOSING,
    "Russia and North Korea signed a mutual defence treaty today in Pyongyang." + CLOSING,
    "오늘날 한국과 일본은 군사정보보호협정에 서명한 두 나라다." + CLOSING,
    "Critics said the deal was rushed.\n\nThe opposition vowed to fight on.\n\nIt came after the two sides signed the "
    "GSOMIA military intelligence pact today in Seoul.",
], ids=["plan", "quotation", "another-date", "counts-years", "not-its-day", "kind-without-once", "another-story",
        "nowadays", "at-the-end"])
def test_these_forms_date_no_page(text: str):
    assert told_today(text) is None


def test_a_printed_date_is_not_moved():
    text = "South Korea and Japan signed the GSOMIA military intelligence pact today in Seoul." + CLOSING
    assert estimate(text, "2016-12-01") == "2016-12-01"


@pytest.mark.parametrize("text", [
    " " * 50_000, "today " * 20_000, "오늘(" * 20_000, "today (2" * 10_000,
    "signed the GSOMIA pact today " * 5_000, "\"today " * 20_000,
], ids=["spaces", "today", "ko-brackets", "today-days", "signings-in-one-sentence", "quotes"])
def test_hostile_texts_are_read_quickly(text: str):
    article = page(text)
    happenings = find_happenings(article.clean_text)
    mentions = dated_mentions(article)
    assert_runs_quickly(lambda: estimate_from_what_it_tells_as_today(article, mentions, happenings, SPECS, as_happened))

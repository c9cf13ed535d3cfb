"""Timeline round 102: talks resumed told in Korean or Japanese as their rounds held, the first round or the
rounds counted ("두 차례 실무협의를 열어", "1回目の実務協議を開き"), as English "held their first round of talks",
and in Japanese a resumption decided or declared (`corpus.happening_words_rounds_held`). The listed event is
linked only when a date of the passage is the day the talks resumed, or the page appeared within days of it. Not
a round ahead, a later round alone, a condition, a hearsay denial, nor rounds held at another time. Sentences
written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.events import dated_mentions, load_event_specs
from corpus.happening_words_rounds_held import SPACED, UNSPACED
from corpus.happenings import find_happenings
from corpus.loader import Corpus, article_from_raw
from index.timeline import timeline_of
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly

TALKS_RESUMED = "talks-resumed"


def _resumed(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_happenings(text) if h.kind == "resume" and h.reported]


def _linked(text: str, date: str) -> bool:
    known = {"id": "rounds-held", "outlet": "Wire", "headline": "Story", "date": date, "date_precision": "day",
             "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:rounds-held")
    specs = load_event_specs()
    made = timeline_of((article,), {article.id: dated_mentions(article)}, specs, tuple(Corpus((article,)).outlets()))
    return any(event.id == TALKS_RESUMED and event.coverage and not event.proposed for event in made.events)


@pytest.mark.parametrize("text", [
    "양국 외교부는 이달 1일 도쿄와 9일 서울에서 두 차례 실무협의를 열어 문안을 다듬었다.",
    "양국은 이달 1일과 9일 국장급 협의를 두 차례 가졌다.",
    "양측은 이달 1일 도쿄에서 첫 실무협의를 열고 문안을 논의했다.",
    "両政府は1日に東京で1回目、9日にソウルで2回目の実務協議を開き、文案をまとめた。",
    "両政府は1日に東京で1回目の協議を開いた。",
    "両国の当局は1日、初めての実務協議をソウルで開いた。",
    "両国の当局は1日、最初の交渉を東京で行った。",
    "政府は27日、日本との協議を再開すると決めた。",
    "国防部は先月27日、協議を再開すると表明していた。",
    "国防部が交渉再開の方針を打ち出してから1か月がたつ。",
    "政府が協定の再推進を表明してから半月がたった。",
])
def test_rounds_held_word_talks_resumed(text):
    assert _resumed(text)


@pytest.mark.parametrize("text", [
    "양국은 다음 주 두 차례 실무협의를 열어 가서명할 계획이다.",  # a plan
    "다음 주 3차 실무협의를 열어 가서명할 예정이라고 말했다.",  # a round ahead, and not the first
    "양국은 두 차례 실무협의를 열기로 했다.",  # decided to hold
    "국방부는 지난 9일 일본과 2차 실무회의를 열었다.",  # a later round alone
    "양국이 두 차례 실무협의를 열었다면 이미 합의했을 것이다.",  # a condition
    "국방부는 일본과 실무협의를 두 차례 열지 않았다고 밝혔다.",  # a denial
    "国防部は「1回目の実務協議を開いたという報道は事実ではない」と述べた。",  # hearsay denied
    "両国は来週1回目の実務協議を開く予定だ。",  # a plan
    "両国は11回目の協議を開いた。",  # not the first round
    "両国は来週、初めての実務協議を東京で開く予定だ。",  # a plan
    "両国は初めての実務協議を開いたら合意する。",  # a condition
    "国防部は協議を再開すると決めたという報道を否定した。",  # hearsay denied
    "政府は協議を再開するかどうか決めていない。",  # not decided
])
def test_rounds_ahead_later_or_denied_are_not_talks_resumed(text):
    assert not _resumed(text)


def test_rounds_held_on_the_day_talks_resumed_link_the_event():
    assert _linked("한일 양국은 이달 1일 도쿄와 9일 서울에서 두 차례 실무협의를 열어 군사정보보호협정 문안에 합의했다.",
                   "2016-11-11")
    assert _linked("両政府は1日に東京で1回目、9日にソウルで2回目の実務協議を開き、協定の文案をまとめた。", "2016-11-15")
    assert _linked("韓国政府は27日、軍事情報包括保護協定の締結に向けた協議を再開すると決めた。", "2016-10-27")


def test_rounds_held_at_another_time_or_ahead_do_not():
    # talks of the same kind in 2012, and two rounds in 2016 on days that are not the day talks resumed
    assert not _linked("한일 양국은 지난달 두 차례 실무협의를 열어 군사정보보호협정 문안에 합의했다.", "2012-05-20")
    assert not _linked("한일 양국은 이달 15일과 18일 두 차례 실무협의를 열어 군사정보보호협정 문안에 합의했다.", "2016-12-20")
    assert not _linked("한일 양국은 다음 주 두 차례 실무협의를 열어 군사정보보호협정에 가서명할 계획이다.", "2016-11-11")
    assert not _linked("韓国政府は2012年5月、軍事情報包括保護協定の締結に向けた協議を再開すると決めた。", "2012-05-20")


def test_the_wordings_read_a_hostile_text_quickly():
    wordings = [re.compile(w) for w in (*SPACED["resume"], *UNSPACED["resume"])]
    for text in ("두 차례 " * 20_000, "실무협의를 " * 12_000, "첫 회의를 열어 " * 8_000 + "예" * 40,
                 "1回目、" * 25_000, "1回目" + "の" * 100_000, "実務協議を開" * 15_000,
                 "初めての実務協議を" + "東" * 100_000, "初の協議を" * 20_000, "再開すると" * 20_000):
        assert_each_reads_quickly(wordings, text)


def test_the_happenings_read_a_hostile_text_quickly():
    text = "두 차례 실무협의를 열어 " * 7_000
    assert_runs_quickly(lambda: find_happenings(text), limit=1.0, what="find_happenings on rounds held")

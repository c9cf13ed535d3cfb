"""Review 39 (session 30), on sentences of our own: a Chinese weekday's last character that opens the next word
("上周日本防卫省…": last week Japan's defence ministry; "上周日韩…": last week Japan and Korea; "上周一名官员": last
week an official) names no day, while "上周日在首尔", "周日韩国釜山" (Sunday, in Busan, Korea) still do
(corpus/date_weekdays_cjk.py); and the cached mentions follow every corpus module the rules import (the Chinese
plan words, the intake's month names, the word lists' compiler: index/mention_cache.py); and a saying is a saying of
a plan only when no verb told as done comes before its "will", in -ed or not ("said Japan sent a ship that will
patrol", index/title_worth.py); a Chinese extension on conditions ("有条件延长了协定") is one again, its wording left
in a comment by round 35 (corpus/happening_words_more_languages.py); a court's initials and the day of its ruling
closing a German story ("(BGH, 22.11.2016)") date no page, as a wire's do (corpus/intake/stamped_credits.py); "会"
ending a body's name ("国家安全委员会决定终止") is no "will" keeping the verb after it from being told as done
(corpus/chinese_plan_words.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.date_weekdays_cjk import CJK_WEEKDAY, CJK_WEEKDAY_NAME
from corpus.dates import DateValue, find_dates
from corpus.happenings import find_happenings
from corpus.intake.stamped_credits import stamped_closing_day
from index.mention_cache import resolver_version
from index.title_worth import _SAYING_OF_A_PLAN, worth_proposing
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_intake_ninety_third_round import CLOSING, DE_HEADLINE, DE_STORY, described

THURSDAY = DateValue(2016, 11, 17)


def _read(text: str) -> list[tuple[str, DateValue | None]]:
    return [(found.text, found.value) for found in find_dates(text, THURSDAY)]


@pytest.mark.parametrize("text", [
    "上周日本防卫省宣布将与韩国签署协定。",
    "本周日本和韩国签署了军事情报保护协定。",
    "这周日方表示协定已经生效。",
    "上周日韩两国正式签署了协定。",
    "上周日美两国举行了会谈。",
    "上周一名韩国官员表示协定将于年内签署。",
    "两国上周一直在进行谈判。",
    "上个星期一些议员反对签署协定。",
])
def test_a_weekday_whose_last_character_opens_the_next_word_names_no_day(text: str) -> None:
    assert _read(text) == []
    assert not CJK_WEEKDAY.search(text) and not re.search(CJK_WEEKDAY_NAME, text)


@pytest.mark.parametrize("text, words, value", [
    ("两国上周日在首尔签署了协定。", "上周日", DateValue(2016, 11, 13)),
    ("中日韩外长会晤周日韩国釜山举行。", "周日", DateValue(2016, 11, 13)),
    ("两国上周一签署了协定。", "上周一", DateValue(2016, 11, 7)),
    ("日本周日宣布签署协定。", "周日", DateValue(2016, 11, 13)),
    ("两国星期日签署了协定。", "星期日", DateValue(2016, 11, 13)),
])
def test_a_weekday_before_other_words_still_names_its_day(text: str, words: str, value: DateValue) -> None:
    assert (words, value) in _read(text)


@pytest.mark.parametrize("text", ["上周日本" * 25_000, "周一名" * 33_000, "周日韩" * 33_000, "星期日韩国" * 20_000])
def test_hostile_texts_are_read_quickly(text: str) -> None:
    assert_each_reads_quickly([CJK_WEEKDAY, re.compile(CJK_WEEKDAY_NAME)], text)


@pytest.mark.parametrize("source", [
    "chinese_plan_words.py",  # the plan words CJK_AHEAD and the happenings read (round 88)
    "languages.py",  # the intake's month names the foreign dates read (round 93's Maghreb months)
    "word_starts.py",  # the compiler of the happenings' wordings (perf round 32)
    "date_ahead_foreign.py", "date_candidates.py",
])
def test_the_cached_mentions_follow_every_module_the_rules_import(source: str,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    before, read_bytes = resolver_version(), Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read_bytes(path) + b"#" * (path.name == source))
    assert resolver_version() != before


def test_the_cached_mentions_do_not_follow_modules_the_rules_do_not_import(monkeypatch: pytest.MonkeyPatch) -> None:
    before, read_bytes = resolver_version(), Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda path: read_bytes(path) + b"#" * (path.name == "metadata.py"))
    assert resolver_version() == before


@pytest.mark.parametrize("title", [
    "Officials said Japan sent a survey ship that will patrol the islands",
    "The ministry said North Korea shot a missile that could reach Japan",
    "Officials said the leaders met in Seoul and could sign the pact",
    "Yonhap said the two sides struck a deal that will extend the pact",
    "The ministry said North Korea fired a missile that could reach Japan",  # (in -ed: proposed on landing too)
])
def test_a_saying_of_a_deed_in_an_irregular_past_is_proposed(title: str) -> None:
    assert worth_proposing(title, None, title)


@pytest.mark.parametrize("title", [
    "Park Jin said Seoul wants closer ties with Tokyo",
    "The spokesman added the ships would return to port",
    "The White House confirmed that Biden will host the summit",
    "Officials said the two leaders may meet in Seoul",
])
def test_a_saying_of_a_plan_stays_refused(title: str) -> None:
    assert not worth_proposing(title, None, title)



@pytest.mark.parametrize("text", ["said sent " * 10_000, "Officials said " + "met " * 25_000, "said " * 20_000],
                         ids=["said sent", "met", "said"])
def test_a_hostile_title_is_judged_quickly(text: str) -> None:
    """(A title is matched from its start, as `worth_proposing` reads it: the words read are bounded.)"""
    assert_runs_quickly(lambda: _SAYING_OF_A_PLAN.match(text))


@pytest.mark.parametrize("text, words", [
    ("文在寅政府有条件延长了《军事情报保护协定》。", "有条件延长"),
    ("韩国政府宣布有条件地暂停了协定终止的效力。", "有条件地暂停"),
    ("韓國政府有條件延長《軍事情報保護協定》。", "有條件延長"),
])
def test_a_chinese_extension_on_conditions_is_one(text: str, words: str) -> None:
    assert ("extend", words) in [(h.kind, text[h.start:h.end]) for h in find_happenings(text)]


@pytest.mark.parametrize("text", ["韩国将有条件延长《军事情报保护协定》。", "韩国拟有条件延长《军事情报保护协定》。",
                                  "韩国即将有条件延长协定。", "双方讨论了延长协定的条件。"])
def test_a_planned_extension_on_conditions_is_none(text: str) -> None:
    assert "extend" not in [h.kind for h in find_happenings(text)]


@pytest.mark.parametrize("text", ["有条件" * 33_000, "有条件地" * 25_000, "将有条件延长" * 16_000])
def test_the_extension_on_conditions_reads_hostile_text_quickly(text: str) -> None:
    from corpus import happening_words_more_languages as words

    assert_each_reads_quickly([re.compile(words.ZH_NOT_PLANNED + r"有[条條]件(?:地)?(?:延[长長]|[暂暫]停)")], text)


@pytest.mark.parametrize("court", ["BGH", "BAG", "OLG", "OGH", "LG", "EGMR"])
def test_a_court_s_ruling_day_closing_a_story_dates_no_page(court: str) -> None:
    assert stamped_closing_day(f"{CLOSING} ({court}, 22.11.2016)") is None
    assert described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} ({court}, 22.11.2016)\n")["date"] != "2016-11-22"


@pytest.mark.parametrize("initials", ["APA", "AFP", "KNA", "red"])
def test_a_wire_s_or_desk_s_day_closing_a_story_still_dates_it(initials: str) -> None:
    assert described(f"{DE_HEADLINE}{DE_STORY}{CLOSING} ({initials}, 22.11.2016)\n")["date"] == "2016-11-22"


@pytest.mark.parametrize("text, kind, words", [
    ("韩国国家安全委员会决定终止《军事情报保护协定》。", "terminate", "决定终止"),
    ("韓國國家安全委員會決定終止《軍事情報保護協定》。", "terminate", "決定終止"),
    ("委员会宣布终止协定。", "terminate", "宣布终止"),
    ("联合国大会决定暂停终止协定。", "extend", "暂停终止"),
])
def test_a_body_s_name_ending_in_hui_tells_a_deed_done(text: str, kind: str, words: str) -> None:
    assert (kind, words) in [(h.kind, text[h.start:h.end]) for h in find_happenings(text)]


@pytest.mark.parametrize("text", ["韩国会决定终止《军事情报保护协定》。", "韩国会终止协定。", "日本會宣布終止協定。",
                                  "韩国将决定终止协定。", "韩国国会决定终止协定。"])
def test_a_will_before_the_verb_still_keeps_it_from_being_told_as_done(text: str) -> None:
    assert "terminate" not in [h.kind for h in find_happenings(text)]


@pytest.mark.parametrize("text", ["委员会" * 33_000, "会" * 100_000, "员会决定终止" * 16_000])
def test_the_plan_words_read_hostile_text_quickly(text: str) -> None:
    from corpus.chinese_plan_words import ZH_NOT_PLANNED

    assert_each_reads_quickly([re.compile(ZH_NOT_PLANNED + r"[决決]定")], text)

"""Timeline round 81 (issue 14): the story's events as the Chinese-language press words them. A signing dated
by a full date that opens its sentence, the place and the signers in the clauses after it ("当地时间2016年11月23日,
在首尔…,两国代表正式签署"); the end announced as a refusal to renew ("22日表示,将不再与日本续签"); the GSOMIA's
short Chinese names ("军情协定", "军事情报协定", "军事秘密情报保护协定", "軍事情報總括保護協定") as names of the pact
a later page tells of without a date. Simplified and traditional forms; sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words_cjk_reposts import _ZH_FULL_DATE_THEN_SIGNED, _ZH_REFUSED_TO_RENEW
from corpus.told_again import once_pattern
from tests.test_timeline_eighteenth_round_pages import SPECS, linked
from tests.hostile_timing import assert_runs_quickly

SIGNING = next(spec for spec in SPECS if spec.id == "signing")
DECISION = next(spec for spec in SPECS if spec.id == "termination-decision-2019")


@pytest.mark.parametrize("page", [
    "当地时间2016年11月23日,在首尔的一座政府大楼里,韩国防长与日本驻韩大使正式签署《军事情报保护协定》,现场记者放下相机。",
    "當地時間2016年11月23日,首爾一座政府大樓內,韓國防長與日本駐韓大使代表兩國正式簽署《軍事情報保護協定》,記者放下相機。",
    "在野党表示抗议。2016年11月23日,首尔一间会议室内,韩日两国的代表正式签订这份协定,现场气氛冷清。",
], ids=["simplified", "traditional", "meeting-room"])
def test_a_signing_dated_by_a_full_date_opening_its_sentence(page: str):
    assert "signing" in linked((page, None))


@pytest.mark.parametrize("page", [
    "韩国政府22日表示,将不再与日本续签《军事情报保护协定》。",
    "韓國政府22日宣布,將不再與日本續簽《軍事情報保護協定》。",
    "消息:22日,韩国政府对外宣布,将不与日本延长这份军事情报保护协定。",
], ids=["simplified", "traditional", "extend-no-renewal"])
def test_the_end_announced_as_a_refusal_to_renew_is_the_decision(page: str):
    assert "termination-decision-2019" in linked((page, "2019-08-23"))


@pytest.mark.parametrize("page", [
    "韩方此前曾宣布终止韩日军情协定,后来又改变了主意。",
    "韓方此前曾宣布終止韓日軍情協定,後來又改變了主意。",
    "韩方此前曾宣布终止韩日军事情报协定,后来又改变了主意。",
    "韓方此前曾宣布終止《韓日軍事情報總括保護協定》,後來又改變了主意。",
], ids=["simplified", "traditional", "intelligence-pact", "comprehensive"])
def test_a_short_chinese_name_of_the_gsomia_is_told_again_by_a_later_page(page: str):
    assert "termination-decision-2019" in linked((page, "2021-05-04"))


def test_the_short_names_are_names_of_the_gsomia():
    named = once_pattern(SIGNING)
    for name in ("军情协定", "軍情協定", "军情保护协定", "军事情报协定", "軍事情報協定", "军事秘密情报保护协定",
                 "軍事情報總括保護協定", "军事情报交换协定", "军事情报保护协定", "軍事情報包括保護協定"):
        assert named.search(f"韩日{name}"), name
    for other in ("军事协定", "情报交流协议", "自由贸易协定", "9·19军事协议"):
        assert not named.search(f"韩日{other}"), other


# Known, and shared with English ("On Nov. 23, 2016, a spokesman said the pact the two countries signed ..."; "On
# Nov. 23, 2016, China, Japan and South Korea signed a free trade agreement"): a signing in a relative clause dated by
# the statement's day, and another agreement signed on the signing's own day, are linked. These two cases passed only
# while intake round 90 had not yet kept a paragraph opening with its full date (the lead, session 29).
_SAME_DAY_LIMIT = "a same-day signing named by a relative clause or a generic agreement links (as in English)"


@pytest.mark.parametrize("page, date", [
    ("2016年11月22日,韩国国防部表示,两国代表将于次日在首尔正式签署《军事情报保护协定》。", "2016-11-22"),  # a plan
    ("2016年11月23日,韩日两国原定在首尔正式签署《军事情报保护协定》,现场有人抗议。", None),  # scheduled
    ("2016年11月23日,在野党议员在首尔集会,反对签署《军事情报保护协定》。", None),  # opposed
    pytest.param("2016年11月23日,外交部发言人指出,两国签署的《军事情报保护协定》并无秘密条款。", None,
                 marks=pytest.mark.xfail(strict=True, reason=_SAME_DAY_LIMIT)),  # a statement
    pytest.param("2016年11月23日,中日韩三国在东京正式签署自由贸易协定。", None,
                 marks=pytest.mark.xfail(strict=True, reason=_SAME_DAY_LIMIT)),  # another pact (and never the GSOMIA)
    ("2018年9月19日,韩朝两国防长在平壤正式签署《9·19军事协议》。", None),  # another pact, another day
], ids=["plan", "scheduled", "opposed", "statement", "another-pact", "nine-nineteen"])
def test_what_is_not_the_signing(page: str, date: str | None):
    assert "signing" not in linked((page, date))


@pytest.mark.parametrize("page, date", [
    ("韩国政府表示,如果日本不撤回措施,将不再与日本续签《军事情报保护协定》。", "2019-08-10"),  # a condition, ahead
    ("韩国政府计划宣布,将不再与日本续签《军事情报保护协定》。", "2019-08-10"),  # a plan to announce it
    ("菲律宾总统2020年2月11日宣布,将不再与美国续签《访问部队协定》。", "2020-02-12"),  # another pact
    ("韩方此前曾宣布终止韩日军事协定,后来又改变了主意。", "2021-05-04"),  # no GSOMIA named
], ids=["condition", "plan", "another-pact", "military-pact"])
def test_what_is_not_the_decision_to_end_the_pact(page: str, date: str):
    assert "termination-decision-2019" not in linked((page, date))


@pytest.mark.parametrize("hostile", [" " * 50_000, "签署" * 20_000, "2016年11月23日," * 5_000, "宣布,将不" * 10_000,
                                     "军情协定" * 20_000, "在首尔," * 20_000, "\x00\x1b\x07签署" * 10_000],
                         ids=["spaces", "signing", "dates", "announced", "short-name", "clauses", "control"])
def test_hostile_text_is_read_quickly(hostile: str):
    def read() -> None:
        for words in (_ZH_FULL_DATE_THEN_SIGNED, _ZH_REFUSED_TO_RENEW):
            re.compile(words).search(hostile)
        once_pattern(DECISION).search(hostile)
    assert_runs_quickly(read)

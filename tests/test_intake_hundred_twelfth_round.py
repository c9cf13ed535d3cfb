"""Issue 13's hundred-and-twelfth intake round, on texts of our own: a wire's dateline as Korean-language services in
the North's and in China's spelling print it, the place, the day and "발" before the listed wire ("도꾜 11월 12일발
신화통신: …", "(평양 11월 18일발 조선중앙통신)…", "서울 7월 5일발 신화통신(기자 …): …"), is the wire's dateline: its day
wins over the carrying page's later stamp, as the wire's day does in every other form. The negatives keep what must
not change: a day the story names before "발효" (came into force), an unlisted name after "발", a place in another
script, a dispatch without its closing bracket or colon."""

from __future__ import annotations

import pytest

from corpus.intake.datelines import find_dateline
from corpus.intake.korean_wire_datelines import korean_dispatch_dateline
from corpus.intake.outlets import outlets
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

LEAD = "일본 총리가 12일 관저에서 미국 합참의장을 만나 두 나라의 정보협정 연장 문제를 놓고 이야기를 나누었다."
TITLE = "미국과 일본, 정보협정 연장 문제 놓고 회담"


# What the rule reads (fails on main: no reader took the dispatch's dateline)

@pytest.mark.parametrize("line, found", [
    (f"도꾜 11월 12일발 신화통신: {LEAD}", ("도꾜", "신화통신", 11, 12, "도꾜 11월 12일발 신화통신:")),
    ("(평양 11월 18일발 조선중앙통신)남조선신문이 15일 사설을 실었다.",
     ("평양", "조선중앙통신", 11, 18, "(평양 11월 18일발 조선중앙통신)")),
    ("서울 7월 5일발 신화통신(기자 김하나, 이두리): 한국 언론이 5일 전했다.",
     ("서울", "신화통신", 7, 5, "서울 7월 5일발 신화통신(기자 김하나, 이두리):")),
    ("(평양 7월 31일발 조선중앙통신)", ("평양", "조선중앙통신", 7, 31, "(평양 7월 31일발 조선중앙통신)")),
])
def test_a_korean_dispatch_dateline_names_its_wire_and_day(line, found):
    assert korean_dispatch_dateline(line, outlets()) == found


def test_the_dispatch_s_day_wins_over_the_carrying_page_s_stamp():
    dateline = find_dateline([TITLE, f"도꾜 11월 12일발 신화통신: {LEAD}"])
    assert (dateline.credit, dateline.month, dateline.day, dateline.year) == ("신화통신", 11, 12, None)
    page = described(f"{TITLE}\n\n2019년 11월 13일 14:27\n\n도꾜 11월 12일발 신화통신: {LEAD}\n\n{LEAD}")
    assert page["date"] == "2019-11-12"  # the wire's day; the page's own stamp is kept in the provenance
    assert "2019-11-13" in page["date_provenance"] and "일발" in page["date_provenance"]


# What it must not do

@pytest.mark.parametrize("line", [
    "협정은 2016년 11월 23일 발효됐으며 1년마다 연장된다.",  # a day the story names
    "협정은 11월 23일발효됐으며: 1년마다 연장된다.",  # "발효" glued to the day: no listed wire after "발"
    "(평양 11월 18일발 한빛통신)남조선신문이 15일 사설을 실었다.",  # an unlisted name
    "(Pyongyang 11월 18일발 조선중앙통신)남조선신문이 15일 사설을 실었다.",  # a place in another script
    "평양 11월 18일발 조선중앙통신 보도를 인용한 기사다.",  # no colon, no brackets: a sentence's words
    "(평양 13월 18일발 조선중앙통신)", "(평양 11월 38일발 조선중앙통신)",  # no such month, no such day
])
def test_other_lines_are_no_dispatch_dateline(line):
    assert korean_dispatch_dateline(line, outlets()) is None


def test_a_page_with_no_dispatch_keeps_its_own_stamp():
    page = described(f"{TITLE}\n\n2019년 11월 13일 14:27\n\n{LEAD}\n\n협정은 2016년 11월 23일 발효됐다.")
    assert page["date"] == "2019-11-13"


def test_the_dispatch_reader_is_quick_on_a_hostile_line():
    hostile = "(평양 11월 18일발 " + "조선중앙통신 " * 15_000
    other = "서울 " * 35_000
    directory = outlets()
    assert_runs_quickly(lambda: [korean_dispatch_dateline(line, directory) for line in (hostile, other)],
                        what="korean_dispatch_dateline")

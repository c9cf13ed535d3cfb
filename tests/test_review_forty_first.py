"""Review 41 (session 31): defects found in the session's merged rounds, each with its negatives."""

from __future__ import annotations

import re

import pytest

from corpus.date_value import DateValue
from corpus.dates import find_dates, forget_what_was_read
from corpus.intake.outlets import outlets
from corpus.intake.stamped_credits import listed_closing_day
from corpus.korean_ahead import KOREAN_AHEAD
from corpus.title_cuts import shortened
from index import timeline_merge
from index.timeline_merge import _similar_titles
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_ninety_fourth_round import LONG_STORY, PAGE_TITLE
from tests.test_intake_thirty_third_round import described


@pytest.mark.parametrize("title, other", [
    ("한일 군사정보보호협정 체결", "한일 군사정보보호협정 종료"),  # signed, ended: one pair of six apart
    ("한일 군사정보보호협정 종료 결정", "한일 군사정보보호협정 연장 결정"),  # ended, extended
    ("韩日军事情报保护协定签署", "韩日军事情报保护协定终止"),
    ("日韓秘密軍事情報保護協定を締結", "日韓秘密軍事情報保護協定を破棄"),
    ("日韓秘密軍事情報保護協定を締結した", "日米秘密軍事情報保護協定を締結した"),  # another pair of countries
])
def test_cjk_titles_one_word_apart_stay_apart(title, other):
    assert not _similar_titles(title, other)
    assert not _similar_titles(other, title)


@pytest.mark.parametrize("title, other", [
    ("会上表决通过了韩日《军事情报保护协定》", "经济副总理主持国务会议,会上表决通过了韩日《军事情报保护协定》"),
    ("国務会議で協定の締結案を議決した", "政府は国務会議で協定の締結案を議決した"),
    ("韩日正式签署军事情报保护协定", "韩日签署军事情报保护协定"),  # the longer's word more
    ("韩日军事情报保护协定签署", "韩日军事情报保护协定签订"),  # one letter a variant
    ("한일 군사정보보호협정 정식 체결", "한일 군사정보보호협정 체결"),
])
def test_cjk_titles_of_one_clause_or_one_letter_apart_are_one_happening(title, other):
    assert _similar_titles(title, other)
    assert _similar_titles(other, title)


def test_the_letters_unshared_count_those_of_no_shared_pair():
    shared = frozenset({"군사", "사정"})
    assert timeline_merge._letters_unshared("군사정보 체결", shared) == 3  # 보, 체, 결
    assert timeline_merge._letters_unshared("", shared) == 0


@pytest.mark.parametrize("text", ["협정" * 50_000, "中" * 100_000, "가 " * 50_000], ids=range(3))
def test_cjk_titles_are_compared_quickly(text):
    assert_runs_quickly(lambda: timeline_merge._cjk_titles_alike(text, text[1:] + "终止"), what=text[:4])


# Intake round 94's rule reads "the month by its name or the year first, so the day's order is never a guess": a day
# before its month's name is as sure as one after it.
@pytest.mark.parametrize("line, day", [
    ("(Reuters 31 August 2009)", "2009-08-31"),
    ("… the vote, officials said. (Xinhua News Agency 25 May 2009)", "2009-05-25"),
    ("… the vote, officials said. (Reuters, 1 Sept. 2009)", "2009-09-01"),
    ("(Reuters 31 August)", None),  # no year
    ("(Reuters 31.08.2009)", None),  # a day in numbers: the order open
    ("(Geneva, 31 August 2009)", None),  # a place, no outlet
    ("(Harbor Beacon Gazette 31 August 2009)", None),  # no listed outlet
    ("He told Reuters (Reuters 31 August 2009) that the vote was fair.", None),  # inside the paragraph
])
def test_a_listed_outlet_s_bracket_with_the_day_before_its_month_closes_the_story(line, day):
    assert listed_closing_day(line, outlets()) == day


def test_a_page_closing_on_a_listed_outlet_s_day_before_its_month_is_that_day():
    assert described(f"{PAGE_TITLE}{LONG_STORY}\n(Reuters 31 August 2009)\n")["date"] == "2009-08-31"
    assert described(f"{PAGE_TITLE}September 1, 2009\n{LONG_STORY}\n(Reuters 31 August 2009)\n")["date"] \
        == "2009-09-01"  # its own date line stands over it


@pytest.mark.parametrize("line", ["(Reuters " + "31 August " * 9_000 + "2009)", "(" + "Reuters 31 " * 9_000 + ")"],
                         ids=range(2))
def test_hostile_brackets_of_a_day_before_its_month_are_read_quickly(line):
    directory = outlets()
    assert_runs_quickly(lambda: listed_closing_day(line, directory), what=line[:12])


def _shortened_after(sentence: str, verb: str) -> str:
    return shortened(sentence, sentence.index(verb) + len(verb))


# Round 93 kept an "as" after a naming verb as a role ("confirmed the club as champions"); an "as" opening a clause
# of its own after such a verb still ends the title.
@pytest.mark.parametrize("sentence, verb, expected", [
    ("Seoul confirmed the deal on Wednesday as protesters gathered outside the ministry and lawmakers walked out",
     "confirmed", "Seoul confirmed the deal on Wednesday"),
    ("The cabinet named a new envoy as relations with Tokyo soured over the summer and the talks stalled for weeks",
     "named", "The cabinet named a new envoy"),
    ("The party elected a new leader on Sunday as its poll ratings fell to a record low", "elected",
     "The party elected a new leader on Sunday"),
    ("Tokyo listed the firms on Friday as the dispute was widening", "listed", "Tokyo listed the firms on Friday"),
])
def test_an_as_clause_after_a_naming_verb_ends_the_title(sentence, verb, expected):
    assert _shortened_after(sentence, verb) == expected


@pytest.mark.parametrize("sentence, verb, kept", [
    ("The league on Monday confirmed the club as champions of the northern division.", "confirmed",
     "as champions of the northern division"),
    ("The assembly on Friday elected the former judge as its speaker.", "elected", "as its speaker"),
    ("Police described Lukashenko as an accomplice of the regime in the case, which shocked the country",
     "described", "as an accomplice"),
    ("The ministry named the former ambassador as head of the negotiating team on Monday", "named",
     "as head of the negotiating team"),
])
def test_a_role_after_a_naming_verb_still_stays_in_the_title(sentence, verb, kept):
    assert kept in _shortened_after(sentence, verb)


@pytest.mark.parametrize("text", ["named them as " * 7_000, "named them as " + "word " * 20_000 + "signed"],
                         ids=range(2))
def test_as_clauses_after_naming_verbs_are_read_quickly(text):
    assert_runs_quickly(lambda: shortened(text, 5), what=text[:14])


THURSDAY = DateValue(2016, 11, 17)
LAST_FRIDAY, COMING_FRIDAY = DateValue(2016, 11, 11), DateValue(2016, 11, 18)


def _weekday(text: str, name: str) -> DateValue:
    return [found.value for found in find_dates(text, THURSDAY) if found.text == name][0]


# A plan kept ("as scheduled") or beaten ("earlier than planned") tells a deed done, not one to come.
@pytest.mark.parametrize("text, name, day", [
    ("두 나라는 금요일 예정대로 협정에 서명했다.", "금요일", LAST_FRIDAY),
    ("양국은 금요일 계획대로 협정에 서명했다.", "금요일", LAST_FRIDAY),
    ("양국은 금요일 예정보다 일찍 협정에 서명했다.", "금요일", LAST_FRIDAY),
    ("両国は金曜日に予定通り協定に署名した。", "金曜日", LAST_FRIDAY),
    ("両国は金曜日に予定どおり協定に署名した。", "金曜日", LAST_FRIDAY),
    # negatives: a plan still ahead
    ("양국은 금요일 협정에 서명할 예정이다.", "금요일", COMING_FRIDAY),
    ("양국은 금요일 협정에 서명할 계획이라고 밝혔다.", "금요일", COMING_FRIDAY),
    ("예정대로라면 양국은 금요일 협정에 서명할 것이다.", "금요일", COMING_FRIDAY),  # "-ㄹ 것" still ahead
    ("両国は金曜日に協定に署名する予定だ。", "金曜日", COMING_FRIDAY),
])
def test_a_weekday_beside_a_plan_kept_is_the_last_one(text, name, day):
    assert _weekday(text, name) == day


@pytest.mark.parametrize("text", ["예정대로" * 25_000, "예정" * 50_000, "予定通" * 33_000], ids=range(3))
def test_plans_kept_are_read_quickly(text):
    wording = re.compile(KOREAN_AHEAD)
    assert_runs_quickly(lambda: list(wording.finditer(text)), what=text[:4])
    assert_runs_quickly(lambda: find_dates("금요일 " + text[:20_000], THURSDAY), what=text[:4],
                        forget=forget_what_was_read)

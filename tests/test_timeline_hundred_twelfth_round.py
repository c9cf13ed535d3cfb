"""Timeline round 112: the 2019 suspension told again without a date of its own. "Put on hold", "backed away from"
or "pulled back from" its decision, plan or move to leave the pact names the suspension once and for all, as "suspended
its notice" did; the months of a notice in the possessive ("the three months' termination notice"); the Korean notice's
effect stopped after the notice was given ("종료를 통보했다가 그 효력을 정지시켰다"), as the same sentence with "멈췄다" was
read; "remain in the pact" as "stay in the pact". The event's date condition is kept. Sentences written for the
purpose."""

from __future__ import annotations

import re

import pytest

from corpus.events import load_event_specs
from corpus.happening_words import VOCABULARY
from corpus.told_again import once_pattern
from tests.hostile_timing import assert_each_reads_quickly
from tests.test_timeline_hundred_fourth_round import _linked

SUSPENDED = "termination-suspended-2019"


def test_the_suspension_told_again_on_a_page_of_no_date_or_a_later_one():
    for text in ("Last year Seoul suspended the three months' termination notice it had given Tokyo.",
                 "Seoul pulled back from its decision to scrap the GSOMIA.",
                 "South Korea has backed away from its decision to leave a military intelligence-sharing agreement "
                 "with Japan, only hours before the exit was due to take effect at midnight Friday."):
        assert _linked(text, None, SUSPENDED), text
    assert _linked("일본은 2019년 한국에 수출규제를 가했고, 문재인 정부는 이에 맞서 일본에 지소미아 종료를 통보했다가 "
                   "그 효력을 정지시켰습니다.", "2023-03-21", SUSPENDED)


def test_remaining_in_the_pact_is_keeping_it():
    assert _linked("Abe said that South Korea had made a strategic choice in deciding to remain in an "
                   "intelligence-sharing pact with Japan.", "2019-11-22", SUSPENDED)
    assert _linked("Seoul says it will remain in the GSOMIA with Japan, changing course hours before a midnight "
                   "deadline.", "2019-11-22", SUSPENDED)


@pytest.mark.parametrize(("text", "date"), [
    # only possible, wished for, denied in a quote
    ("South Korea may put on hold its plan to leave the GSOMIA, officials said.", None),
    ("Washington urged Seoul to back away from its decision to leave the GSOMIA.", None),
    ('"Seoul has not backed away from its decision to leave the GSOMIA," the minister said.', None),
    # a plan to sign put on hold is 2012's, not this; a page from before the suspension
    ("In 2012 Seoul put on hold its plan to sign the GSOMIA.", None),
    ("South Korea backed away from its decision to leave the GSOMIA.", "2018-05-02"),
    # "remain in" wished for, on a condition, or on another date
    ("Japan urged Seoul to remain in the GSOMIA.", "2019-11-21"),
    ("Seoul will remain in the GSOMIA only if Tokyo lifts its export curbs.", "2019-11-21"),
    ("South Korea decided to remain in the GSOMIA.", "2017-08-24"),
    # the Korean effect stopped only as a possibility, or denied
    ("정부가 일본에 지소미아 종료를 통보했다가 그 효력을 정지시킬 수도 있다.", "2019-11-20"),
    ("정부는 지소미아 종료를 통보했다가 그 효력을 정지시키지 않았다.", "2023-03-21"),
])
def test_no_suspension_from_a_plan_a_wish_a_denial_or_another_date(text, date):
    assert not _linked(text, date, SUSPENDED)


def test_the_new_forms_name_the_suspension_once_and_not_a_signing_put_off():
    named = once_pattern({spec.id: spec for spec in load_event_specs()}[SUSPENDED])
    for text in ("put on hold its plan to leave the pact", "backed off from the decision to end it",
                 "pulled back from their move to quit the pact", "suspending the three months' termination notice",
                 "종료를 통보했다가 그 효력을 정지시켰다"):
        assert named.search(text), text
    for text in ("put on hold its plan to sign the pact", "backed away from its decision to sign",
                 "turned back from its decision to end it", "put on hold its decision, to end"):
        assert not named.search(text), text


def test_the_new_forms_read_quickly_on_hostile_text():
    once = {spec.id: spec for spec in load_event_specs()}[SUSPENDED].once
    new_forms = [line for line in once if line.startswith("(?:put\\w*\\s+on\\s+hold") or "했다가" in line and "정지" in line
                 or "{0,2}?(?:decision|notice|notification|termination)" in line]
    assert len(new_forms) == 3
    wordings = [re.compile("(?i)\\b" + form) for form in new_forms]
    wordings.append(re.compile("(?i)\\b" + next(w for w in VOCABULARY["extend"] if "remain(?:s|ed|ing)?)" in w)))
    for text in ("put on hold its a " * 5_500, "backed away from the " * 4_800, "suspend the months' " * 5_000,
                 "통보했다가 그 " * 12_500, "remain in the a " * 6_300):
        assert_each_reads_quickly(wordings, text)

"""Timeline round 114: North Korea's fourth nuclear test named by its hydrogen bomb ("said it had tested a hydrogen
bomb", "its claim of an H-bomb test", "수소폭탄 실험", "水爆実験", "氢弹试验") and not only by its "first" one.
The name is an `about` word, not a `once` one: the event's date condition is kept, so the claimed H-bomb of September
2017 (the sixth test), a page of no date, a plan and a page weeks later link nothing. Sentences written for the
purpose."""

from __future__ import annotations

import pytest

from corpus.event_rules import about_pattern
from corpus.events import load_event_specs
from corpus.shared_names import named_on_this_page
from corpus.told_again import once_pattern
from tests.hostile_timing import assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

FOURTH = "fourth-nuclear-test"


def _fourth():
    return next(spec for spec in load_event_specs() if spec.id == FOURTH)


@pytest.mark.parametrize(("text", "date"), [
    ("Only days after North Korea said it had tested a hydrogen bomb, the U.S. flew a B-52 bomber over Osan.",
     "2016-01-10"),
    ("Pyongyang said it had successfully tested an H-bomb, a claim Washington and experts reject.", "2016-01-07"),
    ("The United Nations will punish Pyongyang after its surprise claim of a hydrogen bomb test alarmed the world.",
     "2016-01-07"),
    ("북한이 수소폭탄 실험에 성공했다고 주장하자 정부는 대북 확성기 방송을 재개했다.", "2016-01-08"),
    ("北朝鮮が水爆実験を強行したことを受け、安保理は緊急会合を開いた。", "2016-01-07"),
    ("朝鲜进行了氢弹试验，联合国安理会召开紧急会议。", "2016-01-07"),
])
def test_the_hydrogen_bomb_names_the_fourth_test_in_its_days(text, date):
    assert _linked(text, date, FOURTH), text


@pytest.mark.parametrize(("text", "date"), [
    # the claimed H-bomb of 2017 (the sixth test): on its own days, a page of no date, a page after it
    ("North Korea said on Sunday it had tested a hydrogen bomb designed for an ICBM.", "2017-09-03"),
    ("North Korea said it had tested a hydrogen bomb.", None),
    ("북한이 수소폭탄 실험에 성공했다고 주장했다.", None),
    ("Pyongyang said it had tested a hydrogen bomb, its most powerful blast yet.", "2017-09-04"),
    ("北朝鮮が水爆実験を強行したことを受け、安保理は緊急会合を開いた。", "2017-09-04"),
    # a plan or a threat on the test's days
    ("North Korea may test a hydrogen bomb soon, officials warned.", "2016-01-05"),
    ("North Korea plans to test a hydrogen bomb, state media said.", "2016-01-08"),
    ("The North vowed to test an H-bomb soon.", "2016-01-07"),
    # another year, or a page weeks later with no date of its own
    ("North Korea tested a hydrogen bomb in September 2017.", "2018-01-10"),
    ("북한은 2017년 9월 수소폭탄 실험에 성공했다고 주장했다.", "2018-01-10"),
    ("Pyongyang said it had successfully tested an H-bomb, a claim Washington and experts reject.", "2016-03-20"),
])
def test_no_fourth_test_from_2017_a_plan_or_another_date(text, date):
    assert not _linked(text, date, FOURTH), text


def test_the_first_hydrogen_bomb_still_tells_the_test_on_a_page_of_no_date():
    """Only "first" names it once and for all (`once`); a hydrogen bomb alone does not (September 2017's)."""
    assert _linked("North Korea said it had conducted its first hydrogen bomb test.", None, FOURTH)
    once = once_pattern(_fourth())
    assert once.search("its first hydrogen bomb test") and once.search("北朝鮮の初の水爆実験")
    assert not once.search("a hydrogen bomb test") and not once.search("北朝鮮の水爆実験")


def test_the_new_names_match_as_whole_words_and_not_the_2017_bomb_designed_for_a_missile():
    about = about_pattern(_fourth())
    for name in ("a hydrogen bomb", "an H-bomb test", "the H bomb", "수소탄 실험", "수소 폭탄", "水爆実験", "氢弹试验",
                 "氫彈"):
        assert about.search(name), name
    for other in ("a hydrogen bomb designed for an ICBM", "an H-bomb for an intercontinental missile", "hydrogenation",
                  "a bomb", "수소차"):
        assert not about.search(other), other


SIXTH_TEST_PAGE = ("Prime Minister Shinzo Abe on Sunday condemned North Korea's sixth nuclear test.\n\n"
                   "The North announced in the afternoon that it had tested a hydrogen bomb.")


def test_on_a_page_naming_the_sixth_test_the_hydrogen_bomb_is_its():
    """A page of no date is estimated from what it reports: the hydrogen bomb read as January 2016's would date this
    page of 2017 to 2016 and link it there."""
    assert not _linked(SIXTH_TEST_PAGE, None, FOURTH)
    assert not _linked(SIXTH_TEST_PAGE.replace("sixth", "6th"), None, FOURTH)
    # its other names still name it there
    assert _linked("North Korea conducted its fourth nuclear test on Jan. 6, 2016, and its sixth, which it called a "
                   "hydrogen bomb, in September 2017.", "2017-09-05", FOURTH)


def test_the_shared_names_are_left_out_only_where_the_page_names_the_other():
    fourth = _fourth()
    for other in ("its sixth nuclear test", "the 6th test", "in September 2017", "6차 핵실험", "여섯 번째",
                  "6回目の核実験", "第六次核试验", "第6次"):
        assert not about_pattern(named_on_this_page(fourth, other)).search("a hydrogen bomb"), other
    for not_other in ("its fourth nuclear test", "the 16th", "in 2016", "20170", "16차", "第16次"):
        assert named_on_this_page(fourth, not_other) is fourth, not_other
    assert about_pattern(named_on_this_page(fourth, "its sixth test")).search("its fourth nuclear test")


HOSTILE = ("hydrogen " * 11_000, "H-" * 50_000, "H bomb designed " * 6_000, "hydrogen bomb for an " * 5_000,
           "수소 " * 33_000, "수소폭" * 33_000, "水" * 100_000, "氢弹" * 50_000,
           "6 " * 50_000, "여섯 " * 33_000, "2017" * 25_000, "第" * 100_000)


def test_the_names_read_hostile_texts_quickly():
    fourth = _fourth()
    about = about_pattern(fourth)
    for text in HOSTILE:
        assert_runs_quickly(lambda: list(about.finditer(text)), what=text[:20])
        assert_runs_quickly(lambda: named_on_this_page(fourth, text + " sixth"), what=text[:20])


def test_a_page_is_read_for_the_other_happening_once_not_once_a_passage():
    fourth = _fourth()
    page = "North Korea said it tested a hydrogen bomb. " * 2_300  # (~100 KB; names no sixth test)
    assert named_on_this_page(fourth, page) is fourth
    named = page + " It was the sixth nuclear test."
    assert named_on_this_page(fourth, named).about != fourth.about
    # asked for each of a page's passages (hundreds on a long page), as `passage_reports` asks
    assert_runs_quickly(lambda: [named_on_this_page(fourth, page) for _ in range(500)], what="500 passages")

"""Review 51 (session 37) of the session's first wave: a furniture line read in time on a long run of marks (the
forms that open with a word tried once, after all of them); a cookie statement a speaker's verb follows is a story's
(intake round 118); another outlet's channel among the links names none (round 116); drills on Yeonpyeong are no
shelling of it (timeline round 116); "followed" tells a test done only with the test its object (round 116); a whole
name told with its owner's "'s" is a name told (round 117). Sentences written for the purpose; each positive here
failed before."""

from __future__ import annotations

import pytest

from corpus.events import load_event_specs
from corpus.intake.furniture import _FURNITURE_LINE, is_furniture
from corpus.intake.outlets import outlets
from corpus.intake.reader_prompts import is_reader_prompt
from corpus.intake.own_accounts import own_channel_list_credit
from corpus.title_referents import with_referent_named
from corpus.title_surnames import full_names
from corpus.told_again import _SINCE_EN, once_pattern
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly


def test_a_furniture_line_still_reads_as_before():
    for line in ("  *** More to come ***", "* more to come", "=== Related coverage", "  (END) 2016-11", "(AP-NY)",
                 "   \u2014 Jane Roe (@jroe) June 3, 2019", "[ photo ]", " +82 2 123 4567", "  app download now",
                 "\u00a9 2016 Wire", "  Related Stories", "Read more: the full story", "  Share this"):
        assert _FURNITURE_LINE.match(line), line
    for line in ("app download", "= Title", "More to come, the minister said of the talks.", "John@ not an address"):
        assert not _FURNITURE_LINE.match(line), line


@pytest.mark.parametrize("mark", [" ", "\t", "=", "-", "*", "(", "[", "\u2014", "* ", "- ", "= ", "\u00a9 "])
def test_a_line_of_marks_reads_quickly(mark):
    line = mark * (100_000 // len(mark))
    assert_runs_quickly(lambda: _FURNITURE_LINE.match(line), what=repr(mark))
    assert_runs_quickly(lambda: _FURNITURE_LINE.match(line + "x"), what=repr(mark))
    if mark.isspace():
        assert_runs_quickly(lambda: is_furniture(line + "x"), what=repr(mark))


def test_a_site_s_prompt_still_reads_as_before_and_quickly():
    for line in ("== Newsletter delivered every day ==", "* delivered every Monday", "** Staff Reporter **",
                 "-- View the original article", "» 1 2 3 next page"):
        assert is_reader_prompt(line), line
    assert not is_reader_prompt("delivered every day")  # (nothing before the word: as before)
    for mark in ("=", ".", "(", "#", "*"):
        line = mark * 100_000 + "x"
        assert_runs_quickly(lambda: is_reader_prompt(line), what=mark)


def test_a_cookie_statement_a_speaker_s_verb_follows_is_a_story_s():
    assert is_furniture("We use cookies to improve our service for you.")
    assert is_furniture("This site uses cookies.")
    for line in ("We use cookies, Facebook admitted in 2018.", "Our site uses cookies to follow readers, the firm "
                 "acknowledged.", "We use cookies sparingly, the company wrote in its reply."):
        assert not is_furniture(line), line


def test_another_outlet_s_channel_among_the_links_names_none():
    assert own_channel_list_credit(("YTN 유튜브", "구독 4,760,000", "YTN 페이스북"), outlets()) == "YTN"
    for lines in (("YTN 유튜브", "KBS 유튜브", "YTN 페이스북"), ("연합뉴스 유튜브", "YTN 유튜브", "YTN 페이스북")):
        assert own_channel_list_credit(lines, outlets()) is None, lines


def _yeonpyeong():
    return once_pattern(next(spec for spec in load_event_specs() if spec.id == "yeonpyeong-shelling"))


def test_drills_on_yeonpyeong_are_no_shelling_of_it():
    once = _yeonpyeong()
    for drill in ("Marines staged artillery firing drills on Yeonpyeong Island on Monday.",
                  "The military fired artillery from Yeonpyeong Island in a drill.",
                  "Artillery units stationed on Yeonpyeong Island fired into the sea.",
                  "Shelling exercises on Yeonpyeong Island resumed.", "The artillery drill on Yeonpyeong went ahead.",
                  "해병대가 연평도 포격훈련을 실시했다.", "연평도 포격 훈련이 재개됐다.", "延坪島で砲撃訓練を実施した。", "延坪岛炮击演习"):
        assert not once.search(drill), drill
    for shelling in ("North Korea's artillery attack on Yeonpyeong Island killed four.", "the shelling of Yeonpyeong",
                     "North Korea shelled Yeonpyeong Island", "연평도 포격 도발 이후", "北朝鮮の延坪島砲撃"):
        assert once.search(shelling), shelling


def test_followed_tells_a_test_done_only_with_the_test_its_object():
    for before in ("Sanctions followed the ", "the UN sanctions that followed the North's ", "It came after its "):
        assert _SINCE_EN.search(before), before
    for before in ("The world has closely followed preparations for a ", "Seoul followed the signs of a ",
                   "The talks came after weeks of warnings of a "):
        assert not _SINCE_EN.search(before), before


def test_a_whole_name_told_with_its_owner_s_s_is_a_name_told():
    assert full_names("Kim Jong Un's sister Kim Yo Jong spoke. ", "Kim") == [(0, "Kim Jong Un"), (21, "Kim Yo Jong")]
    assert full_names("Shinzo Abe's wife visited. ", "Abe") == [(0, "Shinzo Abe")]
    assert with_referent_named("Kim Jong Un's sister Kim Yo Jong issued a statement. ", "Kim warned Seoul") \
        == "Kim warned Seoul"  # two people: not named
    assert with_referent_named("Kenneth Bae's trial opened. ", "Bae was sentenced") == "Kenneth Bae was sentenced"
    assert full_names("Kenneth Bae'x ", "Bae") == []  # (an apostrophe but the owner's "'s" goes on the word)


def test_the_new_readings_read_hostile_texts_quickly():
    assert_each_reads_quickly([_SINCE_EN], "followed for " * 8_000)
    assert_each_reads_quickly([_SINCE_EN], "came after the " * 7_000)
    once = _yeonpyeong()
    for text in ("artillery drills on " * 5_000, "포격" * 50_000, "延坪島砲撃" * 20_000):
        assert_runs_quickly(lambda: once.search(text), what=text[:20])
    for text in ("Kim Jong Un's " * 7_000, "A's " * 25_000):
        assert_runs_quickly(lambda: full_names(text, "Kim"), what=text[:20])

"""Timeline round 42 (the odd half of holdout74): the fifth test told as "its second in eight months" tells of the
fourth, eight months before it (the fourth test's `about` and `once`, corpus/events.json); a count of tests, a test
long after, a Korean test on a day of no month name no listed test. Sentences written for the purpose."""

from __future__ import annotations

from tests.test_timeline_eighteenth_round_pages import linked


def test_the_fifth_test_as_the_second_in_eight_months_tells_of_the_fourth():
    page = ("The North said on Friday that it had set off a nuclear device. It was Pyongyang's fifth nuclear test "
            "and its second in eight months, defying tough sanctions.")
    links = linked((page, "2016-09-10"))
    assert "fourth-nuclear-test" in links and "fifth-nuclear-test" in links
    page = "Since the North carried out its second nuclear test in eight months, Seoul has pressed for new sanctions."
    assert "fourth-nuclear-test" in linked((page, "2016-09-20"))


def test_a_second_launch_in_eight_months_names_no_test():
    page = "North Korea fired a missile on Sunday, its second launch in eight months, officials said."
    assert "fourth-nuclear-test" not in linked((page, "2016-09-11"))


def test_the_second_in_eight_months_before_the_fourth_test_names_it_not():
    page = "It was the North's second nuclear test in eight months, officials said on Monday."
    assert "fourth-nuclear-test" not in linked((page, "2015-05-11"))


# A test named by its noun alone ("a nuclear device", "a hydrogen bomb") names no listed test: the round's rule for it
# lost a right link on an undated page (holdout52/009) and was left out at the merge; these guards stay.
def test_a_count_of_tests_names_neither_test():
    page = "Seoul called the pact necessary, as Pyongyang carried out two nuclear tests and many launches this year."
    links = linked((page, "2016-11-23"))
    assert "fourth-nuclear-test" not in links and "fifth-nuclear-test" not in links
    page = "平壌は今年2回の核実験を行った。"
    assert "fifth-nuclear-test" not in linked((page, "2016-11-23"))


def test_a_test_named_by_its_noun_long_after_it_names_it_not():
    page = "North Korea carried out a nuclear test, South Korean officials said."
    assert "fourth-nuclear-test" not in linked((page, "2017-09-04"))


def test_a_korean_test_on_a_day_of_no_month_names_no_listed_test():
    page = "연휴 끝에 북한이 오늘(9일) 오전 지하 핵실험을 했다고 공식 발표했습니다."  # as the 2006 test was told
    assert "fifth-nuclear-test" not in linked((page, None))

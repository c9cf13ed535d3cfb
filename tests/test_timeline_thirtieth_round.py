"""Timeline round 30, from the even half of holdout44: a day's grace for a page dated in the Americas.
A page printed on a Thursday evening in the US that tells of a happening "on Friday" as done tells of
Asia's Friday, the day after its date (the weekday read back six days is the event's day when the event
is the day after the printed date: corpus/event_rules.py). Not a grace for any page of the day before:
one that names no weekday, or an estimated date, stays as it was. Sentences written for the purpose."""

from __future__ import annotations

from tests.test_timeline_eighteenth_round_pages import linked

# 8 September 2016 was a Thursday, the fifth test Friday the 9th (Korea's time)
DONE_ON_FRIDAY = "Officials in Seoul said the North conducted a fifth nuclear test on Friday, its largest so far."


def test_the_weekday_after_a_us_date_is_asias_day_of_the_event():
    assert "fifth-nuclear-test" in linked((DONE_ON_FRIDAY, "2016-09-08"))
    assert "fifth-nuclear-test" in linked((DONE_ON_FRIDAY, "2016-09-09"))  # the very day, as before
    # no grace without the weekday, nor two days before (a Wednesday page's "Friday" is the one before it)
    page = "Officials in Seoul said the North conducted a fifth nuclear test, its largest so far."
    assert "fifth-nuclear-test" not in linked((page, "2016-09-08"))
    assert "fifth-nuclear-test" not in linked((DONE_ON_FRIDAY, "2016-09-07"))


def test_a_decision_said_on_asias_friday():
    # 21 November 2019 was a Thursday; Seoul suspended its decision to end the pact on Friday the 22nd
    page = ("Reversing course at the last hour, the South Korean government said Friday it would let its "
            "intelligence-sharing pact with Japan live on, suspending its decision to end it.")
    assert "termination-suspended-2019" in linked((page, "2019-11-21"))
    assert "termination-suspended-2019" not in linked((page, "2019-11-19"))


def test_a_year_counted_from_is_no_date_of_the_test():
    # "the fifth test since 2006": the year is what time is counted from, it agrees with no test and objects to none
    page = "据报道,朝鲜宣布核弹头爆炸试验成功,这是朝鲜自2006年以来第五次核试验。"
    assert "fifth-nuclear-test" in linked((page, "2016-09-10"))
    assert "fifth-nuclear-test" not in linked((page, "2015-09-10"))


def test_an_anniversary_of_what_the_sentence_named():
    page = ("Families of the marines who died when North Korea shelled Yeonpyeong Island gathered in Daejeon "
            "for the battle's 13th anniversary.")
    assert "yeonpyeong-shelling" in linked((page, "2023-11-23"))
    assert "yeonpyeong-shelling" in linked((page, None))
    assert "yeonpyeong-shelling" not in linked((page, "2019-11-23"))  # the 9th, not the 13th


def test_a_tests_rank_in_its_year_names_it():
    fifth = "The North set off its second nuclear test of 2016, a sign that it can now test more often."
    assert "fifth-nuclear-test" in linked((fifth, None))
    first = "The North set off its first nuclear test of 2016, saying it was a hydrogen bomb."
    assert "fourth-nuclear-test" in linked((first, None))
    assert "fifth-nuclear-test" not in linked((first, None))
    said = "Park noted it was the North's second nuclear test this year, after the one in January."
    assert "fifth-nuclear-test" in linked((said, "2016-09-09"))

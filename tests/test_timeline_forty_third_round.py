"""Timeline round 43 (the even half of holdout74, then pages that print no date): a once-only happening told in
its own month with no year ("decided in August to end the pact"), the year a leader's counted birthday tells ("one
day after the 105th anniversary of the birth of Kim Il Sung"), the fifth test as the North's most powerful, the
island shelled by the North. Sentences written for the purpose; each positive case beside a guard."""

from __future__ import annotations

from corpus.date_birthdays import year_of_a_birthday
from tests.test_timeline_eighteenth_round_pages import linked, timeline


def test_a_once_only_decision_told_in_its_own_month_on_a_page_that_prints_no_date():
    page = ("Officials met in Tokyo on Friday, days before the GSOMIA is set to lapse.\n\n"
            "Seoul decided in August to end the three-year-old pact after Tokyo tightened its export rules.")
    assert "termination-decision-2019" in linked((page, None))
    korean = "정부는 지소미아 만료를 앞두고 있다.\n\n정부는 8월 22일 협정을 종료하기로 결정했다."
    assert "termination-decision-2019" in linked((korean, None))


def test_another_month_or_a_page_not_naming_the_pact_dates_nothing():
    page = ("Officials met in Tokyo on Friday, days before the GSOMIA is set to lapse.\n\n"
            "Seoul decided in November to end the three-year-old pact after Tokyo tightened its export rules.")
    assert "termination-decision-2019" not in linked((page, None))
    other = "The two sides met on Friday.\n\nSeoul decided in August to end the fisheries pact after a row over quotas."
    assert "termination-decision-2019" not in linked((other, None))
    signed = ("The GSOMIA was back in the news.\n\n"
              "Seoul decided in August to end the pact it had signed in November with Tokyo.")
    assert "termination-decision-2019" not in linked((signed, None))


def test_a_month_does_not_say_which_nuclear_test():
    page = "North Korea carried out its fifth nuclear test in September, officials said on Monday."
    assert "fifth-nuclear-test" in linked((page, "2016-09-12"))
    page = "Experts said North Korea carried out a nuclear test in September, its most recent."
    assert "fifth-nuclear-test" not in linked((page, None))


def test_a_counted_birthday_tells_the_year_of_a_page_that_prints_no_date():
    page = ("North Korea tried to fire a missile from its east coast on Sunday; the attempt seems to have failed.\n\n"
            "Last year the North fired a long-range rocket and carried out two nuclear tests, its most powerful one "
            "among them.\n\nThe launch came one day after the 105th anniversary of the birth of Kim Il Sung.")
    links = linked((page, None))
    assert "north-korea-tests-2016" in links and "fifth-nuclear-test" in links
    made = timeline((page, None))
    dates = {c.article_date for e in made.events for c in e.coverage}
    assert dates == {"2017"}


def test_a_birthday_of_another_time_tells_no_year():
    assert year_of_a_birthday("The North is preparing for next year's 100th birthday of Kim Il Sung.") is None
    assert year_of_a_birthday("In 2012 it marked the 100th anniversary of the birth of Kim Il Sung.") is None
    assert year_of_a_birthday("It marked the 100th anniversary of the birth of Kim Il Sung. In 2016 it tested.") is None
    assert year_of_a_birthday("김일성 탄생 100주년을 맞아 발사했다.") == (2012, "김일성 탄생 100주년")
    page = ("Last year the North fired a long-range rocket and carried out two nuclear tests, its most powerful one "
            "among them.\n\nThe launch came days before the late Kim Il Sung's birthday.")
    # (the pair of 2016 is named by "two nuclear tests" told done "last year" whatever the page's day: round 64)
    assert "fifth-nuclear-test" not in linked((page, None))  # "its most powerful one", only with a page's year
    made = timeline((page, None))
    assert {coverage.article_date for event in made.events for coverage in event.coverage} == {None}
    counted = page.replace("Kim Il Sung's birthday", "the 105th anniversary of the birth of Kim Il Sung")
    assert "fifth-nuclear-test" in linked((counted, None))  # a counted birthday does date it (2017)


def test_the_most_powerful_test_long_after_the_fifth_is_not_the_fifth():
    page = "North Korea carried out its most powerful nuclear test on Sunday, officials said."
    assert "fifth-nuclear-test" not in linked((page, "2017-09-04"))


def test_the_island_shelled_by_the_north():
    page = ("Residents of the small South Korean island shelled by North Korea described on Wednesday how they fled "
            "Tuesday's barrage, which killed four people.")
    assert "yeonpyeong-shelling" in linked((page, "2010-11-24"))
    page = "Residents of the small South Korean island described on Wednesday how they fled a storm."
    assert "yeonpyeong-shelling" not in linked((page, "2010-11-24"))

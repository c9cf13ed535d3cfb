"""Issue 13's fortieth intake round, on texts of our own: the even halves of `holdout52` to `holdout56`,
their wrong answers first (a day read as a closing credit, a site's clock above a Japanese title, a
court's day of decision). A positive failed before the round; a negative beside it keeps what must not
change."""

from __future__ import annotations

from tests.test_intake_foreign_dates import date_of
from tests.test_intake_thirty_fifth_round import EN_STORY, JA_STORY, KO_STORY
from tests.test_metadata_outlets import outlet_of


def test_a_day_closing_a_video_caption_names_no_outlet():
    page = "Blast hits valley dam\n\n" + EN_STORY * 2 + "Crews searched the valley after the blast. {}\n"
    assert outlet_of(page.format("(April 21)")) is None  # AP's video captions close on the day
    assert outlet_of(page.format("(Aug. 1)")) is None
    assert outlet_of(page.format("(AP)")) == "Associated Press"  # a wire's credit, as before


def test_a_sites_clock_above_a_japanese_title_is_not_the_pages_date():
    page = "2018年9月22日(土)\n\n衆院選2017\n\n{}\n\n2017/10/23 17:47\n\n" + JA_STORY * 3
    assert date_of(page.format("県の堤防補強工事が始まる 来年3月までに")) == "2017-10-23"  # a title between
    assert date_of(page.format("衆院選2017")) == "2018-09-22"  # a section's name is no title: the first date


def test_a_courts_day_of_decision_is_not_the_pages_date():
    page = "헌재 결정문 [형법 위헌소원]\n\n사건\n\n2017헌바127\n\n{}\n\n2019.04.11\n\n주문\n\n" + KO_STORY * 3
    assert date_of(page.format("선고일")) is None  # the court's day, the database's page has none
    assert date_of(page.format("작성일")) == "2019-04-11"  # another label: the date line as before
    assert date_of("헌재 결정문\n\n선고일 2019.04.11\n\n" + KO_STORY * 3) is None

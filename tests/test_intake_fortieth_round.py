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


def test_a_site_promoting_itself_on_a_line_of_its_own():
    page = "제방 보강 공사 시작\n\n" + (KO_STORY + "\n") * 3 + "{}\n\n▷ 전화 02-784-4000\n"
    assert outlet_of(page.format("MBC 뉴스는 24시간 여러분의 제보를 기다립니다.")) == "MBC"
    assert outlet_of(page.format("저희는 여러분의 제보를 기다립니다.")) is None  # no outlet named
    assert outlet_of(page.format("항상 시민과 함께하겠습니다. 한겨레 구독신청 하기")) == "The Hankyoreh"
    assert outlet_of(page.format("지금 구독신청 하기")) is None
    english = "  1. Skip to content\n  2. {}\nValley toll rises\n" + EN_STORY * 3
    assert outlet_of(english.format("Skip to more DW sites")) == "Deutsche Welle"
    assert outlet_of(english.format("Skip to more partner sites")) is None  # unlisted


def test_outlets_added_this_round():
    assert outlet_of("Koike wins Tokyo\n\n" + EN_STORY * 3 + "\nWefornews Bureau\n") == "WeForNews"
    assert outlet_of("탄핵안 통과\n기사입력 2023-02-09 21:37 최종편집 경남우리신문\n" + KO_STORY * 3) == "Gyeongnam Uri Sinmun"

"""Timeline round 18, from the misses of holdout13's and holdout14's odd halves: wordings
(corpus/happening_words*.py), names (corpus/events.json), a distance of two units
(corpus/intervals.py), a plan's date dating its undoing (corpus/event_rules.py), a deadline's
postposition (corpus/events.py) and a day of last year (corpus/date_carried.py). Sentences written for the purpose, positive and
negative."""

from __future__ import annotations

import pytest

from corpus.date_value import DateValue
from corpus.dates import find_dates
from corpus.events import mention_role
from corpus.intervals import days_before
from tests.test_happenings_seventeenth_round import about
from tests.test_happenings_sixteenth_round import reported


@pytest.mark.parametrize(("text", "kind"), [
    ("이미 가서명을 마친 조약은 곧 서명된다.", "agree"),
    ("1998년 5월 4일 맺어진 조약은 해마다 갱신된다.", "sign"),
    ("정부는 3일 조약을 더는 연장하지 않겠다고 밝혔다.", "terminate"),
    ("내각, 조약 연장 않기로", "terminate"),
    ("정부는 같은 해 조약 종료 통보의 효력 정지를 통보했다.", "extend"),
    ("상대국이 '종료 통보 유예'를 택했다.", "extend"),
    ("相手国は先に閣議での手続きを終えており、署名する運びだ。", "approve"),
    ("The former president, who voided a treaty both sides call the Accord, died.", "terminate"),
    ("The court annulled the agreement in 1999.", "terminate"),
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("상대국과 맺은 조약을 유지한다.", "sign"),  # no date right before: it only describes the treaty
    ("가서명을 마치지 못했다.", "agree"),
    ("정부는 조약을 연장하겠다고 밝혔다.", "terminate"),  # extending it
    ("정부는 조약 종료 통보를 했다.", "extend"),
    ("相手国は閣議での手続きを終える予定だ。", "approve"),
    ("They will impeach him should [the pact with Seoul] be provisionally signed.", "agree"),
    ("They will resign should the treaty be signed.", "sign"),
    ("The court has not voided the agreement.", "terminate"),
])
def test_not_a_wording_of_the_happening(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("event_id", "text", "named"), [
    ("yeonpyeong-shelling", "after the North's shelling of the border island on a November day", True),
    ("yeonpyeong-shelling", "the bombardment of a frontline island", True),
    ("yeonpyeong-shelling", "the shelling of the capital", False),
    ("termination-decision-2019", "한국정부는 한일 군사정보보호협정을 종료했다.", True),
    ("termination-decision-2019", "군사비밀정보보호협정", True),
    ("termination-decision-2019", "군사정보 공유", False),
])
def test_names_of_an_event(event_id, text, named):
    assert about(event_id, text) is named


def test_a_distance_of_two_units_counts_both():
    text = "It came less than a month after talks were revived, and four years and five months after they broke down."
    least, most = days_before(text, 0, text.index("broke"))
    assert 4 * 365 + 4 * 30 <= least and most <= 4 * 366 + 6 * 31
    assert days_before(text, 0, text.index("revived")) == (0, 31)
    one = "It came five months after they broke down."
    assert days_before(one, 0, one.index("broke")) == (4 * 31, 6 * 31)


@pytest.mark.parametrize(("text", "role"), [
    ("협정을 끝내려면 8월 23일까지 상대국에 알려야 합니다.", "reference"),
    ("通告は8月24日までに行う必要がある。", "reference"),
    ("정부는 8월 23일 상대국에 알렸다.", "event"),
])
def test_a_deadline_told_after_its_date(text, role):
    found = next(f for f in find_dates(text, DateValue(2019, 9, 1)) if f.kind == "date")
    assert mention_role(text, found.start, found.end) == role


@pytest.mark.parametrize(("text", "day"), [
    ("われわれ政府は昨年11月22日、効力を停止させた。", "2019-11-22"),
    ("정부는 지난해 8월 23일 통보했다.", "2019-08-23"),
    ("政府は今年3月16日に決めた。", "2020-03-16"),
])
def test_a_day_of_last_year(text, day):
    assert [f.value.iso() for f in find_dates(text, DateValue(2020, 5, 3)) if f.value] == [day]
    assert [f.value for f in find_dates(text, None) if f.kind == "date"] == []  # no page date: unknown

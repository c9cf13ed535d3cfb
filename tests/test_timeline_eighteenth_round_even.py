"""Timeline round 18, from the misses of holdout13's and holdout14's even halves, read after their
blind measure: wordings (corpus/happening_words*.py, corpus/happenings.py), names
(corpus/events.json), an acronym in brackets that ends no clause (corpus/text_units.py), dates of
what was due and of a statement named by its noun (corpus/events.py, corpus/date_readers.py), and
proposed events' titles (corpus/event_titles.py, index/proposals.py). Sentences written for the
purpose, positive and negative."""

from __future__ import annotations

import pytest

from corpus.date_value import DateValue
from corpus.dates import find_dates
from corpus.event_titles import event_title
from corpus.events import mention_role
from corpus.text_units import clause_span, sentences
from tests.test_happenings_seventeenth_round import about
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import proposed


@pytest.mark.parametrize(("text", "kind"), [
    ("The talks led Lima to conditionally put off the end of the two countries' treaty.", "extend"),
    ("Lima notified Quito in May 2019 that it intended to end the agreement.", "terminate"),
    ("Hours before it was due to lapse, Lima agreed to extend the treaty \"conditionally\".", "extend"),
    ('Lima "terminated" the treaty in May.', "terminate"),
    ("The paper said the ministry's initialling of the agreement was a mistake.", "agree"),
    ("The Cabinet has been criticized for passing the deal behind closed doors.", "approve"),
    ("この条約は本来1999年に結ばれる予定だったが、相手国側が延期を求めた経緯がある。", "collapse"),
    ("5月4日、非公開のまま閣議で決定されたため、批判されています。", "approve"),
    ("관계자는 “조약 체결 뒤 교류한 기간이 짧다”고 말했다.", "sign"),
    ("이 조약은 1998년 5월 두 나라가 맺은 첫 협정이다.", "sign"),
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("Lima does not intend to end the agreement.", "terminate"),
    ("Lima wants Quito to say it intended to end the agreement.", "terminate"),
    ('Lima warned the treaty could be "terminated" at any moment.', "terminate"),
    ("The court will be passing judgment on the deal.", "approve"),
    ("相手国側は延期を求める方針だ。", "collapse"),
    ("野党は署名の延期を求めた。", "collapse"),  # a party's wish, not a side's request
    ("조약 체결을 앞두고 있다.", "sign"),
    ("이 조약은 5월 23일까지 유효하다.", "sign"),
])
def test_not_a_wording_of_the_happening(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize(("event_id", "text", "named"), [
    ("termination-suspended-2019", 'Seoul agreed to extend GSOMIA "conditionally" at the last hour.', True),
    ("termination-suspended-2019", "Seoul conditionally extended the pact.", True),
    ("cabinet-approval-2012", "この協定は、長官会議で方針が固まり、6月26日、非公開のまま閣議で決定された。", True),
    ("cabinet-approval-2012", "この協定は、長官会議で方針が固まった。", False),
])
def test_names_of_an_event(event_id, text, named):
    assert about(event_id, text) is named


def test_an_acronym_in_brackets_ends_no_clause():
    text = "The council decided to end the General Security Agreement (GSOMIA) after a meeting on Thursday."
    sentence = sentences(text)[0]
    start, end = clause_span(text, sentence, text.index("end"), text.index("end") + 3)
    assert text[start:end].endswith("on Thursday.")
    aside = "The council decided to end the pact (as it said it would) on Thursday."
    start, end = clause_span(aside, sentences(aside)[0], aside.index("end"), aside.index("end") + 3)
    assert "Thursday" not in aside[start:end]


@pytest.mark.parametrize(("text", "date", "role"), [
    ("The director-general met them a week before the treaty was due to end on Nov. 23.", "Nov. 23", "plan"),
    ("The signing had been scheduled to take place on Friday.", "Friday", "plan"),
    ("The treaty ended on Nov. 23.", "Nov. 23", "event"),
    ("The unusually pointed statement on Monday reflected worries about the exit.", "Monday", "attribution"),
    ("The statement on Monday of the ministry was long.", "Monday", "event"),
])
def test_what_a_date_dates(text, date, role):
    assert mention_role(text, text.index(date), text.index(date) + len(date)) == role
    assert any(found.text == date for found in find_dates(text, DateValue(2019, 11, 26)))


def test_a_title_leaves_a_nouns_appositive_out():
    text = "The Defense Trilateral Talks, a meeting of the United States, Japan and Korea, took place later in the day."
    date, verb = text.index("later in the day"), text.index("Trilateral")
    assert event_title(text, (date, date + 16), (verb, verb + 10)) == "The Defense Trilateral Talks took place"


def test_a_state_or_what_a_statement_means_is_no_happening():
    page = ("Yoon appears intent on building on the momentum that his meeting with Kishida on Thursday created.\n\n"
            "The unusually pointed statement on Monday reflected worries that the exit would hurt.\n\n"
            "Dozens of activists gathered outside the ministry on Monday.")
    titles = proposed((page, "2023-03-18"))
    assert titles == ["Dozens of activists gathered outside the ministry"]

"""Timeline round 19, from the misses and wrong links of holdout15's and holdout16's odd halves:
what is awaited in the present passive ("as soon as it is signed"), wished in a participle
("demanding that it be scrapped"), a refusal to extend (corpus/happenings.py,
corpus/happening_words.py), a participle said of another named document
(corpus/happening_objects.py), a date after a nearer verb (corpus/dates_of_other_verbs.py).
Sentences and pages written for the purpose, positive and negative."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize(("text", "kind"), [
    ("The treaty took effect once it was signed.", "sign"),  # told in the past: it happened
    ("The government has declined to extend the treaty.", "terminate"),
    ("The government, having refused in May to renew it, let the treaty lapse.", "terminate"),
    ("It decided to suspend the ending of the treaty.", "extend"),
    ("Its eleventh-hour choice on Friday to keep the pact surprised allies.", "extend"),
    ("Protesters demanded the treaty's end, and the parliament scrapped the treaty.", "terminate"),
])
def test_wordings_of_a_happening(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("The treaty will take effect as soon as it is signed.", "sign"),
    ("It comes into force once it has been formally ratified by both.", "approve"),
    ("Activists held a rally, demanding that the treaty be scrapped.", "terminate"),
    ("They gathered, urging that the treaty be kept.", "extend"),
    ("The government has declined to sign the treaty.", "terminate"),  # no extension refused
    ("It decided to suspend the talks.", "extend"),
    ("Its eleventh-hour choice on Friday to keep quiet surprised allies.", "extend"),
])
def test_not_a_wording_of_the_happening(text, kind):
    assert not reported(text, kind)


def test_a_participle_of_another_named_document_is_not_the_pacts():
    other = ("North Korea attacked the GSOMIA on Tuesday, calling the intelligence pact an obstacle to the aims "
             "of the inter-Korean Panmunjom Declaration signed April 27.")
    assert "signing" not in linked((other, None))
    own = ("North Korea attacked the General Security of Military Information Agreement signed in 2016 "
           "between Seoul and Tokyo.")
    assert "signing" in linked((own, None))


def test_a_date_after_a_nearer_verb_in_a_past_form_is_that_verbs():
    page = "South Korea has declined to extend the intelligence-sharing pact it signed with Japan in 2016."
    assert "termination-decision-2019" in linked((page, "2019-08-24"))
    # the date after the wording itself still dates it
    dated = "South Korea declined to extend the intelligence-sharing pact with Japan in 2018."
    assert "termination-decision-2019" not in linked((dated, "2019-08-24"))
    # ... and a "since" clause's date starts the wording's span: it still dates it
    since = "South Korea had renewed the intelligence-sharing pact every year since it was signed in November 2016."
    assert "termination-suspended-2019" not in linked((since, "2019-11-23"))


def test_what_is_awaited_in_the_present_passive_is_no_signing():
    awaited = "The intelligence-sharing pact with Japan will come into force as soon as it is signed."
    assert "signing" not in linked((awaited, "2016-11-24"))
    done = "The intelligence-sharing pact with Japan came into force as soon as it was signed."
    assert "signing" in linked((done, "2016-11-23"))

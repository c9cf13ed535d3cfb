"""A page that gives no date reports the only listed event its wording can mean (corpus/sole_events.py):
each condition of the rule, shown by a pair of texts written for the purpose that differ in it alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus.date_value import DateValue
from corpus.events import dated_mentions, load_event_specs
from corpus.loader import article_from_raw
from corpus.sole_events import rivals_of
from index.readings import read_article
from index.timeline import listed_event

SPECS = {spec.id: spec for spec in load_event_specs()}


def page(text: str, published: str | None = None, headline: str = "Intelligence report"):
    known = {"id": "sole0001", "outlet": "Test Wire", "headline": headline}
    if published:
        known.update(date=published, date_precision="day", date_provenance="given by the test")
    return article_from_raw(f"{headline}\n\n{text}\n", known, "test:sole")


def linked(spec, text: str, published: str | None = None, headline: str = "Intelligence report") -> bool:
    article = page(text, published, headline)
    return bool(listed_event(spec, [read_article(article, dated_mentions(article))]).coverage)


# (event, linked text, the same with one condition of the rule broken)
PAIRS = [
    pytest.param("termination-decision-2019", "Seoul ended the intelligence-sharing agreement.",
                 "Seoul ended the intelligence-sharing agreement. Its envoy met Japan's leaders in March 2023.",
                 id="a page that names a later date may mean another time"),
    pytest.param("termination-decision-2019", "Seoul ended the intelligence-sharing agreement, the ministry said.",
                 "Seoul ended the intelligence-sharing agreement, the ministry said on Monday.",
                 id="a weekday that is not the event's"),
    pytest.param("termination-decision-2019", "Seoul ended the intelligence-sharing agreement, officials said.",
                 "Seoul ended an intelligence-sharing agreement, officials said.",
                 id="a pact introduced as new may be any"),
    pytest.param("termination-decision-2019", "Seoul ended the intelligence-sharing agreement, officials said.",
                 "Ending the intelligence-sharing agreement would hurt Seoul, officials said.",
                 id="a clause that only supposes"),
    pytest.param("normalization-2023", "The military intelligence pact has been fully normalized, Yoon told reporters.",
                 "\u201cThe military intelligence pact has been fully normalized,\u201d Yoon told reporters.",
                 id="a quotation"),
    pytest.param("signing", "Seoul and Tokyo signed the military information pact.",
                 "Seoul and Tokyo signed the military information pact. They will sign the full text next week.",
                 id="a page that words the happening as still ahead"),
    pytest.param("signing", "Japan and South Korea signed the military information pact.",
                 "Japan and South Korea signed the three-way military information pact.",
                 id="a rival event that needs no wording is named"),
    pytest.param("signing", "Japan and South Korea signed the military information pact.",
                 "Japan and South Korea signed the pact.",
                 id="the page does not name the GSOMIA"),
    pytest.param("collapse-2012", "Seoul called off the signing of the military information pact.",
                 "Seoul called off the military information pact.",
                 id="the collapse ends a step toward the pact"),
    pytest.param("termination-decision-2019", "Seoul scrapped the military information pact.",
                 "Seoul scrapped the signing of the military information pact.",
                 id="a step toward the pact ended is no later happening"),
]


@pytest.mark.parametrize("event_id, reports, broken", PAIRS)
def test_each_condition_of_the_rule_decides(event_id, reports, broken):
    assert linked(SPECS[event_id], reports)
    assert not linked(SPECS[event_id], broken)


def test_only_a_page_that_gives_no_date():
    text = "Seoul ended the intelligence-sharing agreement, officials said."
    assert linked(SPECS["termination-decision-2019"], text)
    assert not linked(SPECS["termination-decision-2019"], text, published="2021-05-04")


def test_not_from_a_headline():
    spec = SPECS["normalization-2023"]
    assert not linked(spec, "The two leaders met in Tokyo.", headline="Seoul fully restores military intelligence pact")


def test_an_event_that_is_not_sole_needs_a_date():
    text = "The Cabinet approved the military intelligence pact, officials said."
    assert not SPECS["cabinet-approval-2012"].sole  # the cabinet approved the pact in 2012 and again in 2016
    assert not linked(SPECS["cabinet-approval-2012"], text)
    assert linked(SPECS["cabinet-approval-2012"], text, published="2012-06-27")


def test_two_listed_events_of_the_kind_leave_it_unlinked():
    signing = SPECS["signing"]
    twin = replace(signing, id="signing-again", date=DateValue(2018, 5, 2), once=(), sole=())
    specs = (signing, twin)
    contested = replace(signing, rivals=rivals_of(signing, specs))
    text = "Japan and South Korea signed the military information pact."
    assert linked(signing, text)
    assert not linked(contested, text)


def test_rivals_are_happenings_of_the_kind_or_needing_no_wording():
    rivals = {rival.id for rival in SPECS["signing"].rivals}
    assert "trilateral-arrangement-2014" in rivals  # kind "any"
    assert "seoul-says-it-will-sign-2012" not in rivals  # a statement of intent, not a signing
    assert "termination-decision-2019" not in rivals
    assert not SPECS["liberation-1945"].rivals  # only sole events are weighed against others

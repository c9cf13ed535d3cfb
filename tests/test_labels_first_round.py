"""The labels of retellings follow one reading (the development set's README, "The pact's year as its name" and
"The pact's making and its life, told in passing"): the pact named by its year, or by a clause that only says who made
it or what for, does not report the signing; its making told with a time of its own does; the pact said to be in force
or in place since a year, or to have begun then, reports its taking effect. Checked on the readable sets only (the
default sets, without the unread even halves)."""

from __future__ import annotations

import re

import pytest

from tests.readable_labels import READABLE, events_of, text_of

YEAR_AS_NAME = re.compile(r"\b(?:the|a|its) 2016 (?:[\w-]+ ){0,5}(?:agreement|pact|deal|accord|GSOMIA)\b", re.I)
ACT_OF_MAKING = re.compile(r"\b(?:sign\w*|conclu\w+|inked|entered into|brokered|set up|came about|reached|struck|"
                           r"sealed|forged|produced)\b", re.I)
PURPOSE_CLAUSE = re.compile(r"\b(?:an agreement we signed with the aim of|(?:agreement|pact), (?:which was )?signed "
                            r"(?:to|for the purpose of))\b", re.I)
IN_FORCE_SINCE = re.compile(r"\b(?:agreement|pact|accord|GSOMIA)\b[^.]{0,60}?\b(?:(?:in force|in place) since|"
                            r"began in|since)\b(?: \w+)? 2016\b|\bhave had a channel[^.]{0,40} since 2016\b", re.I)


def test_a_page_that_names_the_pact_only_by_its_year_does_not_list_the_signing():
    named_only = [pid for pid, text, label in READABLE
                  if YEAR_AS_NAME.search(text) and not ACT_OF_MAKING.search(text)]
    assert {"holdout12/020", "holdout14/030", "dev/030", "holdout18/032", "holdout63/001"} <= set(named_only)
    assert [pid for pid in named_only if "signing" in events_of(pid)] == []


def test_a_page_that_names_the_pact_by_what_it_was_signed_for_does_not_list_the_signing():
    by_purpose = [pid for pid, text, _ in READABLE
                  if PURPOSE_CLAUSE.search(text) and not ACT_OF_MAKING.search(PURPOSE_CLAUSE.sub("", text))]
    assert {"holdout36/017", "holdout9/014", "holdout25/013", "holdout25/015", "holdout/037"} <= set(by_purpose)
    assert [pid for pid in by_purpose if "signing" in events_of(pid)] == []


def test_a_page_that_says_the_pact_is_in_force_since_2016_lists_its_taking_effect():
    in_force = [pid for pid, text, _ in READABLE if IN_FORCE_SINCE.search(text)]
    assert {"holdout14/001", "holdout18/020", "holdout20/005", "holdout20/007", "holdout86/007"} <= set(in_force)
    assert "holdout16/019" not in in_force  # "talks at that level ... since the summer of 2016": not the pact
    assert [pid for pid in in_force if "takes-effect" not in events_of(pid)] == []


@pytest.mark.parametrize("page_id, phrase, event, listed", [
    # the year as the pact's name, in Spanish: not the signing
    ("holdout83/017", "del pacto militar de 2016", "signing", False),
    # the making told with a time of its own: the signing
    ("holdout9/020", "brokered under the Obama administration", "signing", True),
    ("holdout21/030", "a pact that came about only after years of nudging", "signing", True),
    ("holdout63/016", "The Gsomia was set up in 2016", "signing", True),
    ("holdout18/029", "Since it was signed", "signing", True),
    ("holdout62/009", "was concluded in 2016", "signing", True),  # beside the NSC's "an agreement we signed ..."
    ("holdout/014", "signed the General Security of Military Information Agreement on Nov. 23, 2016", "signing", True),
    # in force since a year: the taking effect, not the signing
    ("holdout20/005", "The military agreement began in 2016", "signing", False),
    ("holdout18/020", "The agreement, in place since 2016", "signing", False),
])
def test_the_phrase_that_decides_a_page_decides_its_label(page_id, phrase, event, listed):
    assert phrase in text_of(page_id)
    assert (event in events_of(page_id)) is listed

"""Proposed events, the lead's work beside timeline round 23 (index/proposals.py). Sentences
written for the purpose.

- A title that only says where something was, a phrase under a preposition with no deed ("At a
  meeting with officials and lawmakers of the ruling party", "Of the party's steering council"),
  is not proposed; with a deed ("At the talks he signed a protocol") or a comma before its clause
  ("In Lima, the minister resigned") it is.
- Nor an infinitive, what someone claims "to have fired".
"""

from __future__ import annotations

from tests.test_timeline_eighteenth_round_pages import proposed


def test_a_title_that_only_says_where_is_not_proposed():
    setting = ("At a meeting with government officials and lawmakers of the ruling Liberal Party at his "
               "office in Lima on Tuesday, President Ortega said he was setting up separate talks.")
    assert proposed((setting, "2019-12-03")) == []
    told = ("\u201cIt is regrettable that President Ortega has not answered our call to dismiss Prime "
            "Minister Ruiz,\u201d party chairman Rep. Luis Vega told a meeting of the party's supreme council "
            "on Monday. \u201cWe will hold a vote on Ruiz on Tuesday.\u201d")
    assert proposed((told, "2012-07-17")) == []


def test_a_setting_with_a_deed_or_a_clause_after_it_is_proposed():
    signed = "At the defence ministers' talks on Monday he signed a protocol on fishing."
    assert any("signed a protocol" in title for title in proposed((signed, "2009-04-20")))
    resigned = "In Lima on Monday, Fisheries Minister Ana Ruiz resigned over the quotas."
    assert any("Ana Ruiz resigned" in title for title in proposed((resigned, "2019-11-18")))


def test_an_infinitive_is_not_proposed():
    reported = ("Peru is reported to have fired a warning shot on Tuesday morning, only days after the first "
                "talks between Lima's new President Ana Ruiz and Chile's President Luis Vega.")
    assert proposed((reported, "2017-07-04")) == []

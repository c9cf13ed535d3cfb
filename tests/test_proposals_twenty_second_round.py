"""Proposed events, the lead's work beside timeline round 22 (corpus/event_titles.py,
index/proposals.py, corpus/events.py). Sentences and pages written for the purpose.

- A saying that is itself the happening keeps its sayer: "The presidential office announced
  the decision", not "The decision".
- A title that ends with its saying tells nothing ("President Lee said", before a quotation), nor
  one that ends with "came" ("Tokyo's first retaliatory step came"): not proposed.
- Nor a title told under "will" or "would" ("Seoul would not revisit its decision to let the pact
  lapse"), nor one cut to its room before the happening's verb, telling no other deed.
- A page cannot tell as done what came after it: a date after the page's own in a sentence
  told in the present ("The new quotas take effect Nov. 13") is a plan, anticipated apart.
"""

from __future__ import annotations

from corpus.event_titles import event_title
from tests.test_timeline_eighteenth_round_pages import proposed, timeline


def titled(sentence: str, date: str, verb: str) -> str:
    at, verb_at = sentence.index(date), sentence.index(verb)
    return event_title(sentence, (at, at + len(date)), (verb_at, verb_at + len(verb)))


def test_a_saying_that_is_the_happening_keeps_its_sayer():
    sentence = ("The cabinet office in Lima announced the decision Thursday, saying the new quotas had "
                "changed the terms of the fishing treaty.")
    assert titled(sentence, "Thursday", "announced") == "The cabinet office in Lima announced the decision"
    # a saying before another's doing still goes
    assert titled("Officials said Tuesday that Lima had ended the treaty on Aug. 22.", "Aug. 22", "ended") \
        == "Lima had ended the treaty"


def test_a_title_that_ends_with_its_saying_or_a_coming_is_not_proposed():
    quoted = ('At a meeting with his aides on Monday, President Ortega said, "This treaty, which twenty '
              'countries have already signed, serves the country well."')
    assert not any(title.endswith("said") for title in proposed((quoted, "2012-07-06")))
    told = "At a meeting with his aides on Monday, President Ortega signed the fishing treaty."
    assert "President Ortega signed the fishing treaty" in proposed((told, "2012-07-06"))
    came = "Lima's first answer came on Monday, when it tightened the quotas on anchovy."
    assert not any(title.endswith("came") for title in proposed((came, "2012-07-06")))


def test_a_date_after_the_page_s_own_is_anticipated_not_proposed():
    page = ("LIMA, Nov. 7 (Wire) -- Peru tightened its fishing quotas on Thursday. The new quotas take "
            "effect Nov. 13, the ministry said.")
    made = timeline((page, "2019-11-07"))
    assert [e.title for e in made.events if e.proposed] == ["Peru tightened its fishing quotas"]
    assert [(e.date, e.title) for e in made.anticipated] == [("2019-11-13", "The new quotas take effect")]
    # the same sentence on a page of a later day: told as done
    made = timeline((page.replace("Nov. 7", "Nov. 14"), "2019-11-14"))
    assert ("2019-11-13", "The new quotas take effect") in [(e.date, e.title) for e in made.events if e.proposed]
    assert not made.anticipated


def test_a_title_told_under_would_or_cut_before_its_verb_is_not_proposed():
    would = ("Peru's Foreign Minister Ana Ruiz said Thursday that Lima would not revisit its decision to let "
             "the treaty lapse unless Santiago gives ground on the quotas it imposed in July.")
    assert proposed((would, "2019-11-21")) == []
    cut = ("Brushing aside objections from Chile and the United States and the pleas of the fishing guilds of "
           "the northern coast, Peru's ministry of fisheries and aquaculture formally ended the treaty on Friday.")
    assert proposed((cut, "2019-08-17")) == []
    # the same deed told within the room is proposed
    assert proposed(("Peru's fisheries ministry formally ended the treaty on Friday.", "2019-08-17")) \
        == ["Peru's fisheries ministry formally ended the treaty"]
